import type * as pulumi from "@pulumi/pulumi";
import { specs } from "../resources/specs";
import * as lifecycle from "./lifecycle";
import type { Props } from "./spec";

/** The dynamic provider methods for one resource type, all served by the generic lifecycle. */
export function handlersFor(type: string): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const spec = specs[type];
  if (!spec) throw new Error(`pulumi-livechat: unknown resource type ${type}`);
  return {
    check: async (_olds: Props, news: Props) => lifecycle.check(spec, news),
    diff: async (_id: string, olds: Props, news: Props) => lifecycle.diff(spec, olds, news),
    create: async (inputs: Props) => lifecycle.create(spec, inputs),
    read: async (id: string, props: Props) => lifecycle.read(spec, id, props),
    update: async (id: string, olds: Props, news: Props) => lifecycle.update(spec, id, olds, news),
    delete: async (id: string, props: Props) => lifecycle.remove(spec, id, props),
  };
}
