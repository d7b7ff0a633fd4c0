import { check } from "../../../src/provider/lifecycle";
import { registry } from "../../../src/resources/registry";

// check() is the preview-time gate: every bad input names its field and the fix, with no API call.
beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
});

const failuresOf = (type: string, inputs: Record<string, unknown>) =>
  (check(registry[type], inputs).failures ?? []).map((f) => `${f.property}|${f.reason}`);

describe("validation at preview", () => {
  it.each([
    ["Agent", { name: "No Login" }, "|Agent: login is required"],
    ["Agent", { login: "jenny", name: "J" }, "login|Agent: login must be an e-mail address"],
    [
      "Agent",
      { login: "j@x.io", name: "J", permission: "boss" },
      "permission|Agent: permission must be one of administrator, normal, owner",
    ],
    [
      "Agent",
      { login: "j@x.io", name: "J", permission: "owner" },
      "permission|Agent: permission owner cannot be given by the API",
    ],
    [
      "Agent",
      { login: "j@x.io", name: "J", password: "abc" },
      // Secret: reported without the property, whose value the engine would print beside the reason.
      "|Agent: password must be at least 5 characters long",
    ],
    [
      "Agent",
      { login: "j@x.io", name: "J", notifications: { newChat: true } },
      "notifications|Agent: notifications has unknown key newChat",
    ],
    [
      "Agent",
      { login: "j@x.io", name: "J", loginStatus: "offline" },
      "loginStatus|Agent: loginStatus must be one of accepting chats, not accepting chats",
    ],
    [
      "Agent",
      { login: "j@x.io", name: "J", workScheduler: { monday: { enabled: true, start: "9", end: "17:00" } } },
      "workScheduler|Agent: workScheduler .monday.start must be a time as HH:MM",
    ],
    ["Group", { name: "" }, "name|Group: name must be a non-empty string"],
    ["Group", { name: "Sales", language: "english" }, "language|Group: language must be a language code"],
    ["Group", { name: "Sales", agents: ["nobody"] }, "agents|Group: agents [0] must be an e-mail address"],
    [
      "Goal",
      { name: "g", type: "visit" },
      "type|Goal: type must be one of url, custom_variable, api, sales_tracker",
    ],
    ["Goal", { name: "g", type: "url" }, "url|Goal: url is required for goals of type url"],
    [
      "Goal",
      { name: "g", type: "custom_variable", customVariableName: "x" },
      "customVariableValue|Goal: customVariableValue is required for goals of type custom_variable",
    ],
    [
      "Goal",
      { name: "g", type: "api", url: "https://x.io" },
      "url|Goal: url does not apply to goals of type api; remove it",
    ],
    ["Greeting", { name: "g", rules: [] }, "rules|Greeting: rules must be a list of at least one rule"],
    [
      "Greeting",
      { name: "g", rules: [{ type: "moon_phase", value: 1 }] },
      "rules|Greeting: rules [0] type must be one of",
    ],
    [
      "Greeting",
      { name: "g", rules: [{ type: "url_current", value: "x", operator: "like" }] },
      "rules|Greeting: rules [0] operator must be one of",
    ],
    [
      "Greeting",
      { name: "g", rules: [{ type: "custom_variable", variableName: "x" }] },
      "rules|Greeting: rules [0] of type custom_variable needs variableName and variableValue",
    ],
    [
      "Greeting",
      { name: "g", rules: [{ type: "url_funnel" }] },
      "rules|Greeting: rules [0] of type url_funnel needs urls",
    ],
    [
      "Greeting",
      { name: "g", rules: [{ type: "visits_number" }] },
      "rules|Greeting: rules [0] of type visits_number needs a value",
    ],
    [
      "Greeting",
      { name: "g", rules: [{ type: "visits_number", value: 2 }], subtype: "popup" },
      "subtype|Greeting: subtype must be one of announcement",
    ],
    ["Tag", { name: "vip", group: -1 }, "group|Tag: group must be a whole number from 0 up"],
    ["Tag", { name: "vip", author: "me" }, "author|Tag: author must be an e-mail address"],
    ["CannedResponse", { text: "Hi", tags: [] }, "tags|CannedResponse: tags must have at least one item"],
    ["CannedResponse", { text: "Hi", tags: ["a", "a"] }, "tags|CannedResponse: tags must not repeat an item"],
    [
      "Webhook",
      { url: "ftp://x.io", eventType: "chat_started", dataTypes: ["chat"] },
      "url|Webhook: url must be an http or https URL",
    ],
    [
      "Webhook",
      { url: "https://x.io", eventType: "chat_paused", dataTypes: ["chat"] },
      "eventType|Webhook: eventType must be one of chat_started",
    ],
    [
      "Webhook",
      { url: "https://x.io", eventType: "ticket_created", dataTypes: ["chat"] },
      "dataTypes|Webhook: dataTypes has chat, which cannot be sent with ticket_created; chat goes with chat_started, chat_ended, chat_changed",
    ],
    [
      "Webhook",
      { url: "https://x.io", eventType: "chat_started", dataTypes: ["chat"], secret: 1 },
      "|Webhook: unknown field secret; the fields are url, eventType, dataTypes",
    ],
  ])("%s %j fails with %s", (type, inputs, expected) => {
    const failures = failuresOf(type, inputs);
    expect(failures.some((f) => f.startsWith(expected))).toBe(true);
  });

  it.each([
    ["Agent", { login: "jenny@example.com", name: "Jenny" }],
    ["Group", { name: "Sales" }],
    ["Goal", { name: "g", type: "url", url: "https://shop.example.com/thanks" }],
    ["Greeting", { name: "g", rules: [{ type: "custom", variableName: "cart", variableValue: true }] }],
    ["Tag", { name: "vip" }],
    ["CannedResponse", { text: "Hi", tags: ["hi"] }],
    ["Webhook", { url: "https://x.io", eventType: "chat_started", dataTypes: ["chat", "visitor"] }],
  ])("%s accepts %j and fills the server's defaults", (type, inputs) => {
    const result = check(registry[type], inputs);
    expect(result.failures).toEqual([]);
    expect(result.inputs).toMatchObject(inputs);
  });

  it("fills documented defaults so an unset field still pins the account's value", () => {
    expect(check(registry.Agent, { login: "j@x.io", name: "J" }).inputs).toEqual({
      login: "j@x.io",
      name: "J",
      permission: "normal",
      jobTitle: "Support Agent",
      loginStatus: "accepting chats",
      dailySummary: true,
      maxChatsCount: 6,
      notifications: {
        newVisitor: true,
        returningVisitor: true,
        queuedVisitor: true,
        visitorIsTyping: false,
        newGoal: true,
        incomingChat: true,
      },
    });
    expect(check(registry.Goal, { name: "g", type: "url", url: "https://x.io" }).inputs).toMatchObject({
      active: true,
      matchType: "substring",
    });
    expect(
      check(registry.Greeting, { name: "g", rules: [{ type: "visits_number", value: 2 }] }).inputs,
    ).toMatchObject({
      active: true,
      group: 0,
      message: "Hello, would you like to talk about our products?",
    });
  });

  it("does not validate values that are unknown during preview", () => {
    const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    expect(check(registry.Tag, { name: "vip", group: unknown }).failures).toEqual([]);
  });

  it("fails at preview, naming the config keys and variables, when credentials are missing", () => {
    const saved = { ...process.env };
    delete process.env.LIVECHAT_LOGIN;
    delete process.env.LIVECHAT_PAT;
    try {
      const reasons = failuresOf("Tag", { name: "vip" }).join("\n");
      for (const key of [
        "livechat:login",
        "livechat:pat",
        "livechat:token",
        "LIVECHAT_LOGIN",
        "LIVECHAT_PAT",
        "LIVECHAT_TOKEN",
      ]) {
        expect(reasons).toContain(key);
      }
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
