// Hostile input, one row per case: a value put into one field of an otherwise valid resource, and what must
// happen to it. "refused": check fails at preview naming the field, with no API call. "accepted": it deploys,
// the account holds what the row's `stored` says, the resource's output is the row's `output` (or the value
// itself), and the next preview shows no change. Shared by the unit and e2e suites.

export type Outcome = "refused" | "accepted";

export interface HostileCase {
  type: string;
  /** The field the hostile value goes into. */
  field: string;
  value: unknown;
  expect: Outcome;
  /** Other fields the case needs (a goal's type for a url). */
  with?: Record<string, unknown>;
  /** Text that must never appear in a message (a password, the credential in a URL). */
  secret?: string;
  /**
   * Accepted cases: what the account holds once deployed, as the API's object (v2 wire names) found by the
   * resource's id. A subset: every key given must match (arrays item by item), others are not compared.
   */
  stored?: Record<string, unknown>;
  /** Accepted cases: the resource's output for the field, when it is not the value itself. */
  output?: unknown;
}

const HUGE = "x".repeat(100_000);
/** The longest single-line text the provider takes, in characters (emoji count as one). */
const longest = (n: number, unit = "a") => unit.repeat(n);

/** A valid resource of each type whose natural key is unique to `i`. */
export function baseInputs(type: string, i: number): Record<string, unknown> {
  switch (type) {
    case "Agent":
      return { login: `hostile${i}@example.com`, name: `Agent ${i}` };
    case "Group":
      return { name: `Group ${i}` };
    case "Goal":
      return { name: `Goal ${i}`, type: "api" };
    case "Greeting":
      return { name: `Greeting ${i}`, rules: [{ type: "visits_number", value: 2 }] };
    case "Tag":
      return { name: `tag ${i}` };
    case "CannedResponse":
      return { text: `Canned ${i}`, tags: [`shortcut${i}`] };
    case "Webhook":
      return { url: `https://hooks.example.com/${i}`, eventType: "chat_started", dataTypes: ["chat"] };
  }
  throw new Error(`no base inputs for ${type}`);
}

/** The inputs of case `i`: the base with the hostile value in its field. */
export const inputsOf = (c: HostileCase, i: number): Record<string, unknown> => ({
  ...baseInputs(c.type, i),
  ...c.with,
  [c.field]: c.value,
});

const refused = (
  type: string,
  field: string,
  value: unknown,
  more: Partial<HostileCase> = {},
): HostileCase => ({
  type,
  field,
  value,
  expect: "refused",
  ...more,
});
/** An accepted case: `stored` is what the account must hold afterwards (see HostileCase). */
const accepted = (
  type: string,
  field: string,
  value: unknown,
  stored: Record<string, unknown>,
  more: Partial<HostileCase> = {},
): HostileCase => ({ type, field, value, expect: "accepted", stored, ...more });
const url = { type: "url" };
const customVariable = { type: "custom_variable", customVariableName: "plan", customVariableValue: "pro" };
const rule = (r: Record<string, unknown>) => [r];

export const CASES: HostileCase[] = [
  // Agent
  refused("Agent", "login", " jenny@example.com"),
  refused("Agent", "login", "jenny/../admin@example.com"),
  refused("Agent", "login", "a?b@example.com"),
  refused("Agent", "login", "a#b@example.com"),
  refused("Agent", "login", "a%2fb@example.com"),
  refused("Agent", "login", 42),
  refused("Agent", "login", null),
  refused("Agent", "name", ""),
  refused("Agent", "name", "   "),
  refused("Agent", "name", " Jenny"),
  refused("Agent", "name", "Jenny\n"),
  refused("Agent", "name", "Jen\u0000ny"),
  refused("Agent", "name", HUGE),
  refused("Agent", "name", { first: "Jenny" }),
  refused("Agent", "name", ["Jenny"]),
  refused("Agent", "jobTitle", longest(256)),
  refused("Agent", "password", "abc", { secret: "abc" }),
  refused("Agent", "password", "hunter2-secret\n", { secret: "hunter2-secret" }),
  refused("Agent", "password", "p".repeat(100_000), { secret: "p".repeat(1000) }),
  refused("Agent", "password", 12345678),
  refused("Agent", "maxChatsCount", -1),
  refused("Agent", "maxChatsCount", 2.5),
  refused("Agent", "maxChatsCount", "6"),
  refused("Agent", "maxChatsCount", "NaN"),
  refused("Agent", "maxChatsCount", 2 ** 53 + 2),
  refused("Agent", "groups", { 0: 1 }),
  refused("Agent", "groups", ["1"]),
  refused("Agent", "dailySummary", "true"),
  refused("Agent", "notifications", [true]),
  refused("Agent", "workScheduler", []),
  accepted("Agent", "name", "Zoë Ünal 😀", { name: "Zoë Ünal 😀" }),
  accepted("Agent", "name", "مرحبا שלום", { name: "مرحبا שלום" }),
  accepted("Agent", "jobTitle", longest(255, "é"), { job_title: longest(255, "é") }),
  // null leaves the field to the server, which gives a new agent its default title.
  accepted("Agent", "jobTitle", null, { job_title: "Support Agent" }, { output: "Support Agent" }),
  // The API never answers a password: only the output (a secret) holds it.
  accepted("Agent", "password", "correct horse battery staple", {}),
  accepted("Agent", "maxChatsCount", 0, { max_chats_count: 0 }),

  // Group
  refused("Group", "name", longest(181)),
  refused("Group", "name", "Sales\t"),
  refused("Group", "name", "\u2028"),
  refused("Group", "language", "EN"),
  refused("Group", "language", "en\n"),
  refused("Group", "agents", "jenny@example.com"),
  accepted("Group", "name", longest(180, "😀"), { name: longest(180, "😀") }),
  accepted("Group", "name", "Ventes & Marketing — Été", { name: "Ventes & Marketing — Été" }),
  accepted("Group", "language", "pt_BR", { language: "pt_BR" }),

  // Goal
  refused("Goal", "name", HUGE),
  refused("Goal", "name", "\t"),
  refused("Goal", "url", "https://shopper:s3cr3t-pw@shop.example.com/thanks", {
    with: url,
    secret: "s3cr3t-pw",
  }),
  refused("Goal", "url", "javascript:alert(1)", { with: url }),
  refused("Goal", "url", "ftp://files.example.com/thanks", { with: url }),
  refused("Goal", "url", " https://shop.example.com/thanks", { with: url }),
  refused("Goal", "customVariableName", "plan\u0007", { with: customVariable }),
  refused("Goal", "customVariableValue", 7, { with: customVariable }),
  refused("Goal", "type", 5),
  refused("Goal", "active", "yes"),
  accepted("Goal", "name", "Объявление 🎯", { name: "Объявление 🎯" }),
  accepted(
    "Goal",
    "url",
    "shop.example.com/danke-schön?x=1",
    { type: "url", url: "shop.example.com/danke-schön?x=1" },
    { with: url },
  ),
  accepted(
    "Goal",
    "customVariableValue",
    longest(255),
    { type: "custom_variable", custom_variable_name: "plan", custom_variable_value: longest(255) },
    { with: customVariable },
  ),

  // Greeting
  refused("Greeting", "rules", rule({ type: "visit_time_site", value: "abc" })),
  refused("Greeting", "rules", rule({ type: "visit_time_page", value: -5 })),
  refused("Greeting", "rules", rule({ type: "pages_view_number", value: 1.5 })),
  refused("Greeting", "rules", rule({ type: "visits_number", value: "9007199254740993" })),
  refused("Greeting", "rules", rule({ type: "visits_number", value: " 3" })),
  refused("Greeting", "rules", rule({ type: "url_current", value: "https://u:pw-123@x.example.com" }), {
    secret: "pw-123",
  }),
  refused("Greeting", "rules", { type: "visits_number", value: 2 }),
  refused(
    "Greeting",
    "rules",
    Array.from({ length: 11 }, (_, i) => ({ type: "visits_number", value: i })),
  ),
  refused(
    "Greeting",
    "rules",
    rule({ type: "custom_variable", variable_name: "plan", variableValue: "pro" }),
  ),
  refused(
    "Greeting",
    "rules",
    rule({ type: "url_funnel", urls: Array.from({ length: 11 }, (_, i) => ({ url: `page${i}` })) }),
  ),
  refused("Greeting", "rules", rule({ type: "custom", variableName: "plan", variableValue: longest(256) })),
  refused("Greeting", "message", ""),
  refused("Greeting", "message", "Hello\u0000"),
  refused("Greeting", "message", HUGE),
  refused("Greeting", "group", -1),
  refused("Greeting", "group", "0"),
  accepted("Greeting", "name", "ترحيب 👋", { name: "ترحيب 👋" }),
  // The API keeps a rule's value as a string, and adds the condition.
  accepted("Greeting", "rules", rule({ type: "visit_time_site", value: "30", operator: "greater_than" }), {
    rules: [{ type: "visit_time_site", value: "30", operator: "greater_than", condition: "and" }],
  }),
  accepted("Greeting", "message", "Hi!\nHow can we help? 👋\n\tThe team", {
    properties: { "greeting-message_text": "Hi!\nHow can we help? 👋\n\tThe team" },
  }),
  // A funnel's urls without an operator get the API's default, "equals", and so does the output.
  accepted(
    "Greeting",
    "rules",
    rule({ type: "url_funnel", urls: [{ url: "shop.example.com/café" }, { url: "cart" }] }),
    {
      rules: [
        {
          type: "url_funnel",
          urls: [
            { url: "shop.example.com/café", operator: "equals" },
            { url: "cart", operator: "equals" },
          ],
        },
      ],
    },
    {
      output: rule({
        type: "url_funnel",
        urls: [
          { url: "shop.example.com/café", operator: "equals" },
          { url: "cart", operator: "equals" },
        ],
      }),
    },
  ),

  // Tag
  refused("Tag", "name", " vip"),
  refused("Tag", "name", "vip "),
  refused("Tag", "name", "."),
  refused("Tag", "name", ".."),
  refused("Tag", "name", "a/b"),
  refused("Tag", "name", "50%"),
  refused("Tag", "name", "why?"),
  refused("Tag", "name", "#vip"),
  refused("Tag", "name", "vip\n"),
  refused("Tag", "name", HUGE),
  refused("Tag", "name", 7),
  refused("Tag", "author", "owner/..@example.com"),
  refused("Tag", "group", 1.5),
  accepted("Tag", "name", "café ☕", { name: "café ☕", group: 0 }),
  accepted("Tag", "name", "VIP customers", { name: "VIP customers", group: 0 }),
  accepted("Tag", "name", "日本語タグ", { name: "日本語タグ", group: 0 }),

  // CannedResponse
  refused("CannedResponse", "tags", ["bye "]),
  refused("CannedResponse", "tags", ["bye\n"]),
  refused("CannedResponse", "tags", "bye"),
  refused("CannedResponse", "tags", [""]),
  refused("CannedResponse", "tags", [null]),
  refused("CannedResponse", "text", "Thanks for waiting!\n"),
  refused("CannedResponse", "text", HUGE),
  refused("CannedResponse", "text", "\u001b[31mred alert"),
  refused("CannedResponse", "group", "abc"),
  accepted("CannedResponse", "text", "Line 1\n\tLine 2 — ✓", { text: "Line 1\n\tLine 2 — ✓" }),
  // The API keeps tags in an order of its own (the emulator's: descending); the output keeps the order given,
  // since the set is the same (a refresh would otherwise change the output every time).
  accepted("CannedResponse", "tags", ["naïve", "😀smile"], { tags: ["😀smile", "naïve"] }),
  accepted("CannedResponse", "text", longest(5000), { text: longest(5000) }),

  // Webhook
  refused("Webhook", "url", "https://hook:tok-en-42@hooks.example.com/x", { secret: "tok-en-42" }),
  refused("Webhook", "url", "https://hook@hooks.example.com/x"),
  refused("Webhook", "url", "file:///etc/passwd"),
  refused("Webhook", "url", "javascript:alert(1)"),
  refused("Webhook", "url", `https://hooks.example.com/${"p".repeat(500)}`),
  refused("Webhook", "url", "https://hooks.example.com/x\n"),
  refused("Webhook", "url", "hooks.example.com/x"),
  refused("Webhook", "dataTypes", { chat: true }),
  refused("Webhook", "eventType", null),
  accepted("Webhook", "url", "https://hooks.example.com/ünïcode/😀", {
    url: "https://hooks.example.com/ünïcode/😀",
  }),
  accepted("Webhook", "url", "https://hooks.example.com/x?a=1&b=2#frag", {
    url: "https://hooks.example.com/x?a=1&b=2#frag",
  }),
  // The API stores http:// as https://; the program's http:// is no change against it.
  accepted(
    "Webhook",
    "url",
    "http://hooks.example.com/plain-http",
    { url: "https://hooks.example.com/plain-http" },
    { output: "https://hooks.example.com/plain-http" },
  ),
];

/** Hostile values in an account spec: the loader must name the path, not crash. */
export interface SpecCase {
  yaml: string;
  /** The path the problem is reported at. */
  path: string;
  /** Text that must never appear in the message. */
  secret?: string;
}

export const SPEC_CASES: SpecCase[] = [
  { yaml: 'tags:\n  - name: " vip"', path: "tags[0].name" },
  { yaml: 'tags:\n  - name: ".."', path: "tags[0].name" },
  { yaml: "tags:\n  - name: a/b", path: "tags[0].name" },
  { yaml: "tags:\n  - name: 7", path: "tags[0].name" },
  { yaml: `tags:\n  - name: ${HUGE}`, path: "tags[0].name", secret: HUGE.slice(0, 1000) },
  { yaml: 'agents:\n  - login: " a@example.com"\n    name: A', path: "agents[0].login" },
  {
    yaml: "agents:\n  - login: a@example.com\n    name: A\n    maxChatsCount: .nan",
    path: "agents[0].maxChatsCount",
  },
  {
    yaml: "agents:\n  - login: a@example.com\n    name: A\n    maxChatsCount: -.inf",
    path: "agents[0].maxChatsCount",
  },
  {
    yaml: 'agents:\n  - login: a@example.com\n    name: A\n    dailySummary: "true"',
    path: "agents[0].dailySummary",
  },
  { yaml: "agents:\n  - login: a@example.com\n    name: [A]", path: "agents[0].name" },
  {
    yaml: "greetings:\n  - name: g\n    rules:\n      - type: visit_time_site\n        value: soon",
    path: "greetings[0].rules",
  },
  {
    yaml: "cannedResponses:\n  - text: |\n      Thanks!\n    tags: [thanks]",
    path: "cannedResponses[0].text",
  },
  { yaml: "cannedResponses:\n  - text: Thanks\n    tags: ['bye ']", path: "cannedResponses[0].tags" },
  {
    yaml: "webhooks:\n  - url: https://u:hush-77@hooks.example.com\n    eventType: chat_started\n    dataTypes: [chat]",
    path: "webhooks[0].url",
    secret: "hush-77",
  },
  { yaml: "goals:\n  - name: g\n    type: url\n    url: javascript:alert(1)", path: "goals[0].url" },
  { yaml: "groups:\n  - name: !!binary aGVsbG8=", path: "groups[0].name" },
];
