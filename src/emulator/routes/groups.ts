// /groups. Group 0 ("All operators") always exists, implicitly holds every agent, never lists its
// agents and cannot be changed. Membership is stored once, in group.agents.

import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import { findAgent, reserveId, type Agent, type Group, type State } from "../model";
import {
  has,
  integer,
  maxLength,
  object,
  optional,
  required,
  string,
  stringList,
  unique,
  within,
  type Input,
} from "../validate";

/** The reference: "The group name. Maximum: 180 characters." */
const MAX_NAME = 180;
const groupName = maxLength("name", MAX_NAME, string("name"));
// The reference shows only "en" and links LiveChat's list of languages; the server's codes include a region
// or script (pt_BR). The provider's group language check (src/resources/group.ts) uses this same pattern.
export const LANGUAGE = /^[a-z]{2,3}([_-][A-Za-z]{2,4})?$/;

function language(value: unknown): string {
  if (typeof value !== "string" || !LANGUAGE.test(value)) {
    throw badRequest('Invalid parameter "language": must be a language code such as en, de or pt_BR');
  }
  return value;
}

export function findGroup(state: State, id: number): Group | undefined {
  return state.groups.find((g) => g.id === id);
}

/** A group referenced from a request body: a bad reference is the caller's parameter error (400). */
export function existingGroup(state: State, value: unknown, name = "group"): Group {
  const id = integer(name, 0)(value);
  const group = findGroup(state, id);
  if (!group) throw badRequest(`Invalid parameter "${name}": group ${id} does not exist`);
  return group;
}

/** A group named in the path: unknown is 404. */
export function pathGroup(state: State, raw: string): Group {
  const group = /^\d+$/.test(raw) ? findGroup(state, Number(raw)) : undefined;
  if (!group) throw notFound(`Group ${raw} not found`);
  return group;
}

/** The groups (other than 0) an agent belongs to, by id. */
export function groupsOf(state: State, login: string): Group[] {
  return state.groups.filter((g) => g.id !== 0 && g.agents.includes(login)).sort((a, b) => a.id - b.id);
}

/** Makes `login` a member of exactly `groupIds`, keeping its place (and priority) in groups it stays in. */
export function setMembership(state: State, login: string, groupIds: number[]): void {
  for (const group of state.groups) {
    if (group.id === 0) continue;
    const wanted = groupIds.includes(group.id);
    const member = group.agents.includes(login);
    if (wanted && !member) group.agents.push(login);
    if (!wanted && member) {
      group.agents = group.agents.filter((l) => l !== login);
      delete group.priorities[login];
    }
  }
}

/** A removed agent leaves every group, group 0's priorities included. */
export function forgetMember(state: State, login: string): void {
  setMembership(state, login, []);
  for (const group of state.groups) delete group.priorities[login];
}

export function groupMembers(state: State, group: Group): Agent[] {
  if (group.id === 0) return state.agents;
  return group.agents.map((l) => state.agents.find((a) => a.login === l)).filter((a): a is Agent => !!a);
}

/** Derived: accepting if any member accepts chats, else not accepting if any is logged in, else offline. */
export function groupStatus(state: State, group: Group): string {
  const statuses = groupMembers(state, group).map((a) => a.status);
  if (statuses.includes("accepting chats")) return "accepting chats";
  if (statuses.includes("not accepting chats")) return "not accepting chats";
  return "offline";
}

export function groupToWire(state: State, group: Group): Input {
  return {
    id: group.id,
    name: group.name,
    language: group.language,
    ...(group.id === 0 ? {} : { agents: [...group.agents] }),
    status: groupStatus(state, group),
  };
}

function agentLogins(state: State, value: unknown): string[] {
  const logins = stringList("agents")(value).map((login) => {
    const agent = findAgent(state, login);
    if (!agent) throw badRequest(`Invalid parameter "agents": agent ${login} does not exist`);
    return agent.login;
  });
  return unique(logins);
}

/** Replaces a group's agents; the priorities of those who stay are kept. */
export function setMembers(group: Group, logins: string[]): void {
  group.agents = logins;
  for (const login of Object.keys(group.priorities)) {
    if (group.id !== 0 && !logins.includes(login)) delete group.priorities[login];
  }
}

function mutableGroup(ctx: RequestContext): Group {
  const group = pathGroup(ctx.store.state, ctx.params.id);
  if (group.id === 0) throw badRequest("Group 0 (All operators) cannot be modified or removed");
  return group;
}

export function listGroups(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  return [...state.groups].sort((a, b) => a.id - b.id).map((g) => groupToWire(state, g));
}

export function getGroup(ctx: RequestContext): unknown {
  return groupToWire(ctx.store.state, pathGroup(ctx.store.state, ctx.params.id));
}

export function createGroup(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const name = required(ctx.input, "name", "a non-empty string", groupName);
  const agents = required(ctx.input, "agents", "an array of agent logins", (v) => agentLogins(state, v));
  const lang = optional(ctx.input, "language", language) ?? "en";
  const group: Group = { id: ctx.store.nextId("group"), name, language: lang, agents, priorities: {} };
  state.groups.push(group);
  return groupToWire(state, group);
}

export function updateGroup(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const group = mutableGroup(ctx);
  const name = optional(ctx.input, "name", groupName);
  const lang = optional(ctx.input, "language", language);
  const agents = optional(ctx.input, "agents", (v) => agentLogins(state, v));
  if (name !== undefined) group.name = name;
  if (lang !== undefined) group.language = lang;
  if (agents !== undefined) setMembers(group, agents);
  return groupToWire(state, group);
}

export function deleteGroup(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const group = mutableGroup(ctx);
  removeGroup(state, group);
  return { result: "group removed successfully" };
}

/** Removes a group and what only exists inside it; both generations' delete_group come here. */
export function removeGroup(state: State, group: Group): void {
  const id = group.id;
  state.groups = state.groups.filter((g) => g !== group);
  // A tag keeps its other groups; v2's tag in this group is gone.
  state.tags = state.tags.filter((t) => t.group !== id);
  state.cannedResponses = state.cannedResponses.filter((c) => c.group !== id);
  state.greetings = state.greetings.filter((g) => g.group !== id);
  for (const bot of state.bots) bot.groups = bot.groups.filter((g) => g.id !== id);
  for (const rule of state.autoAccesses) rule.access.groups = rule.access.groups.filter((g) => g !== id);
  delete state.groupProperties[String(id)];
}

/** Seed/load: a group in the wire format of GET /groups. Members are checked once agents are in. */
export function importGroup(state: State, wire: unknown, where: string): void {
  within(where, () => {
    const input = object("group")(wire);
    const id = optional(input, "id", integer("id", 0));
    const name = required(input, "name", "a non-empty string", string("name"));
    const lang = optional(input, "language", language) ?? "en";
    const agents = unique(optional(input, "agents", stringList("agents")) ?? []);
    const existing = id === undefined ? undefined : findGroup(state, id);
    if (existing) {
      existing.name = name;
      existing.language = lang;
      if (id !== 0 && has(input, "agents")) setMembers(existing, agents);
      return;
    }
    const newId = id ?? state.nextIds.group;
    state.groups.push({ id: newId, name, language: lang, agents: newId === 0 ? [] : agents, priorities: {} });
    state.groups.sort((a, b) => a.id - b.id);
    reserveId(state, "group", newId);
  });
}

/** Seed/load: fails if a group lists an agent that does not exist; drops priorities of non-members. */
export function checkMembers(state: State): void {
  for (const group of state.groups) {
    group.agents = unique(
      group.agents.map((login) => {
        const agent = findAgent(state, login);
        if (!agent) throw badRequest(`groups: group ${group.id} lists agent ${login}, which does not exist`);
        return agent.login;
      }),
    );
    for (const login of Object.keys(group.priorities)) {
      const member = group.id === 0 ? findAgent(state, login) : group.agents.includes(login);
      if (!member) delete group.priorities[login];
    }
  }
}
