import { registryKey, type ResourceDeclaration } from "./declaration";

type Item = Record<string, unknown>;

/**
 * One resource type's lists in the cache: its whole list, or the list of one part of the account where the API
 * lists by part (a group's greetings, a Client ID's webhooks). Keys are derived from the type's registry key, so
 * a create that forgets the type's lists forgets every one of them.
 */
export interface TypeLists {
  /** The list (of `part`), loaded with `load` when absent or older than the TTL. */
  get<T extends Item>(load: () => Promise<T[]>, part?: string | number): Promise<T[]>;
  /** Replaces (or adds) the item that `matches` in a cached list; does nothing when the list is not cached. */
  upsert(item: Item, matches: (i: Item) => boolean, part?: string | number): void;
  /** Drops the items that `matches` from a cached list. */
  remove(matches: (i: Item) => boolean, part?: string | number): void;
  /** Forgets every list of the type. */
  invalidate(): void;
}

/** One cached list: the load that fetched it (kept through edits) and its items with edits applied. */
interface Entry {
  at: number;
  load: object;
  items: Promise<Item[]>;
}

/**
 * Answers of the API's list endpoints, kept for a short while per provider process, so a refresh of N
 * objects costs one list call per type (and group) instead of N reads. Concurrent loads of the same list
 * share one request. Writes made by this process are applied to the cached list, so it stays true, even
 * while its load is still in flight.
 */
export class ListCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 60_000) {}

  /** A resource type's lists (keyed by its registry key, `v36/Agent`). */
  of(declaration: Pick<ResourceDeclaration, "type" | "module">): TypeLists {
    const type = registryKey(declaration);
    const key = (part?: string | number) => (part === undefined ? type : `${type}:${part}`);
    return {
      get: (load, part) => this.get(key(part), load),
      upsert: (item, matches, part) =>
        this.edit(key(part), (items) => [...items.filter((i) => !matches(i)), item]),
      remove: (matches, part) => this.edit(key(part), (items) => items.filter((i) => !matches(i))),
      invalidate: () => {
        for (const k of this.entries.keys())
          if (k === type || k.startsWith(`${type}:`)) this.entries.delete(k);
      },
    };
  }

  /** Forgets every list: the account changed behind this process's back. */
  clear(): void {
    this.entries.clear();
  }

  private async get<T extends Item>(key: string, load: () => Promise<T[]>): Promise<T[]> {
    const cached = this.entries.get(key);
    let entry = cached && Date.now() - cached.at < this.ttlMs ? cached : this.start(key, load);
    for (;;) {
      const items = await entry.items;
      // An edit made while we waited replaced the entry with one chained onto the same load: take it too.
      const now = this.entries.get(key);
      if (!now || now === entry || now.load !== entry.load) return items as T[];
      entry = now;
    }
  }

  private start(key: string, load: () => Promise<Item[]>): Entry {
    // The executor turns a load that throws synchronously into a rejection like any other.
    const items = new Promise<Item[]>((resolve) => resolve(load()));
    const entry: Entry = { at: Date.now(), load: {}, items };
    this.entries.set(key, entry);
    // A failed load is forgotten, so the next get loads again; but only if no newer load replaced it.
    entry.items.catch(() => this.forget(key, entry.load));
    return entry;
  }

  private edit(key: string, change: (items: Item[]) => Item[]): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const items = entry.items.then(change);
    // Nobody awaits an edit: its failure (the load's) is seen by whoever gets the list, never unhandled.
    items.catch(() => this.forget(key, entry.load));
    this.entries.set(key, { ...entry, items });
  }

  private forget(key: string, load: object): void {
    if (this.entries.get(key)?.load === load) this.entries.delete(key);
  }
}
