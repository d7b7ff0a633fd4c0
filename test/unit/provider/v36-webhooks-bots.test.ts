import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { release } from "../../../src/provider/claims";
import { create } from "../../../src/provider/create";
import { findByNaturalKey } from "../../../src/provider/find";
import { check, diff, read, remove } from "../../../src/provider/lifecycle";
import { configure, currentContext } from "../../../src/provider/runtime";
import { registry } from "../../../src/resources/registry";
import { bot, hook, OWNER, SECRET } from "./v36-webhooks-bots-inputs";

// v36.Webhook, v36.WebhookState and v36.Bot in-process against the emulator: the lifecycle's safety rules
// (adoption by natural key, lost answers, limits, secrets). Their checks are in v36-webhooks-bots-checks.test.ts;
// the same resources run through the CLI in test/e2e/v36-webhooks-bots.test.ts.

const Webhook = registry["v36/Webhook"];
const WebhookState = registry["v36/WebhookState"];
const Bot = registry["v36/Bot"];
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ quiet: true });
  const { login, pat } = emulator.credentials;
  const config: Record<string, string> = {
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    "livechat:accountId": emulator.accountId,
    "livechat:maxRetries": "0",
    "livechat:maxRequestsPerSecond": "1000",
  };
  configure({ get: (key) => config[key] });
});
afterAll(async () => emulator?.stop());
afterEach(() => emulator.clearFaults());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's state, read loosely
const state = () => emulator.state() as unknown as Record<string, any[]>;
const api = <T>(method: string, body: object) => currentContext().client.action<T>(method, body);
const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e as Error,
  );

describe("webhooks against the emulator", () => {
  it("are found by natural key under a Client ID this process never checked (the lookup names it)", async () => {
    const owner = "aaaabbbbccccdddd0000111122223333";
    const { id } = await api<{ id: string }>("register_webhook", {
      owner_client_id: owner,
      action: "incoming_chat",
      url: "https://hooks.example.com/elsewhere",
      secret_key: "theirs",
      type: "license",
    });
    // Inputs as the lookup gets them, without a check in this process that would have met the Client ID.
    const inputs = hook({ ownerClientId: owner, url: "https://hooks.example.com/elsewhere" });
    const found = await findByNaturalKey(Webhook, currentContext(), inputs);
    expect(found?.id).toBe(id);
    await api("unregister_webhook", { id, owner_client_id: owner });
  });

  it("registers one, keeps its secret key out of what it reads, and finds it again by its natural key", async () => {
    const inputs = check(Webhook, hook({ filters: { sourceType: ["system"] } })).inputs;
    const made = await create(Webhook, inputs);
    expect(state().client_webhooks).toEqual([expect.objectContaining({ id: made.id, secret_key: SECRET })]);
    expect(made.outs).toMatchObject({ secretKey: SECRET, filters: { sourceType: ["system"] } });
    const again = await read(Webhook, made.id, made.outs!);
    expect(again.props).toEqual(made.outs);
    const e = await failure(() => create(Webhook, inputs));
    expect(e.message).toContain("another resource of this program manages it");
    await remove(Webhook, made.id, made.outs!);
    expect(state().client_webhooks ?? []).toEqual([]);
  });

  it("adopts a webhook made outside, warning that its secret key cannot be checked", async () => {
    const { id } = await api<{ id: string }>("register_webhook", {
      owner_client_id: OWNER,
      action: "chat_transferred",
      url: "https://hooks.example.com/adopt",
      secret_key: "theirs",
      type: "license",
    });
    currentContext().lists.of(registry["v36/Webhook"]).invalidate(); // made behind this run's back
    const inputs = check(
      Webhook,
      hook({ action: "chat_transferred", url: "https://hooks.example.com/adopt" }),
    ).inputs;
    const e = await failure(() => create(Webhook, inputs));
    expect(e.message).toMatch(/already exists in the account \(id \w+\)\. Set adopt: true/);
    const adopted = await create(Webhook, { ...inputs, adopt: true });
    expect(adopted.id).toBe(id);
    await remove(Webhook, id, adopted.outs!);
  });

  it("a lost answer makes one webhook, found by its natural key", async () => {
    emulator.setFaults({ dropAfterWriteRate: 1, actions: ["register_webhook"] });
    const inputs = check(Webhook, hook({ action: "thread_tagged" })).inputs;
    const made = await create(Webhook, inputs);
    emulator.clearFaults();
    const hooks = state().client_webhooks.filter((w) => w.action === "thread_tagged");
    expect(hooks.map((w) => w.id)).toEqual([made.id]);
    await remove(Webhook, made.id, made.outs!);
  });

  it("a fourth webhook for one action and Client ID is a clear error, and nothing is made", async () => {
    const made = [];
    for (const n of [1, 2, 3])
      made.push(
        await create(
          Webhook,
          check(Webhook, hook({ action: "tag_created", url: `https://h.example.com/${n}` })).inputs,
        ),
      );
    const e = await failure(() =>
      create(Webhook, check(Webhook, hook({ action: "tag_created", url: "https://h.example.com/4" })).inputs),
    );
    expect(e.message).toContain(`Client ID ${OWNER} already has 3 webhooks for tag_created`);
    expect(e.message).toContain("deleteBeforeReplace");
    expect(state().client_webhooks.filter((w) => w.action === "tag_created")).toHaveLength(3);
    for (const m of made) await remove(Webhook, m.id, m.outs!);
    // Made behind this run's back (its list is stale): the server's refusal says the same.
    for (const n of [1, 2, 3])
      await api("register_webhook", {
        owner_client_id: OWNER,
        action: "tag_created",
        url: `https://h.example.com/${n}`,
        secret_key: "k",
        type: "license",
      });
    const refused = await failure(() =>
      create(Webhook, check(Webhook, hook({ action: "tag_created", url: "https://h.example.com/4" })).inputs),
    );
    expect(refused.message).toContain(`Client ID ${OWNER} already has 3 webhooks for tag_created`);
    expect(state().client_webhooks.filter((w) => w.action === "tag_created")).toHaveLength(3);
  });
});

describe("the licence webhooks' state", () => {
  it("is set by create, declared once per Client ID, and turned back on by destroy", async () => {
    const inputs = check(WebhookState, { ownerClientId: "state-owner", enabled: false }).inputs;
    const made = await create(WebhookState, inputs);
    expect(made).toEqual({ id: "state-owner", outs: { ownerClientId: "state-owner", enabled: false } });
    expect(await api("get_license_webhooks_state", { owner_client_id: "state-owner" })).toEqual({
      license_webhooks_enabled: false,
    });
    expect((await read(WebhookState, made.id, made.outs!)).props).toEqual(made.outs);
    const e = await failure(() => create(WebhookState, inputs));
    expect(e.message).toContain("declared twice in this program");
    // A resource of this run that took the setting over keeps it when another one is deleted (a rename).
    await remove(WebhookState, made.id, made.outs!);
    expect(await api("get_license_webhooks_state", { owner_client_id: "state-owner" })).toEqual({
      license_webhooks_enabled: false,
    });
    // A destroy runs in a process of its own, where nothing claims it.
    release(WebhookState, made.id);
    await remove(WebhookState, made.id, made.outs!);
    expect(await api("get_license_webhooks_state", { owner_client_id: "state-owner" })).toEqual({
      license_webhooks_enabled: true,
    });
  });
});

describe("bots against the emulator", () => {
  it("makes a bot with every field, keeps its secret through reads, and adopts by owner and name", async () => {
    const inputs = check(
      Bot,
      bot({
        name: "Full",
        avatar: "https://example.com/bot.png",
        jobTitle: "Assistant",
        maxChatsCount: 12,
        defaultGroupPriority: "last",
        groups: [{ groupId: 0, priority: "first" }],
        type: "faq",
        workScheduler: {
          timezone: "Europe/Warsaw",
          schedule: [{ day: "monday", enabled: true, start: "08:00", end: "16:00" }],
        },
      }),
    ).inputs;
    const made = await create(Bot, inputs);
    const stored = state().bots.find((b) => b.id === made.id);
    expect(made.outs).toMatchObject({ ...inputs, secret: stored.secret, timezone: "Europe/Warsaw" });
    expect(stored).toMatchObject({ type: "faq", owner_client_id: OWNER });
    const again = await read(Bot, made.id, made.outs!);
    expect(again.props).toEqual(made.outs);
    expect(diff(Bot, again.props!, inputs).changes).toBe(false);
    await remove(Bot, made.id, made.outs!);
    expect(state().bots ?? []).toEqual([]);
    // One made outside, with the same owner and name: an error, or taken over with adopt: true.
    const { id } = await api<{ id: string }>("create_bot", { owner_client_id: OWNER, name: "Full" });
    currentContext().lists.of(registry["v36/Bot"]).invalidate(); // made behind this run's back
    const e = await failure(() => create(Bot, inputs));
    expect(e.message).toMatch(/already exists in the account .*Set adopt: true/);
    const adopted = await create(Bot, { ...inputs, adopt: true });
    expect(adopted.id).toBe(id);
    expect(state().bots).toEqual([expect.objectContaining({ id, type: "faq", max_chats_count: 12 })]);
    expect(adopted.outs!.secret).toBeUndefined();
    await remove(Bot, id, adopted.outs!);
  });

  it("a lost batch answer makes one bot; the same name for another Client ID is another bot", async () => {
    emulator.setFaults({ dropAfterWriteRate: 1, actions: ["batch_create_bots"] });
    const made = await create(Bot, check(Bot, bot({ name: "Once" })).inputs);
    emulator.clearFaults();
    const other = await create(Bot, check(Bot, bot({ name: "Once", ownerClientId: "another" })).inputs);
    const bots = state().bots.filter((b) => b.name === "Once");
    expect(bots.map((b) => b.id).sort()).toEqual([made.id, other.id].sort());
    // The secret was in the lost answer: the bot is recorded without it, never made twice.
    expect(made.outs!.secret).toBeUndefined();
    for (const m of [made, other]) await remove(Bot, m.id, m.outs!);
  });
});
