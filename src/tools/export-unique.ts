// Entries an exported spec can hold side by side: the provider finds (adopts) objects by their natural
// key, and the spec names resources after it, so both must be unique within a section.
import { registry } from "../resources/registry";
import { resourceName } from "../account/names";
import { SECTIONS, type Section } from "../account/types";

type Entry = Record<string, unknown>;

/** The natural key of each section's entries, as the provider's `find` matches objects. */
const NATURAL_KEY: Record<Section, (e: Entry) => unknown[]> = {
  groups: (e) => [e.name],
  agents: (e) => [e.login],
  goals: (e) => [e.name],
  greetings: (e) => [e.name, e.group ?? 0],
  tags: (e) => [e.name, e.group ?? 0],
  cannedResponses: (e) => [e.text, e.group ?? 0],
  webhooks: (e) => [e.url, e.eventType],
};

/**
 * Leaves out, with a warning, objects whose natural key repeats an earlier one's (adoption could not tell
 * them apart), and gives a `key` to entries whose resource names would collide although their natural
 * keys differ (greetings of the same name in two groups).
 */
export function keepUnique(section: Section, entries: Entry[], warn: (message: string) => void): Entry[] {
  const keys = new Set<string>();
  const names = new Set<string>();
  const kept: Entry[] = [];
  for (const entry of entries) {
    const key = JSON.stringify(NATURAL_KEY[section](entry));
    if (keys.has(key)) {
      const type = SECTIONS.find(([s]) => s === section)![1];
      warn(`${section}: left out a second object with the same ${registry[type].naturalKey} ${key}`);
      continue;
    }
    keys.add(key);
    let name = resourceName(section, entry);
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
