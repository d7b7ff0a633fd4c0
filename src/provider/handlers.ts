import type * as pulumi from "@pulumi/pulumi";
import { registry, v2TwinOf } from "../resources/registry";
import { claim, claimedElsewhere, type Twin } from "./claims";
import { create } from "./create";
import { takenOver } from "./takeover";
import * as lifecycle from "./lifecycle";
import { className, type Props, type ResourceDeclaration } from "./declaration";
import { warn } from "./warn";

/**
 * The type of the other API generation that describes the same objects (v2 and v3.6 groups, not webhooks):
 * from v2, with the v3.6 id of a v2 object; from v3.6, where both give an object the same id.
 */
function twinOf(declaration: ResourceDeclaration): Twin | undefined {
  if (declaration.module) {
    const v2 = v2TwinOf(declaration);
    return v2 && { declaration: v2, idOf: (id) => id };
  }
  const same = declaration.account.sameInV36;
  return (
    same && {
      declaration: registry[`v36/${declaration.type}`],
      idOf: (id, props) => same.idOf?.(props) ?? id,
    }
  );
}

/** The dynamic provider methods for one resource type, all served by the generic lifecycle. */
export function handlersFor(type: string): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const declaration = registry[type];
  if (!declaration) throw new Error(`pulumi-livechat: unknown resource type ${type}`);
  const twin = twinOf(declaration);
  /** The object's outputs as this type reads them now. */
  const current = async (id: string, olds: Props): Promise<Props> => {
    const { id: found, props } = await lifecycle.read(declaration, id, olds);
    if (!found)
      throw new Error(`${className(declaration)} ${id} no longer exists in the account; run pulumi refresh`);
    return props as Props;
  };
  return {
    check: async (_olds: Props, news: Props) => lifecycle.check(declaration, news),
    diff: async (id: string, olds: Props, news: Props) => {
      const v2 = takenOver(declaration, olds);
      if (v2) {
        await warn(
          `${className(declaration)} ${id} takes over the ${className(v2)} resource of the same object in place: ` +
            `the object stays, and is brought to this resource's inputs (nothing is created or deleted).`,
        );
        claim(declaration, id);
        return { changes: true, replaces: [], deleteBeforeReplace: false };
      }
      for (const message of lifecycle.diffWarnings(declaration, id, olds, news)) await warn(message);
      const result = lifecycle.diff(declaration, olds, news);
      // Kept (not replaced): the object is this resource's for the run, whatever a delete of it says.
      if (!result.replaces?.length) claim(declaration, id);
      return result;
    },
    create: async (inputs: Props) => create(declaration, inputs),
    read: async (id: string, props: Props) => lifecycle.read(declaration, id, props),
    update: async (id: string, olds: Props, news: Props) =>
      // Outputs another type wrote say nothing this type can compare: the account's values do.
      lifecycle.update(declaration, id, takenOver(declaration, olds) ? await current(id, olds) : olds, news),
    delete: async (id: string, props: Props) => {
      const manager = claimedElsewhere(declaration, id, props, twin);
      if (!manager) return lifecycle.remove(declaration, id, props);
      // A resource that left the program, whose object another resource took over in the same run.
      await warn(
        `${className(declaration)} ${id} leaves the stack but not the account: a ${className(manager)} resource of ` +
          `this program manages the object now.`,
      );
    },
  };
}
