import { LiveChatClient, LiveChatError, type RequestInfo } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

const misdirected = (region: string) => ({
  error: { type: "misdirected_request", message: "Wrong region", data: { region } },
});

describe("misdirected requests", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      // The account lives in fra: anything else is told so.
      app.all("/fra/{*rest}", (req, res) => {
        if (req.headers["x-region"] === "fra") res.json({ served: "fra" });
        else res.status(421).json(misdirected("fra"));
      });
      // A broken server that always says "go to fra".
      app.all("/always/{*rest}", (_req, res) => {
        res.status(421).json(misdirected("fra"));
      });
      // An old-style body naming the region at top level.
      app.all("/top/{*rest}", (req, res) => {
        if (req.headers["x-region"] === "fra") res.json({ served: "fra" });
        else res.status(421).json({ error: "Misdirected request", region: "fra" });
      });
    });
  });
  afterAll(() => server.close());
  let attempts: RequestInfo[];
  beforeEach(() => {
    server.seen.length = 0;
    attempts = [];
  });

  const client = () =>
    new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      retry: { baseMs: 1 },
      throttle: { maxRequestsPerSecond: 1000 },
      onRequest: (info) => attempts.push(info),
    });

  it("repeats once with the named X-Region, and remembers it", async () => {
    const c = client();
    await expect(c.request("POST", "/fra/agents", { body: { login: "a@b.c" } })).resolves.toEqual({
      served: "fra",
    });
    expect(server.seen.map((s) => s.headers["x-region"])).toEqual([undefined, "fra"]);
    expect(server.seen[1].body).toEqual({ login: "a@b.c" });
    await c.request("GET", "/fra/agents");
    expect(server.seen).toHaveLength(3);
    // Remembered: the next call goes to fra at its first attempt.
    expect(server.seen[2].headers["x-region"]).toBe("fra");
    // The repeat after the 421 is the call's second attempt; the next call needs only one.
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 421],
      [2, 200],
      [1, 200],
    ]);
  });

  it("follows for concurrent calls that were sent before the client switched", async () => {
    const c = client();
    const results = await Promise.all([1, 2, 3].map((n) => c.request("GET", `/fra/${n}`)));
    expect(results).toEqual([1, 2, 3].map(() => ({ served: "fra" })));
  });

  it("accepts a top-level region", async () => {
    await expect(client().request("GET", "/top/x")).resolves.toEqual({ served: "fra" });
  });

  it("does not loop on a second 421", async () => {
    let caught: unknown;
    await client()
      .request("GET", "/always/x")
      .catch((e) => (caught = e));
    expect(server.seen).toHaveLength(2);
    expect(LiveChatError.isInstance(caught) && caught.status).toBe(421);
    expect((caught as LiveChatError).apiType).toBe("misdirected_request");
    expect((caught as LiveChatError).message).toBe("LiveChat API GET /always/x failed: 421 Wrong region");
  });
});
