// An account's objects as an account spec (src/account/types.ts): group references by name, no secrets, and
// what the provider would fill in anyway left out, so the file stays short. Values are read with the
// provider's own wire mapping (outputsOf) and defaults (validateInputs), so what is written compares equal
// to what is in the account: applied with adoption, the spec changes nothing.
import { sameJson } from "../provider/fields";
import { outputsOf } from "../provider/outputs";
import { validateInputs } from "../provider/validate";
import type { ResourceDeclaration, WireObject } from "../provider/declaration";
import { mapGroupRefs } from "../account/group-refs";
import { sectionsOf, type AccountSpec, type GroupRef, type SpecSection } from "../account/types";
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
    const entries = (account[section] ?? [])
      .filter((o) => !rules.builtIn?.(o))
      .map((o) => {
        const entry = withoutDefaults(declaration, fieldsOf(declaration, o));
        // Fields that hold group ids name the groups instead (unset for group 0, the default).
        for (const [name, field] of Object.entries(fields))
          if (entry[name] !== undefined) entry[name] = mapGroupRefs(field, entry[name], ref);
        return rules.exported ? rules.exported(entry) : entry;
      });
    const kept = keepUnique({ section, declaration }, entries, warn);
    if (kept.length) spec[section] = kept;
  }
  // An empty account is said to be empty on purpose: the loader refuses a spec with no objects otherwise.
  if (!sectionsOf({ api }).some(({ section }) => spec[section])) spec.objects = "none";
  return spec as AccountSpec;
}

export type { SpecSection };
