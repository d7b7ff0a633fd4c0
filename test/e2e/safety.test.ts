import type { EngineEvent } from "@pulumi/pulumi/automation";
import { accountKeys, duplicates } from "./helpers/account-keys";
import { errorsOf, opsOf } from "./helpers/events";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { failureOf } from "./helpers/stack";

// Two ways a program could destroy or duplicate what the account holds: a notification flag the API sets
// only at creation (an agent must never be deleted and made again for it, losing its history), and one
// natural key declared twice in a program (the two creates run at once and must not make two objects).

const agent: Declared = {
  type: "Agent",
  name: "nina",
  args: { login: "nina@example.com", name: "Nina Noor", password: "nina-password" },
};

const agentWithoutNewGoal: Declared = {
  ...agent,
  args: { ...agent.args, notifications: { newGoal: false } },
};

/** Pairs of resources with the same natural key, by type. */
const pairs: [Declared, Declared][] = [
  [
    { type: "Group", name: "sales-1", args: { name: "Sales" } },
    { type: "Group", name: "sales-2", args: { name: "Sales", language: "de" } },
  ],
  [
    {
      type: "Goal",
      name: "signup-1",
      args: { name: "Signup", type: "url", url: "https://shop.example.com/a" },
    },
    { type: "Goal", name: "signup-2", args: { name: "Signup", type: "api" } },
  ],
  [
    {
      type: "Greeting",
      name: "hello-1",
      args: { name: "Hello", rules: [{ type: "visits_number", value: 2 }] },
    },
    {
      type: "Greeting",
      name: "hello-2",
      args: {
        name: "Hello",
        group: 0,
        rules: [{ type: "url_current", value: "pricing", operator: "contains" }],
      },
    },
  ],
  [
    { type: "CannedResponse", name: "thanks-1", args: { text: "Thanks for waiting.", tags: ["thanks"] } },
    {
      type: "CannedResponse",
      name: "thanks-2",
      args: { text: "Thanks for waiting.", tags: ["wait"], group: 0 },
    },
  ],
  [
    {
      type: "Webhook",
      name: "hook-1",
      args: { url: "https://hooks.example.com/chats", eventType: "chat_started", dataTypes: ["chat"] },
    },
    {
      type: "Webhook",
      name: "hook-2",
      args: { url: "https://hooks.example.com/chats", eventType: "chat_started", dataTypes: ["visitor"] },
    },
  ],
];

describe("changes that must never delete or duplicate an object", () => {
  let a: Account;
  const keys = () => accountKeys(a.emulator.state(), a.emulator.credentials.login);

  beforeAll(async () => {
    a = await openAccount({ "livechat:maxRequestsPerSecond": "100" });
    await a.declare([agent]);
    await a.t.stack.up({ onOutput: a.t.onOutput });
  }, 300_000);
  afterAll(async () => a?.close());

  it("keeps an agent whose newGoal notification changes, and warns that the API cannot change it", async () => {
    await a.declare([agentWithoutNewGoal]);
    const sent = a.emulator.requests().length;
    const printed = a.t.output.length;
    const events: EngineEvent[] = [];
    await a.t.stack.up({ onOutput: a.t.onOutput, onEvent: (e) => events.push(e) });
    // Planned as an update at most: no replace, create-replacement, delete-replaced or delete.
    expect(opsOf(events).nina.filter((op) => op !== "same" && op !== "update")).toEqual([]);
    const log = a.emulator.requests().slice(sent);
    expect(log.filter((r) => r.method === "DELETE" || r.method === "POST")).toEqual([]);
    expect(a.emulator.state().agents.map((x) => (x as { login: string }).login)).toContain(
      "nina@example.com",
    );
    const lines = a.t.output.slice(printed).join("").split("\n");
    expect(lines.filter((l) => /warning/i.test(l) && l.includes("newGoal"))).not.toEqual([]);
  }, 300_000);

  it("fails an up that declares a natural key twice, and makes each object once", async () => {
    await a.declare([agentWithoutNewGoal, ...pairs.flat()]);
    const events: EngineEvent[] = [];
    // Continue past the first error, so every pair's two creates run whatever the order of the failures.
    const failure = await failureOf(() =>
      a.t.stack.up({ onOutput: a.t.onOutput, onEvent: (e) => events.push(e), continueOnError: true }),
    );
    expect(failure).toContain("already exists");
    // Of each pair, one is made and the other fails, saying the object exists; nothing else fails.
    const errors = errorsOf(events);
    for (const [first, second] of pairs) {
      const failed = errors.filter((e) => [first.name, second.name].includes(e.name));
      expect({ pair: first.name, failed }).toEqual({
        pair: first.name,
        failed: [
          {
            name: expect.stringMatching(new RegExp(`^(${first.name}|${second.name})$`)),
            message: expect.stringContaining("already exists"),
          },
        ],
      });
    }
    expect(errors).toHaveLength(pairs.length);
    expect(duplicates(keys())).toEqual([]);
    expect(keys()).toEqual(
      [
        "Agent nina@example.com",
        "Group Sales",
        "Goal Signup",
        "Greeting Hello @0",
        "CannedResponse Thanks for waiting. @0",
        "Webhook https://hooks.example.com/chats chat_started",
      ].sort(),
    );
  }, 300_000);
});
