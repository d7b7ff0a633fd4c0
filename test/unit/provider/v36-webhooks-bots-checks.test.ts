import { sameValue } from "../../../src/provider/fields";
import { check, diff } from "../../../src/provider/lifecycle";
import { registry } from "../../../src/resources/registry";
import { bot, hook, OWNER, SECRET } from "./v36-webhooks-bots-inputs";

// v36.Webhook, v36.WebhookState and v36.Bot without an API: preview-time checks (each names its field and the
// fix, and never repeats a secret), and what the server changes by itself, which is no change.

beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
  process.env.LIVECHAT_ACCOUNT_ID = "9a1a6e8c-2d47-4b4c-9c4e-3f6f3c7f1d2a";
});

const Webhook = registry["v36/Webhook"];
const WebhookState = registry["v36/WebhookState"];
const Bot = registry["v36/Bot"];
const failuresOf = (type: string, inputs: Record<string, unknown>) =>
  (check(registry[type], inputs).failures ?? []).map((f) => `${f.property}|${f.reason}`);

describe("checks at preview", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["v36/Webhook", hook({ secretKey: undefined }), "|Webhook: secretKey is required"],
    [
      "v36/Webhook",
      hook({ ownerClientId: "not a client" }),
      "ownerClientId|Webhook: ownerClientId must be a Client ID",
    ],
    ["v36/Webhook", hook({ action: "chat_started" }), "action|Webhook: action must be one of incoming_chat,"],
    ["v36/Webhook", hook({ url: "ftp://x.example.com" }), "url|Webhook: url must be an http or https URL"],
    [
      "v36/Webhook",
      hook({ action: "agent_created", filters: { authorType: "agent" } }),
      "filters|Webhook: filters has authorType, which agent_created does not take; agent_created takes sourceType",
    ],
    [
      "v36/Webhook",
      hook({ filters: { chatPresence: { userIds: { values: ["a@x.io"], excludeValues: ["b@x.io"] } } } }),
      "filters|Webhook: filters .chatPresence.userIds must have exactly one of values, excludeValues",
    ],
    [
      "v36/Webhook",
      hook({ filters: { only_my_chats: true } }),
      "filters|Webhook: filters has unknown key only_my_chats",
    ],
    [
      "v36/Webhook",
      hook({ filters: { sourceType: ["mine"] } }),
      "filters|Webhook: filters .sourceType [0] must be one of",
    ],
    [
      "v36/Webhook",
      hook({ action: "agent_deleted", additionalData: ["chat_properties"] }),
      "additionalData|Webhook: additionalData must be left out for agent_deleted",
    ],
    [
      "v36/WebhookState",
      { ownerClientId: OWNER, enabled: "no" },
      "enabled|WebhookState: enabled must be true or false",
    ],
    [
      "v36/Bot",
      bot({ maxChatsCount: 501 }),
      "maxChatsCount|Bot: maxChatsCount must be a whole number from 0 to 500",
    ],
    [
      "v36/Bot",
      bot({ defaultGroupPriority: "bot" }),
      "defaultGroupPriority|Bot: defaultGroupPriority must be one of first,",
    ],
    ["v36/Bot", bot({ groups: [{ groupId: 1 }] }), "groups|Bot: groups [0].priority must be one of first,"],
    [
      "v36/Bot",
      bot({ workScheduler: { schedule: [] } }),
      "workScheduler|Bot: workScheduler .timezone is required for a bot's schedule",
    ],
    ["v36/Bot", bot({ ownerClientId: undefined }), "|Bot: ownerClientId is required"],
  ];
  it.each(cases.map(([type, inputs, expected]) => [type, expected, inputs] as const))(
    "%s: %s",
    (type, expected, inputs) => {
      expect(failuresOf(type, inputs).join("\n")).toContain(expected);
    },
  );

  it("never prints the secret key: a failure on it names no property and repeats no value", () => {
    const failures = check(Webhook, hook({ secretKey: `${SECRET}\n` })).failures!;
    expect(failures).toEqual([
      { property: "", reason: expect.stringMatching(/^Webhook: secretKey must not contain line breaks/) },
    ]);
    expect(JSON.stringify(failures)).not.toContain(SECRET);
  });

  it("takes good inputs, with the defaults filled in", () => {
    expect(check(Webhook, hook()).inputs).toMatchObject({ type: "license", filters: {}, additionalData: [] });
    expect(check(Bot, bot()).inputs).toMatchObject({ maxChatsCount: 6 });
    // The API never returns a bot's type: with a default, adopting a bot would overwrite its type unseen.
    expect(check(Bot, bot()).inputs.type).toBeUndefined();
    expect(check(WebhookState, { ownerClientId: OWNER }).inputs).toEqual({
      ownerClientId: OWNER,
      enabled: true,
    });
  });
});

describe("what the server changes by itself is no change", () => {
  it("filters compare as sets, without empty parts", () => {
    const f = Webhook.fields.filters;
    expect(
      sameValue(f, { sourceType: ["system", "my_client"] }, { sourceType: ["my_client", "system"] }),
    ).toBe(true);
    expect(sameValue(f, { chatPresence: {} }, undefined)).toBe(true);
    expect(sameValue(f, { onlyMyChats: false }, undefined)).toBe(false);
    expect(f.toWire!({ chatPresence: { userIds: { excludeValues: ["a"] }, myBots: true } })).toEqual({
      chat_presence: { user_ids: { exclude_values: ["a"] }, my_bots: true },
    });
  });

  it("a bot's avatar without its scheme is the same address", () => {
    expect(sameValue(Bot.fields.avatar, "https://example.com/a.png", "example.com/a.png")).toBe(true);
  });

  it("every webhook change replaces it; a bot changes in place but for its owner", () => {
    const olds = { ...check(Webhook, hook()).inputs };
    expect(diff(Webhook, olds, { ...olds, description: "new" })).toMatchObject({
      replaces: ["description"],
      deleteBeforeReplace: true,
    });
    // A new url is a new natural key: the new webhook is made before the old one goes.
    expect(diff(Webhook, olds, { ...olds, url: "https://hooks.example.com/other" })).toMatchObject({
      replaces: ["url"],
      deleteBeforeReplace: false,
    });
    // Unset filters mean none: taking them out of the program is a change too.
    const filtered = { ...olds, filters: { sourceType: ["system"] } };
    expect(diff(Webhook, filtered, olds).replaces).toEqual(["filters"]);
    const b = check(Bot, bot()).inputs;
    expect(diff(Bot, b, { ...b, name: "Renamed", type: "faq" })).toMatchObject({
      changes: true,
      replaces: [],
    });
    expect(diff(Bot, b, { ...b, ownerClientId: "other" }).replaces).toEqual(["ownerClientId"]);
  });
});
