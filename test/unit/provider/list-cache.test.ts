import { ListCache } from "../../../src/provider/list-cache";
import type { Context, WireObject } from "../../../src/provider/declaration";
import { webhookDeclaration } from "../../../src/resources/webhook";

// Every test decides by hand when each load resolves or fails: no timers, no real API.

type Item = Record<string, unknown>;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A load function whose every call is a deferred answer the test settles. */
function loads() {
  const calls: Deferred<Item[]>[] = [];
  const load = () => {
    const d = deferred<Item[]>();
    calls.push(d);
    return d.promise;
  };
  return { calls, load };
}

// Lets every pending promise reaction run, and Node report any rejection nobody handled.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const byId = (id: number) => (i: Item) => i.id === id;
/** A type as the cache keys it (by its registry key). */
const TAG = { type: "Tag" };

let unhandled: unknown[];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on("unhandledRejection", onUnhandled);
});
afterEach(async () => {
  await settle();
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

describe("a load that fails", () => {
  it("does not turn an edit made while it was in flight into an unhandled rejection", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const first = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 1 }, byId(1));
    cache.of(TAG).remove(byId(2));
    calls[0].reject(new Error("503"));
    await expect(first).rejects.toThrow("503");
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("ignores an edit made after it failed, and is loaded again by the next get", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const first = cache.of(TAG).get(load);
    calls[0].reject(new Error("503"));
    await expect(first).rejects.toThrow("503");
    cache.of(TAG).upsert({ id: 1 }, byId(1));
    await settle();
    const second = cache.of(TAG).get(load);
    expect(calls).toHaveLength(2);
    calls[1].resolve([{ id: 5 }]);
    expect(await second).toEqual([{ id: 5 }]);
  });

  it("is not kept when an edit was chained onto it: the next get loads again", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const first = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 1 }, byId(1));
    calls[0].reject(new Error("503"));
    await expect(first).rejects.toThrow("503");
    const second = cache.of(TAG).get(load);
    expect(calls).toHaveLength(2);
    calls[1].resolve([]);
    expect(await second).toEqual([]);
  });

  it("that throws instead of rejecting fails the get, and the next get loads again", async () => {
    const cache = new ListCache();
    await expect(
      cache.of(TAG).get(() => {
        throw new Error("bad path");
      }),
    ).rejects.toThrow("bad path");
    expect(await cache.of(TAG).get(async () => [{ id: 1 }])).toEqual([{ id: 1 }]);
  });

  it("does not forget a newer load that replaced it", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const old = cache.of(TAG).get(load);
    cache.of(TAG).invalidate();
    const fresh = cache.of(TAG).get(load);
    calls[1].resolve([{ id: 1 }]);
    expect(await fresh).toEqual([{ id: 1 }]);
    calls[0].reject(new Error("timeout"));
    await expect(old).rejects.toThrow("timeout");
    await settle();
    const again = cache.of(TAG).get(load);
    expect(calls).toHaveLength(2);
    expect(await again).toEqual([{ id: 1 }]);
  });

  it("does not forget a newer load when an edit was chained onto the old one", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const old = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 9 }, byId(9));
    cache.of(TAG).invalidate();
    const fresh = cache.of(TAG).get(load);
    calls[0].reject(new Error("timeout"));
    await expect(old).rejects.toThrow("timeout");
    calls[1].resolve([{ id: 1 }]);
    expect(await fresh).toEqual([{ id: 1 }]);
    const again = cache.of(TAG).get(load);
    expect(calls).toHaveLength(2);
    expect(await again).toEqual([{ id: 1 }]);
  });
});

describe("writes during a load", () => {
  it("are reflected by the get that started the load before them", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const pending = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 3, name: "new" }, byId(3));
    cache.of(TAG).remove(byId(1));
    calls[0].resolve([{ id: 1 }, { id: 2 }]);
    expect(await pending).toEqual([{ id: 2 }, { id: 3, name: "new" }]);
  });

  it("are reflected by every get sharing the load, and by later gets", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const a = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 2 }, byId(2));
    const b = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 3 }, byId(3));
    expect(calls).toHaveLength(1);
    calls[0].resolve([{ id: 1 }]);
    expect(await a).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(await b).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(await cache.of(TAG).get(load)).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(calls).toHaveLength(1);
  });

  it("replace the item the load already had (no duplicate)", async () => {
    const cache = new ListCache();
    const { calls, load } = loads();
    const pending = cache.of(TAG).get(load);
    cache.of(TAG).upsert({ id: 1, name: "after" }, byId(1));
    calls[0].resolve([{ id: 1, name: "before" }]);
    expect(await pending).toEqual([{ id: 1, name: "after" }]);
  });

  it("do nothing to a list that is not cached", async () => {
    const cache = new ListCache();
    cache.of(TAG).upsert({ id: 1 }, byId(1));
    expect(await cache.of(TAG).get(async () => [{ id: 2 }])).toEqual([{ id: 2 }]);
  });
});

describe("keys derived from the type", () => {
  it("keeps each type's lists and parts apart, and a type's invalidate forgets all of its parts only", async () => {
    const cache = new ListCache();
    const greetings = cache.of({ type: "Greeting" });
    const v36Greetings = cache.of({ type: "Greeting", module: "v36" });
    const { calls, load } = loads();
    const inGroup1 = greetings.get(load, 1);
    const inGroup2 = greetings.get(load, 2);
    const v36 = v36Greetings.get(load);
    expect(calls).toHaveLength(3);
    calls.forEach((c, i) => c.resolve([{ id: i }]));
    expect([await inGroup1, await inGroup2, await v36]).toEqual([[{ id: 0 }], [{ id: 1 }], [{ id: 2 }]]);
    greetings.invalidate();
    void greetings.get(load, 1);
    void greetings.get(load, 2);
    expect(await v36Greetings.get(load)).toEqual([{ id: 2 }]);
    expect(calls).toHaveLength(5); // both of Greeting's parts loaded again, v3.6's not
    calls[3].resolve([]);
    calls[4].resolve([]);
  });
});

describe("webhook create", () => {
  // POST /webhooks answers with the account's whole list. Two creates whose answers arrive out of order:
  // the later answer (B's, listing A and B) lands first, A's (listing only A) last. Neither may drop the other.
  it("keeps both webhooks of two creates whose answers arrive out of order", async () => {
    const a = { id: "a", url: "https://a.example.com", event_type: "chat_started", data_types: ["chat"] };
    const b = { id: "b", url: "https://b.example.com", event_type: "chat_started", data_types: ["chat"] };
    const posts: Deferred<{ events: WireObject[] }>[] = [];
    const request = async (method: string) => {
      if (method === "GET") return { events: [] };
      const d = deferred<{ events: WireObject[] }>();
      posts.push(d);
      return d.promise;
    };
    const ctx = { client: { request }, lists: new ListCache() } as unknown as Context;
    const inputsOf = (w: WireObject) => ({ url: w.url, eventType: w.event_type, dataTypes: w.data_types });
    const createA = webhookDeclaration.api.create(ctx, {}, inputsOf(a));
    const createB = webhookDeclaration.api.create(ctx, {}, inputsOf(b));
    while (posts.length < 2) await settle();
    posts[1].resolve({ events: [a, b] });
    expect(await createB).toEqual(b);
    posts[0].resolve({ events: [a] });
    expect(await createA).toEqual(a);
    expect(await webhookDeclaration.api.read(ctx, "a", {})).toEqual(a);
    expect(await webhookDeclaration.api.read(ctx, "b", {})).toEqual(b);
  });
});
