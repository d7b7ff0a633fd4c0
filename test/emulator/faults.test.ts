import type { AxiosError, AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { control, start } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;
let ctl: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
  ctl = control(emu);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  await ctl.post("/reset");
});

type FakeableAPI = NonNullable<
  Extract<Parameters<typeof jest.useFakeTimers>[0], { doNotFake?: unknown }>["doNotFake"]
>[number];
/** Everything fake timers can fake but Date: the emulator's rate window reads the clock, the rest runs. */
const NOT_THE_CLOCK: FakeableAPI[] = [
  "hrtime",
  "nextTick",
  "performance",
  "queueMicrotask",
  "requestAnimationFrame",
  "cancelAnimationFrame",
  "requestIdleCallback",
  "cancelIdleCallback",
  "setImmediate",
  "clearImmediate",
  "setInterval",
  "clearInterval",
  "setTimeout",
  "clearTimeout",
];

const socketError = async (request: Promise<unknown>): Promise<string | undefined> => {
  try {
    await request;
  } catch (err) {
    return (err as AxiosError).code ?? (err as Error).message;
  }
  throw new Error("expected the connection to fail");
};

test("latencyMs delays answers (and shows in the request log)", async () => {
  await ctl.put("/faults", { latencyMs: 300 });
  const started = Date.now();
  const res = await api.get("/agents");
  expect(res.status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  expect(emu.requests()[0].ms).toBeGreaterThanOrEqual(290);
});

test("error5xxRate 1 answers every API request with a 5xx, never the control plane", async () => {
  await ctl.put("/faults", { error5xxRate: 1 });
  for (let i = 0; i < 5; i++) {
    const res = await api.get("/agents");
    expect(res.status).toBe(503);
    expect(res.data).toEqual({ error: expect.any(String) });
  }
  expect((await ctl.get("/state")).status).toBe(200);
  await ctl.put("/faults", { error5xxRate: 1, error5xxStatus: 500 });
  expect((await api.post("/groups", { name: "G", agents: [] })).status).toBe(500);
  expect((await ctl.get("/state")).data.groups).toHaveLength(1);
});

test("tooManyRequestsRate answers 429 with Retry-After", async () => {
  await ctl.put("/faults", { tooManyRequestsRate: 1, retryAfterSeconds: 3 });
  const res = await api.get("/agents");
  expect(res.status).toBe(429);
  expect(res.headers["retry-after"]).toBe("3");
  expect(res.data).toEqual({ error: expect.any(String) });
  await ctl.put("/faults", { tooManyRequestsRate: 1 });
  expect((await api.get("/agents")).headers["retry-after"]).toBe("1");
});

test("maxRequestsPerSecond is a real rate limit", async () => {
  await ctl.put("/faults", { maxRequestsPerSecond: 5 });
  const answers = await Promise.all(Array.from({ length: 10 }, () => api.get("/agents")));
  const statuses = answers.map((r) => r.status);
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
  const limited = answers.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThanOrEqual(5);
  for (const r of limited) expect(Number(r.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  // Once the Retry-After has passed (on the clock the emulator reads: moved forward, not slept through), the
  // requests of the window have left it.
  const retryAfter = Math.max(...limited.map((r) => Number(r.headers["retry-after"])));
  jest.useFakeTimers({ doNotFake: NOT_THE_CLOCK, now: Date.now() });
  try {
    // Still within the second of the burst.
    expect((await api.get("/agents")).status).toBe(429);
    jest.setSystemTime(Date.now() + retryAfter * 1000);
    expect((await api.get("/agents")).status).toBe(200);
  } finally {
    jest.useRealTimers();
  }
});

test("connectionResetRate drops the connection before anything is applied", async () => {
  await ctl.put("/faults", { connectionResetRate: 1 });
  const code = await socketError(api.post("/groups", { name: "Never", agents: [] }));
  expect(code).toMatch(/ECONNRESET|socket hang up/);
  await ctl.delete("/faults");
  expect((await ctl.get("/state")).data.groups).toHaveLength(1);
  expect(emu.requests()).toEqual([expect.objectContaining({ method: "POST", path: "/groups", status: 0 })]);
});

test("dropAfterWriteRate applies the write, then drops the connection", async () => {
  await ctl.put("/faults", { dropAfterWriteRate: 1 });
  expect((await api.get("/groups")).status).toBe(200); // reads are not writes
  const code = await socketError(api.post("/groups", { name: "Applied", agents: [] }));
  expect(code).toMatch(/ECONNRESET|socket hang up/);
  const state = (await ctl.get("/state")).data;
  expect(state.groups).toEqual([expect.anything(), expect.objectContaining({ id: 1, name: "Applied" })]);
  expect(emu.requests().map((r) => r.status)).toEqual([200, 0]);
});

test("methods and pathPrefix limit the random faults", async () => {
  await ctl.put("/faults", { error5xxRate: 1, methods: ["POST"], pathPrefix: "/goals" });
  expect((await api.get("/goals")).status).toBe(200);
  expect((await api.post("/groups", { name: "G", agents: [] })).status).toBe(200);
  expect((await api.post("/goals", { name: "g", type: "api" })).status).toBe(503);
});

test("a seed makes random faults reproducible", async () => {
  const run = async () => {
    await ctl.put("/faults", { seed: 42, error5xxRate: 0.3, tooManyRequestsRate: 0.2 });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await api.get("/agents")).status);
    return statuses;
  };
  const first = await run();
  const second = await run();
  expect(second).toEqual(first);
  expect(new Set(first)).toEqual(new Set([200, 429, 503]));
  await ctl.put("/faults", { seed: 43, error5xxRate: 0.3, tooManyRequestsRate: 0.2 });
  const other: number[] = [];
  for (let i = 0; i < 30; i++) other.push((await api.get("/agents")).status);
  expect(other).not.toEqual(first);
});

describe("rules: faults aimed at requests, each a number of times", () => {
  test("a server error before the write, once: the next request of the kind is applied", async () => {
    await ctl.put("/faults", { rules: [{ methods: ["POST"], pathPrefix: "/groups", fault: "error5xx" }] });
    expect((await api.post("/groups", { name: "A", agents: [] })).status).toBe(503);
    expect((await api.post("/groups", { name: "B", agents: [] })).status).toBe(200);
    expect((await ctl.get("/state")).data.groups.map((g: { name: string }) => g.name)).toEqual([
      "All operators",
      "B",
    ]);
    expect((await ctl.get("/faults")).data.rules).toEqual([
      { methods: ["POST"], pathPrefix: "/groups", fault: "error5xx", times: 0 },
    ]);
    expect(emu.requests().map((r) => r.status)).toEqual([503, 200]);
  });

  test("a write applied, then its answer dropped, as many times as asked; reads never", async () => {
    await ctl.put("/faults", { rules: [{ pathPrefix: "/groups", fault: "dropAfterWrite", times: 2 }] });
    expect((await api.get("/groups")).status).toBe(200);
    expect(await socketError(api.post("/groups", { name: "A", agents: [] }))).toBeDefined();
    expect(await socketError(api.post("/groups", { name: "B", agents: [] }))).toBeDefined();
    expect((await api.post("/groups", { name: "C", agents: [] })).status).toBe(200);
    expect((await ctl.get("/state")).data.groups).toHaveLength(4);
    expect(emu.requests().map((r) => r.status)).toEqual([200, 0, 0, 200]);
  });

  test("the first rule with times left that matches a request answers it; others wait their turn", async () => {
    await ctl.put("/faults", {
      rules: [
        { methods: ["DELETE"], fault: "error5xx" },
        { methods: ["POST"], fault: "error5xx" },
        { methods: ["POST"], fault: "dropAfterWrite" },
      ],
    });
    expect((await api.post("/groups", { name: "A", agents: [] })).status).toBe(503);
    expect(await socketError(api.post("/groups", { name: "B", agents: [] }))).toBeDefined();
    expect((await api.post("/groups", { name: "C", agents: [] })).status).toBe(200);
    expect((await ctl.get("/faults")).data.rules.map((r: { times: number }) => r.times)).toEqual([1, 0, 0]);
  });

  test.each([
    [{ rules: {} }, /"rules": must be an array/],
    [{ rules: [{ fault: "boom" }] }, /rule 0: "fault" must be one of error5xx, dropAfterWrite/],
    [{ rules: [{ fault: "error5xx", times: 0 }] }, /rule 0: "times" must be a whole number from 1/],
    [{ rules: [{ fault: "error5xx", path: "/x" }] }, /rule 0: unknown key "path"/],
  ])("refuses a bad rule: %j", async (body, message) => {
    const res = await ctl.put("/faults", body);
    expect(res.status).toBe(400);
    expect(res.data.error).toMatch(message);
  });
});
