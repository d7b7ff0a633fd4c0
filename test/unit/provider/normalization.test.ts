import { changedFields, check, diff } from "../../../src/provider/lifecycle";
import { outputsOf } from "../../../src/provider/outputs";
import { registry } from "../../../src/resources/registry";

// What the server changes by itself must never show as a diff: each case pairs a program's inputs with the
// answer the reference documents for them, and expects no change.
beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
});

function changes(type: string, inputs: Record<string, unknown>, answer: Record<string, unknown>) {
  const desired = check(registry[type], inputs).inputs as Record<string, unknown>;
  return changedFields(registry[type], outputsOf(registry[type], answer, desired), desired);
}

describe("normalization of what the server changes by itself", () => {
  it("canned response tags are a set (the server sorts them its own way)", () => {
    const answer = {
      id: 3181,
      group: 0,
      text: "Have a great day, goodbye.",
      creation_date: 1358866421,
      created_by: "john.doe@mycompany.com",
      tags: ["cu", "bye"],
    };
    expect(
      changes("CannedResponse", { text: "Have a great day, goodbye.", tags: ["bye", "cu"] }, answer),
    ).toEqual({ changed: [], replace: [] });
    expect(
      changes("CannedResponse", { text: "Have a great day, goodbye.", tags: ["bye"] }, answer).changed,
    ).toEqual(["tags"]);
  });

  it("greeting rules are a set, with values as strings, operators and message defaulted", () => {
    const answer = {
      id: 2451,
      active: true,
      name: "my custom invitation",
      rules: [
        { id: 8241, value: "2", type: "visits_number", operator: "greater_or_equal", condition: "and" },
        { id: 8251, value: "15", type: "visit_time_page", operator: "greater_than", condition: "and" },
      ],
      properties: {
        active: "1",
        "greeting-message_text": "Hello, would you like to talk about our products?",
      },
      group: 0,
    };
    const inputs = {
      name: "my custom invitation",
      rules: [
        { type: "visit_time_page", value: 15, operator: "greater_than" },
        { type: "visits_number", value: 2, operator: "greater_or_equal" },
      ],
    };
    expect(changes("Greeting", inputs, answer)).toEqual({ changed: [], replace: [] });
    expect(changes("Greeting", { ...inputs, message: "Hi" }, answer).changed).toEqual(["message"]);
  });

  it("the custom rule alias, a default operator and a boolean variable value", () => {
    const answer = {
      id: 2471,
      active: true,
      name: "cart",
      rules: [
        {
          id: 8261,
          type: "custom_variable",
          operator: "equals",
          condition: "and",
          variable_name: "empty_cart",
          variable_value: "true",
        },
        { id: 8271, value: "15", type: "visit_time_site", operator: "equals", condition: "and" },
      ],
      properties: {
        active: "1",
        "greeting-message_text": "Hello, would you like to talk about our products?",
      },
      group: 0,
    };
    const inputs = {
      name: "cart",
      rules: [
        { type: "visit_time_site", value: 15 },
        { type: "custom", variableName: "empty_cart", variableValue: true },
      ],
    };
    expect(changes("Greeting", inputs, answer)).toEqual({ changed: [], replace: [] });
  });

  it("url funnels keep their order", () => {
    const answer = {
      id: 2441,
      active: true,
      name: "funnel",
      rules: [
        {
          id: 8231,
          type: "url_funnel",
          condition: "and",
          urls: [
            { url: "mystore.com/shoes", operator: "equals" },
            { url: "cart", operator: "contains" },
          ],
        },
      ],
      properties: {
        active: "1",
        "greeting-message_text": "Hello, would you like to talk about our products?",
      },
      group: 0,
    };
    const rule = (urls: unknown[]) => ({ name: "funnel", rules: [{ type: "url_funnel", urls }] });
    expect(
      changes("Greeting", rule([{ url: "mystore.com/shoes" }, { url: "cart", operator: "contains" }]), answer)
        .changed,
    ).toEqual([]);
    expect(
      changes("Greeting", rule([{ url: "cart", operator: "contains" }, { url: "mystore.com/shoes" }]), answer)
        .changed,
    ).toEqual(["rules"]);
  });

  it("webhook addresses: the server stores http as https", () => {
    const answer = {
      licence: 12345,
      event_type: "chat_started",
      data_types: ["visitor", "chat"],
      url: "https://my-company.com/parse_webhook.php",
      verified: true,
      token: "0adec158e423091d5a36c9fce95775db",
      id: "39612eee5f1b431217aafb9de19c1e32",
    };
    const inputs = {
      url: "http://my-company.com/parse_webhook.php",
      eventType: "chat_started",
      dataTypes: ["chat", "visitor"],
    };
    expect(changes("Webhook", inputs, answer)).toEqual({ changed: [], replace: [] });
    expect(outputsOf(registry.Webhook, answer, inputs)).toMatchObject({
      token: "0adec158e423091d5a36c9fce95775db",
    });
  });

  it("goals: active as 0/1, custom variable values as strings", () => {
    const answer = {
      id: 1181,
      name: "nike shoes variable",
      active: 1,
      type: "custom_variable",
      custom_variable_name: "nike_shoes",
      custom_variable_value: "true",
    };
    const inputs = {
      name: "nike shoes variable",
      type: "custom_variable",
      customVariableName: "nike_shoes",
      customVariableValue: "true",
    };
    expect(changes("Goal", inputs, answer)).toEqual({ changed: [], replace: [] });
    expect(changes("Goal", { ...inputs, active: false }, answer).changed).toEqual(["active"]);
  });

  it("agents: groups as a set of ids, status and last logout ignored, incomingChat never reported", () => {
    const answer = {
      login: "jenny.doe@mycompany.com",
      name: "Jenny Doe",
      login_status: "accepting chats",
      permission: "administrator",
      daily_summary: 1,
      job_title: "Support Agent",
      avatar: "livechat.s3.amazonaws.com/default/avatars/45bcb5f592dbf5aac8f88dcfd6bc937c.png",
      notifications: {
        new_visitor: 1,
        returning_visitor: 1,
        queued_visitor: 1,
        visitor_is_typing: 0,
        new_goal: 1,
      },
      max_chats_count: 6,
      groups: [
        { id: 2, name: "Technical Support" },
        { id: 1, name: "Sales" },
      ],
      status: "offline",
      last_logout: 0,
    };
    const inputs = {
      login: "jenny.doe@mycompany.com",
      name: "Jenny Doe",
      permission: "administrator",
      groups: [1, 2],
      password: "secret-1",
    };
    expect(changes("Agent", inputs, answer)).toEqual({ changed: [], replace: [] });
    expect(changes("Agent", { ...inputs, groups: [1] }, answer)).toEqual({
      changed: ["groups"],
      replace: [],
    });
    expect(changes("Agent", { ...inputs, notifications: { visitorIsTyping: true } }, answer)).toEqual({
      changed: ["notifications"],
      replace: [],
    });
    // newGoal is set only at creation: never a change, never a replacement of a person's seat; a warning.
    expect(changes("Agent", { ...inputs, notifications: { newGoal: false } }, answer)).toEqual({
      changed: [],
      replace: [],
    });
    expect(changes("Agent", { ...inputs, login: "other@mycompany.com" }, answer).replace).toEqual(["login"]);
  });

  it("the password is write-only: compared with the value last applied, never read", () => {
    const applied = { login: "j@x.io", name: "J", password: "first-pass" };
    const outs = outputsOf(registry.Agent, { login: "j@x.io", name: "J" }, applied);
    expect(outs.password).toBe("first-pass");
    expect(changedFields(registry.Agent, outs, { ...applied, password: "second-pass" }).changed).toEqual([
      "password",
    ]);
  });

  it("a work schedule manages only the days the program names", () => {
    const day = (enabled: number, start: string) => ({ enabled, start, end: "17:00" });
    const answer = {
      login: "j@x.io",
      name: "J",
      work_scheduler: { sunday: day(0, "11:00"), monday: day(1, "09:00"), tuesday: day(1, "09:00") },
    };
    const inputs = {
      login: "j@x.io",
      name: "J",
      workScheduler: { monday: { enabled: true, start: "09:00", end: "17:00" } },
    };
    expect(changes("Agent", inputs, answer).changed).not.toContain("workScheduler");
    const later = { ...inputs, workScheduler: { monday: { enabled: true, start: "10:00", end: "17:00" } } };
    expect(changes("Agent", later, answer).changed).toContain("workScheduler");
  });

  it("group members are a set", () => {
    const answer = {
      id: 4,
      name: "Human Resources",
      language: "en",
      agents: ["john.doe@mycompany.com", "jenny.doe@mycompany.com"],
      status: "offline",
    };
    expect(
      changes(
        "Group",
        { name: "Human Resources", agents: ["jenny.doe@mycompany.com", "john.doe@mycompany.com"] },
        answer,
      ).changed,
    ).toEqual([]);
    // Unset, membership is managed from the agents' side and never diffs here.
    expect(changes("Group", { name: "Human Resources" }, answer).changed).toEqual([]);
  });

  it("replacing while keeping the natural key deletes the old object first, so the key stays unique", () => {
    const olds = { url: "https://x.io/h", eventType: "chat_started", dataTypes: ["chat"] };
    expect(diff(registry.Webhook, olds, { ...olds, dataTypes: ["visitor"] })).toEqual({
      changes: true,
      replaces: ["dataTypes"],
      deleteBeforeReplace: true,
    });
    expect(diff(registry.Webhook, olds, { ...olds, url: "https://y.io/h" })).toEqual({
      changes: true,
      replaces: ["url"],
      deleteBeforeReplace: false,
    });
    expect(diff(registry.Webhook, olds, olds)).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });

  it("an unknown value during preview counts as a change, and as a replacement where the field needs one", () => {
    const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    expect(diff(registry.Tag, { name: "vip", group: 1 }, { name: "vip", group: unknown })).toMatchObject({
      changes: true,
      replaces: ["group"],
    });
  });
});
