import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, anyId, start } from "./helpers";

const DEFAULT_MESSAGE = "Hello, would you like to talk about our products?";
const defaultProperties = { active: "1", "greeting-message_text": DEFAULT_MESSAGE };

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/groups", { name: "Sales", agents: [] });
});

const timeAndVisits = {
  name: "my custom invitation",
  rules: [
    { type: "visit_time_page", value: 15, operator: "greater_than" },
    { type: "visits_number", value: 2, operator: "greater_or_equal" },
  ],
};

describe("reference examples", () => {
  test("POST /greetings reorders the rules, numbers them and stringifies values", async () => {
    const res = await api.post("/greetings", timeAndVisits);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: anyId,
      active: true,
      name: "my custom invitation",
      rules: [
        { id: anyId, value: "2", type: "visits_number", operator: "greater_or_equal", condition: "and" },
        { id: anyId, value: "15", type: "visit_time_page", operator: "greater_than", condition: "and" },
      ],
      properties: defaultProperties,
    });
    expect(Object.keys(res.data.rules[0])).toEqual(["id", "value", "type", "operator", "condition"]);
    expect(res.data.rules[1].id).toBeGreaterThan(res.data.rules[0].id);
    expect(res.data).not.toHaveProperty("group");
  });

  test("custom variable greeting (group from the query string)", async () => {
    const res = await api.post("/greetings?group=1", {
      name: "custom variable type greeting",
      rules: [
        {
          type: "custom_variable",
          variable_name: "my_custom_var",
          variable_value: "var_value",
          operator: "contains",
        },
      ],
    });
    expect(res.data).toEqual({
      id: anyId,
      active: true,
      name: "custom variable type greeting",
      rules: [
        {
          id: anyId,
          type: "custom_variable",
          operator: "contains",
          condition: "and",
          variable_name: "my_custom_var",
          variable_value: "var_value",
        },
      ],
      properties: defaultProperties,
    });
    expect(Object.keys(res.data.rules[0])).toEqual([
      "id",
      "type",
      "operator",
      "condition",
      "variable_name",
      "variable_value",
    ]);
    expect((await api.get("/greetings", { params: { group: 1 } })).data).toEqual([res.data]);
    expect((await api.get("/greetings", { params: { group: 0 } })).data).toEqual([]);
  });

  test("url funnel greeting", async () => {
    const res = await api.post("/greetings", {
      name: "url funnel type greeting",
      rules: [
        {
          type: "url_funnel",
          urls: [
            { url: "mystore.com/shoes", operator: "equals" },
            { url: "cart", operator: "contains" },
          ],
        },
      ],
    });
    expect(res.data).toEqual({
      id: anyId,
      active: true,
      name: "url funnel type greeting",
      rules: [
        {
          id: anyId,
          type: "url_funnel",
          condition: "and",
          urls: [
            { url: "mystore.com/shoes", operator: "equals" },
            { url: "cart", operator: "contains" },
          ],
        },
      ],
      properties: defaultProperties,
    });
  });

  test("multiple rules: `custom` becomes custom_variable and comes first", async () => {
    const res = await api.post("/greetings", {
      name: "my custom invitation",
      rules: [
        { type: "visit_time_site", value: 15 },
        { type: "custom", variable_name: "empty_cart", variable_value: true },
        { type: "url_current", value: "shoes", operator: "contains" },
      ],
    });
    expect(res.data).toEqual({
      id: anyId,
      active: true,
      name: "my custom invitation",
      rules: [
        {
          id: anyId,
          type: "custom_variable",
          operator: "equals",
          condition: "and",
          variable_name: "empty_cart",
          variable_value: "true",
        },
        { id: anyId, value: "15", type: "visit_time_site", operator: "equals", condition: "and" },
        { id: anyId, value: "shoes", type: "url_current", operator: "contains", condition: "and" },
      ],
      properties: defaultProperties,
    });
  });

  test("GET /greetings and /greetings/<id>", async () => {
    const a = (
      await api.post("/greetings", {
        name: "Time on site: 5 sec",
        group: 1,
        rules: [{ type: "visit_time_site", value: 5 }],
        properties: { "greeting-message_text": "Hello, how may I help you?" },
      })
    ).data;
    const b = (
      await api.post("/greetings", {
        name: "Returning visitor",
        rules: [{ type: "visits_number", value: "2", operator: "greater_or_equal" }],
        properties: { "greeting-message_text": "Hello again!" },
      })
    ).data;
    expect(a.properties["greeting-message_text"]).toBe("Hello, how may I help you?");
    expect((await api.get("/greetings")).data).toEqual([a, b]);
    expect((await api.get("/greetings?group=1")).data).toEqual([a]);
    expect((await api.get(`/greetings/${b.id}`)).data).toEqual({
      id: b.id,
      active: true,
      name: "Returning visitor",
      rules: [
        { id: anyId, value: "2", type: "visits_number", operator: "greater_or_equal", condition: "and" },
      ],
      properties: { active: "1", "greeting-message_text": "Hello again!" },
    });
  });

  test("form-encoded updates: name and message, active, rules (PUT and POST)", async () => {
    const { id, rules } = (await api.post("/greetings", timeAndVisits)).data;
    const named = await api.put(
      `/greetings/${id}`,
      "name=athletic+shoes&properties[greeting-message_text]=Hello",
      FORM,
    );
    expect(named.status).toBe(200);
    expect(named.data).toMatchObject({
      name: "athletic shoes",
      properties: { active: "1", "greeting-message_text": "Hello" },
    });
    expect(named.data.rules).toEqual(rules);

    const inactive = await api.put(`/greetings/${id}`, "active=0", FORM);
    expect(inactive.data).toMatchObject({ active: false, properties: { active: "0" } });

    const res = await api.put(
      `/greetings/${id}`,
      "rules[0][type]=custom_variable&rules[0][variable_name]=athletic_shoes&rules[0][variable_value]=true",
      FORM,
    );
    expect(res.data).toEqual({
      id,
      active: false,
      name: "athletic shoes",
      rules: [
        {
          id: anyId,
          type: "custom_variable",
          operator: "equals",
          condition: "and",
          variable_name: "athletic_shoes",
          variable_value: "true",
        },
      ],
      properties: { active: "0", "greeting-message_text": "Hello" },
    });
    expect(rules.map((r: { id: number }) => r.id)).not.toContain(res.data.rules[0].id);

    const viaPost = await api.post(`/greetings/${id}`, { active: 1, name: "posted" });
    expect(viaPost.data).toMatchObject({ id, active: true, name: "posted", properties: { active: "1" } });
  });

  test("DELETE /greetings/<id>", async () => {
    const { id } = (await api.post("/greetings", timeAndVisits)).data;
    const res = await api.delete(`/greetings/${id}`);
    expect(res.data).toEqual({ ok: true });
    expect((await api.get(`/greetings/${id}`)).status).toBe(404);
  });
});

describe("behaviour", () => {
  test("rules keep their relative order within a type", async () => {
    const res = await api.post("/greetings", {
      name: "n",
      rules: [
        { type: "search_keyword", value: "b" },
        { type: "url_current", value: "2" },
        { type: "url_current", value: "1" },
        { type: "custom_variable", variable_name: "v", variable_value: 3 },
      ],
    });
    expect(res.data.rules.map((r: { type: string; value?: string }) => `${r.type}:${r.value ?? ""}`)).toEqual(
      ["custom_variable:", "url_current:2", "url_current:1", "search_keyword:b"],
    );
  });

  test("a greeting can be created inactive; the announcement subtype is limited to 10", async () => {
    const off = await api.post("/greetings", { ...timeAndVisits, active: 0 });
    expect(off.data).toMatchObject({ active: false, properties: { active: "0" } });
    for (let i = 0; i < 10; i++) {
      expect((await api.post("/greetings", { ...timeAndVisits, subtype: "announcement" })).status).toBe(200);
    }
    const eleventh = await api.post("/greetings", { ...timeAndVisits, subtype: "announcement" });
    expect(eleventh.status).toBe(400);
    expect(eleventh.data.error).toMatch(/subtype.*10/);
  });
});

describe("errors", () => {
  const rule = { type: "visits_number", value: 2 };
  test.each([
    [{ rules: [rule] }, /"name"/],
    [{ name: "n" }, /"rules"/],
    [{ name: "n", rules: [] }, /rules/],
    [{ name: "n", rules: [{ type: "mood", value: 1 }] }, /rules\[0\]\.type/],
    [
      { name: "n", rules: [{ type: "visits_number", value: 2, operator: "about" }] },
      /rules\[0\]\.operator.*equals/,
    ],
    [{ name: "n", rules: [{ type: "url_current" }] }, /"rules\[0\]\.value"/],
    [{ name: "n", rules: [{ type: "visits_number", value: "many" }] }, /rules\[0\]\.value/],
    [{ name: "n", rules: [{ type: "custom_variable", variable_value: "x" }] }, /variable_name/],
    [{ name: "n", rules: [{ type: "custom", variable_name: "x" }] }, /variable_value/],
    [{ name: "n", rules: [{ type: "url_funnel" }] }, /urls/],
    [{ name: "n", rules: [{ type: "url_funnel", urls: [{ operator: "equals" }] }] }, /url/],
    [{ name: "n", rules: [rule], group: 7 }, /group 7/],
    [{ name: "n", rules: [rule], subtype: "popup" }, /subtype.*announcement/],
    // The reference's limits: 10 rules, 10 funnel urls, 255 characters for a variable's name and value.
    [
      { name: "n", rules: Array.from({ length: 11 }, (_, i) => ({ ...rule, value: i })) },
      /rules.*at most 10/,
    ],
    [
      {
        name: "n",
        rules: [{ type: "url_funnel", urls: Array.from({ length: 11 }, (_, i) => ({ url: `p${i}` })) }],
      },
      /rules\[0\]\.urls.*at most 10/,
    ],
    [
      { name: "n", rules: [{ type: "custom", variable_name: "v".repeat(256), variable_value: "x" }] },
      /rules\[0\]\.variable_name.*at most 255/,
    ],
    [
      { name: "n", rules: [{ type: "custom", variable_name: "v", variable_value: "x".repeat(256) }] },
      /rules\[0\]\.variable_value.*at most 255/,
    ],
  ])("POST /greetings %j -> 400", async (body, message) => {
    const res = await api.post("/greetings", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test("unknown greeting -> 404", async () => {
    for (const res of [
      await api.get("/greetings/1"),
      await api.put("/greetings/1", { name: "x" }),
      await api.post("/greetings/1", { name: "x" }),
      await api.delete("/greetings/1"),
    ]) {
      expect(res.status).toBe(404);
      expect(res.data.error).toMatch(/Greeting 1/);
    }
  });
});
