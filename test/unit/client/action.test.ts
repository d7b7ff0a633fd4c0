import { LiveChatClient, LiveChatError, isAmbiguousWrite, type RequestInfo } from "../../../src/client";
import { TestServer, refusedUrl, startServer } from "./test-server";

const ACTION = "/v3.6/configuration/action";

describe("v3.6 actions", () => {
  let server: TestServer;
  let calls: Record<string, number>;

  beforeAll(async () => {
    server = await startServer((app) => {
      app.post(`${ACTION}/create_agent`, (req, res) => {
        res.json({ id: (req.body as { id: string }).id });
      });
      // "No response payload (200 OK)"
      app.post(`${ACTION}/delete_agent`, (_req, res) => {
        res.status(200).end();
      });
      // The account lives in fra.
      app.post(`${ACTION}/list_groups`, (req, res) => {
        if (req.headers["x-region"] === "fra") res.json([{ id: 0, name: "General" }]);
        else {
          res.status(421).json({
            error: { type: "misdirected_request", message: "Wrong region", data: { region: "fra" } },
          });
        }
      });
      // The same by its type alone, whatever the status.
      app.post(`${ACTION}/get_group`, (req, res) => {
        if (req.headers["x-region"] === "fra") res.json({ id: 1 });
        else {
          res.status(400).json({
            error: { type: "misdirected_request", message: "Wrong region", data: { region: "fra" } },
          });
        }
      });
      // Limited once, then served.
      app.post(`${ACTION}/list_tags`, (_req, res) => {
        calls.list_tags = (calls.list_tags ?? 0) + 1;
        if (calls.list_tags === 1) {
          res
            .status(429)
            .set("Retry-After", "1")
            .json({
              error: { type: "too_many_requests", message: "Too many requests" },
            });
        } else res.json([]);
      });
      // Always failing with 503: reads are retried, creates are not.
      app.post(`${ACTION}/:name`, (req, res) => {
        calls[req.params.name] = (calls[req.params.name] ?? 0) + 1;
        res.status(503).json({ error: { type: "internal", message: "Internal server error" } });
      });
    });
  });
  afterAll(() => server.close());
  let attempts: RequestInfo[];
  beforeEach(() => {
    server.seen.length = 0;
    attempts = [];
    calls = {};
  });

  const client = (retries = 2) =>
    new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      retry: { retries, baseMs: 1 },
      throttle: { maxRequestsPerSecond: 1000 },
      onRequest: (info) => attempts.push(info),
    });

  it("POSTs the body as JSON to /v3.6/configuration/action/<method>, without X-API-Version", async () => {
    const answer = await client().action<{ id: string }>("create_agent", { id: "a@b.c", name: "A" });
    expect(answer).toEqual({ id: "a@b.c" });
    const [seen] = server.seen;
    expect(seen).toMatchObject({
      method: "POST",
      url: `${ACTION}/create_agent`,
      body: { id: "a@b.c", name: "A" },
    });
    expect(seen.headers["x-api-version"]).toBeUndefined();
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.headers.accept).toBe("application/json");
    expect(attempts).toEqual([
      expect.objectContaining({ method: "POST", path: `${ACTION}/create_agent`, status: 200, attempt: 1 }),
    ]);
  });

  it("sends {} when there is no body, and resolves an empty answer to undefined", async () => {
    await expect(client().action("delete_agent")).resolves.toBeUndefined();
    expect(server.seen[0].body).toEqual({});
    expect(server.seen[0].headers["content-type"]).toBe("application/json");
  });

  it("follows misdirected_request once, and remembers the region for v2 calls too", async () => {
    const c = client();
    await expect(c.action("list_groups")).resolves.toEqual([{ id: 0, name: "General" }]);
    expect(server.seen.map((s) => s.headers["x-region"])).toEqual([undefined, "fra"]);
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 421],
      [2, 200],
    ]);
    await c.request("GET", "/anything").catch(() => undefined);
    expect(server.seen[2].headers["x-region"]).toBe("fra");
  });

  it("knows misdirected_request by its type", async () => {
    await expect(client().action("get_group", { id: 1 })).resolves.toEqual({ id: 1 });
    expect(attempts.map((a) => a.status)).toEqual([400, 200]);
  });

  it("names the method in a network failure", async () => {
    const c = new LiveChatClient({ apiUrl: await refusedUrl(), token: "t0k3n", retry: { retries: 0 } });
    const e = await c.action("create_tag", { name: "VIP" }).catch((err: unknown) => err);
    expect((e as LiveChatError).message).toMatch(/^LiveChat API v3\.6 create_tag failed: ECONNREFUSED/);
    expect(isAmbiguousWrite(e)).toBe(false);
  });

  it("honours Retry-After on a 429", async () => {
    const started = Date.now();
    await expect(client().action("list_tags")).resolves.toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
  });

  it("retries a read after a 5xx, as v2 retries GET", async () => {
    const e = await client(2)
      .action("get_agent", { id: "a@b.c" })
      .catch((err: unknown) => err);
    expect(calls.get_agent).toBe(3);
    expect(LiveChatError.isInstance(e) && e.idempotent).toBe(true);
    expect(isAmbiguousWrite(e)).toBe(false);
  });

  it("does not repeat a create after a 5xx: it is an ambiguous write", async () => {
    const e = await client(2)
      .action("create_group", { name: "Sales" })
      .catch((err: unknown) => err);
    expect(calls.create_group).toBe(1);
    expect(isAmbiguousWrite(e)).toBe(true);
    expect((e as LiveChatError).message).toBe(
      "LiveChat API v3.6 create_group failed: 503 internal: Internal server error",
    );
  });

  it("lets the caller declare an action idempotent", async () => {
    const e = await client(1)
      .action("update_group", { id: 1, name: "Sales" }, { idempotent: true })
      .catch((err: unknown) => err);
    expect(calls.update_group).toBe(2);
    expect(isAmbiguousWrite(e)).toBe(false);
  });

  it.each(["", "Create_agent", "create-agent", "../agents", "create_agent?x=1", "a/b", "create__agent"])(
    "refuses the method name %j before sending anything",
    async (name) => {
      await expect(client().action(name)).rejects.toThrow(TypeError);
      expect(server.seen).toHaveLength(0);
    },
  );

  it("refuses a body that is not a JSON object", async () => {
    await expect(client().action("create_tag", [] as unknown as object)).rejects.toThrow(TypeError);
    expect(server.seen).toHaveLength(0);
  });
});
