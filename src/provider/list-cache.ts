/**
 * Answers of the API's list endpoints, kept for a short while per provider process, so a refresh of N
 * objects costs one list call per type (and group) instead of N reads. Concurrent loads of the same list
 * share one request. Writes made by this process are applied to the cached list, so it stays true.
 */
export class ListCache {
  private readonly entries = new Map<string, { at: number; items: Promise<Record<string, unknown>[]> }>();

  constructor(private readonly ttlMs = 60_000) {}

  /** The list under `key`, loaded with `load` when absent or older than the TTL. */
  async get<T extends Record<string, unknown>>(key: string, load: () => Promise<T[]>): Promise<T[]> {
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.at < this.ttlMs) return (await entry.items) as T[];
    const items = load();
    this.entries.set(key, { at: Date.now(), items });
    try {
      return await items;
    } catch (e) {
      this.entries.delete(key);
      throw e;
    }
  }

  /** Replaces a whole list with a fresh answer (an API whose writes answer with the list). */
  set(key: string, items: Record<string, unknown>[]): void {
    this.entries.set(key, { at: Date.now(), items: Promise.resolve(items) });
  }

  /** Replaces (or adds) the item that `matches` in a cached list; does nothing when the list is not cached. */
  upsert(key: string, item: Record<string, unknown>, matches: (i: Record<string, unknown>) => boolean): void {
    this.edit(key, (items) => [...items.filter((i) => !matches(i)), item]);
  }

  /** Drops the items that `matches` from a cached list. */
  remove(key: string, matches: (i: Record<string, unknown>) => boolean): void {
    this.edit(key, (items) => items.filter((i) => !matches(i)));
  }

  /** Forgets a list, or every list whose key starts with `prefix` followed by a colon. */
  invalidate(prefix: string): void {
    for (const key of this.entries.keys()) {
      if (key === prefix || key.startsWith(`${prefix}:`)) this.entries.delete(key);
    }
  }

  private edit(key: string, change: (items: Record<string, unknown>[]) => Record<string, unknown>[]): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.set(key, { at: entry.at, items: entry.items.then(change) });
  }
}
