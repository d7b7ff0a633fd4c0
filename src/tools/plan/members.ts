// Who gains or loses which group. Membership is set from either side (an agent's groups, a group's members), in
// either generation's shape; here all of them become one list of people joining, leaving and changing priority.
import type { Props } from "../../provider/declaration";
import { registry } from "../../resources/registry";
import { memberIdOf, type Names } from "./names";
import type { PlanStep, StepOp } from "./steps";

/** v3.6 routing priorities in the words of LiveChat's settings. */
const PRIORITY_WORDS: Record<string, string> = {
  first: "first",
  normal: "primary",
  last: "secondary",
  supervisor: "supervisor",
};

/** One person's (or bot's) membership of one group, as a side of the change says it. */
interface Membership {
  member: string;
  group: string;
  /** v3.6's routing priority; unset in v2, where membership has none. */
  priority?: string;
}

export interface MembershipChange {
  /** "John Roe (john@example.com)". */
  who: string;
  joins: string[];
  leaves: string[];
  /** "secondary in Support (was primary)". */
  priorities: string[];
  resources: { name: string; op: StepOp }[];
}

/** What each changing membership field holds, before and after, as memberships. */
export function memberships(
  steps: PlanStep[],
  moves: [PlanStep, PlanStep][],
  names: Names,
): { step: PlanStep; old: Membership[]; new: Membership[] }[] {
  const out = [];
  const moved = new Set(moves.flat());
  for (const step of steps) {
    if (step.op !== "update" && step.op !== "replace") continue;
    if (moved.has(step)) continue;
    const declaration = registry[step.key];
    const olds = step.old?.outputs ?? {};
    const news = step.new?.inputs ?? {};
    for (const name of ["groups", "agents", "agentPriorities"]) {
      const field = declaration?.fields[name];
      // An auto access rule's groups are whom it lets in, not members.
      if (!field || news[name] === undefined || declaration.account.section === "autoAccesses") continue;
      const actual = withoutDefaultGroup(
        field.comparedPart ? field.comparedPart(olds[name], news[name]) : olds[name],
        news[name],
      );
      out.push({
        step,
        old: read(step, name, actual, [], names),
        new: read(step, name, news[name], step.new?.dependsOn[name] ?? [], names),
      });
    }
  }
  return out;
}

/**
 * v3.6 keeps every agent and bot in the default group 0 whatever an update says: unless the code names group 0,
 * its membership there is not the code's to change.
 */
function withoutDefaultGroup(actual: unknown, desired: unknown): unknown {
  const objects = (v: unknown): v is Props[] => Array.isArray(v) && v.some((g) => g && typeof g === "object");
  if (!objects(actual) || !Array.isArray(desired)) return actual;
  const inDefault = (g: unknown) => !!g && typeof g === "object" && Number((g as Props).groupId) === 0;
  return desired.some(inDefault) ? actual : actual.filter((g) => !inDefault(g));
}

/** A membership field's value as memberships, with groups by name (those the change makes too). */
function read(
  step: PlanStep,
  field: string,
  value: unknown,
  dependsOn: string[],
  names: Names,
): Membership[] {
  const self = memberIdOf(step) ?? step.name;
  const group = names.group(step.old?.id);
  if (field === "agents" && Array.isArray(value)) return value.map((m) => ({ member: String(m), group }));
  if (field === "agentPriorities" && value && typeof value === "object")
    return Object.entries(value as Props).map(([m, p]) => ({ member: m, group, priority: String(p) }));
  if (field !== "groups" || !Array.isArray(value)) return [];
  if (value.every((g) => !g || typeof g !== "object"))
    return names.groupList(value, dependsOn).map((g) => ({ member: self, group: g }));
  return value.map((g: Props) => ({
    member: self,
    group: names.groupOf(g.groupId, dependsOn),
    priority: String(g.priority),
  }));
}

export function membershipChanges(fields: ReturnType<typeof memberships>, names: Names): MembershipChange[] {
  const byMember = new Map<string, MembershipChange>();
  const seen = new Set<string>();
  for (const { step, old, new: now } of fields) {
    const before = new Map(old.map((m) => [`${m.member.toLowerCase()}|${m.group}`, m]));
    const after = new Map(now.map((m) => [`${m.member.toLowerCase()}|${m.group}`, m]));
    const entry = (member: string) => {
      const key = member.toLowerCase();
      if (!byMember.has(key))
        byMember.set(key, {
          who: names.member(member),
          joins: [],
          leaves: [],
          priorities: [],
          resources: [],
        });
      const change = byMember.get(key)!;
      if (!change.resources.some((r) => r.name === step.name))
        change.resources.push({ name: step.name, op: step.op });
      return change;
    };
    const once = (text: string) => !seen.has(text) && seen.add(text);
    for (const [k, m] of after) {
      const was = before.get(k);
      const group = m.group;
      const priority = m.priority ? ` (${PRIORITY_WORDS[m.priority] ?? m.priority})` : "";
      if (!was) {
        if (once(`join|${k}`)) entry(m.member).joins.push(`${group}${priority}`);
      } else if (was.priority !== m.priority && m.priority && once(`prio|${k}`))
        entry(m.member).priorities.push(
          `${PRIORITY_WORDS[m.priority] ?? m.priority} in ${group} (was ${PRIORITY_WORDS[was.priority ?? ""] ?? was.priority})`,
        );
    }
    for (const [k, m] of before)
      if (!after.has(k) && once(`leave|${k}`)) entry(m.member).leaves.push(m.group);
  }
  return [...byMember.values()].filter((c) => c.joins.length || c.leaves.length || c.priorities.length);
}
