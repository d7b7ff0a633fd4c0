// v3.6 greetings: the reference's requests and answers, paging, rules, and how v2 sees the same greetings.

import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { start, v36, v36Example, type V36Call } from "./helpers";

const DEFAULT_TEXT = "Hello, would you like to talk about our products?";

let emu: RunningEmulator;
let api: AxiosInstance;
let call: V36Call;

beforeAll(async () => {
  ({ emu, api } = await start());
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/groups", { name: "Sales", agents: [] });
});

// The reference's create_greeting request.
const CREATE_EXAMPLE = {
  type: "normal",
  active: true,
  active_from: "2024-01-01T00:00:00Z",
  active_until: "2024-12-31T23:59:59Z",
  name: "Welcome greeting",
  group: 0,
  rules: [
    { condition: "and", type: "url_current", operator: "contains", value: "checkout" },
    { condition: "or", type: "visit_time_site", operator: "greater_than", value: "30" },
  ],
  properties: { addon: "chat_widget", is_exit_intent: "false" },
  rich_message: {
    template_id: "text",
    elements: [{ title: "Welcome to our website!", subtitle: "How can we help you today?" }],
  },
};

// A request that gives back the reference's get_greeting answer.
const WELCOME = {
  type: "normal",
  active: true,
  name: "Welcome greeting",
  group: 0,
  rules: [{ condition: "and", type: "visit_time_site", operator: "greater_than", value: "10" }],
  properties: { "greeting-message_text": "Hello! How can I help you today?" },
  rich_message: {
    template_id: "cards",
    elements: [
      {
        title: "Welcome!",
        subtitle: "How can we help you today?",
        buttons: [
          {
            text: "Get Support",
            type: "message",
            value: "I need support",
            postback_id: "support_request",
            button_id: "20ff0b3f-fbed-49f4-b13f-788c9ec66f03",
          },
        ],
      },
    ],
  },
};

describe("reference examples", () => {
  test("create_greeting answers only the id (createGreeting.json)", async () => {
    const res = await call("create_greeting", CREATE_EXAMPLE);
    expect(res.status).toBe(200);
    expect(Object.keys(res.data)).toEqual(Object.keys(v36Example("greetings", "createGreeting") as object));
    expect(res.data.id).toEqual(expect.any(Number));
  });

  test("get_greeting: getGreeting.json (message text as `text`, no rule ids, no template_id)", async () => {
    const { id } = (await call("create_greeting", WELCOME)).data;
    const res = await call("get_greeting", { id });
    expect(res.data).toEqual({ ...(v36Example("greetings", "getGreeting") as object), id });
  });

  test("list_greetings with the reference's request: listGreetings.json", async () => {
    const { id } = (await call("create_greeting", WELCOME)).data;
    const res = await call("list_greetings", { groups: [0, 1], limit: 25 });
    const example = v36Example("greetings", "listGreetings") as { greetings: object[] };
    expect(res.data).toEqual({ ...example, greetings: [{ ...example.greetings[0], id }] });
  });

  test("the create example's greeting reads back with its schedule, order and conditions", async () => {
    const { id } = (await call("create_greeting", CREATE_EXAMPLE)).data;
    const { template_id: _t, ...rich } = CREATE_EXAMPLE.rich_message;
    expect((await call("get_greeting", { id })).data).toEqual({ ...CREATE_EXAMPLE, id, rich_message: rich });
  });

  test("update_greeting with the reference's body answers {}; properties are replaced", async () => {
    const { id } = (await call("create_greeting", WELCOME)).data;
    const res = await call("update_greeting", {
      id,
      active: false,
      name: "Updated welcome greeting",
      rules: [{ condition: "and", type: "url_current", operator: "contains", value: "product" }],
      properties: { addon: "chat_widget", is_exit_intent: "true" },
      rich_message: {
        template_id: "text",
        elements: [{ title: "Updated greeting message!", subtitle: "Can we help you find a product?" }],
      },
    });
    expect(res.data).toEqual({});
    const got = (await call("get_greeting", { id })).data;
    expect(got).toMatchObject({ active: false, name: "Updated welcome greeting", type: "normal", group: 0 });
    expect(got.properties).toEqual({ addon: "chat_widget", is_exit_intent: "true" });
    expect(got.rich_message.elements[0].title).toBe("Updated greeting message!");
  });

  test("delete_greeting answers {}; then not_found", async () => {
    const { id } = (await call("create_greeting", WELCOME)).data;
    expect((await call("delete_greeting", { id })).data).toEqual({});
    const res = await call("get_greeting", { id });
    expect(res.status).toBe(404);
    expect(res.data.error.type).toBe("not_found");
  });
});

describe("paging", () => {
  test("limit pages; next_page_id until the last page; found_greetings counts them all", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await call("create_greeting", { ...WELCOME, name: `g${i}` })).data.id);
    const first = (await call("list_greetings", { limit: 2 })).data;
    expect(first.found_greetings).toBe(5);
    expect(first.greetings.map((g: { id: number }) => g.id)).toEqual(ids.slice(0, 2));
    const second = (await call("list_greetings", { page_id: first.next_page_id })).data;
    expect(second.greetings.map((g: { id: number }) => g.id)).toEqual(ids.slice(2, 4));
    const last = (await call("list_greetings", { page_id: second.next_page_id })).data;
    expect(last.greetings.map((g: { id: number }) => g.id)).toEqual(ids.slice(4));
    expect(last).not.toHaveProperty("next_page_id");
    expect(last).not.toHaveProperty("previous_page_id");
    // Everything on one page: no next_page_id.
    expect((await call("list_greetings", {})).data).not.toHaveProperty("next_page_id");
  });

  test("groups filter; page_id keeps it; page_id with groups/limit, bad ids and limits -> validation", async () => {
    await call("create_greeting", WELCOME);
    await call("create_greeting", { ...WELCOME, group: 1 });
    await call("create_greeting", { ...WELCOME, group: 1 });
    const first = (await call("list_greetings", { groups: [1], limit: 1 })).data;
    expect(first.found_greetings).toBe(2);
    const next = (await call("list_greetings", { page_id: first.next_page_id })).data;
    expect(next.greetings).toEqual([expect.objectContaining({ group: 1 })]);
    for (const body of [
      { page_id: first.next_page_id, limit: 1 },
      { page_id: first.next_page_id, groups: [0] },
      { page_id: "garbage" },
      { limit: 101 },
      { limit: 0 },
    ]) {
      expect((await call("list_greetings", body)).data.error.type).toBe("validation");
    }
  });
});

describe("rules and limits", () => {
  const rule = (r: object) => ({ ...WELCOME, rules: [r] });
  test.each([
    [{ ...WELCOME, type: undefined }, "validation", /`type` is required/],
    [{ ...WELCOME, active: 1 }, "validation", /`active`/],
    [{ ...WELCOME, group: undefined }, "validation", /`group` is required/],
    [{ ...WELCOME, group: 9 }, "group_not_found", /9/],
    [{ ...WELCOME, rules: [] }, "validation", /`rules`/],
    [{ ...WELCOME, rules: Array(11).fill(WELCOME.rules[0]) }, "validation", /`rules`.*10/],
    [
      rule({ condition: "and", type: "visit_time_site", operator: "equals", value: "901" }),
      "validation",
      /0 to 900/,
    ],
    [
      rule({ condition: "xor", type: "url_current", operator: "equals", value: "x" }),
      "validation",
      /condition/,
    ],
    [rule({ condition: "and", type: "url_current", value: "x" }), "validation", /operator` is required/],
    [rule({ condition: "and", type: "url_funnel" }), "validation", /urls` is required/],
    [
      rule({ condition: "and", type: "custom_variable", session_field: { a: "1", b: "2" } }),
      "validation",
      /exactly one/,
    ],
    [rule({ condition: "and", type: "ads_traffic", session_field: { bing: "1" } }), "validation", /facebook/],
    [{ ...WELCOME, properties: { text: "hi" } }, "validation", /`properties.text`/],
    [{ ...WELCOME, active_from: "tomorrow" }, "validation", /active_from/],
    [{ ...WELCOME, rich_message: { template_id: "poster" } }, "validation", /template_id/],
  ])("create_greeting, bad case %#", async (body, type, message) => {
    const res = await call("create_greeting", body);
    expect(res.data).toEqual({ error: { type, message: expect.stringMatching(message) } });
  });

  test("session_field, urls and new rule types read back as given, in order", async () => {
    const rules = [
      { condition: "and", type: "url_current", operator: "contains", value: "shoes" },
      { condition: "or", type: "custom_variable", operator: "equals", session_field: { cart: "full" } },
      { condition: "and", type: "ads_traffic", operator: "equals", session_field: { facebook: "1234" } },
      {
        condition: "and",
        type: "url_match_page_view_number",
        operator: "greater_than",
        value: "2",
        urls: [{ url: "shop", operator: "contains" }],
      },
      { condition: "and", type: "url_funnel", urls: [{ url: "a", operator: "equals" }] },
    ];
    const { id } = (await call("create_greeting", { ...WELCOME, rules })).data;
    const got = (await call("get_greeting", { id })).data.rules;
    expect(got.slice(0, 4)).toEqual(rules.slice(0, 4));
    expect(got[4]).toEqual(rules[4]);
  });

  test("at most 10 announcements -> limit_reached", async () => {
    for (let i = 0; i < 10; i++) await call("create_greeting", { ...WELCOME, type: "announcement" });
    const res = await call("create_greeting", { ...WELCOME, type: "announcement" });
    expect(res.status).toBe(403);
    expect(res.data.error.type).toBe("limit_reached");
    const { id } = (await call("create_greeting", WELCOME)).data;
    expect((await call("update_greeting", { id, type: "announcement" })).data.error.type).toBe(
      "limit_reached",
    );
  });

  test("rich message buttons get an id when they have none; update keeps one that is passed", async () => {
    const button = { text: "Go", type: "url", value: "https://example.com", postback_id: "go" };
    const rich = { template_id: "cards", elements: [{ title: "T", subtitle: "S", buttons: [button] }] };
    const { id } = (await call("create_greeting", { ...WELCOME, rich_message: rich })).data;
    const made = (await call("get_greeting", { id })).data.rich_message.elements[0].buttons[0];
    expect(made.button_id).toMatch(/^[0-9a-f-]{36}$/);
    await call("update_greeting", {
      id,
      rich_message: { ...rich, elements: [{ title: "T", subtitle: "S", buttons: [made] }] },
    });
    expect((await call("get_greeting", { id })).data.rich_message.elements[0].buttons[0]).toEqual(made);
  });
});

describe("one account for v2 and v3.6", () => {
  test("a greeting made through v3.6 in v2: rules by type with ids and conditions, v2's properties", async () => {
    const { id } = (await call("create_greeting", { ...CREATE_EXAMPLE, group: 1 })).data;
    const res = await api.get(`/greetings/${id}`);
    expect(res.data).toEqual({
      id,
      active: true,
      name: "Welcome greeting",
      rules: [
        {
          id: expect.any(Number),
          value: "30",
          type: "visit_time_site",
          operator: "greater_than",
          condition: "or",
        },
        {
          id: expect.any(Number),
          value: "checkout",
          type: "url_current",
          operator: "contains",
          condition: "and",
        },
      ],
      // No message text was given: v2 shows its default.
      properties: { active: "1", "greeting-message_text": DEFAULT_TEXT },
    });
    expect((await api.get("/greetings?group=1")).data).toHaveLength(1);
  });

  test("a greeting made through v2 in v3.6; v2's custom variable is v3.6's session_field", async () => {
    const made = await api.post("/greetings?group=1", {
      name: "custom",
      subtype: "announcement",
      group: 1,
      rules: [{ type: "custom_variable", variable_name: "cart", variable_value: "full" }],
    });
    const res = await call("get_greeting", { id: made.data.id });
    expect(res.data).toEqual({
      id: made.data.id,
      type: "announcement",
      active: true,
      name: "custom",
      group: 1,
      rules: [
        { condition: "and", type: "custom_variable", operator: "equals", session_field: { cart: "full" } },
      ],
      properties: { text: DEFAULT_TEXT },
    });
  });

  test("v2's updates keep what only v3.6 has; deletes cross over", async () => {
    const { id } = (await call("create_greeting", CREATE_EXAMPLE)).data;
    await api.put(`/greetings/${id}`, { name: "renamed", properties: { "greeting-message_text": "Hi" } });
    const got = (await call("get_greeting", { id })).data;
    expect(got).toMatchObject({ name: "renamed", active_from: CREATE_EXAMPLE.active_from });
    expect(got.properties).toEqual({ text: "Hi", addon: "chat_widget", is_exit_intent: "false" });
    expect(got.rich_message).toBeDefined();
    await api.delete(`/greetings/${id}`);
    expect((await call("get_greeting", { id })).data.error.type).toBe("not_found");
    const other = (await call("create_greeting", WELCOME)).data.id;
    await call("delete_greeting", { id: other });
    expect((await api.get(`/greetings/${other}`)).status).toBe(404);
  });

  test("the snapshot carries schedules, properties, rich messages and rule order", async () => {
    await call("create_greeting", CREATE_EXAMPLE);
    await call("create_greeting", WELCOME);
    const before = emu.state();
    expect(before.greetings[0]).toMatchObject({
      active_from: CREATE_EXAMPLE.active_from,
      rich_message: CREATE_EXAMPLE.rich_message,
      properties: { active: "1", addon: "chat_widget", is_exit_intent: "false" },
    });
    emu.reset();
    emu.seed(before);
    expect(emu.state()).toEqual(before);
    const id = (before.greetings[0] as { id: number }).id;
    const { template_id: _t, ...rich } = CREATE_EXAMPLE.rich_message;
    expect((await call("get_greeting", { id })).data).toEqual({ ...CREATE_EXAMPLE, id, rich_message: rich });
  });
});
