import type * as pulumi from "@pulumi/pulumi";
import { registry } from "../resources/registry";
import { claim, claimedElsewhere } from "./claims";
import { create } from "./create";
import * as lifecycle from "./lifecycle";
import type { Props, ResourceDeclaration } from "./declaration";
import { warn } from "./warn";

/** `Tag`, `v36.Tag`: a type as programs write it. */
const className = (d: ResourceDeclaration) => (d.module ? `${d.module}.${d.type}` : d.type);

/** The dynamic provider methods for one resource type, all served by the generic lifecycle. */
export function handlersFor(type: string): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const declaration = registry[type];
  if (!declaration) throw new Error(`pulumi-livechat: unknown resource type ${type}`);
  // The v3.6 type of a v2 type's section, when both describe the same objects.
  const twin = declaration.module ? undefined : registry[`v36/${declaration.type}`];
  return {
    check: async (_olds: Props, news: Props) => lifecycle.check(declaration, news),
    diff: async (id: string, olds: Props, news: Props) => {
      for (const message of lifecycle.diffWarnings(declaration, id, olds, news)) await warn(message);
      const result = lifecycle.diff(declaration, olds, news);
      // Kept (not replaced): the object is this resource's for the run, whatever a delete of it says.
      if (!result.replaces?.length) claim(declaration, id);
      return result;
    },
    create: async (inputs: Props) => create(declaration, inputs),
    read: async (id: string, props: Props) => lifecycle.read(declaration, id, props),
    update: async (id: string, olds: Props, news: Props) => lifecycle.update(declaration, id, olds, news),
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
