import { LiveChatError, type LiveChatClient } from "../../../src/client";
import { Batcher } from "../../../src/provider/batcher";
import { batchPolicyFrom } from "../../../src/provider/config";

/** A client whose batch answers each request by `answer`, recording the calls. */
function fakeClient(answer: (request: Record<string, unknown>) => unknown, fail?: Error) {
  const calls: { method: string; requests: object[] }[] = [];
  const client = {
    batch: async (method: string, requests: Record<string, unknown>[]) => {
      calls.push({ method, requests });
      if (fail) throw fail;
      return requests.map((r) => {
        const value = answer(r);
        return value instanceof Error ? { ok: false, error: value } : { ok: true, value };
      });
    },
    action: async (method: string, request: object) => {
      calls.push({ method, requests: [request] });
      return answer(request as Record<string, unknown>);
    },
  };
  return { client: client as unknown as LiveChatClient, calls };
}

const refused = () =>
  new LiveChatError({ method: "POST", path: "/v3.6/configuration/action/batch_create_agents", status: 200 });

describe("the batcher", () => {
  it("sends the requests of one window as one batch, each promise getting its own answer", async () => {
    const { client, calls } = fakeClient((r) => ({ id: r.id }));
    const batcher = new Batcher(client, { windowMs: 20, maxSize: 100 });
    let flushed = 0;
    const answers = await Promise.all(
      ["a", "b", "c"].map((id) => batcher.send("create_agent", "create_agents", { id }, () => flushed++)),
    );
    expect(answers).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(calls).toEqual([{ method: "create_agents", requests: [{ id: "a" }, { id: "b" }, { id: "c" }] }]);
    expect(flushed).toBe(1);
  });

  it("keeps methods apart, and starts a new batch at the size limit", async () => {
    const { client, calls } = fakeClient((r) => r);
    const batcher = new Batcher(client, { windowMs: 20, maxSize: 2 });
    await Promise.all([
      batcher.send("create_agent", "create_agents", { id: 1 }),
      batcher.send("delete_agent", "delete_agents", { id: 2 }),
      batcher.send("create_agent", "create_agents", { id: 3 }),
      batcher.send("create_agent", "create_agents", { id: 4 }),
    ]);
    expect(calls.map((c) => [c.method, c.requests.length])).toEqual([
      ["create_agents", 2],
      ["delete_agents", 1],
      ["create_agents", 1],
    ]);
  });

  it("rejects only the refused request with its own error", async () => {
    const { client } = fakeClient((r) => (r.id === "b" ? refused() : { id: r.id }));
    const batcher = new Batcher(client, { windowMs: 10, maxSize: 100 });
    const results = await Promise.allSettled(
      ["a", "b", "c"].map((id) => batcher.send("create_agent", "create_agents", { id })),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });

  it("rejects every request of a batch that failed as a whole, after running afterBatch once", async () => {
    const lost = new Error("socket hang up");
    const { client } = fakeClient(() => ({}), lost);
    const batcher = new Batcher(client, { windowMs: 10, maxSize: 100 });
    let flushed = 0;
    const results = await Promise.allSettled(
      ["a", "b"].map((id) => batcher.send("create_agent", "create_agents", { id }, () => flushed++)),
    );
    expect(results).toEqual([
      { status: "rejected", reason: lost },
      { status: "rejected", reason: lost },
    ]);
    expect(flushed).toBe(1);
  });

  it("with a window of 0 sends each request on its own", async () => {
    const { client, calls } = fakeClient((r) => r);
    const batcher = new Batcher(client, { windowMs: 0, maxSize: 100 });
    await Promise.all([
      batcher.send("create_agent", "create_agents", { id: 1 }),
      batcher.send("create_agent", "create_agents", { id: 2 }),
    ]);
    expect(calls.map((c) => c.method)).toEqual(["create_agent", "create_agent"]);
  });
});

describe("livechat:batchWindowMs", () => {
  const from = (value: string | undefined) =>
    batchPolicyFrom({ get: (key) => (key === "livechat:batchWindowMs" ? value : undefined) }, {});

  it("defaults to a short window, and 0 turns batches off", () => {
    expect(from(undefined).windowMs).toBeGreaterThan(0);
    expect(from("0").windowMs).toBe(0);
    expect(from("250").windowMs).toBe(250);
  });

  it.each(["-1", "fast", "1.5", "5000"])("refuses %s, naming the setting and what it takes", (value) => {
    expect(() => from(value)).toThrow(
      "livechat:batchWindowMs (LIVECHAT_BATCH_WINDOW_MS) must be a whole number of milliseconds from 0 (no batches) to 1000",
    );
  });
});
