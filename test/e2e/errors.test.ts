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
  beforeAll(async () => {
    a = await openAccount();
    a.emulator.seed({
      groups: [{ id: 7, name: "Support", language: "en", agents: [] }],
      tags: [
        {
          name: "vip",
          author: "owner@example.com",
          creation_date: 1402989014,
          count: { inChats: 0, inTickets: 0 },
          group: 0,
        },
      ],
    });
  }, 120_000);
  afterAll(async () => a?.close());

  it("refuses to make a duplicate without adopt, and says how to take the object over", async () => {
    await a.declare([{ type: "Group", name: "support", args: { name: "Support", language: "de" } }]);
    const message = await failureOf(() => a.t.stack.up({ onOutput: a.t.onOutput }));
    expect(message).toContain("Group with this name already exists in the account (id 7). Set adopt: true");
    expect(a.emulator.state().groups).toHaveLength(2);
  }, 300_000);

  it("with adopt, takes the objects over and brings them to the desired state", async () => {
    await a.declare([
      { type: "Group", name: "support", args: { name: "Support", language: "de", adopt: true } },
      { type: "Tag", name: "vip", args: { name: "vip", adopt: true } },
    ]);
    const up = await a.t.stack.up({ onOutput: a.t.onOutput });
    expect(up.summary.resourceChanges).toMatchObject({ create: 2 });
    const groups = a.emulator.state().groups as { id: number; name: string; language: string }[];
    expect(groups.filter((g) => g.name === "Support")).toEqual([
      expect.objectContaining({ id: 7, language: "de" }),
    ]);
    expect(a.emulator.state().tags).toHaveLength(1);
    const preview = await a.t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 3 });
  }, 300_000);
});
