import type * as pulumi from "@pulumi/pulumi";
import { registry } from "../resources/registry";
import { create } from "./create";
import * as lifecycle from "./lifecycle";
import type { Props } from "./declaration";
import { warn } from "./warn";

/** The dynamic provider methods for one resource type, all served by the generic lifecycle. */
export function handlersFor(type: string): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const declaration = registry[type];
  if (!declaration) throw new Error(`pulumi-livechat: unknown resource type ${type}`);
  return {
    check: async (_olds: Props, news: Props) => lifecycle.check(declaration, news),
    diff: async (id: string, olds: Props, news: Props) => {
      for (const message of lifecycle.diffWarnings(declaration, id, olds, news)) await warn(message);
      return lifecycle.diff(declaration, olds, news);
    },
    create: async (inputs: Props) => create(declaration, inputs),
    read: async (id: string, props: Props) => lifecycle.read(declaration, id, props),
    update: async (id: string, olds: Props, news: Props) => lifecycle.update(declaration, id, olds, news),
    delete: async (id: string, props: Props) => lifecycle.remove(declaration, id, props),
  };
}
