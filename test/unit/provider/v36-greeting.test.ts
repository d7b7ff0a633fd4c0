import { ListCache } from "../../../src/provider/list-cache";
import { changedFields, check, diff } from "../../../src/provider/lifecycle";
import { outputsOf } from "../../../src/provider/outputs";
import type { Context } from "../../../src/provider/declaration";
import { registry } from "../../../src/resources/registry";

// v36.Greeting: how the server's answers (the reference's examples) compare with the program, which changes
// replace the greeting, and the calls: paged lists, read-back after writes.
beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
  process.env.LIVECHAT_ACCOUNT_ID = "6b0e3d2a-0000-4000-8000-000000000000";
});

const greeting = registry["v36/Greeting"];
const desired = (inputs: Record<string, unknown>) => check(greeting, inputs).inputs;
const rule = { type: "visit_time_site", operator: "greater_than", value: 10 };
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
