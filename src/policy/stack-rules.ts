// The rules that look at the whole stack: group membership is declared on either side (an agent's or bot's
// `groups`, a group's `agents` or `agentPriorities`), so a group's members and an agent's groups are known only
// from all resources together. A policy never sees a resource's id, and a group's `groupId` is made from its id in
// the program, so a member's `groups` is tied to the stack's groups by Pulumi's property dependencies: the groups
// whose `groupId` the program used there. A number written in the program is a group outside the stack (group 0,
// every agent's, counts for nothing). During a preview a reference to a group still to be made is unknown: it
// names a group it came from, and when the engine does not say where it came from, any group (no false violations).
import {
  AGENT_FIELDS,
  AGENTS,
  BOTS,
  byToken,
  GROUPS,
  isUnknown,
  UNKNOWN,
  type Props,
  type Target,
} from "./targets";

export interface StackResource {
  token: string;
  urn: string;
  name: string;
  /** Outputs (during a preview: the checked inputs of what is to be made), unknown values as UNKNOWN. */
  props: Props;
  /** The URNs of the resources each property's value came from. */
  propertyDependencies: Record<string, string[]>;
}

export interface StackViolation {
  urn: string;
  message: string;
}

type Maybe<T> = T | typeof UNKNOWN;
interface Entry {
  group: Maybe<number>;
  priority: Maybe<string>;
}
interface Member {
  id: Maybe<string>;
  bot: boolean;
  priority: Maybe<string>;
}

/** Bots' ids are not e-mail addresses; agents' are. */
const isBot = (id: string) => !id.includes("@");
const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : UNKNOWN);
const CHATTING = ["first", "normal"];
const agentTargets = byToken(AGENTS);
const botTargets = byToken(BOTS);
const groupTargets = byToken(GROUPS);

/** A member's `groups` (v2: ids, every member at normal priority; v3.6: `{ groupId, priority }`). */
function entriesOf(t: Target, props: Props): Maybe<Entry[]> {
  const groups = props.groups;
  if (isUnknown(groups)) return UNKNOWN;
  if (!Array.isArray(groups)) return [];
  return groups.map((g): Entry => {
    if (!t.v36 || isUnknown(g)) return { group: isUnknown(g) ? UNKNOWN : Number(g), priority: "normal" };
    const { groupId, priority } = g as Props;
    return {
      group: isUnknown(groupId) ? UNKNOWN : Number(groupId),
      priority: isUnknown(priority) ? UNKNOWN : String(priority),
    };
  });
}

/** A group's own member list (v2 `agents`: all at normal priority; v3.6 `agentPriorities`), [] when unset. */
function membersOf(t: Target, props: Props): Maybe<Member[]> {
  const list = t.v36 ? props.agentPriorities : props.agents;
  if (isUnknown(list)) return UNKNOWN;
  if (!t.v36)
    return Array.isArray(list) ? list.map((l) => ({ id: lower(l), bot: false, priority: "normal" })) : [];
  if (!list || typeof list !== "object") return [];
  return Object.entries(list as Props).map(([id, p]) => ({
    id: id.toLowerCase(),
    bot: isBot(id),
    priority: isUnknown(p) ? UNKNOWN : String(p),
  }));
}

/** Whether a member's entry may name the group: one the member's groups came from, or any, for an unknown entry
 * whose origin the engine does not say. */
function mayName(entry: Entry, member: StackResource, group: StackResource): boolean {
  if (entry.group === 0) return false;
  const from = member.propertyDependencies.groups ?? [];
  return from.includes(group.urn) || (isUnknown(entry.group) && from.length === 0);
}

const label = (r: StackResource) => (typeof r.props.name === "string" ? r.props.name : r.name);

export interface StaffingConfig {
  /** Whether a bot at first or normal priority staffs a group. */
  countBots: boolean;
}

/** Groups with no one at first or normal priority: no one takes their chats. */
export function unstaffedGroups(resources: StackResource[], config: StaffingConfig): StackViolation[] {
  const chatting = (priority: Maybe<string>, bot: boolean) =>
    (isUnknown(priority) || CHATTING.includes(priority)) && (config.countBots || !bot);
  const members = resources.filter(
    (r) => agentTargets.has(r.token) || (config.countBots && botTargets.has(r.token)),
  );
  const violations: StackViolation[] = [];
  for (const group of resources) {
    const t = groupTargets.get(group.token);
    if (!t) continue;
    const own = membersOf(t, group.props);
    if (isUnknown(own) || own.some((m) => chatting(m.priority, m.bot))) continue;
    const named = members.some((m) => {
      const mt = agentTargets.get(m.token) ?? botTargets.get(m.token)!;
      const entries = entriesOf(mt, m.props);
      const bot = botTargets.has(m.token);
      if (isUnknown(entries)) return mayName({ group: UNKNOWN, priority: UNKNOWN }, m, group);
      return entries.some((e) => chatting(e.priority, bot) && mayName(e, m, group));
    });
    if (named) continue;
    const bots = config.countBots ? "" : " (bots do not count)";
    violations.push({
      urn: group.urn,
      message: t.v36
        ? `group ${label(group)} has no one at first or normal priority${bots}, so no one takes its chats: give an ` +
          "agent normal priority in the group's agentPriorities, or the group in an agent's groups"
        : `group ${label(group)} has no members, so no one takes its chats: list agents in agents, or put its ` +
          "groupId in an agent's groups",
    });
  }
  return violations;
}

/** Agents in no group but group 0, which every agent is in. */
export function agentsWithoutGroup(resources: StackResource[]): StackViolation[] {
  const lists = resources.flatMap((r): Maybe<Member[]>[] => {
    const t = groupTargets.get(r.token);
    return t ? [membersOf(t, r.props)] : [];
  });
  // A group's members not known yet (during a preview): any agent may be one.
  if (lists.some((l) => isUnknown(l) || l.some((m) => isUnknown(m.id)))) return [];
  const listed = new Set((lists as Member[][]).flat().map((m) => m.id));
  const violations: StackViolation[] = [];
  for (const agent of resources) {
    const t = agentTargets.get(agent.token);
    if (!t) continue;
    const fields = AGENT_FIELDS[t.v36 ? "v36" : "v2"];
    const login = lower(agent.props[fields.login]);
    if (isUnknown(login) || listed.has(login)) continue;
    const entries = entriesOf(t, agent.props);
    if (isUnknown(entries) || entries.some((e) => isUnknown(e.group) || e.group !== 0)) continue;
    violations.push({
      urn: agent.urn,
      message: t.v36
        ? `agent ${login} is in no group but group 0: set groups to [{ groupId, priority }] of its groups, or ` +
          "name the agent in a v36.Group's agentPriorities"
        : `agent ${login} is in no group but group 0: set groups to its groups' groupId, or list the login in a ` +
          "Group's agents",
    });
  }
  return violations;
}
