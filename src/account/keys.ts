// When two spec entries are one LiveChat object: their natural keys, compared the way the server compares
// them. Two entries with one key would adopt, update and delete the same object, whatever their `key:` says.
import { naturalKeyWords, type Props } from "../provider/declaration";
import { naturalKeyOf } from "../provider/fields";
import { registry } from "../resources/registry";

/** The natural key of an entry's completed inputs (group names replaced by stand-in ids), as one string. */
export function sameObjectKey(type: string, inputs: Props): string | undefined {
  const declaration = registry[type];
  const { keyFields, fields } = declaration;
  if (keyFields.some((f) => inputs[f] === undefined && fields[f].default === undefined)) return undefined;
  const apply = declaration.account.keyRule?.apply;
  return naturalKeyOf(declaration, apply ? apply(inputs) : inputs);
}

/** Why two entries are one object, in words: "the same name in the same group (LiveChat trims ...)". */
export function sameObjectReason(type: string): string {
  const declaration = registry[type];
  const rule = declaration.account.keyRule?.words;
  const key = naturalKeyWords(declaration).replace(/ and group$/, "");
  const where = declaration.keyFields.includes("group") ? " in the same group" : "";
  return `the same ${key}${where}${rule ? ` (${rule})` : ""}`;
}
