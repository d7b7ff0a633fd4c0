import { short, slug } from "./slug";
import type { ResourceDeclaration } from "../provider/declaration";
import { apiOf, declarationOf, SECTION_NAMES, type AccountSpec, type Api, type Section } from "./types";

// Resource names derived from natural keys, so the same spec gives the same names on every license.
// They are in users' states: a change here renames (deletes and recreates) their objects.

/** The values an entry's derived name is made of: the natural key, group first (unset fields as defaulted). */
function nameParts(declaration: ResourceDeclaration, entry: Record<string, unknown>): unknown[] {
  const from =
    declaration.account.nameFrom ??
    [...declaration.keyFields].sort((a, b) => Number(b === "group") - Number(a === "group"));
  return from.map((f) => entry[f] ?? declaration.fields[f].default);
}

/** The Pulumi resource name of a spec entry on its own (its `key` when given), in a section of that `api`. */
export function resourceName(section: Section, entry: Record<string, unknown>, api?: Api): string {
  if (typeof entry.key === "string") return entry.key;
  const declaration = declarationOf(section, api);
  const { account } = declaration;
  if (account.name) return account.name(entry);
  return [account.namePrefix, ...nameParts(declaration, entry).map((part) => slug(String(part)))].join("-");
}

/** The stack config key an exported entry reads a secret from: `webhook-...-secretKey`. */
export const secretConfigKey = (resource: string, field: string) => `${resource}-${field}`;

/** The Pulumi resource names of every entry, section by section, in file order. */
export type ResourceNames = Record<Section, string[]>;

/**
 * The resource names of a whole spec. Names are slugs, so two different objects can derive one name
 * ("VIP" and "vip" tags): `key:` names win, then entries in file order, and a later entry whose derived
 * name is taken gets a suffix, a short hash of the exact values it derives from.
 */
export function resourceNames(spec: AccountSpec): ResourceNames {
  const names = {} as ResourceNames;
  for (const section of SECTION_NAMES) {
    const api = apiOf(spec, section);
    const entries = (spec[section] ?? []) as unknown as Record<string, unknown>[];
    const taken = new Set(entries.flatMap((e) => (typeof e.key === "string" ? [e.key] : [])));
    names[section] = entries.map((e) => {
      if (typeof e.key === "string") return e.key;
      let name = resourceName(section, e, api);
      if (taken.has(name))
        name = `${name}-${short(JSON.stringify(nameParts(declarationOf(section, api), e)))}`;
      // Only entries with the very same values get here; the spec check refuses those as duplicates.
      const base = name;
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
      taken.add(name);
      return name;
    });
  }
  return names;
}
