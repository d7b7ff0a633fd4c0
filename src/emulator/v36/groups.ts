// v3.6 groups. create_group answers {id}; update and delete answer {}. Answers carry routing_status always
// (the list example shows it for a request without fields) and agent_priorities when asked for. Agents
// and bots share agent_priorities; group 0 holds every agent and cannot be changed or removed (as in v2).

import { PRIORITIES, findAgent, type Group, type Priority, type State } from "../model";
import { LANGUAGE, findGroup, groupStatus, removeGroup, setMembers } from "../routes/groups";
import { EMPTY, read, write, type Action, type V36Context } from "./context";
import { groupNotFound, notFound, validation } from "./errors";
import { bad, int, maxLen, obj, oneOf, onlyKeys, opt, req, setOf, type Parse } from "./input";

const FIELDS = ["agent_priorities", "routing_status"] as const;
const fields = setOf(oneOf(FIELDS));

const languageCode: Parse<string> = (value, name) => {
  if (typeof value !== "string" || !LANGUAGE.test(value))
    throw bad(name, "a language code such as en or pt_BR");
  return value;
};

/** v2's group status in v3.6's routing status words. */
const routingStatus = (state: State, group: Group): string => groupStatus(state, group).replace(/ /g, "_");

export function agentPriorities(state: State, group: Group): Record<string, Priority> {
  const logins = group.id === 0 ? state.agents.map((a) => a.login) : group.agents;
  const out: Record<string, Priority> = {};
  for (const login of logins) out[login] = group.priorities[login] ?? "normal";
  for (const bot of state.bots) {
    const membership = bot.groups.find((g) => g.id === group.id);
    if (membership) out[bot.id] = membership.priority;
    else if (group.id === 0) out[bot.id] = "normal";
  }
  return out;
}

export function groupToV36(state: State, group: Group, asked: string[]): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    language_code: group.language,
    ...(asked.includes("agent_priorities") ? { agent_priorities: agentPriorities(state, group) } : {}),
    routing_status: routingStatus(state, group),
  };
}

/** {"<agent id or bot id>": "<priority>"}: everyone named must exist. */
function priorities(state: State): Parse<[string, Priority][]> {
  return (value, name) =>
    Object.entries(obj(value, name)).map(([id, priority]) => {
      const agent = findAgent(state, id);
      if (!agent && !state.bots.some((b) => b.id === id)) throw notFound(`Agent ${id} not found`);
      return [agent?.login ?? id, oneOf(PRIORITIES)(priority, `${name}.${id}`)];
    });
}

/** Makes exactly these agents and bots the group's members, with these priorities. */
function setPriorities(state: State, group: Group, entries: [string, Priority][]): void {
  const agents = entries.filter(([id]) => findAgent(state, id));
  setMembers(
    group,
    agents.map(([login]) => login),
  );
  group.priorities = {};
  for (const [login, priority] of agents) if (priority !== "normal") group.priorities[login] = priority;
  for (const bot of state.bots) {
    const entry = entries.find(([id]) => id === bot.id);
    bot.groups = bot.groups.filter((g) => g.id !== group.id);
    if (entry) bot.groups.push({ id: group.id, priority: entry[1] });
  }
}

function groupNamed(ctx: V36Context, mutable = false): Group {
  const id = req(ctx.input, "id", int(0));
  const group = findGroup(ctx.store.state, id);
  if (!group) throw groupNotFound(id);
  if (mutable && id === 0) throw validation("Group 0 cannot be modified or removed");
  return group;
}

const groupName = maxLen(180);

function createGroup(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["name", "language_code", "agent_priorities"]);
  const name = req(ctx.input, "name", groupName);
  const language = opt(ctx.input, "language_code", languageCode) ?? "en";
  const entries = req(ctx.input, "agent_priorities", priorities(state));
  const group: Group = { id: ctx.store.nextId("group"), name, language, agents: [], priorities: {} };
  state.groups.push(group);
  setPriorities(state, group, entries);
  return { id: group.id };
}

function updateGroup(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["id", "name", "language_code", "agent_priorities"]);
  const group = groupNamed(ctx, true);
  const name = opt(ctx.input, "name", groupName);
  const language = opt(ctx.input, "language_code", languageCode);
  const entries = opt(ctx.input, "agent_priorities", priorities(state));
  if (name !== undefined) group.name = name;
  if (language !== undefined) group.language = language;
  if (entries !== undefined) setPriorities(state, group, entries);
  return EMPTY;
}

function deleteGroup(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id"]);
  removeGroup(ctx.store.state, groupNamed(ctx, true));
  return EMPTY;
}

function getGroup(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id", "fields"]);
  return groupToV36(ctx.store.state, groupNamed(ctx), opt(ctx.input, "fields", fields) ?? []);
}

function listGroups(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["fields"]);
  const asked = opt(ctx.input, "fields", fields) ?? [];
  return [...state.groups].sort((a, b) => a.id - b.id).map((g) => groupToV36(state, g, asked));
}

export const groupActions: Record<string, Action> = {
  create_group: write(createGroup),
  get_group: read(getGroup),
  list_groups: read(listGroups),
  update_group: write(updateGroup),
  delete_group: write(deleteGroup),
};
