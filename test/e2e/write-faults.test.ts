import type { EngineEvent } from "@pulumi/pulumi/automation";
import { accountKeys, duplicates } from "../../bench/account";
import { changesOf, upTwice } from "./helpers/events";
import { openAccount, type Account, type Declared } from "./helpers/livechat";

// Every write of one kind fails after the server applied it, for all seven resource types in one stack:
// first every POST's answer is lost, then every PUT is refused with a 5xx (an agent with a work schedule is
// created by a POST and then a PUT). Whatever the faults, the account must end with exactly one object per
// declared natural key, the state must know each of them, and a preview must then be clean.

/** One object of each type, an agent with a work schedule among them; `p` is in every natural key. */
function allSeven(p: string): Declared[] {
  const lower = p.toLowerCase();
  return [
    { type: "Group", name: `${lower}-group`, args: { name: `${p} Sales`, language: "en" } },
    {
      type: "Agent",
      name: `${lower}-agent`,
      args: {
        login: `${lower}-agent@example.com`,
        name: `Agent ${p}`,
        password: "agent-password",
        groups: [{ $ref: `${lower}-group.groupId` }],
        workScheduler: { tuesday: { enabled: true, start: "08:00", end: "16:00" } },
      },
    },
    {
      type: "Goal",
      name: `${lower}-goal`,
      args: { name: `${p} checkout`, type: "url", url: `https://shop.example.com/${lower}/thanks` },
    },
    {
      type: "Greeting",
      name: `${lower}-greeting`,
      args: {
        name: `${p} welcome`,
        message: "Hi there!",
        rules: [{ type: "visit_time_page", value: 15, operator: "greater_than" }],
      },
    },
    {
      type: "Tag",
      name: `${lower}-tag`,
      args: { name: `${lower}-vip`, group: { $ref: `${lower}-group.groupId` } },
    },
    {
      type: "CannedResponse",
      name: `${lower}-canned`,
      args: { text: `${p}: have a great day, goodbye.`, tags: [`${lower}-bye`] },
    },
    {
      type: "Webhook",
      name: `${lower}-hook`,
      args: { url: `https://hooks.example.com/${lower}`, eventType: "chat_started", dataTypes: ["chat"] },
    },
  ];
}

/** The natural keys `allSeven(p)` declares, in the form of bench/account.js's accountKeys. */
function keysOf(p: string): string[] {
  const lower = p.toLowerCase();
  return [
    `Group ${p} Sales`,
    `Agent ${lower}-agent@example.com`,
    `Goal ${p} checkout`,
    `Greeting ${p} welcome @0`,
    `Tag ${lower}-vip @${p} Sales`,
    `CannedResponse ${p}: have a great day, goodbye. @0`,
    `Webhook https://hooks.example.com/${lower} chat_started`,
  ];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's state, read loosely in assertions
type AccountState = Record<string, any[]>;

describe("writes applied by the server but failed for the provider, for every resource type", () => {
  let a: Account;
  const keys = () => accountKeys(a.emulator.state(), a.emulator.credentials.login);
  /** A preview that must plan nothing; the planned operations are shown when it does. */
  const cleanPreview = async () => {
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ onEvent: (e) => events.push(e) });
    return changesOf(events);
  };

  beforeAll(async () => {
    a = await openAccount({ "livechat:maxRetries": "0", "livechat:maxRequestsPerSecond": "100" });
  }, 120_000);
  afterAll(async () => a?.close());

  it("every POST's answer lost: each object is found and brought to the desired state", async () => {
    await a.declare(allSeven("A"));
    a.emulator.setFaults({ dropAfterWriteRate: 1, methods: ["POST"] });
    const { up, failures } = await upTwice(a.t.stack, a.t.onOutput);
    const posts = a.emulator.requests().filter((r) => r.method === "POST");
    a.emulator.clearFaults();
    expect({ failures, result: up?.summary.result }).toMatchObject({ result: "succeeded" });
    // Every create was applied and its answer dropped, and none was sent twice.
    expect(posts.map((r) => r.status)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(duplicates(keys())).toEqual([]);
    expect(keys()).toEqual(keysOf("A").sort());
    // No up after clearing the faults: the first successful up has already done everything.
    expect(await cleanPreview()).toEqual({});
  }, 300_000);

  it("every PUT refused: two ups with the faults, one without, then one object per key and a clean preview", async () => {
    await a.declare([...allSeven("A"), ...allSeven("B")]);
    a.emulator.setFaults({ error5xxRate: 1, methods: ["PUT"] });
    const withFaults = await upTwice(a.t.stack, a.t.onOutput);
    const puts = a.emulator.requests().filter((r) => r.method === "PUT");
    a.emulator.clearFaults();
    // The new agent's schedule was refused at least once (the first up fails on it).
    expect(
      puts.filter((r) => r.path === "/agents/b-agent@example.com" && r.status === 503).length,
    ).toBeGreaterThan(0);
    expect(withFaults.failures.length).toBeGreaterThan(0);

    const sent = a.emulator.requests().length;
    const up = await a.t.stack.up({ onOutput: a.t.onOutput });
    expect(up.summary.result).toBe("succeeded");
    expect(duplicates(keys())).toEqual([]);
    expect(keys()).toEqual([...keysOf("A"), ...keysOf("B")].sort());
    const agents = (a.emulator.state() as unknown as AccountState).agents;
    const agent = agents.find((x: { login: string }) => x.login === "b-agent@example.com");
    expect(agent.work_scheduler?.tuesday).toEqual({ enabled: 1, start: "08:00", end: "16:00" });
    // The agent the failed ups made is taken up, not made again.
    expect(
      a.emulator
        .requests()
        .slice(sent)
        .filter((r) => r.method === "POST" && r.path === "/agents"),
    ).toEqual([]);
    expect(await cleanPreview()).toEqual({});
  }, 300_000);
});
