import { createHash } from "crypto";
import { SECTIONS, type AccountSpec, type Section } from "./types";

// Resource names derived from natural keys, so the same spec gives the same names on every license.
// They are in users' states: a change here renames (deletes and recreates) their objects.

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9@._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
const short = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);
const groupPart = (group: unknown) => slug(String(group ?? 0));

/** The exact values an entry's derived name is made from. */
function nameParts(section: Section, entry: Record<string, unknown>): unknown[] {
  switch (section) {
    case "groups":
    case "goals":
      return [entry.name];
    case "agents":
      return [entry.login];
    case "greetings":
    case "tags":
      return [entry.group ?? 0, entry.name];
    case "cannedResponses":
      return [entry.group ?? 0, entry.text];
    case "webhooks":
      return [entry.eventType, entry.url];
  }
}

/** The Pulumi resource name of a spec entry on its own (its `key` when given). */
export function resourceName(section: Section, entry: Record<string, unknown>): string {
  if (typeof entry.key === "string") return entry.key;
  switch (section) {
    case "groups":
      return `group-${slug(String(entry.name))}`;
    case "agents":
      return `agent-${slug(String(entry.login))}`;
    case "goals":
      return `goal-${slug(String(entry.name))}`;
    case "greetings":
      return `greeting-${groupPart(entry.group)}-${slug(String(entry.name))}`;
    case "tags":
      return `tag-${groupPart(entry.group)}-${slug(String(entry.name))}`;
    case "cannedResponses": {
      // Long texts make long names: keep the start readable and a hash of the whole for uniqueness.
      const text = String(entry.text);
      return `canned-${groupPart(entry.group)}-${slug(text).slice(0, 32)}-${short(text)}`;
    }
    case "webhooks":
      return `webhook-${slug(String(entry.eventType))}-${short(String(entry.url).replace(/^http:/i, "https:"))}`;
  }
}

/** The Pulumi resource names of every entry, section by section, in file order. */
export type ResourceNames = Record<Section, string[]>;

/**
 * The resource names of a whole spec. Names are slugs, so two different objects can derive one name
 * ("VIP" and "vip" tags): `key:` names win, then entries in file order, and a later entry whose derived
 * name is taken gets a suffix, a short hash of the exact values it derives from.
 */
export function resourceNames(spec: AccountSpec): ResourceNames {
  const names = {} as ResourceNames;
  for (const [section] of SECTIONS) {
    const entries = (spec[section] ?? []) as Record<string, unknown>[];
    const taken = new Set(entries.flatMap((e) => (typeof e.key === "string" ? [e.key] : [])));
    names[section] = entries.map((e) => {
      if (typeof e.key === "string") return e.key;
      let name = resourceName(section, e);
      if (taken.has(name)) name = `${name}-${short(JSON.stringify(nameParts(section, e)))}`;
      // Only entries with the very same values get here; the spec check refuses those as duplicates.
      const base = name;
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
      taken.add(name);
      return name;
    });
  }
  return names;
}
