import type * as pulumi from "@pulumi/pulumi";
import { specs } from "../resources/specs";
import { create } from "./create";
import * as lifecycle from "./lifecycle";
import type { Props } from "./spec";
import { warn } from "./warn";

/** The dynamic provider methods for one resource type, all served by the generic lifecycle. */
export function handlersFor(type: string): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const spec = specs[type];
  if (!spec) throw new Error(`pulumi-livechat: unknown resource type ${type}`);
  return {
    check: async (_olds: Props, news: Props) => lifecycle.check(spec, news),
    diff: async (id: string, olds: Props, news: Props) => {
      for (const message of lifecycle.diffWarnings(spec, id, olds, news)) await warn(message);
      return lifecycle.diff(spec, olds, news);
    },
    create: async (inputs: Props) => create(spec, inputs),
    read: async (id: string, props: Props) => lifecycle.read(spec, id, props),
    update: async (id: string, olds: Props, news: Props) => lifecycle.update(spec, id, olds, news),
    delete: async (id: string, props: Props) => lifecycle.remove(spec, id, props),
  };
}
