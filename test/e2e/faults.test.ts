import * as fs from "fs";
import * as path from "path";
import { accountSpec } from "../../bench/account";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { accountKeys, duplicates, specKeys } from "./helpers/account-keys";
import { expectUpSucceeds, planFaults, STATUS_OF, type Fault, type FaultPlan } from "./helpers/faults";
import { step } from "./helpers/steps";
import { createTestStack, type TestStack } from "./helpers/stack";

// `pulumi up` of 50 objects of all seven kinds while the emulator fails over one call in five: 5xx answers,
// 429s with Retry-After, connections reset before the server applies the call, and writes applied whose
// answer is then dropped. Each fault is planned for a request named in advance (not drawn at random), so the
// outcome is known: the first up succeeds, every planned fault fires on its request and no other, and the
// account holds every declared object exactly once and nothing else, checked by natural key in the emulator's
// own state.

const ACCOUNT_PROGRAM = path.join(__dirname, "fixtures/account");
const COUNTS = { groups: 4, agents: 8, goals: 6, greetings: 6, tags: 10, cannedResponses: 10, webhooks: 6 };
/** Each kind's list path and how many objects of the kind the spec declares. */
const KINDS: [string, number][] = [
  ["/groups", COUNTS.groups],
  ["/agents", COUNTS.agents],
  ["/goals", COUNTS.goals],
  ["/greetings", COUNTS.greetings],
  ["/tags", COUNTS.tags],
  ["/canned_responses", COUNTS.cannedResponses],
  ["/webhooks", COUNTS.webhooks],
];
// The plan. Of each kind's list reads (the lookups by natural key before and after a create), the first three
// fail: a 429, a reset, a 5xx; the client retries reads (up to 5 times), so each read still succeeds. Of each
// kind's creates (POST), the first has its answer dropped after the server applied it (the lookup finds the
// object: no second POST), the second gets a 5xx and the third a reset (neither applied: the lookup finds
// nothing and the create is sent again, at most 3 times), the fourth a 429 (retried by the client after its
// Retry-After). No request meets more faults than it has attempts, so the up must succeed, with n + 3 POSTs
// for a kind of n objects.
const READ_FAULTS: Fault[] = ["429", "reset", "5xx"];
const CREATE_FAULTS: Fault[] = ["drop", "5xx", "reset", "429"];
const plan = (method: string, p: string, nth: number): Fault | undefined => {
  if (!KINDS.some(([list]) => list === p)) return undefined;
  return method === "GET" ? READ_FAULTS[nth - 1] : method === "POST" ? CREATE_FAULTS[nth - 1] : undefined;
};

/** An emulator and a stack of the root program with `spec` as its account file. */
async function openAccount(
  spec: object,
  config: Record<string, string> = {},
): Promise<{ emulator: RunningEmulator; t: TestStack }> {
  const emulator = await startEmulator();
  const { login, pat } = emulator.credentials;
  const t = await createTestStack(ACCOUNT_PROGRAM, {
    "livechat-account:spec": "account.yaml",
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    // Fast pacing: these tests are about faults, not about the rate limit.
    "livechat:maxRequestsPerSecond": "100",
    ...config,
  });
  fs.writeFileSync(path.join(t.workDir, "account.yaml"), JSON.stringify(spec));
  return { emulator, t };
}

describe("pulumi up while the API fails over one call in five", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  const spec = accountSpec(COUNTS);

  beforeAll(async () => {
    // One request at a time, so that each planned fault meets the request it names.
    ({ emulator, t } = await openAccount(spec, { "livechat:maxConcurrentRequests": "1" }));
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  /** The up under the planned faults, and what the emulator saw of it. */
  const stormUp = step(async () => {
    let faults: FaultPlan | undefined;
    try {
      faults = planFaults(emulator, plan);
      const up = await expectUpSucceeds(t.stack, { onOutput: t.onOutput });
      return { up, arrivals: faults.arrivals, overlapping: faults.overlapping, log: emulator.requests() };
    } finally {
      faults?.stop();
    }
  });

  it("creates every object exactly once in one up, every planned fault firing on its request", async () => {
    const { up, arrivals, overlapping, log } = await stormUp();
    expect(specKeys(spec)).toHaveLength(50);
    expect(up.summary.resourceChanges).toEqual({ create: 51 });

    // The requests came one at a time, and the log is the requests as they arrived.
    expect(overlapping).toEqual([]);
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual(arrivals.map((a) => `${a.method} ${a.path}`));
    // Every planned fault fired, on the request it names, with the status it stands for...
    const fired = arrivals.flatMap((a, i) =>
      a.fault ? [`${a.method} ${a.path} #${a.nth} ${log[i].status}`] : [],
    );
    const planned = KINDS.flatMap(([list]) => [
      ...READ_FAULTS.map((f, i) => `GET ${list} #${i + 1} ${STATUS_OF[f]}`),
      ...CREATE_FAULTS.map((f, i) => `POST ${list} #${i + 1} ${STATUS_OF[f]}`),
    ]);
    expect(fired.sort()).toEqual(planned.sort());
    expect(planned).toHaveLength(49);
    // ...and no other request was refused or left unanswered.
    const unplanned = log.filter((r, i) => !arrivals[i].fault && (r.status === 0 || r.status >= 429));
    expect(unplanned).toEqual([]);
    // More than one call in five met a fault.
    expect(planned.length / log.length).toBeGreaterThan(1 / 5);
    // Each kind's creates: one per object, and one more after each fault that left the object unmade.
    const posts = Object.fromEntries(
      KINDS.map(([list]) => [list, log.filter((r) => r.method === "POST" && r.path === list).length]),
    );
    expect(posts).toEqual({
      "/groups": 4 + 3,
      "/agents": 8 + 3,
      "/goals": 6 + 3,
      "/greetings": 6 + 3,
      "/tags": 10 + 3,
      "/canned_responses": 10 + 3,
      "/webhooks": 6 + 3,
    });

    const keys = accountKeys(emulator.state(), emulator.credentials.login);
    expect(duplicates(keys)).toEqual([]);
    expect(keys).toEqual(specKeys(spec));
  }, 600_000);

  it("records in state exactly the objects the account holds", async () => {
    await stormUp();
    const resources = (await t.stack.exportStack()).deployment.resources as {
      type: string;
      id?: string;
      outputs?: Record<string, unknown>;
    }[];
    const managed = resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/livechat:"));
    expect(managed).toHaveLength(50);
    const state = emulator.state() as unknown as Record<string, { id?: unknown; login?: string }[]>;
    const idsOf = (key: string) => state[key].map((o) => String(o.id ?? o.login));
    const expectIds = (type: string, key: string) => {
      const ids = managed.filter((r) => r.type.endsWith(`:${type}`)).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(idsOf(key)).toEqual(expect.arrayContaining(ids));
    };
    expectIds("Group", "groups");
    expectIds("Agent", "agents");
    expectIds("Goal", "goals");
    expectIds("Greeting", "greetings");
    expectIds("CannedResponse", "canned_responses");
    expectIds("Webhook", "webhooks");
  }, 600_000);

  it("previews no change once the faults are gone", async () => {
    await stormUp();
    const preview = await t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 51 });
  }, 600_000);
});

// The path that would make duplicates: the server creates the object but the answer never arrives. Half of
// all creates lose their answer here, drawn from a seeded sequence; the provider must find each object by its
// natural key instead of sending the create again. Only POSTs draw from the sequence, one draw each, and no
// POST is sent twice, so the outcome does not depend on the order the creates arrive in: seed 42's first 21
// draws drop the 2nd, 5th, 7th, 10th, 11th, 14th, 15th, 19th and 20th create: 9 of them.
describe("pulumi up when half of the creates lose their answer", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  const spec = accountSpec({
    groups: 3,
    agents: 3,
    goals: 3,
    greetings: 3,
    tags: 3,
    cannedResponses: 3,
    webhooks: 3,
  });

  beforeAll(async () => {
    ({ emulator, t } = await openAccount(spec));
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  it("succeeds at once, with every object exactly once", async () => {
    emulator.setFaults({ dropAfterWriteRate: 0.5, methods: ["POST"], seed: 42 });
    let log;
    try {
      const up = await expectUpSucceeds(t.stack, { onOutput: t.onOutput });
      expect(up.summary.resourceChanges).toEqual({ create: 22 });
    } finally {
      log = emulator.requests();
      emulator.clearFaults();
    }
    // Every dropped create was applied, found by the lookup, and not sent again.
    const posts = log.filter((r) => r.method === "POST");
    expect(posts).toHaveLength(21);
    expect(posts.filter((r) => r.status === 0)).toHaveLength(9);
    expect(posts.filter((r) => r.status === 200)).toHaveLength(12);
    // Nothing but the POSTs met a fault.
    expect(log.filter((r) => r.method !== "POST" && r.status !== 200)).toEqual([]);
    const keys = accountKeys(emulator.state(), emulator.credentials.login);
    expect(duplicates(keys)).toEqual([]);
    expect(keys).toEqual(specKeys(spec));
    const preview = await t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 22 });
  }, 300_000);
});

describe("pulumi up when the last create attempt is applied but its answer is lost", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  const spec = { goals: [{ name: "checkout", type: "url", url: "https://shop.example.com/thanks" }] };

  beforeAll(async () => {
    ({ emulator, t } = await openAccount(spec));
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  it("finds the object the server made and records it, instead of leaving it outside the state", async () => {
    // One goal: its creates come one after another. Seed 7's draws are 0.012, 0.062 (each under 0.5: a 5xx),
    // then 0.977 (no 5xx) and 0.699 (under 0.9: the write applied and its answer dropped).
    emulator.setFaults({
      error5xxRate: 0.5,
      dropAfterWriteRate: 0.9,
      methods: ["POST"],
      pathPrefix: "/goals",
      seed: 7,
    });
    let posts;
    try {
      const up = await expectUpSucceeds(t.stack, { onOutput: t.onOutput });
      expect(up.summary.resourceChanges).toEqual({ create: 2 });
    } finally {
      posts = emulator.requests().filter((r) => r.method === "POST");
      emulator.clearFaults();
    }
    expect(posts.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /goals 503",
      "POST /goals 503",
      "POST /goals 0",
    ]);
    expect(emulator.state().goals).toHaveLength(1);
    const preview = await t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 2 });
  }, 300_000);
});
