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
