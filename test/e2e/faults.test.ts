import * as fs from "fs";
import * as path from "path";
import type { UpResult } from "@pulumi/pulumi/automation";
import { accountKeys, accountSpec, declaredKeys, duplicates } from "../../bench/account";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { createTestStack, type TestStack } from "./helpers/stack";

// `pulumi up` of 50 objects of all seven kinds while the emulator fails one call in five: 5xx answers, 429s
// with Retry-After, connections reset before the server applies the call, and writes applied whose answer
// is then dropped. The up must succeed, or a second up (faults still on) must converge; either way the
// account must hold every declared object exactly once and nothing else, checked by natural key in the
// emulator's own state.

const ACCOUNT_PROGRAM = path.join(__dirname, "fixtures/account");
const COUNTS = { groups: 4, agents: 8, goals: 6, greetings: 6, tags: 10, cannedResponses: 10, webhooks: 6 };
// Four independent 5.5% draws: 1 - 0.945^4 ≈ 20% of writes (15.5% of reads, which are never dropped).
const RATE = 0.055;
const FAULTS = {
  error5xxRate: RATE,
  tooManyRequestsRate: RATE,
  retryAfterSeconds: 1,
  connectionResetRate: RATE,
  dropAfterWriteRate: RATE,
  seed: 20240607,
};

/** An emulator and a stack of the root program with `spec` as its account file. */
async function openAccount(spec: object): Promise<{ emulator: RunningEmulator; t: TestStack }> {
  const emulator = await startEmulator();
  const { login, pat } = emulator.credentials;
  const t = await createTestStack(ACCOUNT_PROGRAM, {
    "livechat-account:spec": "account.yaml",
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    // Fast pacing: these tests are about faults, not about the rate limit.
    "livechat:maxRequestsPerSecond": "100",
  });
  fs.writeFileSync(path.join(t.workDir, "account.yaml"), JSON.stringify(spec));
  return { emulator, t };
}

describe("pulumi up while the API fails one call in five", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  const spec = accountSpec(COUNTS);

  beforeAll(async () => {
    ({ emulator, t } = await openAccount(spec));
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  it("creates every object exactly once, in one up or two", async () => {
    expect(declaredKeys(spec)).toHaveLength(50);
    emulator.setFaults(FAULTS);
    let up: UpResult | undefined;
    const failures: string[] = [];
    for (let run = 1; run <= 2 && !up; run++) {
      try {
        up = await t.stack.up({ onOutput: t.onOutput });
      } catch (e) {
        // Nothing is cleared between the two runs: the second up meets the same faults.
        failures.push(String(e).slice(0, 2000));
      }
    }
    const log = emulator.requests();
    emulator.clearFaults();
    expect({ failures, result: up?.summary.result }).toMatchObject({ result: "succeeded" });

    // The faults really happened: answers refused (429, 5xx) and connections ended without an answer
    // (resets and dropped answers), about one call in five (some 80 calls: counts vary from run to run).
    const refused = log.filter((r) => r.status === 429 || r.status >= 500);
    const unanswered = log.filter((r) => r.status === 0);
    expect(refused.length).toBeGreaterThan(0);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(refused.length + unanswered.length).toBeGreaterThanOrEqual(5);

    const keys = accountKeys(emulator.state(), emulator.credentials.login);
    expect(duplicates(keys)).toEqual([]);
    expect(keys).toEqual(declaredKeys(spec));
  }, 600_000);

  it("records in state exactly the objects the account holds", async () => {
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
  }, 300_000);

  it("previews no change once the faults are gone", async () => {
    const preview = await t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 51 });
  }, 300_000);
});

// The path that would make duplicates: the server creates the object but the answer never arrives. Half of
// all creates lose their answer here; the provider must find each object by its natural key instead of
// sending the create again.
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
    const up = await t.stack.up({ onOutput: t.onOutput });
    const log = emulator.requests();
    emulator.clearFaults();
    expect(up.summary.resourceChanges).toEqual({ create: 22 });
    // Every dropped create was applied, found by the lookup, and not sent again.
    const dropped = log.filter((r) => r.method === "POST" && r.status === 0);
    expect(dropped.length).toBeGreaterThanOrEqual(5);
    expect(log.filter((r) => r.method === "POST")).toHaveLength(21);
    const keys = accountKeys(emulator.state(), emulator.credentials.login);
    expect(duplicates(keys)).toEqual([]);
    expect(keys).toEqual(declaredKeys(spec));
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
    // With this seed the three creates get 503, 503, then an answer dropped after the write.
    emulator.setFaults({
      error5xxRate: 0.5,
      dropAfterWriteRate: 0.9,
      methods: ["POST"],
      pathPrefix: "/goals",
      seed: 7,
    });
    const up = await t.stack.up({ onOutput: t.onOutput });
    const posts = emulator.requests().filter((r) => r.method === "POST");
    emulator.clearFaults();
    expect(posts.map((r) => r.status)).toEqual([503, 503, 0]);
    expect(up.summary.resourceChanges).toEqual({ create: 2 });
    expect(emulator.state().goals).toHaveLength(1);
    const preview = await t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 2 });
  }, 300_000);
});
