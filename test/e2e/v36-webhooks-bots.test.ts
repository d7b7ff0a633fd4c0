import type { EngineEvent } from "@pulumi/pulumi/automation";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// v36.Bot, v36.Webhook and v36.WebhookState through the real CLI against the emulator, in one stack: create,
// a clean preview, refresh without drift, a bot updated in place and webhooks replaced (the API cannot edit
// them), drift made through the API that refresh reports and up restores, and destroy. Neither the webhooks'
// secret keys nor the bot's secret is in the state file in clear.

const OWNER = "0805e283233042b37f460ed8fbf22160";
const KEYS = ["first-key-1f0c9a", "second-key-7d2e41", "third-key-90ab3c"];
const ACTION = "/v3.6/configuration/action/";

const initial: Declared[] = [
  { type: "v36.Group", name: "bots", args: { name: "Bots" } },
  {
    type: "v36.Bot",
    name: "helper",
    args: {
      ownerClientId: OWNER,
      name: "Helper",
      avatar: "https://example.com/helper.png",
      jobTitle: "Assistant",
      maxChatsCount: 10,
      defaultGroupPriority: "last",
      groups: [{ groupId: { $ref: "bots.groupId" }, priority: "first" }],
      type: "faq",
      // Two ranges on one day; the server keeps them in an order of its own.
      workScheduler: {
        timezone: "Europe/Warsaw",
        schedule: [
          { day: "monday", enabled: true, start: "13:00", end: "17:00" },
          { day: "monday", enabled: true, start: "08:00", end: "12:00" },
        ],
      },
    },
  },
  {
    type: "v36.Webhook",
    name: "events",
    args: {
      ownerClientId: OWNER,
      action: "incoming_event",
      url: "https://hooks.example.com/events",
      secretKey: KEYS[0],
      description: "Customers' messages",
      filters: {
        authorType: "customer",
        chatPresence: { userIds: { values: ["b@example.com", "a@example.com"] }, myBots: true },
        sourceType: ["system", "my_client"],
      },
      additionalData: ["chat_presence_user_ids", "chat_properties"],
    },
  },
  {
    type: "v36.Webhook",
    name: "agents",
    args: {
      ownerClientId: OWNER,
      action: "agent_created",
      url: "https://hooks.example.com/agents",
      secretKey: KEYS[1],
      filters: { sourceType: ["other_clients"] },
    },
  },
  { type: "v36.WebhookState", name: "state", args: { ownerClientId: OWNER, enabled: false } },
];

const updated: Declared[] = structuredClone(initial);
const edit = (name: string, args: Record<string, unknown>) =>
  Object.assign(updated.find((d) => d.name === name)!.args, args);
edit("helper", {
  name: "Helper Two",
  jobTitle: "Lead",
  maxChatsCount: 20,
  groups: [{ groupId: { $ref: "bots.groupId" }, priority: "supervisor" }],
  type: "chatbot",
  workScheduler: {
    timezone: "America/New_York",
    schedule: [{ day: "friday", enabled: false, start: "09:00", end: "17:00" }],
  },
});
edit("events", { secretKey: KEYS[2] }); // a new secret key: a new webhook, the old one removed first
edit("agents", { url: "https://hooks.example.com/agents/v2" }); // a new natural key: made before the old goes
edit("state", { enabled: true });

/** The operations of each LiveChat resource that is not left as it is, in order, by resource name. */
function changesOf(events: EngineEvent[]): Record<string, string> {
  const ops: Record<string, string> = {};
  for (const e of events) {
    const m = e.resourcePreEvent?.metadata;
    if (
      m &&
      m.type.startsWith("pulumi-nodejs:dynamic/livechat/v36:") &&
      !["same", "refresh"].includes(m.op)
    ) {
      const name = m.urn.split("::").pop()!;
      ops[name] = ops[name] ? `${ops[name]}, ${m.op}` : m.op;
    }
  }
  return ops;
}

describe("v3.6 bots and webhooks through the Pulumi CLI", () => {
  let a: Account;
  const ids = async () => (await a.t.stack.outputs()).ids.value as Record<string, string>;
  const bot = (id: string) =>
    a.api.action<Record<string, unknown>>("get_bot", {
      id,
      fields: ["groups", "work_scheduler", "job_title", "max_chats_count", "timezone"],
    });
  const webhooks = () => a.api.action<Record<string, unknown>[]>("list_webhooks", { owner_client_id: OWNER });
  const enabled = async () =>
    (
      await a.api.action<{ license_webhooks_enabled: boolean }>("get_license_webhooks_state", {
        owner_client_id: OWNER,
      })
    ).license_webhooks_enabled;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's state, read loosely
  const state = () => a.emulator.state() as unknown as Record<string, any[]>;
  /** Everything the CLI printed and the engine's events, but for the SDK's debug dump (see secrets.test.ts). */
  const printed: string[] = [];
  const onOutput = (text: string) => {
    printed.push(text);
    a.t.onOutput(text);
  };
  const onEvent = (e: EngineEvent) => {
    if ((e.diagnosticEvent?.severity as string | undefined) !== "debug") printed.push(JSON.stringify(e));
  };
  const cleanPreview = async (refresh = false) => {
    const preview = await a.t.stack.preview({ expectNoChanges: true, refresh, onOutput, onEvent });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
  };

  beforeAll(async () => {
    a = await openAccount();
  }, 120_000);
  afterAll(async () => a?.close());

  /** The first up, with the resources declared: its result, the paths it called, and the bot's secret. */
  const created = step(async () => {
    await a.declare(initial);
    const from = a.emulator.requests().length;
    const up = await a.t.stack.up({ onOutput, onEvent });
    const paths = a.emulator
      .requests()
      .slice(from)
      .map((r) => r.path);
    return { up, paths, botSecret: state().bots[0]?.secret as string };
  });
  /** Then the up with them edited: the ids before it, its result and its engine events. */
  const edited = step(async () => {
    await created();
    const before = await ids();
    await a.declare(updated);
    const events: EngineEvent[] = [];
    const up = await a.t.stack.up({
      onOutput,
      onEvent: (e) => {
        events.push(e);
        onEvent(e);
      },
    });
    return { before, up, events };
  });

  it("creates each, the bot through a batch call", async () => {
    const { up, paths } = await created();
    expect(up.summary.resourceChanges).toEqual({ create: initial.length + 1 });
    expect(paths).toContain(`${ACTION}batch_create_bots`);
    expect(paths).not.toContain(`${ACTION}create_bot`);
    const id = await ids();
    expect(await bot(id.helper)).toMatchObject({
      name: "Helper",
      avatar_path: "https://example.com/helper.png",
      job_title: "Assistant",
      max_chats_count: 10,
      default_group_priority: "last",
      owner_client_id: OWNER,
      groups: expect.arrayContaining([{ id: Number(id.bots), priority: "first" }]),
      work_scheduler: { timezone: "Europe/Warsaw", schedule: expect.any(Array) },
    });
    expect(state().bots).toEqual([expect.objectContaining({ id: id.helper, type: "faq" })]);
    expect(await webhooks()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: id.events,
          action: "incoming_event",
          description: "Customers' messages",
          type: "license",
          filters: {
            author_type: "customer",
            chat_presence: { user_ids: { values: ["b@example.com", "a@example.com"] }, my_bots: true },
            // Sent as system, my_client: the server answers a set in its reference's order.
            source_type: ["my_client", "system"],
          },
        }),
        expect.objectContaining({ id: id.agents, filters: { source_type: ["other_clients"] } }),
      ]),
    );
    expect(
      state()
        .client_webhooks.map((w) => w.secret_key)
        .sort(),
    ).toEqual([KEYS[0], KEYS[1]]);
    expect(await enabled()).toBe(false);
  }, 300_000);

  it("keeps the secret keys and the bot's secret out of the state file in clear", async () => {
    const { botSecret } = await created();
    expect(botSecret).toEqual(expect.any(String));
    const text = a.t.rawState();
    for (const secret of [KEYS[0], KEYS[1], botSecret]) expect(text).not.toContain(secret);
    const { checkpoint } = JSON.parse(text);
    const events = checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith("::events"));
    // Pulumi's mark of a secret value.
    expect(events.inputs.secretKey).toHaveProperty(["4dabf18193072939515e22adb298388d"]);
    expect(events.outputs.secretKey).toHaveProperty(["4dabf18193072939515e22adb298388d"]);
  }, 300_000);

  it("previews no change right after up, and a refresh finds no drift", async () => {
    await created();
    await cleanPreview();
    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: initial.length + 1 });
    await cleanPreview();
  }, 300_000);

  it("updates the bot and the state in place, and replaces the webhooks", async () => {
    const { before, up, events } = await edited();
    expect(changesOf(events)).toEqual({
      helper: "update",
      state: "update",
      // The same natural key: the old webhook goes first. A new url: the new one is made first.
      events: "delete-replaced, replace, create-replacement",
      agents: "create-replacement, replace, delete-replaced",
    });
    expect(up.summary.resourceChanges).toEqual({ same: 2, update: 2, replace: 2 });
    const after = await ids();
    expect(after.helper).toBe(before.helper);
    expect(after.events).not.toBe(before.events);
    expect(after.agents).not.toBe(before.agents);
    expect(await bot(after.helper)).toMatchObject({
      name: "Helper Two",
      job_title: "Lead",
      max_chats_count: 20,
      groups: expect.arrayContaining([{ id: Number(after.bots), priority: "supervisor" }]),
      work_scheduler: {
        timezone: "America/New_York",
        schedule: [{ day: "friday", enabled: false, start: "09:00", end: "17:00" }],
      },
    });
    expect(state().bots[0].type).toBe("chatbot");
    expect((await webhooks()).map((w) => [w.id, w.url]).sort()).toEqual(
      [
        [after.events, "https://hooks.example.com/events"],
        [after.agents, "https://hooks.example.com/agents/v2"],
      ].sort(),
    );
    expect(
      state()
        .client_webhooks.map((w) => w.secret_key)
        .sort(),
    ).toEqual([KEYS[1], KEYS[2]]);
    expect(await enabled()).toBe(true);
    await cleanPreview();
  }, 300_000);

  it("reports drift made through the API, and up restores it", async () => {
    const { botSecret } = await created();
    await edited();
    const id = await ids();
    await a.api.action("update_bot", { id: id.helper, name: "Renamed by hand", max_chats_count: 3 });
    await a.api.action("unregister_webhook", { id: id.agents, owner_client_id: OWNER });
    await a.api.action("disable_license_webhooks", { owner_client_id: OWNER });
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ refresh: true, onEvent: (e) => events.push(e) });
    expect(changesOf(events)).toEqual({ helper: "update", agents: "create", state: "update" });
    await a.t.stack.up({ refresh: true, onOutput, onEvent });
    expect(await bot(id.helper)).toMatchObject({ name: "Helper Two", max_chats_count: 20 });
    // The bot's secret, answered only by create_bot, outlives refreshes, as a secret.
    const { checkpoint } = JSON.parse(a.t.rawState());
    const helper = checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith("::helper"));
    expect(helper.outputs.secret).toHaveProperty(["4dabf18193072939515e22adb298388d"]);
    const exported = (await a.t.stack.exportStack()).deployment.resources.find((r: { urn: string }) =>
      r.urn.endsWith("::helper"),
    );
    expect(JSON.parse(exported.outputs.secret.plaintext)).toBe(botSecret);
    const agents = (await webhooks()).filter((w) => w.action === "agent_created");
    expect(agents).toEqual([expect.objectContaining({ url: "https://hooks.example.com/agents/v2" })]);
    expect(state().client_webhooks.find((w) => w.id === agents[0].id)?.secret_key).toBe(KEYS[1]);
    expect(await enabled()).toBe(true);
    await cleanPreview(true);
  }, 300_000);

  it("destroys everything it made, and turns the licence webhooks back on", async () => {
    await edited();
    // The webhooks are left disabled...
    await a.declare(
      updated.map((d) => (d.name === "state" ? { ...d, args: { ...d.args, enabled: false } } : d)),
    );
    const up = await a.t.stack.up({ onOutput, onEvent });
    expect(up.summary.resourceChanges).toEqual({ same: initial.length, update: 1 });
    expect(await enabled()).toBe(false);
    await a.t.stack.destroy({ onOutput, onEvent });
    expect(await webhooks()).toEqual([]);
    expect(await a.api.action("list_bots", { all: true })).toEqual([]);
    expect(await enabled()).toBe(true); // ...and destroy leaves the API's default
  }, 300_000);

  it("never printed a secret key or the bot's secret", async () => {
    // Whatever ran before it in this file; alone, the first up at least.
    const { botSecret } = await created();
    const text = printed.join("\n");
    expect(text.length).toBeGreaterThan(1000);
    for (const secret of [...KEYS, botSecret]) expect(text).not.toContain(secret);
  }, 300_000);
});
