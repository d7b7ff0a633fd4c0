// Natural keys, one string per object, so that what a spec declares and what an account holds compare as
// two sorted lists: a duplicate shows as a repeated key, a missing object as an absent one. Written here from
// the API's wire fields and the spec's own fields, not from the provider's declarations (the code under test):
// "Group Sales", "Agent jenny@example.com", "Tag vip @Sales", "Webhook https://x chat_started"; group 0 is 0.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs and wire objects, read loosely
type Loose = Record<string, any>;

/** The keys of the objects an account spec declares (v2 sections), sorted. */
export function specKeys(spec: Loose): string[] {
  const at = (e: Loose) => ` @${e.group ?? 0}`;
  return [
    ...(spec.groups ?? []).map((e: Loose) => `Group ${e.name}`),
    ...(spec.agents ?? []).map((e: Loose) => `Agent ${e.login}`),
    ...(spec.goals ?? []).map((e: Loose) => `Goal ${e.name}`),
    ...(spec.greetings ?? []).map((e: Loose) => `Greeting ${e.name}${at(e)}`),
    ...(spec.tags ?? []).map((e: Loose) => `Tag ${e.name}${at(e)}`),
    ...(spec.cannedResponses ?? []).map((e: Loose) => `CannedResponse ${e.text}${at(e)}`),
    ...(spec.webhooks ?? []).map((e: Loose) => `Webhook ${e.url} ${e.eventType}`),
  ].sort();
}

/**
 * The keys of the objects an emulator holds (`emulator.state()`, the v2 wire form), sorted, leaving out what a
 * fresh licence has: group 0 and the owner `ownerLogin`. Groups are named by name, group 0 as 0.
 */
export function accountKeys(state: Loose, ownerLogin: string): string[] {
  const names = new Map<number, string>(state.groups.map((g: Loose) => [Number(g.id), g.name]));
  const at = (o: Loose) => ` @${Number(o.group) === 0 ? 0 : (names.get(Number(o.group)) ?? `#${o.group}`)}`;
  return [
    ...state.groups.filter((g: Loose) => Number(g.id) !== 0).map((g: Loose) => `Group ${g.name}`),
    ...state.agents.filter((a: Loose) => a.login !== ownerLogin).map((a: Loose) => `Agent ${a.login}`),
    ...state.goals.map((g: Loose) => `Goal ${g.name}`),
    ...state.greetings.map((g: Loose) => `Greeting ${g.name}${at(g)}`),
    ...state.tags.map((t: Loose) => `Tag ${t.name}${at(t)}`),
    ...state.canned_responses.map((c: Loose) => `CannedResponse ${c.text}${at(c)}`),
    ...state.webhooks.map((w: Loose) => `Webhook ${w.url} ${w.event_type}`),
  ].sort();
}

/** The keys that occur more than once. */
export function duplicates(keys: string[]): string[] {
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}
