import { LiveChatClient, LiveChatError, isNotFound, type BatchResult } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

const ACTION = "/v3.6/configuration/action";

describe("v3.6 batches", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      // As the reference's example: one answer per request, errors in place.
      app.post(`${ACTION}/batch_delete_agents`, (req, res) => {
        const { requests } = req.body as { requests: Array<{ id?: string }> };
        res.json({
          responses: requests.map((r) =>
            r.id === undefined
              ? { error: { type: "validation", message: "`id` is required" } }
              : r.id.startsWith("gone")
                ? { error: { type: "not_found", message: "Agent not found" } }
                : {},
          ),
        });
      });
      app.post(`${ACTION}/batch_create_agents`, (req, res) => {
        const { requests } = req.body as { requests: Array<{ id: string }> };
        res.json({ responses: requests.map((r) => ({ id: r.id })) });
      });
      app.post(`${ACTION}/batch_update_agents`, (_req, res) => {
        res.status(403).json({ error: { type: "authorization", message: "Insufficient scopes" } });
      });
      app.post(`${ACTION}/batch_suspend_agents`, (_req, res) => {
        res.json({ responses: [{}] });
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
  });

  const client = () => new LiveChatClient({ apiUrl: server.url, token: "t0k3n", retry: { retries: 0 } });

  it("sends {requests} to batch_<method> and returns the answers in request order", async () => {
    const results = await client().batch<{ id: string }>("create_agents", [{ id: "a@x.y" }, { id: "b@x.y" }]);
    expect(server.seen[0]).toMatchObject({
      url: `${ACTION}/batch_create_agents`,
      body: { requests: [{ id: "a@x.y" }, { id: "b@x.y" }] },
    });
    expect(results).toEqual([
      { ok: true, value: { id: "a@x.y" } },
      { ok: true, value: { id: "b@x.y" } },
    ]);
  });

  it("turns a failed request into a LiveChatError in its place", async () => {
    const results = await client().batch("delete_agents", [{ id: "smith@x.y" }, { id: "gone@x.y" }, {}]);
    expect(results[0]).toEqual({ ok: true, value: {} });
    const [, second, third] = results as Array<Extract<BatchResult, { ok: false }>>;
    expect(second.ok).toBe(false);
    expect(third.ok).toBe(false);
    expect(LiveChatError.isInstance(third.error)).toBe(true);
    expect(third.error).toMatchObject({
      apiType: "validation",
      apiMessage: "`id` is required",
      status: 200,
      action: "batch_delete_agents",
      batchIndex: 2,
      path: `${ACTION}/batch_delete_agents`,
    });
    expect(third.error.message).toBe(
      "LiveChat API v3.6 batch_delete_agents requests[2] failed: validation: `id` is required",
    );
    expect(isNotFound(second.error)).toBe(true);
    expect(second.error.batchIndex).toBe(1);
  });

  it("throws for a failure of the whole batch, as action does", async () => {
    const e = await client()
      .batch("update_agents", [{ id: "a@x.y", name: "A" }])
      .catch((err: unknown) => err);
    expect(LiveChatError.isInstance(e)).toBe(true);
    expect(e).toMatchObject({ status: 403, apiType: "authorization", action: "batch_update_agents" });
    expect((e as LiveChatError).batchIndex).toBeUndefined();
    expect((e as Error).message).toBe(
      "LiveChat API v3.6 batch_update_agents failed: 403 authorization: Insufficient scopes",
    );
  });

  it("throws when the answer does not have one response per request", async () => {
    const e = await client()
      .batch("suspend_agents", [{ id: "a@x.y" }, { id: "b@x.y" }])
      .catch((err: unknown) => err);
    expect(LiveChatError.isInstance(e)).toBe(true);
    expect((e as Error).message).toBe(
      "LiveChat API v3.6 batch_suspend_agents failed: 200 malformed batch answer: 1 responses for 2 requests",
    );
  });

  it("sends nothing for no requests, and refuses a prefixed or malformed name", async () => {
    await expect(client().batch("delete_agents", [])).resolves.toEqual([]);
    await expect(client().batch("batch_delete_agents", [{}])).rejects.toThrow(/without its "batch_" prefix/);
    await expect(client().batch("delete agents", [{}])).rejects.toThrow(TypeError);
    expect(server.seen).toHaveLength(0);
  });
});
