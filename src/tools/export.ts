// An account's objects as an account spec (src/account/types.ts): group references by name, no secrets, and
// what the provider would fill in anyway left out, so the file stays short. Values are read with the
// provider's own wire mapping (outputsOf) and defaults (validateInputs), so what is written compares equal
// to what is in the account: applied with adoption, the spec changes nothing.
import { sameJson, UNKNOWN } from "../provider/fields";
import { outputsOf } from "../provider/outputs";
import { validateInputs } from "../provider/validate";
import type { ResourceDeclaration, WireObject } from "../provider/declaration";
import { mapGroupRefs } from "../account/group-refs";
import { referenceOf } from "../account/same-type-refs";
import { resourceName, secretConfigKey } from "../account/names";
import {
  sectionsOf,
  type AccountSpec,
  apiOf,
  type Api,
  type GroupRef,
  type Section,
  type SpecSection,
} from "../account/types";
import type { AccountObjects } from "./account";
import { keepUnique } from "./export-unique";

type Entry = Record<string, unknown>;

const isObject = (v: unknown): v is Entry => !!v && typeof v === "object" && !Array.isArray(v);

/** The object's fields as the provider reads them; computed outputs (ids, dates, tokens) left out. */
function fieldsOf(declaration: ResourceDeclaration, object: WireObject): Entry {
  return Object.fromEntries(
    Object.entries(outputsOf(declaration, object, {})).filter(([k]) => k in declaration.fields),
  );
}

/**
 * Leaves out each field the provider's check would fill in with the same value (field defaults and
 * completions such as a url goal's match type), and the keys of an object field that are its defaults.
 */
function withoutDefaults(declaration: ResourceDeclaration, entry: Entry): Entry {
  const out: Entry = { ...entry };
  for (const field of Object.keys(entry)) {
    const { [field]: value, ...rest } = out;
    const filled = validateInputs(declaration, rest).inputs[field];
    if (filled === undefined) continue;
    if (sameJson(filled, value)) delete out[field];
    else if (isObject(filled) && isObject(value)) {
      const kept = Object.fromEntries(Object.entries(value).filter(([k, v]) => !sameJson(filled[k], v)));
      if (Object.keys(kept).length) out[field] = kept;
      else delete out[field];
    }
  }
  return out;
}

/**
 * Why the spec's check would refuse an exported entry (an object made through the other API generation with
 * what this one cannot describe, such as a v3.6 greeting rule), or undefined. References to groups and
 * secrets stand in as values the check takes.
 */
function problemOf(
  declaration: ResourceDeclaration,
  entry: Entry,
): { field: string; reason: string } | undefined {
  // One stand-in id per group name, as the loader's check uses: a name repeated is still a repeat.
  const names: string[] = [];
  const standIn = (name: string) => {
    if (!names.includes(name)) names.push(name);
    return 1e6 + names.indexOf(name);
  };
  const inputs: Entry = {};
  for (const [name, value] of Object.entries(entry)) {
    const field = declaration.fields[name];
    inputs[name] = field?.secret
      ? UNKNOWN
      : field?.refersTo === "sameType"
        ? String(value)
        : field
          ? mapGroupRefs(field, value, (ref) => (typeof ref === "string" ? standIn(ref) : ref))
          : value;
  }
  const failure = validateInputs(declaration, inputs).failures[0];
  return failure && { field: failure.property, reason: failure.reason.replace(`${declaration.type}: `, "") };
}

/**
 * The entry as the spec's check takes it: a field it cannot describe left out when the field is optional (its
 * object then keeps the account's value: a v3.6 greeting's rich message, whose template the API never shows),
 * the whole entry when not (a greeting with a rule its generation has not); each said in a warning.
 */
function describable(
  declaration: ResourceDeclaration,
  entry: Entry,
  what: string,
  warn: (message: string) => void,
): Entry | undefined {
  const out = { ...entry };
  for (let problem = problemOf(declaration, out); problem; problem = problemOf(declaration, out)) {
    const field = declaration.fields[problem.field];
    if (!field || field.required || declaration.keyFields.includes(problem.field)) {
      warn(
        `${declaration.account.section}: left out ${what}: ${problem.reason}` +
          (declaration.module ? "" : " (the v3.6 resources may describe it: export with --api v3.6)"),
      );
      return undefined;
    }
    warn(
      `${declaration.account.section}: ${what}: ${problem.field} left out, so it stays as the account has it ` +
        `(${problem.reason}); declare it to manage it`,
    );
    delete out[problem.field];
  }
  return out;
}

/**
 * A required secret the API never returns (a v3.6 webhook's secret key) as a reference to the stack's secret
 * config, under a key named after the entry's resource: the spec is complete, and the first `up` says which key
 * to set if it is missing.
 */
function withSecretRefs(section: Section, declaration: ResourceDeclaration, entry: Entry, api?: Api): Entry {
  const out = { ...entry };
  for (const [name, field] of Object.entries(declaration.fields))
    if (field.secret && field.required && out[name] === undefined)
      out[name] = { secret: secretConfigKey(resourceName(section, entry, api), name) };
  return out;
}

/**
 * Converts an account read by `readAccount({ details: true })` into a spec that adopts everything. `api` is
 * the spec's `api` line, which says how the sections were read (`sectionsOf`); v2 when unset.
 */
export function specFromAccount(
  account: AccountObjects,
  warn: (message: string) => void = () => {},
  api?: AccountSpec["api"],
): AccountSpec {
  // Group 0 exists in every account and is never declared. A group declared in the spec is referred to by
  // name; any other (group 0, a group left out as a duplicate) by its id.
  const groupNames = new Map<number, string>();
  for (const g of account.groups ?? []) {
    const taken = [...groupNames.values()].includes(String(g.name));
    if (Number(g.id) !== 0 && !taken) groupNames.set(Number(g.id), String(g.name));
  }
  const ref = (id: unknown): GroupRef => groupNames.get(Number(id)) ?? Number(id);

  const spec: Record<string, unknown> = { adopt: true, ...(api === undefined ? {} : { api }) };
  for (const { section, declaration } of sectionsOf({ api })) {
    const { account: rules, fields } = declaration;
    const objects = (account[section] ?? []).filter((o) => !rules.builtIn?.(o));
    // Ids differ from license to license: an object of the same type is named by its natural key instead.
    const keyById = new Map(
      objects.map((o) => [declaration.idOf(o), referenceOf(declaration, fieldsOf(declaration, o))]),
    );
    const entries = objects.map((o) => {
      const entry = withoutDefaults(declaration, fieldsOf(declaration, o));
      // Fields that hold group ids name the groups instead (unset for group 0, the default).
      for (const [name, field] of Object.entries(fields)) {
        if (entry[name] === undefined) continue;
        if (field.refersTo === "sameType") entry[name] = keyById.get(String(entry[name])) ?? entry[name];
        else entry[name] = mapGroupRefs(field, entry[name], ref);
      }
      const exported = rules.exported ? rules.exported(entry) : entry;
      return withSecretRefs(section, declaration, exported, apiOf({ api }, section));
    });
    const valid = entries.flatMap((entry, i) => {
      const kept = describable(declaration, entry, rules.describe(objects[i]), warn);
      return kept ? [kept] : [];
    });
    const kept = keepUnique({ section, declaration }, valid, warn);
    if (kept.length) spec[section] = kept;
  }
  // An empty account is said to be empty on purpose: the loader refuses a spec with no objects otherwise.
  if (!sectionsOf({ api }).some(({ section }) => spec[section])) spec.objects = "none";
  return spec as AccountSpec;
}

export type { SpecSection };
