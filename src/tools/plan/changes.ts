// What a preview's steps mean for the account, one sentence each, grouped by what a reviewer cares about.
// Deletions, the replacement of a person's or a bot's seat and a webhook's new destination need care.
import type { Props, ResourceDeclaration } from "../../provider/declaration";
import { isUnknown } from "../../provider/fields";
import { changedFields } from "../../provider/lifecycle";
import { registry } from "../../resources/registry";
import { memberships, membershipChanges, type MembershipChange } from "./members";
import { memberIdOf, type Names } from "./names";
import type { PlanStep, StepOp } from "./steps";
import { fieldWords, label, listWords, rulesWords, valueWords, wordsOf, type Topic } from "./words";

/** What a change means for the headline. */
export type Fact =
  | "joins"
  | "leaves"
  | "changesGroups"
  | "seatRemade"
  | "greetingStops"
  | "greetingStarts"
  | "newDestination"
  | "deleted";

export interface PlanChange {
  topic: Topic;
  /** What happens, in the account's words. */
  text: string;
  /** Why a reviewer should look twice; unset for a routine change. */
  care?: string;
  facts: Fact[];
  /** The Pulumi resources behind it (names), with what the engine will do to each. */
  resources: { name: string; op: StepOp }[];
}

const isWebhook = (d: ResourceDeclaration) => d.account.section === "webhooks";
const isGreeting = (d: ResourceDeclaration) => d.account.section === "greetings";
const isPerson = (d: ResourceDeclaration) => d.account.section === "agents";
/** Where a greeting shows, for its sentences. */
const whereShown = (props: Props) => {
  const rules = rulesWords(props.rules);
  return rules ? ` (shown when ${rules})` : "";
};
/** Where a webhook sends, for its sentences. */
const destination = (props: Props) =>
  `${String(props.eventType ?? props.action ?? "events")} to ${String(props.url)}`;

export function planChanges(steps: PlanStep[], names: Names): PlanChange[] {
  const changes: PlanChange[] = [];
  const paired = pairMoves(steps);
  for (const [created, deleted] of paired.moves) changes.push(moved(created, deleted, names));
  for (const step of paired.rest) {
    const declaration = registry[step.key];
    if (!declaration) continue;
    if (step.op === "create") changes.push(created(declaration, step, names));
    else if (step.op === "delete") changes.push(deleted(declaration, step, names));
    else {
      const change = updated(declaration, step, names);
      if (change) changes.push(change);
    }
  }
  changes.push(...membershipChanges(memberships(steps, paired.moves, names), names).map(peopleChange));
  return changes;
}

/**
 * Pairs a create and a delete of one type that are the same thing moved (the account spec names objects by
 * their natural key, so a new login or a new address is a new resource): a webhook of one event to a new
 * address, an agent of one name with a new login. Only where exactly one of each matches.
 */
function pairMoves(steps: PlanStep[]): { moves: [PlanStep, PlanStep][]; rest: PlanStep[] } {
  const pairOn = (step: PlanStep): string | undefined => {
    const d = registry[step.key];
    const props = step.new?.inputs ?? step.old?.outputs ?? {};
    if (isWebhook(d))
      return `${step.key}|${String(props.eventType ?? props.action)}|${String(props.ownerClientId)}`;
    if (isPerson(d) && typeof props.name === "string") return `${step.key}|${props.name}`;
    return undefined;
  };
  const groups = new Map<string, { create: PlanStep[]; delete: PlanStep[] }>();
  for (const step of steps) {
    const key = step.op === "create" || step.op === "delete" ? pairOn(step) : undefined;
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, { create: [], delete: [] });
    groups.get(key)![step.op as "create" | "delete"].push(step);
  }
  const moves: [PlanStep, PlanStep][] = [];
  for (const g of groups.values())
    if (g.create.length === 1 && g.delete.length === 1) moves.push([g.create[0], g.delete[0]]);
  const inMoves = new Set(moves.flat());
  return { moves, rest: steps.filter((s) => !inMoves.has(s)) };
}

function moved(create: PlanStep, remove: PlanStep, names: Names): PlanChange {
  const declaration = registry[create.key];
  const news = create.new!.inputs;
  const olds = remove.old!.outputs;
  const resources = [
    { name: create.name, op: create.op },
    { name: remove.name, op: remove.op },
  ];
  if (isWebhook(declaration))
    return {
      topic: "integrations",
      text: `The webhook for ${String(news.eventType ?? news.action)} now sends to ${String(news.url)} instead of ${String(olds.url)}`,
      care: `chat data goes to a new address: ${String(news.url)}`,
      facts: ["newDestination"],
      resources,
    };
  const was = memberIdOf(remove);
  const now = memberIdOf(create);
  const groupsBefore = listWords(groupNames(olds.groups, [], names));
  const groupsAfter = listWords(groupNames(news.groups, create.new!.dependsOn.groups, names));
  const groups = groupsBefore === groupsAfter ? "" : `; in ${groupsAfter} (was ${groupsBefore})`;
  return {
    topic: "people",
    text: `${String(news.name)}'s login changes from ${was} to ${now}: the agent is deleted and made again${groups}`,
    care: `${declaration.replacementCost ?? "a person's seat"}; ${was} can no longer log in`,
    facts: ["seatRemade"],
    resources,
  };
}

function created(declaration: ResourceDeclaration, step: PlanStep, names: Names): PlanChange {
  const props = step.new!.inputs;
  const { topic } = wordsOf(declaration);
  const base = { topic, resources: [{ name: step.name, op: step.op }] };
  const what = label(declaration, props, names, memberIdOf(step));
  if (isPerson(declaration)) {
    const role = props.permission ?? props.role;
    return {
      ...base,
      text:
        `${what} joins as ${role ? `${String(role)} ` : ""}agent (a new seat)` +
        (Array.isArray(props.groups) && props.groups.length
          ? `, in ${listWords(groupNames(props.groups, step.new!.dependsOn.groups, names))}`
          : ""),
      facts: ["joins"],
    };
  }
  if (isWebhook(declaration))
    return {
      ...base,
      text: `A new ${what} sends ${destination(props)}`,
      care: `chat data goes to a new address: ${String(props.url)}`,
      facts: ["newDestination"],
    };
  if (isGreeting(declaration) && props.active !== false)
    return { ...base, text: `New ${what} starts showing${whereShown(props)}`, facts: ["greetingStarts"] };
  return { ...base, text: `New ${what}`, facts: [] };
}

function deleted(declaration: ResourceDeclaration, step: PlanStep, names: Names): PlanChange {
  const props = step.old!.outputs;
  const { topic } = wordsOf(declaration);
  const what = label(declaration, props, names, memberIdOf(step));
  const base = { topic, resources: [{ name: step.name, op: step.op }] };
  if (isPerson(declaration))
    return {
      ...base,
      text: `${what} is deleted from the account`,
      care: "a person loses their login and seat",
      facts: ["leaves", "deleted"],
    };
  if (isGreeting(declaration) && props.active !== false)
    return {
      ...base,
      text: `${capital(what)} stops showing: it is deleted${whereShown(props)}`,
      care: "deleted in the account",
      facts: ["greetingStops", "deleted"],
    };
  return { ...base, text: `${capital(what)} is deleted`, care: "deleted in the account", facts: ["deleted"] };
}

/** Membership fields are told per person (members.ts), not per object. */
const MEMBERSHIP = new Set(["groups", "agents", "agentPriorities"]);

function updated(declaration: ResourceDeclaration, step: PlanStep, names: Names): PlanChange | undefined {
  const olds = step.old?.outputs ?? {};
  const news = step.new?.inputs ?? {};
  const { changed, replace } = changedFields(declaration, olds, news);
  const what = label(declaration, { ...olds, ...known(news) }, names, memberIdOf(step));
  const { topic } = wordsOf(declaration);
  const shown = changed.filter((f) => !MEMBERSHIP.has(f) || declaration.account.section === "autoAccesses");
  const facts: Fact[] = [];
  const parts = shown.map((f) => {
    const field = declaration.fields[f];
    const dependsOn = step.new?.dependsOn[f];
    if (isGreeting(declaration) && f === "active") {
      facts.push(news.active ? "greetingStarts" : "greetingStops");
      return news.active ? `starts showing${whereShown(news)}` : `stops showing${whereShown(olds)}`;
    }
    if (isWebhook(declaration) && f === "url") facts.push("newDestination");
    if (field.secret) return `${fieldWords(f)} changes`;
    if (f === "rules")
      return `shows when ${rulesWords(news.rules) ?? "always"} (was: ${rulesWords(olds.rules) ?? "always"})`;
    return `${fieldWords(f)} ${valueWords(field, olds[f], names)} → ${valueWords(field, news[f], names, dependsOn)}`;
  });
  if (step.op !== "replace" && parts.length === 0) return undefined;
  const base = { topic, facts, resources: [{ name: step.name, op: step.op }] };
  if (step.op === "replace") {
    const because = replace.length ? `: ${listWords(replace.map(fieldWords))} cannot change in place` : "";
    const seat = declaration.replacementCost;
    if (seat) facts.push("seatRemade");
    if (facts.includes("newDestination") || seat || isWebhook(declaration))
      return {
        ...base,
        text: `${capital(what)} is deleted and made again${because} (${parts.join("; ")})`,
        care: facts.includes("newDestination")
          ? `chat data goes to a new address: ${String(news.url)}`
          : (seat ?? "deleted and made again"),
      };
    return { ...base, text: `${capital(what)} is deleted and made again${because} (${parts.join("; ")})` };
  }
  return {
    ...base,
    text: `${capital(what)}: ${parts.join("; ")}`,
    ...(facts.includes("newDestination")
      ? { care: `chat data goes to a new address: ${String(news.url)}` }
      : {}),
  };
}

/** An agent's groups by name, either generation's shape. */
const groupNames = (groups: unknown, dependsOn: string[] | undefined, names: Names): string[] =>
  !Array.isArray(groups)
    ? []
    : groups.every((g) => !g || typeof g !== "object")
      ? names.groupList(groups, dependsOn)
      : groups.map((g: Props) => names.groupOf(g.groupId, dependsOn));

const known = (props: Props) => Object.fromEntries(Object.entries(props).filter(([, v]) => !isUnknown(v)));
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function peopleChange(change: MembershipChange): PlanChange {
  const parts = [
    change.joins.length ? `joins ${listWords(change.joins)}` : "",
    change.leaves.length ? `leaves ${listWords(change.leaves)}` : "",
    change.priorities.length ? `is now ${listWords(change.priorities)}` : "",
  ].filter(Boolean);
  return {
    topic: "people",
    text: `${change.who} ${parts.join("; ")}`,
    facts: ["changesGroups"],
    resources: change.resources,
  };
}
