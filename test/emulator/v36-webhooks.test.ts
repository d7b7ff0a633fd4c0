// v3.6 webhooks: registered per Client ID; the reference's requests and answers, limits and filters.

import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { start, v36, v36Example, type V36Call } from "./helpers";

const CLIENT = "asXdesldiAJSq9padj";
const HEX32 = expect.stringMatching(/^[0-9a-f]{32}$/);

let emu: RunningEmulator;
let api: AxiosInstance;
let call: V36Call;

beforeAll(async () => {
  ({ emu, api } = await start({
    credentials: { login: "owner@example.com", pat: "dal:pat", tokens: ["dal:tok"] },
  }));
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

// The reference's register_webhook request.
const REGISTER = {
  url: "http://myservice.com/webhooks",
  description: "Test webhook",
  action: "chat_deactivated",
  secret_key: "laudla991lamda0pnoaa0",
  owner_client_id: CLIENT,
  type: "license",
};
const FILTERS = { chat_presence: { user_ids: { values: ["johndoe@mail.com"] }, my_bots: true } };

describe("reference examples", () => {
  test("register_webhook answers only the id (registerWebhook.json)", async () => {
    const res = await call("register_webhook", REGISTER);
    expect(res.status).toBe(200);
    expect(Object.keys(res.data)).toEqual(Object.keys(v36Example("webhooks", "registerWebhook") as object));
    expect(res.data.id).toEqual(HEX32);
  });

  test("list_webhooks: listWebhooks.json (no secret key; the url kept as given)", async () => {
    const { id } = (await call("register_webhook", { ...REGISTER, filters: FILTERS })).data;
    const res = await call("list_webhooks", { owner_client_id: CLIENT });
    const example = v36Example("webhooks", "listWebhooks") as object[];
    expect(res.data).toEqual([{ ...example[0], id }]);
    expect(Object.keys(res.data[0])).toEqual(Object.keys(example[0]));
  });

  test("unregister_webhook answers {}", async () => {
    const { id } = (await call("register_webhook", REGISTER)).data;
    expect((await call("unregister_webhook", { id, owner_client_id: CLIENT })).data).toEqual({});
    expect((await call("list_webhooks", { owner_client_id: CLIENT })).data).toEqual([]);
  });

  test("list_webhook_names needs no credentials; its entries are shaped like listWebhookNames.json", async () => {
    const res = await call("list_webhook_names", { version: "3.6" }, { Authorization: undefined });
    expect(res.status).toBe(200);
    const example = v36Example("webhooks", "listWebhookNames") as { action: string }[];
    const byAction = (action: string) => res.data.find((n: { action: string }) => n.action === action);
    // The example's two entries, exactly (agent_deleted: agent_ids and no additional_data; chat_access_updated:
    // no source_type, although the "Triggering actions" table lists source_type for both).
    for (const entry of example) expect(byAction(entry.action)).toEqual(entry);
    // In the example's order: agent_deleted before chat_access_updated, i.e. by name (not the table's order).
    const actions = res.data.map((n: { action: string }) => n.action);
    expect(actions.indexOf("agent_deleted")).toBeLessThan(actions.indexOf("chat_access_updated"));
    expect(actions).toEqual([...actions].sort());
    for (const entry of example) expect(Object.keys(byAction(entry.action))).toEqual(Object.keys(entry));
    expect(byAction("chat_access_updated").additional_data).toEqual([
      "chat_properties",
      "chat_presence_user_ids",
    ]);
    expect(byAction("incoming_event").filters).toEqual([
      "chat_presence",
      "author_type",
      "only_my_chats",
      "source_type",
    ]);
    expect(res.data).toHaveLength(38);
    expect((await call("list_webhook_names", { version: "3.5" })).data.error.type).toBe(
      "unsupported_version",
    );
  });

  test("license webhooks state: getWebhooksState.json; disable and enable (either spelling)", async () => {
    const state = async () => (await call("get_license_webhooks_state", { owner_client_id: CLIENT })).data;
    expect(await state()).toEqual(v36Example("webhooks", "getWebhooksState"));
    expect((await call("disable_license_webhooks", { owner_client_id: CLIENT })).data).toEqual({});
    expect(await state()).toEqual({ license_webhooks_enabled: false });
    expect((await call("enable_license_webhook", { owner_client_id: CLIENT })).data).toEqual({});
    expect(await state()).toEqual({ license_webhooks_enabled: true });
  });
});

describe("owners, limits, filters", () => {
  test("owner_client_id: PATs must send it; Bearer tokens default to their Client ID where allowed", async () => {
    expect((await call("get_license_webhooks_state", {})).data.error.message).toMatch(/owner_client_id/);
    const bearer = { Authorization: "Bearer dal:tok" };
    await call("disable_license_webhooks", {}, bearer);
    const mine = await call("get_license_webhooks_state", { owner_client_id: emu.clientId });
    expect(mine.data).toEqual({ license_webhooks_enabled: false });
    // register_webhook and list_webhooks require it whoever calls.
    const { owner_client_id: _o, ...noOwner } = REGISTER;
    expect((await call("register_webhook", noOwner, bearer)).data.error.type).toBe("validation");
  });

  test("webhooks belong to their Client ID", async () => {
    const { id } = (await call("register_webhook", REGISTER)).data;
    expect((await call("list_webhooks", { owner_client_id: "other" })).data).toEqual([]);
    const res = await call("unregister_webhook", { id, owner_client_id: "other" });
    expect(res.status).toBe(404);
    expect(res.data.error.type).toBe("not_found");
  });

  test("at most three webhooks per action and Client ID -> limit_reached", async () => {
    for (let i = 0; i < 3; i++) expect((await call("register_webhook", REGISTER)).status).toBe(200);
    const fourth = await call("register_webhook", REGISTER);
    expect(fourth.status).toBe(403);
    expect(fourth.data.error.type).toBe("limit_reached");
    expect((await call("register_webhook", { ...REGISTER, action: "incoming_chat" })).status).toBe(200);
    expect((await call("register_webhook", { ...REGISTER, owner_client_id: "other" })).status).toBe(200);
  });

  test.each([
    [{ ...REGISTER, action: "chat_started" }, /`action`/],
    [{ ...REGISTER, type: undefined }, /`type` is required/],
    [{ ...REGISTER, secret_key: undefined }, /`secret_key` is required/],
    [{ ...REGISTER, url: `https://example.com/${"x".repeat(500)}` }, /`url`.*500/],
    [{ ...REGISTER, url: "ftp://example.com" }, /`url`/],
    [{ ...REGISTER, filters: { author_type: "agent" } }, /author_type.*not available for chat_deactivated/],
    [{ ...REGISTER, action: "incoming_event", filters: { author_type: "bot" } }, /author_type/],
    [
      { ...REGISTER, filters: { chat_presence: { user_ids: { values: [], exclude_values: [] } } } },
      /exactly one/,
    ],
    [{ ...REGISTER, action: "agent_deleted", additional_data: ["chat_properties"] }, /additional_data/],
  ])("register_webhook, bad case %#", async (body, message) => {
    const res = await call("register_webhook", body);
    expect(res.data).toEqual({ error: { type: "validation", message: expect.stringMatching(message) } });
  });

  test("agent_deleted takes the filters of the table (source_type) and of list_webhook_names' example (agent_ids)", async () => {
    const body = {
      ...REGISTER,
      action: "agent_deleted",
      filters: { agent_ids: { values: ["smith@example.com"] }, source_type: ["system"] },
    };
    expect((await call("register_webhook", body)).status).toBe(200);
    const [hook] = (await call("list_webhooks", { owner_client_id: CLIENT })).data;
    expect(hook.filters).toEqual(body.filters);
  });

  test("filters and additional_data read back", async () => {
    const body = {
      ...REGISTER,
      action: "incoming_event",
      filters: { author_type: "customer", only_my_chats: true, source_type: ["my_client", "system"] },
      additional_data: ["chat_properties"],
    };
    await call("register_webhook", body);
    const [hook] = (await call("list_webhooks", { owner_client_id: CLIENT })).data;
    expect(hook).toMatchObject({ filters: body.filters, additional_data: ["chat_properties"] });
  });

  test("sets come back in the reference's order of their values, whatever the request's", async () => {
    await call("register_webhook", {
      ...REGISTER,
      action: "incoming_event",
      filters: { source_type: ["system", "other_clients", "my_client"] },
      additional_data: ["chat_presence_user_ids", "chat_properties"],
    });
    const [hook] = (await call("list_webhooks", { owner_client_id: CLIENT })).data;
    // The register table lists source_type my_client, other_clients, system; additional_data chat_properties,
    // chat_presence_user_ids.
    expect(hook.filters.source_type).toEqual(["my_client", "other_clients", "system"]);
    expect(hook.additional_data).toEqual(["chat_properties", "chat_presence_user_ids"]);
  });
});

describe("one account for v2 and v3.6", () => {
  test("v2's /webhooks and v3.6's Client ID webhooks are different objects", async () => {
    await call("register_webhook", REGISTER);
    await api.post("/webhooks", {
      event_type: "chat_started",
      data_types: ["chat"],
      url: "https://x.example.com",
    });
    expect((await api.get("/webhooks")).data.events).toHaveLength(1);
    expect((await call("list_webhooks", { owner_client_id: CLIENT })).data).toHaveLength(1);
  });

  test("the snapshot carries them (secret keys included) and round-trips", async () => {
    await call("register_webhook", { ...REGISTER, filters: FILTERS });
    await call("disable_license_webhooks", { owner_client_id: CLIENT });
    const before = emu.state();
    expect(before.client_webhooks).toEqual([expect.objectContaining({ secret_key: REGISTER.secret_key })]);
    expect(before.disabled_webhook_clients).toEqual([CLIENT]);
    emu.reset();
    expect(emu.state()).not.toHaveProperty("client_webhooks");
    emu.seed(before);
    expect(emu.state()).toEqual(before);
  });
});
