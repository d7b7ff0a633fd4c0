import * as pulumi from "@pulumi/pulumi";
import { Agent } from "../resources/agent";
import { CannedResponse } from "../resources/canned-response";
import { Goal } from "../resources/goal";
import { Greeting } from "../resources/greeting";
import { Group } from "../resources/group";
import { Tag } from "../resources/tag";
import { Webhook } from "../resources/webhook";
import { resourceNames } from "./names";
import { previousNames } from "./renames";
import type { AccountSpec, GroupRef, Section } from "./types";

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
  const names = resourceNames(spec);
  const previous = previousNames(spec, names);
  /** The resource's options: a renamed entry (or a renamed group's dependent) keeps its old name as an alias. */
  const optsOf = (section: Section, i: number): pulumi.CustomResourceOptions | undefined => {
    const old = previous[section][i];
    const opts = options.resourceOptions;
    return old === undefined ? opts : { ...opts, aliases: [...(opts?.aliases ?? []), { name: old }] };
  };
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

  (spec.groups ?? []).forEach(({ key: _k, renamedFrom: _r, ...e }, i) => {
    const name = names.groups[i];
    const group = new Group(name, { ...e, adopt: adopt(e) }, optsOf("groups", i));
    byName.set(e.name, group);
    out.groups[name] = group;
  });
  (spec.agents ?? []).forEach(({ key: _k, renamedFrom: _r, password, groups, ...e }, i) => {
    const name = names.agents[i];
    out.agents[name] = new Agent(
      name,
      { ...e, adopt: adopt(e), groups: groups?.map(groupId), password: password && secret(password.secret) },
      optsOf("agents", i),
    );
  });
  (spec.goals ?? []).forEach(({ key: _k, renamedFrom: _r, ...e }, i) => {
    const name = names.goals[i];
    out.goals[name] = new Goal(
      name,
      { ...e, name: e.name, type: e.type, adopt: adopt(e) },
      optsOf("goals", i),
    );
  });
  (spec.greetings ?? []).forEach(({ key: _k, renamedFrom: _r, group, ...e }, i) => {
    const name = names.greetings[i];
    out.greetings[name] = new Greeting(
      name,
      { ...e, group: groupId(group), adopt: adopt(e) },
      optsOf("greetings", i),
    );
  });
  (spec.tags ?? []).forEach(({ key: _k, renamedFrom: _r, group, ...e }, i) => {
    const name = names.tags[i];
    out.tags[name] = new Tag(name, { ...e, group: groupId(group), adopt: adopt(e) }, optsOf("tags", i));
  });
  (spec.cannedResponses ?? []).forEach(({ key: _k, renamedFrom: _r, group, ...e }, i) => {
    const name = names.cannedResponses[i];
    out.cannedResponses[name] = new CannedResponse(
      name,
      { ...e, group: groupId(group), adopt: adopt(e) },
      optsOf("cannedResponses", i),
    );
  });
  (spec.webhooks ?? []).forEach(({ key: _k, renamedFrom: _r, ...e }, i) => {
    const name = names.webhooks[i];
    out.webhooks[name] = new Webhook(name, { ...e, adopt: adopt(e) }, optsOf("webhooks", i));
  });
  return out;
}
