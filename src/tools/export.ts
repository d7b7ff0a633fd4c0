// An account's objects as an account spec (src/account/types.ts): group references by name, no secrets, and
// what the provider would fill in anyway left out, so the file stays short. Values are read with the
// provider's own wire mapping (outputsOf) and defaults (validateInputs), so what is written compares equal
// to what is in the account: applied with adoption, the spec changes nothing.
import deepEqual from "deep-equal";
import { outputsOf, validateInputs } from "../provider/lifecycle";
import type { WireObject } from "../provider/declaration";
import { registry } from "../resources/registry";
import { SECTIONS, type AccountSpec, type GroupRef, type Section } from "../account/types";
import type { AccountObjects } from "./account";
import { keepUnique } from "./export-unique";

type Entry = Record<string, unknown>;

/** The schedule the API reports for an agent once updated, when nobody set one (the reference's example). */
const SERVER_SCHEDULE: Record<string, { enabled: boolean; start: string; end: string }> = {
  sunday: { enabled: false, start: "11:00", end: "17:00" },
  monday: { enabled: true, start: "09:00", end: "17:00" },
  tuesday: { enabled: true, start: "09:00", end: "17:00" },
  wednesday: { enabled: true, start: "09:00", end: "17:00" },
  thursday: { enabled: true, start: "09:00", end: "17:00" },
  friday: { enabled: true, start: "09:00", end: "17:00" },
  saturday: { enabled: false, start: "09:00", end: "17:00" },
};
/** Greeting rules whose values are numbers (the API answers them as strings). */
const NUMERIC_RULES = ["visit_time_site", "visit_time_page", "pages_view_number", "visits_number"];

const typeOf = (section: Section) => SECTIONS.find(([s]) => s === section)![1];
const same = (a: unknown, b: unknown) => deepEqual(a, b, { strict: true });
const isObject = (v: unknown): v is Entry => !!v && typeof v === "object" && !Array.isArray(v);

/** The object's fields as the provider reads them; computed outputs (ids, dates, tokens) left out. */
function fieldsOf(section: Section, object: WireObject): Entry {
  const declaration = registry[typeOf(section)];
  return Object.fromEntries(
    Object.entries(outputsOf(declaration, object, {})).filter(([k]) => k in declaration.fields),
  );
}

/**
 * Leaves out each field the provider's check would fill in with the same value (field defaults and
 * completions such as a url goal's match type), and the keys of an object field that are its defaults.
 */
function withoutDefaults(section: Section, entry: Entry): Entry {
  const declaration = registry[typeOf(section)];
  const out: Entry = { ...entry };
  for (const field of Object.keys(entry)) {
    const { [field]: value, ...rest } = out;
    const filled = validateInputs(declaration, rest).inputs[field];
    if (filled === undefined) continue;
    if (same(filled, value)) delete out[field];
    else if (isObject(filled) && isObject(value)) {
      const kept = Object.fromEntries(Object.entries(value).filter(([k, v]) => !same(filled[k], v)));
      if (Object.keys(kept).length) out[field] = kept;
      else delete out[field];
    }
  }
  return out;
}

/** Converts an account read by `readAccount({ details: true })` into a spec that adopts everything. */
export function specFromAccount(
  account: AccountObjects,
  warn: (message: string) => void = () => {},
): AccountSpec {
  // Group 0 exists in every account and is never declared. A group declared in the spec is referred to by
  // name; any other (group 0, a group left out as a duplicate) by its id.
  const groupNames = new Map<number, string>();
  for (const g of account.groups) {
    const taken = [...groupNames.values()].includes(String(g.name));
    if (Number(g.id) !== 0 && !taken) groupNames.set(Number(g.id), String(g.name));
  }
  const ref = (id: unknown): GroupRef => groupNames.get(Number(id)) ?? Number(id);
  /** An entry's `group` as a reference (unset for group 0, the default). */
  const grouped = (section: Section, o: WireObject): Entry => {
    const { group, ...rest } = withoutDefaults(section, fieldsOf(section, o));
    return group === undefined ? rest : { ...rest, group: ref(group) };
  };

  const entries: Record<Section, Entry[]> = {
    groups: account.groups
      .filter((g) => Number(g.id) !== 0)
      // Membership is declared on the agents, so the group's member list stays unmanaged.
      .map((g) => withoutDefaults("groups", { name: g.name, language: g.language })),
    agents: account.agents
      .filter((a) => a.permission !== "owner") // the owner cannot be created, deleted or given
      .map((a) => agentEntry(a, ref)),
    goals: account.goals.map((g) => withoutDefaults("goals", fieldsOf("goals", g))),
    greetings: account.greetings.map((g) => {
      const entry = grouped("greetings", g);
      return { ...entry, rules: (entry.rules as Entry[]).map(ruleEntry) };
    }),
    // The author is who made a tag, not what it is: a new tag's author is whoever applies the spec.
    tags: account.tags.map((t) => {
      const { author: _author, ...entry } = grouped("tags", t);
      return entry;
    }),
    cannedResponses: account.cannedResponses.map((c) => grouped("cannedResponses", c)),
    webhooks: account.webhooks.map((w) => fieldsOf("webhooks", w)),
  };

  const spec: Record<string, unknown> = { adopt: true };
  for (const [section] of SECTIONS) {
    const kept = keepUnique(section, entries[section], warn);
    if (kept.length) spec[section] = kept;
  }
  // An empty account is said to be empty on purpose: the loader refuses a spec with no objects otherwise.
  if (Object.keys(spec).length === 1) spec.objects = "none";
  return spec as AccountSpec;
}

function agentEntry(agent: WireObject, ref: (id: unknown) => GroupRef): Entry {
  const { groups, workScheduler, ...fields } = fieldsOf("agents", agent);
  const entry = withoutDefaults("agents", fields);
  // Membership is managed from the agents' side, so an agent in no group says so. Groups are a set: written in
  // a stable order (names, then ids), not in the order of ids, which differs from license to license.
  entry.groups = ((groups as number[] | undefined) ?? []).map(ref).sort(byReference);
  if (workScheduler && !same(workScheduler, SERVER_SCHEDULE)) entry.workScheduler = workScheduler;
  return entry;
}

const byReference = (a: GroupRef, b: GroupRef) =>
  typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === "string" ? -1 : 1;

/** A rule without the server's default operator (equals), with numeric values as numbers. */
function ruleEntry(rule: Entry): Entry {
  const out: Entry = { ...rule };
  if (out.operator === "equals") delete out.operator;
  if (NUMERIC_RULES.includes(String(out.type)) && /^\d+$/.test(String(out.value)))
    out.value = Number(out.value);
  if (Array.isArray(out.urls))
    out.urls = (out.urls as Entry[]).map(({ url, operator }) =>
      operator && operator !== "equals" ? { url, operator } : { url },
    );
  return out;
}
