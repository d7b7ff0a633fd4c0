import type * as z from "zod";
import { toJson } from "../../../src/codegen/json-schema";
import { changedFields } from "../../../src/provider/lifecycle";
import { registry } from "../../../src/resources/registry";
import * as kinds from "../../../src/provider/schema";
import { asEditor } from "../../spec-schema";

// The values on which the property tests found the JSON Schema (what an editor says) and the check (what a
// preview says) apart, each kept as an example: both must now say `valid`. The comment says what each said.
const KINDS: Record<string, z.ZodType> = {
  text: kinds.text,
  pathSegment: kinds.pathSegment(),
  email: kinds.email,
  password: kinds.password(5, 128),
  "digits()": kinds.digits(),
  "digits(1)": kinds.digits(1),
  httpUrl: kinds.httpUrlOf(kinds.MAX.webhookUrl),
  urlPattern: kinds.urlPattern,
};
const schemaOf = (where: string): z.ZodType => {
  if (KINDS[where]) return KINDS[where];
  const at = where.lastIndexOf(".");
  return registry[where.slice(0, at)].fields[where.slice(at + 1)].schema;
};
const verdicts = (where: string, value: unknown) => {
  const schema = schemaOf(where);
  return {
    editor: asEditor(toJson(schema))(value) === true,
    check: kinds.problemOf(schema, value) === undefined,
  };
};

const range = { day: "monday", enabled: true, start: "09:00", end: "17:00" };

const EXAMPLES: [string, string, unknown, boolean][] = [
  // Control characters (C0, DEL, C1), vertical tab, lone surrogates: the pattern let them through.
  ["text", "a C1 control character", "a\u0085b", false],
  ["text", "a C0 control character", "\u0007!", false],
  ["text", "DEL", "a\u007f", false],
  ["text", "a lone surrogate", "\ud800!", false],
  ["CannedResponse.text", "a vertical tab in multi-line text", "a\u000bb", false],
  ["CannedResponse.text", "a line break in multi-line text", "line\nnext", true],
  // A path segment's pattern said nothing of spaces.
  ["pathSegment", "a leading space", " a", false],
  ["pathSegment", "blank", "  ", false],
  // format: email refused what the server takes and took / and # (a login is part of a request path).
  ["email", "two dots (the check's form takes them)", "a@a..a", true],
  ["email", "a non-ASCII address", "jürgen@example.de", true],
  ["email", "a #", "#@a.a", false],
  ["email", "a /", "a/b@example.com", false],
  // The check counted UTF-16 units (354), JSON Schema characters (254).
  ["email", "254 characters, 100 of them emoji", `${"😀".repeat(100)}@${"a".repeat(150)}.io`, true],
  ["password", "a trailing newline", "secret\n", false],
  ["password", "a NUL", "\u0000abcdef", false],
  // ^\d+$ took numbers below the minimum and past the safe integers.
  ["digits(1)", "00, below 1", "00", false],
  ["digits()", "2^53, past the safe integers", "9007199254740992", false],
  ["digits()", "the largest safe integer with leading zeros", "0009007199254740991", true],
  // format: uri refused what the check and servers take; the check took addresses not written whole.
  ["httpUrl", "a non-ASCII path", "https://example.com/ä", true],
  ["httpUrl", "a space in the path", "https://example.com/a b", true],
  ["httpUrl", "three slashes", "https:///example.com", false],
  ["httpUrl", "one slash", "https:/example.com", false],
  // The pattern was text's alone: other schemes and credentials went through.
  ["urlPattern", "another scheme", "aHTTP://x", false],
  ["urlPattern", "credentials", "user@shop.com/x", false],
  ["urlPattern", "an @ in the path", "shop.com/a@b", true],
  ["urlPattern", "javascript:", "javascript:alert(1)", false],
  ["v36/Group.agentPriorities", "a member id with a space", { " a@b.io": "first" }, false],
  [
    "v36/Agent.groups",
    "a group twice",
    [
      { groupId: 1, priority: "first" },
      { groupId: 1, priority: "first" },
    ],
    false,
  ],
  ["v36/Agent.workScheduler", "ranges without a timezone", { schedule: [range] }, false],
  ["v36/Bot.workScheduler", "a bot's schedule without a timezone", { schedule: [] }, false],
  // format: date-time takes +0200, a space for the T and 23:59:60; Date.parse takes hour 24.
  ["v36/Greeting.activeFrom", "an offset without a colon", "2024-01-01T00:00:00+0200", false],
  ["v36/Greeting.activeFrom", "a space for the T", "2024-01-01 00:00:00Z", false],
  ["v36/Greeting.activeFrom", "hour 24", "2024-01-01T24:00:00Z", false],
  // The check took year 0000 for 1900 (Date.UTC), which has no February 29th.
  ["v36/Greeting.activeFrom", "a leap day of year 0", "0000-02-29T00:00:00Z", true],
  ["v36/Greeting.rules", "a rule without its value", [{ type: "visit_time_site" }], false],
  ["v36/Greeting.rules", "901 seconds", [{ type: "visit_time_site", value: 901 }], false],
  [
    "v36/Greeting.rules",
    "an unknown ads provider",
    [{ type: "ads_traffic", sessionField: { bing: "x" } }],
    false,
  ],
  ["Greeting.rules", "seconds as a word", [{ type: "visit_time_site", value: "soon" }], false],
  ["Greeting.rules", "a custom variable without a value", [{ type: "custom", variableName: "x" }], false],
  ["v36/Greeting.properties", "a key with a space", { messageJsonKey: " a" }, false],
  [
    "v36/Greeting.richMessage",
    "an image address that is no URL",
    { templateId: "cards", elements: [{ title: "a", subtitle: "b", image: { url: "a" } }] },
    false,
  ],
  ["v36/AutoAccess.conditions", "no condition", {}, false],
  [
    "v36/AutoAccess.conditions",
    "values and excludeValues",
    { url: { values: [{ value: "a" }], excludeValues: [{ value: "b" }] } },
    false,
  ],
  [
    "v36/AutoAccess.conditions",
    "a country code in lower case",
    { geolocation: { values: [{ countryCode: "us" }] } },
    false,
  ],
  ["v36/AutoAccess.nextId", "a leading space", " a", false],
  ["v36/LicenseProperty.value", "a leading space", " a", false],
  ["v36/GroupProperty.value", "empty text", "", false],
  ["v36/Webhook.secretKey", "blank", "   ", false],
  ["v36/Webhook.filters", "user ids without values", { agentIds: {} }, false],
  ["v36/Webhook.filters", "a source type twice", { sourceType: ["system", "system"] }, false],
];

describe("the JSON Schema and the check agree on what the property tests found", () => {
  it.each(EXAMPLES)("%s: %s", (where, _what, value, valid) => {
    expect(verdicts(where, value)).toEqual({ editor: valid, check: valid });
  });

  // The exceptions of ./exceptions.ts, as the checks keep them.
  it.each([
    ["httpUrl", "a host the URL parser cannot read", "https://a.4"],
    [
      "v36/Agent.groups",
      "a group twice, with two priorities",
      [
        { groupId: 1, priority: "first" },
        { groupId: 1, priority: "last" },
      ],
    ],
    ["v36/Agent.workScheduler", "not an IANA timezone", { timezone: "Mars/Olympus", schedule: [] }],
    [
      "v36/Agent.workScheduler",
      "a range ending before it starts",
      { timezone: "UTC", schedule: [{ ...range, end: "08:00" }] },
    ],
    [
      "v36/AutoAccess.conditions",
      "a match repeated but for exactMatch's default",
      { url: { values: [{ value: "a" }, { value: "a", exactMatch: false }] } },
    ],
  ])("%s: only the check refuses %s", (where, _what, value) => {
    expect(verdicts(where, value)).toEqual({ editor: true, check: false });
  });
});

// What the property tests of canonical forms and diffs found.
describe("a field's canonical form", () => {
  const avatar = registry["v36/Bot"].fields.avatar;

  it("of a bot's avatar is idempotent: the bare form of a bare form is the same", () => {
    const canonical = avatar.canonical!;
    expect(canonical("https://https://localhost")).toBe("localhost");
    expect(canonical(canonical("https://https://localhost"))).toBe("localhost");
  });

  it("of a bot's avatar sees no change where the server answers it without its scheme", () => {
    // list_bots answers the avatar without its scheme: https://https://localhost as https://localhost.
    const { changed } = changedFields(
      registry["v36/Bot"],
      { avatar: "https://localhost" },
      { avatar: "https://https://localhost" },
    );
    expect(changed).toEqual([]);
  });
});
