// Entries an exported spec can hold side by side: the provider finds (adopts) objects by their natural
// key, and the spec names resources after it, so both must be unique within a section.
import { resourceName } from "../account/names";
import type { SpecSection } from "../account/types";
import { naturalKeyWords } from "../provider/declaration";

type Entry = Record<string, unknown>;

/**
 * Leaves out, with a warning, objects whose natural key repeats an earlier one's (adoption could not tell
 * them apart), and gives a `key` to entries whose resource names would collide although their natural
 * keys differ (greetings of the same name in two groups).
 */
export function keepUnique(
  { section, declaration }: SpecSection,
  entries: Entry[],
  warn: (message: string) => void,
): Entry[] {
  const api = declaration.module ? "v3.6" : "v2";
  const naturalKey = (e: Entry) => declaration.keyFields.map((f) => e[f] ?? declaration.fields[f].default);
  const keys = new Set<string>();
  const names = new Set<string>();
  const kept: Entry[] = [];
  for (const entry of entries) {
    const key = JSON.stringify(naturalKey(entry));
    if (keys.has(key)) {
      warn(`${section}: left out a second object with the same ${naturalKeyWords(declaration)} ${key}`);
      continue;
    }
    keys.add(key);
    let name = resourceName(section, entry, api);
    if (names.has(name)) {
      let n = 2;
      while (names.has(`${name}-${n}`)) n++;
      name = `${name}-${n}`;
      kept.push({ key: name, ...entry });
    } else kept.push(entry);
    names.add(name);
  }
  return kept;
}
