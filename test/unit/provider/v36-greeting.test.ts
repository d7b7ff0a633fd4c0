import { ListCache } from "../../../src/provider/list-cache";
import { changedFields, check, diff, outputsOf } from "../../../src/provider/lifecycle";
import type { Context } from "../../../src/provider/declaration";
import { registry } from "../../../src/resources/registry";

// v36.Greeting: what preview refuses, how the server's answers (the reference's examples) compare with the
// program, which changes replace the greeting, and the calls: paged lists, read-back after writes.
beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
  process.env.LIVECHAT_ACCOUNT_ID = "6b0e3d2a-0000-4000-8000-000000000000";
});

const greeting = registry["v36/Greeting"];
const desired = (inputs: Record<string, unknown>) => check(greeting, inputs).inputs;
const rule = { type: "visit_time_site", operator: "greater_than", value: 10 };
const failuresOf = (inputs: Record<string, unknown>) =>
  (check(greeting, { name: "Welcome", rules: [rule], ...inputs }).failures ?? []).map(
    (f) => `${f.property}|${f.reason.replace(/^Greeting: /, "")}`,
  );
const bad = (r: Record<string, unknown>) => failuresOf({ rules: [r] });

describe("v36.Greeting validation at preview", () => {
  it.each([
    [{ rules: [] }, "rules|rules must be a list of at least one rule"],
    [{ type: "popup" }, "type|type must be one of normal, announcement"],
    [{ activeFrom: "2024-01-01" }, "activeFrom|activeFrom must be an RFC 3339 date and time"],
    [{ activeFrom: "2024-02-30T00:00:00Z" }, "activeFrom|activeFrom must be an RFC 3339 date and time"],
    [
      { activeFrom: "2024-06-01T00:00:00Z", activeUntil: "2024-05-31T23:59:59+02:00" },
      "activeUntil|activeUntil must be later than activeFrom",
    ],
    [{ properties: { text: "Hi" } }, "properties|properties has unknown key text; the keys are messageText"],
    [{ properties: { isExitIntent: "yes" } }, "properties|properties .isExitIntent must be true or false"],
    [{ richMessage: { elements: [] } }, "richMessage|richMessage needs templateId"],
    [{ richMessage: { templateId: "carousel" } }, "richMessage|richMessage .templateId must be one of cards"],
    [
      { richMessage: { templateId: "cards", elements: [{ title: "Hi", subtitle: "there", buttons: [{}] }] } },
      "richMessage|richMessage .elements[0].buttons[0] needs text",
    ],
    [
      {
        richMessage: {
          templateId: "cards",
          elements: [{ title: "Hi", subtitle: "x", image: { url: "javascript:alert(1)" } }],
        },
      },
      "richMessage|richMessage .elements[0].image.url must be an http or https URL",
    ],
  ])("%j fails with %s", (inputs, failure) => {
    const [found] = failuresOf(inputs);
    expect(found.startsWith(failure)).toBe(true);
  });

  it.each([
    [
      { type: "visit_time_site", value: 901 },
      "value must be a whole number from 0 to 900, like 30 (visit_time_site",
    ],
    [
      { type: "visits_number", value: "many" },
      "value must be a whole number from 0 up, like 30 (visits_number",
    ],
    [{ type: "url_current" }, "of type url_current needs a value"],
    [{ type: "url_current", value: "javascript:alert(1)" }, "value must be an http or https address"],
    [
      { type: "url_funnel", operator: "equals", urls: [{ url: "a" }] },
      "of type url_funnel takes no operator",
    ],
    [{ type: "url_funnel", urls: [] }, "needs urls: a list of 1 to 10"],
    [{ type: "url_funnel", value: "x", urls: [{ url: "a" }] }, "of type url_funnel takes no value"],
    [{ type: "url_match_page_view_number", value: 3 }, "needs urls"],
    [{ type: "custom_variable" }, "of type custom_variable needs sessionField"],
    [
      { type: "custom_variable", sessionField: { a: "1", b: "2" } },
      "of type custom_variable needs sessionField: an object with exactly one",
    ],
    [
      { type: "ads_traffic", sessionField: { bing: "x" } },
      "sessionField of an ads_traffic rule must be named",
    ],
    [
      { type: "geolocation", value: "PL", sessionField: { a: "b" } },
      "of type geolocation takes no sessionField",
    ],
    [{ type: "geolocation", value: "PL", condition: "xor" }, "condition must be one of and, or"],
    [{ type: "search_keyword", value: "shoes", variableName: "x" }, "has unknown key variableName"],
  ])("rule %j fails with %s", (r, failure) => {
    expect(bad(r)).toEqual([expect.stringContaining(`rules|rules [0] ${failure}`)]);
  });

  it("takes every documented rule type", () => {
    const rules = [
      { type: "url_funnel", urls: [{ url: "shop.com/a" }, { url: "cart", operator: "contains" }] },
      { type: "url_match_page_view_number", value: "3", operator: "greater_than", urls: [{ url: "/p" }] },
      { condition: "or", type: "custom_variable", sessionField: { cart: "full" } },
      { type: "ads_traffic", sessionField: { google: "spring" } },
      { type: "geolocation", value: "Poland", operator: "contains" },
    ];
    expect(
      failuresOf({ rules, activeFrom: "2024-01-01T00:00:00Z", activeUntil: "2024-12-31T23:59:59Z" }),
    ).toEqual([]);
  });
});

/** The reference's getGreeting.json. */
const answer = {
  id: 123,
  type: "normal",
  active: true,
  name: "Welcome greeting",
  group: 0,
  rules: [{ condition: "and", type: "visit_time_site", operator: "greater_than", value: "10" }],
  properties: { text: "Hello! How can I help you today?" },
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
const program = {
  name: "Welcome greeting",
  rules: [rule],
  properties: { messageText: "Hello! How can I help you today?" },
  richMessage: {
    templateId: "cards",
    elements: [
      {
        title: "Welcome!",
        subtitle: "How can we help you today?",
        buttons: [
          { text: "Get Support", type: "message", value: "I need support", postbackId: "support_request" },
        ],
      },
    ],
  },
};
const changes = (inputs: Record<string, unknown>, object: Record<string, unknown> = answer) =>
  changedFields(greeting, outputsOf(greeting, object, {}), desired(inputs));

describe("v36.Greeting against the account", () => {
  it("the server's answer is no change: text for the message, button ids it made, values as text", () => {
    expect(changes(program)).toEqual({ changed: [], replace: [] });
  });

  it("conditions and operators default, custom variables compare as sent; rule order matters", () => {
    const rules = [
      { type: "custom_variable", sessionField: { cart: "full" } },
      { type: "url_funnel", urls: [{ url: "cart" }] },
    ];
    const object = {
      ...answer,
      rules: [
        { condition: "and", type: "custom_variable", operator: "equals", session_field: { cart: "full" } },
        { condition: "and", type: "url_funnel", urls: [{ url: "cart", operator: "equals" }] },
      ],
    };
    expect(changes({ ...program, rules }, object).changed).toEqual([]);
    expect(changes({ ...program, rules: [...rules].reverse() }, object).changed).toEqual(["rules"]);
    expect(
      changes({ ...program, rules: [{ ...rules[0], condition: "or" }, rules[1]] }, object).changed,
    ).toEqual(["rules"]);
  });

  it("the same moment written another way is no change", () => {
    const object = { ...answer, active_from: "2024-01-01T00:00:00.000000Z" };
    expect(changes({ ...program, activeFrom: "2024-01-01T01:00:00+01:00" }, object).changed).toEqual([]);
    expect(changes({ ...program, activeFrom: "2024-01-01T01:00:00Z" }, object).changed).toEqual([
      "activeFrom",
    ]);
  });

  it("properties are managed whole; a button id the program gives is compared", () => {
    const withAddon = { ...answer, properties: { ...answer.properties, addon: "chat_widget" } };
    expect(changes(program, withAddon).changed).toEqual(["properties"]);
    const rich = structuredClone(program.richMessage) as {
      elements: { buttons: Record<string, unknown>[] }[];
    };
    rich.elements[0].buttons[0].buttonId = "mine";
    expect(changes({ ...program, richMessage: rich }).changed).toEqual(["richMessage"]);
  });

  it("only the group replaces the greeting; the new one is made first (another key)", () => {
    const olds = outputsOf(greeting, answer, {});
    expect(diff(greeting, olds, desired({ ...program, group: 1 }))).toEqual({
      changes: true,
      replaces: ["group"],
      deleteBeforeReplace: false,
    });
    const inPlace = desired({ ...program, name: "Hi", type: "announcement", active: false });
    expect(diff(greeting, olds, inPlace)).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });
});

describe("v36.Greeting calls", () => {
  function fake(greetings: Record<string, unknown>[]) {
    const calls: [string, Record<string, unknown>][] = [];
    const client = {
      action: async (method: string, body: Record<string, unknown>) => {
        calls.push([method, body]);
        if (method === "list_greetings") {
          const from = body.page_id ? Number(body.page_id) : 0;
          const next = from + 2 < greetings.length ? { next_page_id: String(from + 2) } : {};
          return { greetings: greetings.slice(from, from + 2), found_greetings: greetings.length, ...next };
        }
        if (method === "get_greeting") {
          const { template_id: _t, ...rich } = (calls.find(([m]) => m === "update_greeting")?.[1]
            .rich_message ?? {}) as Record<string, unknown>;
          return { ...answer, id: body.id, rich_message: rich };
        }
        return {};
      },
    };
    return { ctx: { client, lists: new ListCache() } as unknown as Context, calls };
  }

  it("lists every page", async () => {
    const all = [1, 2, 3, 4, 5].map((id) => ({ ...answer, id }));
    const { ctx, calls } = fake(all);
    expect((await greeting.api.list(ctx, { details: false })).map((g) => g.id)).toEqual([1, 2, 3, 4, 5]);
    expect(calls.map(([, body]) => body)).toEqual([{ limit: 100 }, { page_id: "2" }, { page_id: "4" }]);
  });

  it("reads the template last applied, and keeps the server's button ids on update", async () => {
    const { template_id: _t, ...stored } = answer.rich_message;
    const { ctx, calls } = fake([{ ...answer, rich_message: stored }]);
    const outputs = { richMessage: { templateId: "quick_replies" } };
    expect(await greeting.api.read(ctx, "123", outputs)).toMatchObject({
      rich_message: { template_id: "quick_replies", elements: stored.elements },
    });
    const wire = {
      template_id: "cards",
      elements: [{ title: "A", subtitle: "B", buttons: [{ text: "x" }] }],
    };
    const olds = outputsOf(greeting, answer, {});
    const updated = await greeting.api.update(ctx, "123", { rich_message: wire }, desired(program), olds);
    expect(calls.find(([m]) => m === "update_greeting")?.[1]).toEqual({
      id: 123,
      rich_message: {
        ...wire,
        elements: [
          {
            ...wire.elements[0],
            buttons: [{ text: "x", button_id: answer.rich_message.elements[0].buttons[0].button_id }],
          },
        ],
      },
    });
    expect(updated.rich_message).toMatchObject({ template_id: "cards" });
  });
});
