import {
  LiveChatClient,
  LiveChatError,
  RequestInfo,
  isAmbiguousWrite,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
} from "../../../src/client";
import { TestServer, refusedUrl, startServer } from "./test-server";

describe("retries against a server", () => {
  let server: TestServer;
  const hits = new Map<string, number>();
  const hit = (key: string) => {
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    return n;
  };

  beforeAll(async () => {
    server = await startServer((app) => {
      // Fails `times` times with `status` (or a reset), then succeeds. The id keeps tests apart.
      app.all("/fail/:how/:times/:id", (req, res) => {
        const n = hit(req.params.id);
        if (n > Number(req.params.times)) {
          res.status(req.method === "POST" ? 201 : 200).json({ id: req.params.id, n });
          return;
        }
        if (req.params.how === "reset") {
          req.socket.destroy();
          return;
        }
        if (req.params.how === "429") res.set("Retry-After", "1");
        res.status(Number(req.params.how)).json({ error: `failure ${n}` });
      });
    });
  });
  afterAll(() => server.close());

  let attempts: RequestInfo[];
  const client = (retry: object = {}, apiUrl = server.url) =>
    new LiveChatClient({
      apiUrl,
      token: "t0k3n-secret",
      retry: { baseMs: 1, maxMs: 5, ...retry },
      throttle: { maxRequestsPerSecond: 1000 },
      onRequest: (info) => attempts.push(info),
    });
  beforeEach(() => {
    attempts = [];
  });
  // HTTP attempts sent, and how many of them were retries (no misdirection here to repeat a call).
  const counts = () => ({ requests: attempts.length, retries: attempts.filter((a) => a.attempt > 1).length });

  const failure = async (promise: Promise<unknown>): Promise<LiveChatError> => {
    try {
      await promise;
    } catch (e) {
      if (LiveChatError.isInstance(e)) return e;
      throw e;
    }
    throw new Error("expected a failure");
  };

  it("retries a GET through two 503s and succeeds on the third attempt", async () => {
    const c = client();
    await expect(c.request("GET", "/fail/503/2/a")).resolves.toEqual({ id: "a", n: 3 });
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 503],
      [2, 503],
      [3, 200],
    ]);
    expect(counts()).toEqual({ requests: 3, retries: 2 });
  });

  it("waits at least Retry-After on a 429", async () => {
    const started = Date.now();
    await expect(client().request("GET", "/fail/429/1/b")).resolves.toMatchObject({ n: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
  });

  it.each([400, 401, 404])("does not retry a %i", async (status) => {
    const e = await failure(client().request("GET", `/fail/${status}/9/c${status}`));
    expect(e.status).toBe(status);
    expect(attempts).toHaveLength(1);
  });

  it("retries a GET after a connection reset", async () => {
    await expect(client().request("GET", "/fail/reset/1/d")).resolves.toMatchObject({ n: 2 });
    expect(attempts.map((a) => [a.status, a.code])).toEqual([
      [0, "ECONNRESET"],
      [200, undefined],
    ]);
  });

  it("retries a PUT and a DELETE on 5xx", async () => {
    await expect(client().request("PUT", "/fail/500/1/e", { body: { x: 1 } })).resolves.toMatchObject({
      n: 2,
    });
    await expect(client().request("DELETE", "/fail/502/1/f")).resolves.toMatchObject({ n: 2 });
  });

  it.each([
    ["503", 503, undefined],
    ["reset", 0, "ECONNRESET"],
  ])("throws a POST on %s at once, as an ambiguous write", async (how, status, code) => {
    const e = await failure(client().request("POST", `/fail/${how}/1/g${how}`, { body: { name: "x" } }));
    expect(attempts).toHaveLength(1);
    expect(e).toMatchObject({ status, code, method: "POST" });
    expect(isAmbiguousWrite(e)).toBe(true);
  });

  it("retries a POST on 429: the server did not apply it", async () => {
    await expect(client().request("POST", "/fail/429/1/h", { body: {} })).resolves.toMatchObject({ n: 2 });
    expect(attempts.map((a) => a.status)).toEqual([429, 201]);
  });

  it("retries a POST on a refused connection, which is not ambiguous", async () => {
    const e = await failure(
      client({ retries: 2 }, await refusedUrl()).request("POST", "/agents", { body: {} }),
    );
    expect(attempts.map((a) => a.code)).toEqual(["ECONNREFUSED", "ECONNREFUSED", "ECONNREFUSED"]);
    expect(e).toMatchObject({ status: 0, code: "ECONNREFUSED" });
    expect(isAmbiguousWrite(e)).toBe(false);
  });

  it("throws the last status when retries are exhausted", async () => {
    const c = client({ retries: 2 });
    const e = await failure(c.request("GET", "/fail/503/9/i"));
    expect(e.status).toBe(503);
    expect(e.apiMessage).toBe("failure 3");
    expect(counts()).toEqual({ requests: 3, retries: 2 });
  });

  it("retries a timeout on GET; a POST timeout is ambiguous", async () => {
    server.app.all("/slow/:id", (req, res) => {
      // The first attempt is never answered: the client's own timeout ends it.
      if (hit(req.params.id) > 1) res.json({ ok: true });
    });
    const fast = (retry: object) =>
      new LiveChatClient({
        apiUrl: server.url,
        token: "t0k3n",
        timeoutMs: 50,
        retry: { baseMs: 1, ...retry },
        onRequest: (info) => attempts.push(info),
      });
    await expect(fast({}).request("GET", "/slow/j")).resolves.toEqual({ ok: true });
    expect(attempts[0]).toMatchObject({ status: 0, code: "ETIMEDOUT" });
    const e = await failure(fast({}).request("POST", "/slow/k", { body: {} }));
    expect(e.code).toBe("ETIMEDOUT");
    expect(isAmbiguousWrite(e)).toBe(true);
  });
});

describe("retry policy as data", () => {
  const policy = resolveRetryPolicy({ baseMs: 100, maxMs: 1000 });
  const get = { method: "GET" as const, status: 503 };

  it("backs off exponentially with full jitter, capped by maxMs", () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(get, n, policy, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(retryDelay(get, 2, policy, () => 0)).toBe(0);
    expect(retryDelay(get, 5, policy)).toBeUndefined();
  });

  it("honours Retry-After exactly, beyond maxMs up to 60 s", () => {
    const limited = { method: "POST" as const, status: 429 };
    expect(retryDelay({ ...limited, retryAfterMs: 3000 }, 0, policy)).toBe(3000);
    expect(retryDelay({ ...limited, retryAfterMs: 600_000 }, 0, policy)).toBe(60_000);
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it("decides by method and failure", () => {
    const d = (method: "GET" | "POST", status: number, code?: string) =>
      retryDelay({ method, status, code }, 0, policy) !== undefined;
    expect(d("GET", 0, "ECONNRESET")).toBe(true);
    expect(d("GET", 0, "EPIPE")).toBe(true);
    expect(d("GET", 0, "ENOTFOUND")).toBe(false);
    expect(d("POST", 0, "ECONNRESET")).toBe(false);
    expect(d("POST", 0, "ECONNREFUSED")).toBe(true);
    expect(d("POST", 500)).toBe(false);
    expect(d("GET", 409)).toBe(false);
    expect(d("GET", 418)).toBe(false);
    expect(retryDelay({ method: "GET", status: 503 }, 0, { ...policy, doNotRetry: [503] })).toBeUndefined();
  });
});
