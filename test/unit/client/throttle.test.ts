import { LiveChatClient } from "../../../src/client";
import { Throttle } from "../../../src/client/throttle";
import { within } from "../../e2e/helpers/wait";
import { TestServer, startServer } from "./test-server";

/**
 * Resolves, with the time it lasts until, when a client's throttle next starts a pause (after a 429 with
 * Retry-After): the event the tests of the pause wait for before sending more.
 */
function nextPause(): Promise<number> {
  const pause = new Promise<number>((resolve) => {
    const original = Throttle.prototype.pauseUntil;
    const spy = jest.spyOn(Throttle.prototype, "pauseUntil").mockImplementation(function (
      this: Throttle,
      epochMs: number,
    ) {
      original.call(this, epochMs);
      spy.mockRestore();
      resolve(epochMs);
    });
  });
  return within(pause, 10_000, "the client to pause after the 429");
}

describe("client-side throttle", () => {
  let server: TestServer;
  let inFlight = 0;
  let maxInFlight = 0;
  let limitedOnce = false;

  beforeAll(async () => {
    server = await startServer((app) => {
      app.get("/slow", (_req, res) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          res.json({});
        }, 30);
      });
      app.get("/fast", (_req, res) => {
        res.json({});
      });
      app.post("/v3.6/configuration/action/list_agents", (_req, res) => {
        res.json([]);
      });
      app.get("/limited", (_req, res) => {
        if (!limitedOnce) {
          limitedOnce = true;
          res.status(429).set("Retry-After", "1").json({ error: "Too many requests" });
        } else res.json({});
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
    limitedOnce = false;
  });

  it("starts at most maxRequestsPerSecond requests per second", async () => {
    const client = new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      throttle: { maxRequestsPerSecond: 10 },
    });
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, () => client.request("GET", "/fast")));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1850);
    // Seen from the server, arrival times jitter a little; a one-second window still holds about 10.
    const arrivals = server.seen.map((s) => s.at);
    const busiest = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(11);
  });

  it("paces v2 and v3.6 calls together: one rate limit per account", async () => {
    const client = new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      throttle: { maxRequestsPerSecond: 10 },
    });
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0 ? client.request("GET", "/fast") : client.action("list_agents"),
      ),
    );
    // Either generation alone would finish in about 1 s; together they are held to 10 per second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1850);
    expect(server.seen.filter((s) => s.url.startsWith("/v3.6/"))).toHaveLength(10);
    const arrivals = server.seen.map((s) => s.at);
    const busiest = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(11);
  });

  it("keeps at most maxConcurrent requests in flight", async () => {
    const client = new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      throttle: { maxRequestsPerSecond: 1000, maxConcurrent: 2 },
    });
    await Promise.all(Array.from({ length: 10 }, () => client.request("GET", "/slow")));
    expect(maxInFlight).toBe(2);
  });

  it("holds back the client's other requests after a 429 with Retry-After", async () => {
    const client = new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      retry: { baseMs: 1 },
      throttle: { maxRequestsPerSecond: 1000 },
    });
    const paused = nextPause();
    const first = client.request("GET", "/limited");
    const until = await paused;
    const started = Date.now();
    await Promise.all([first, client.request("GET", "/fast")]);
    // The second call was issued during the pause and waited for its end, instead of hitting the server.
    const fast = server.seen.find((s) => s.url === "/fast");
    expect(fast!.at).toBeGreaterThanOrEqual(until);
    expect(fast!.at - started).toBeGreaterThanOrEqual(800);
    expect(server.seen.map((s) => s.url).sort()).toEqual(["/fast", "/limited", "/limited"]);
  });

  it("holds back v3.6 calls after a v2 429 with Retry-After", async () => {
    const client = new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      retry: { baseMs: 1 },
      throttle: { maxRequestsPerSecond: 1000 },
    });
    const paused = nextPause();
    const first = client.request("GET", "/limited");
    const until = await paused;
    const started = Date.now();
    await Promise.all([first, client.action("list_agents")]);
    const action = server.seen.find((s) => s.url.startsWith("/v3.6/"));
    expect(action!.at).toBeGreaterThanOrEqual(until);
    expect(action!.at - started).toBeGreaterThanOrEqual(800);
  });
});
