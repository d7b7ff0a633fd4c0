// When two spec entries are one LiveChat object: their natural keys, compared the way the server compares
// them. Two entries with one key would adopt, update and delete the same object, whatever their `key:` says.
import { naturalKeyOf } from "../provider/fields";
import type { Props } from "../provider/declaration";
import { registry } from "../resources/registry";
import type { Section } from "./types";

/**
 * What the server does to a key field before comparing it (read from the API and its emulator), where the
 * field's own canonical form does not already do it (a login's does: it is lower-cased).
 */
const SERVER_RULES: Partial<Record<Section, { apply?: (inputs: Props) => Props; rule: string }>> = {
  agents: { rule: "LiveChat logins ignore case" },
  tags: {
    apply: (i) => ({ ...i, name: String(i.name).trim() }),
    rule: "LiveChat trims the spaces around tag names",
  },
};

/** Sections whose objects live in a group: the same name in two groups is two objects. */
const IN_A_GROUP: Section[] = ["greetings", "tags", "cannedResponses"];

/** The natural key of an entry's completed inputs (group names replaced by stand-in ids), as one string. */
export function sameObjectKey(section: Section, type: string, inputs: Props): string | undefined {
  const declaration = registry[type];
  const keyFields = IN_A_GROUP.includes(section)
    ? [...new Set([...declaration.keyFields, "group"])]
    : declaration.keyFields;
  if (keyFields.some((f) => inputs[f] === undefined && declaration.fields[f].default === undefined))
    return undefined;
  const rules = SERVER_RULES[section];
  return naturalKeyOf({ keyFields, fields: declaration.fields }, rules?.apply?.(inputs) ?? inputs);
}

/** Why two entries are one object, in words: "the same name and group; LiveChat trims ...". */
export function sameObjectReason(section: Section, type: string): string {
  const rule = SERVER_RULES[section]?.rule;
  const key = registry[type].naturalKey.replace(/ and group$/, "");
  const where = IN_A_GROUP.includes(section) ? " in the same group" : "";
  return `the same ${key}${where}${rule ? ` (${rule})` : ""}`;
}
