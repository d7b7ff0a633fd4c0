import type { EngineEvent } from "@pulumi/pulumi/automation";
import { changesOf } from "./helpers/events";
import { openAccount, type Account } from "./helpers/livechat";
import { failureOf } from "./helpers/stack";

// Bad input, bad credentials and adoption through the real CLI against the emulator.

describe("bad input fails at preview, before any API call", () => {
  let a: Account;
  beforeAll(async () => {
    a = await openAccount();
  }, 120_000);
  afterAll(async () => a?.close());

  it.each([
    ["Agent", { login: "jenny", name: "Jenny" }, "Agent: login must be an e-mail address"],
    [
      "Webhook",
      { url: "https://x.io/h", eventType: "ticket_created", dataTypes: ["chat"] },
      "Webhook: dataTypes has chat, which cannot be sent with ticket_created",
    ],
    ["Goal", { name: "g", type: "url" }, "Goal: url is required for goals of type url"],
  ])(
    "%s %j names the field and makes no API call",
    async (type, args, expected) => {
      await a.declare([{ type, name: "bad", args }]);
      a.emulator.clearRequests();
      const message = await failureOf(() => a.t.stack.preview());
      expect(message).toContain(expected);
      expect(a.emulator.requests()).toEqual([]);
    },
    300_000,
  );
});

describe("credentials", () => {
  it("a 401 gives a clear message that never shows the token", async () => {
    const wrongPat = "dal:wrong-pat-0123456789abcdef";
    const a = await openAccount({ "livechat:pat": wrongPat });
    try {
      await a.declare([{ type: "Group", name: "sales", args: { name: "Sales" } }]);
      const message = await failureOf(() => a.t.stack.up({ onOutput: a.t.onOutput }));
      expect(message).toMatch(/GET \/groups failed: 401/);
      const printed = message + a.t.output.join("");
      expect(printed).not.toContain("wrong-pat-0123456789abcdef");
      expect(printed).not.toContain(Buffer.from(`owner@example.com:${wrongPat}`).toString("base64"));
      expect(a.emulator.state().groups).toHaveLength(1);
    } finally {
      await a.close();
    }
  }, 300_000);

  it("missing credentials fail at preview, naming the config keys and the variables", async () => {
    const a = await openAccount({ "livechat:login": "", "livechat:pat": "" });
    try {
      await a.declare([{ type: "Tag", name: "vip", args: { name: "vip" } }]);
      const message = await failureOf(() => a.t.stack.preview());
      for (const key of [
        "livechat:login",
        "livechat:pat",
        "livechat:token",
        "LIVECHAT_LOGIN",
        "LIVECHAT_PAT",
        "LIVECHAT_TOKEN",
      ]) {
        expect(message).toContain(key);
      }
      expect(a.emulator.requests()).toEqual([]);
    } finally {
      await a.close();
    }
  }, 300_000);
});

describe("adoption of objects that already exist", () => {
  let a: Account;
  const existing = {
    groups: [{ id: 7, name: "Support", language: "en", agents: [] }],
    agents: [
      {
        login: "ann@example.com",
        name: "Ann",
        login_status: "accepting chats",
        permission: "normal",
        daily_summary: 1,
        job_title: "Support Agent",
        avatar: "livechat.s3.amazonaws.com/default/avatars/a.png",
        notifications: {
          new_visitor: 1,
          returning_visitor: 1,
          queued_visitor: 1,
          visitor_is_typing: 0,
          new_goal: 1,
        },
        max_chats_count: 6,
        groups: [],
        status: "offline",
        last_logout: 0,
      },
    ],
    goals: [
      {
        id: 1001,
        name: "checkout",
        active: 1,
        type: "url",
        url: "https://shop.example.com/thanks",
        match_type: "substring",
      },
    ],
    greetings: [
      {
        id: 2001,
        active: true,
        name: "Welcome",
        group: 0,
        rules: [
          { id: 8001, value: "2", type: "visits_number", operator: "greater_or_equal", condition: "and" },
        ],
        properties: { active: "1", "greeting-message_text": "Hello" },
      },
    ],
    tags: [
      {
        name: "vip",
        author: "owner@example.com",
        creation_date: 1402989014,
        count: { inChats: 0, inTickets: 0 },
        group: 0,
      },
    ],
    canned_responses: [
      {
        id: 3001,
        group: 0,
        text: "Bye!",
        creation_date: 1358866421,
        created_by: "owner@example.com",
        tags: ["bye"],
      },
    ],
    webhooks: [
      {
        licence: 12345,
        event_type: "chat_started",
        data_types: ["chat"],
        url: "https://hooks.example.com/in",
        verified: true,
        token: "0adec158e423091d5a36c9fce95775db",
        id: "39612eee5f1b431217aafb9de19c1e32",
      },
    ],
  };
  // The same natural keys, with some updatable fields changed.
  const desired = (adopt: boolean) => [
    { type: "Group", name: "support", args: { name: "Support", language: "de", adopt } },
    { type: "Agent", name: "ann", args: { login: "ann@example.com", name: "Ann Lee", adopt } },
    {
      type: "Goal",
      name: "checkout",
      args: { name: "checkout", type: "url", url: "https://shop.example.com/thanks", adopt },
    },
    {
      type: "Greeting",
      name: "welcome",
      args: {
        name: "Welcome",
        message: "Hi again",
        rules: [{ type: "visits_number", value: 2, operator: "greater_or_equal" }],
        adopt,
      },
    },
    { type: "Tag", name: "vip", args: { name: "vip", adopt } },
    { type: "CannedResponse", name: "bye", args: { text: "Bye!", tags: ["bye", "ciao"], adopt } },
    {
      type: "Webhook",
      name: "hook",
      args: { url: "http://hooks.example.com/in", eventType: "chat_started", dataTypes: ["chat"], adopt },
    },
  ];

  beforeAll(async () => {
    a = await openAccount();
    a.emulator.seed(existing);
  }, 120_000);
  afterAll(async () => a?.close());

  it("refuses to make a duplicate without adopt, and says how to take the object over", async () => {
    await a.declare(desired(false).slice(0, 1));
    const message = await failureOf(() => a.t.stack.up({ onOutput: a.t.onOutput }));
    expect(message).toContain("Group with this name already exists in the account (id 7). Set adopt: true");
    expect(a.emulator.state().groups).toHaveLength(2);
  }, 300_000);

  it("with adopt, takes every kind of object over and brings it to the desired state, without duplicates", async () => {
    await a.declare(desired(true));
    const events: EngineEvent[] = [];
    await a.t.stack.up({ onOutput: a.t.onOutput, onEvent: (e) => events.push(e) });
    // Each is created in the stack (taking the object over): whether the stack itself is new depends on
    // whether the refused up ran first.
    expect(changesOf(events)).toEqual(Object.fromEntries(desired(true).map((d) => [d.name, "create"])));
    const s = a.emulator.state() as unknown as Record<string, Record<string, unknown>[]>;
    expect(s.groups.filter((g) => g.name === "Support")).toEqual([
      expect.objectContaining({ id: 7, language: "de" }),
    ]);
    expect(s.agents.filter((x) => x.login === "ann@example.com")).toEqual([
      expect.objectContaining({ name: "Ann Lee" }),
    ]);
    expect(s.goals).toEqual([expect.objectContaining({ id: 1001 })]);
    expect(s.greetings).toEqual([
      expect.objectContaining({
        id: 2001,
        properties: expect.objectContaining({ "greeting-message_text": "Hi again" }),
      }),
    ]);
    expect(s.tags).toHaveLength(1);
    expect(s.canned_responses).toEqual([expect.objectContaining({ id: 3001, tags: ["ciao", "bye"] })]);
    expect(s.webhooks).toEqual([expect.objectContaining({ id: "39612eee5f1b431217aafb9de19c1e32" })]);
    const preview = await a.t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 8 });
  }, 300_000);
});
