import * as pulumi from "@pulumi/pulumi";
import { Agent } from "../resources/agent";
import { CannedResponse } from "../resources/canned-response";
import { Goal } from "../resources/goal";
import { Greeting } from "../resources/greeting";
import { Group } from "../resources/group";
import { Tag } from "../resources/tag";
import { Webhook } from "../resources/webhook";
import { resourceName } from "./names";
import type { AccountSpec, GroupRef } from "./types";

export interface DeclareOptions {
  /** Reads a `{ secret: key }` reference; default: the stack's secret config under that key. */
  secret?: (key: string) => pulumi.Output<string>;
  /** Options for every resource (a parent, an explicit provider for another license...). */
  resourceOptions?: pulumi.CustomResourceOptions;
}

/** Every declared resource, by its resource name. */
export interface AccountResources {
  groups: Record<string, Group>;
  agents: Record<string, Agent>;
  goals: Record<string, Goal>;
  greetings: Record<string, Greeting>;
  tags: Record<string, Tag>;
  cannedResponses: Record<string, CannedResponse>;
  webhooks: Record<string, Webhook>;
}

/** Declares the resources of a validated account spec, resolving group names to the declared groups' ids. */
export function declareAccount(spec: AccountSpec, options: DeclareOptions = {}): AccountResources {
  const secret = options.secret ?? ((key: string) => new pulumi.Config().requireSecret(key));
  const opts = options.resourceOptions;
  const out: AccountResources = {
    groups: {},
    agents: {},
    goals: {},
    greetings: {},
    tags: {},
    cannedResponses: {},
    webhooks: {},
  };
  const byName = new Map<string, Group>();
  const groupId = (ref: GroupRef | undefined): pulumi.Input<number> =>
    typeof ref === "string" ? byName.get(ref)!.groupId : (ref ?? 0);
  const adopt = (entry: { adopt?: boolean }) => entry.adopt ?? spec.adopt;

  for (const { key: _key, ...e } of spec.groups ?? []) {
    const name = resourceName("groups", { ...e, key: _key });
    const group = new Group(name, { ...e, adopt: adopt(e) }, opts);
    byName.set(e.name, group);
    out.groups[name] = group;
  }
  for (const { key, password, groups, ...e } of spec.agents ?? []) {
    const name = resourceName("agents", { ...e, key });
    out.agents[name] = new Agent(
      name,
      { ...e, adopt: adopt(e), groups: groups?.map(groupId), password: password && secret(password.secret) },
      opts,
    );
  }
  for (const { key, ...e } of spec.goals ?? []) {
    const name = resourceName("goals", { ...e, key });
    out.goals[name] = new Goal(name, { ...e, name: e.name, type: e.type, adopt: adopt(e) }, opts);
  }
  for (const { key, group, ...e } of spec.greetings ?? []) {
    const name = resourceName("greetings", { ...e, group, key });
    out.greetings[name] = new Greeting(name, { ...e, group: groupId(group), adopt: adopt(e) }, opts);
  }
  for (const { key, group, ...e } of spec.tags ?? []) {
    const name = resourceName("tags", { ...e, group, key });
    out.tags[name] = new Tag(name, { ...e, group: groupId(group), adopt: adopt(e) }, opts);
  }
  for (const { key, group, ...e } of spec.cannedResponses ?? []) {
    const name = resourceName("cannedResponses", { ...e, group, key });
    out.cannedResponses[name] = new CannedResponse(
      name,
      { ...e, group: groupId(group), adopt: adopt(e) },
      opts,
    );
  }
  for (const { key, ...e } of spec.webhooks ?? []) {
    const name = resourceName("webhooks", { ...e, key });
    out.webhooks[name] = new Webhook(name, { ...e, adopt: adopt(e) }, opts);
  }
  return out;
}
