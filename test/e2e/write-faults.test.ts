import type { EngineEvent } from "@pulumi/pulumi/automation";
import { accountKeys, duplicates } from "./helpers/account-keys";
import { changesOf } from "./helpers/events";
import { expectUpFails, expectUpSucceeds, requestLines, type Failed } from "./helpers/faults";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

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

/** The natural keys `allSeven(p)` declares, in the form of helpers/account-keys. */
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
  /** Index of the next request in the emulator's log. */
  const mark = () => a.emulator.requests().length;
  const writes = (from: number) =>
    requestLines(a.emulator, (r) => ["POST", "PUT", "DELETE"].includes(r.method), from);

  beforeAll(async () => {
    a = await openAccount({ "livechat:maxRetries": "0", "livechat:maxRequestsPerSecond": "100" });
  }, 120_000);
  afterAll(async () => a?.close());

  /** The seven A objects made by one up while every POST's answer is lost after the server applied it. */
  const madeWithLostAnswers = step(async () => {
    await a.declare(allSeven("A"));
    const from = mark();
    a.emulator.setFaults({ dropAfterWriteRate: 1, methods: ["POST"] });
    try {
      const up = await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
      return { up, writes: writes(from) };
    } finally {
      a.emulator.clearFaults();
    }
  });

  it("every POST's answer lost: each object is found and brought to the desired state", async () => {
    const { up, writes } = await madeWithLostAnswers();
    expect(up.summary.resourceChanges).toEqual({ create: 8 });
    // Every create was applied and its answer dropped, none was sent twice, and the agent's schedule was set
    // by a PUT (not faulted) once the agent was found.
    expect(writes.filter((w) => w.startsWith("POST")).sort()).toEqual(
      [
        "POST /groups 0",
        "POST /agents 0",
        "POST /goals 0",
        "POST /greetings 0",
        "POST /tags 0",
        "POST /canned_responses 0",
        "POST /webhooks 0",
      ].sort(),
    );
    expect(writes.filter((w) => !w.startsWith("POST"))).toEqual(["PUT /agents/a-agent@example.com 200"]);
    expect(duplicates(keys())).toEqual([]);
    expect(keys()).toEqual(keysOf("A").sort());
    // No up after clearing the faults: the first successful up has already done everything.
    expect(await cleanPreview()).toEqual({});
  }, 300_000);

  it("every PUT refused: two ups with the faults fail on the new agent's schedule, one without converges", async () => {
    await madeWithLostAnswers();
    await a.declare([...allSeven("A"), ...allSeven("B")]);
    a.emulator.setFaults({ error5xxRate: 1, methods: ["PUT"] });
    let first: Failed;
    let second: Failed;
    let firstWrites: string[];
    let secondWrites: string[];
    try {
      // The first up makes the new agent, then its schedule is refused: the agent is recorded, the up fails.
      let from = mark();
      first = await expectUpFails(a.t.stack, { onOutput: a.t.onOutput });
      firstWrites = writes(from);
      // The second up meets the same fault on the same PUT, and makes no second agent.
      from = mark();
      second = await expectUpFails(a.t.stack, { onOutput: a.t.onOutput });
      secondWrites = writes(from);
    } finally {
      a.emulator.clearFaults();
    }
    // Each failed on the agent alone, naming it and the refused call; the first says the agent was made.
    expect(first.errors).toEqual([
      {
        name: "b-agent",
        message: expect.stringContaining(
          "Agent b-agent@example.com was created, but setting workScheduler failed: LiveChat API PUT " +
            "/agents/b-agent@example.com failed: 503 Service unavailable (injected fault). It is recorded in the " +
            "stack; run pulumi up again to finish it.",
        ),
      },
    ]);
    expect(firstWrites.filter((w) => w.startsWith("PUT"))).toEqual(["PUT /agents/b-agent@example.com 503"]);
    expect(firstWrites.filter((w) => w.startsWith("POST /agents"))).toEqual(["POST /agents 200"]);
    expect(second.errors).toEqual([
      {
        name: "b-agent",
        message:
          "LiveChat API PUT /agents/b-agent@example.com failed: 503 Service unavailable (injected fault)\n",
      },
    ]);
    // Only the PUT: the agent is in the state, and the other objects were made by the first up, or now.
    expect(secondWrites.filter((w) => !w.startsWith("POST /") || w.startsWith("POST /agents"))).toEqual([
      "PUT /agents/b-agent@example.com 503",
    ]);

    const from = mark();
    const up = await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
    expect(up.summary.result).toBe("succeeded");
    expect(duplicates(keys())).toEqual([]);
    expect(keys()).toEqual([...keysOf("A"), ...keysOf("B")].sort());
    const agents = (a.emulator.state() as unknown as AccountState).agents;
    const agent = agents.find((x: { login: string }) => x.login === "b-agent@example.com");
    expect(agent.work_scheduler?.tuesday).toEqual({ enabled: 1, start: "08:00", end: "16:00" });
    // The agent the failed ups made is taken up, not made again.
    expect(writes(from).filter((w) => w.startsWith("POST /agents"))).toEqual([]);
    expect(await cleanPreview()).toEqual({});
  }, 600_000);
});
