import { parse } from "yaml";
import { parseSpec } from "../../../src/account";
import type { AccountObjects } from "../../../src/tools/account";
import { specFromAccount } from "../../../src/tools/export";
import { specToYaml } from "../../../src/tools/export-yaml";
import { unmanagedObjects, unmanagedSources } from "../../../src/tools/unmanaged";
import type { WireObject } from "../../../src/provider/declaration";
import { againstSchema } from "../../spec-schema";

// Wire objects as the API answers them (GET /agents/<login>, GET /goals/<id>, lists per group...).
type V36Only = "autoAccesses" | "licenseProperties" | "groupProperties" | "bots" | "webhookStates";
type V2Objects = Record<Exclude<keyof AccountObjects, V36Only>, WireObject[]>;

function account(more: AccountObjects = {}): V2Objects {
  return {
    groups: [
      { id: 0, name: "All operators", language: "en", status: "offline" },
      { id: 4, name: "Sales", language: "en", agents: ["jenny@example.com"], status: "offline" },
      { id: 9, name: "Support", language: "de", agents: [], status: "offline" },
    ],
    agents: [
      {
        login: "owner@example.com",
        name: "Owner",
        permission: "owner",
        login_status: "accepting chats",
        daily_summary: 1,
        job_title: "Support Agent",
        notifications: {
          new_visitor: 1,
          returning_visitor: 1,
          queued_visitor: 1,
          visitor_is_typing: 0,
          new_goal: 1,
        },
        max_chats_count: 6,
        groups: [],
      },
      {
        login: "jenny@example.com",
        name: "Jenny Doe",
        permission: "normal",
        login_status: "accepting chats",
        daily_summary: 0,
        job_title: "Support Agent",
        notifications: {
          new_visitor: 1,
          returning_visitor: 1,
          queued_visitor: 1,
          visitor_is_typing: 1,
          new_goal: 1,
        },
        max_chats_count: 6,
        // Once updated, an agent reports a schedule; the default one is not configuration.
        work_scheduler: {
          sunday: { enabled: 0, start: "11:00", end: "17:00" },
          monday: { enabled: 1, start: "09:00", end: "17:00" },
          tuesday: { enabled: 1, start: "09:00", end: "17:00" },
          wednesday: { enabled: 1, start: "09:00", end: "17:00" },
          thursday: { enabled: 1, start: "09:00", end: "17:00" },
          friday: { enabled: 1, start: "09:00", end: "17:00" },
          saturday: { enabled: 0, start: "09:00", end: "17:00" },
        },
        groups: [{ id: 4, name: "Sales" }],
        avatar: "x.png",
        status: "offline",
        last_logout: 0,
      },
    ],
    goals: [
      {
        id: 1,
        name: "Thanks page",
        active: 1,
        type: "url",
        url: "https://x.io/thanks",
        match_type: "substring",
      },
      {
        id: 2,
        name: "Plan",
        active: 0,
        type: "custom_variable",
        custom_variable_name: "plan",
        custom_variable_value: "10",
      },
    ],
    greetings: [
      {
        id: 7,
        group: 9,
        active: true,
        name: "Hi",
        rules: [{ id: 1, type: "visits_number", operator: "equals", value: "2", condition: "and" }],
        properties: {
          active: "1",
          "greeting-message_text": "Hello, would you like to talk about our products?",
        },
      },
      {
        id: 8,
        group: 0,
        active: true,
        name: "Hi",
        rules: [{ id: 2, type: "url_funnel", condition: "and", urls: [{ url: "/a", operator: "equals" }] }],
        properties: { active: "1", "greeting-message_text": "Welcome" },
      },
    ],
    tags: [
      {
        name: "vip",
        group: 0,
        author: "owner@example.com",
        creation_date: 1,
        count: { inChats: 0, inTickets: 0 },
      },
      {
        name: "refund",
        group: 9,
        author: "jenny@example.com",
        creation_date: 1,
        count: { inChats: 3, inTickets: 0 },
      },
    ],
    cannedResponses: [
      { id: 3, group: 4, text: "Bye!", tags: ["cu", "bye"], creation_date: 1, created_by: "x" },
    ],
    webhooks: [
      {
        id: "abc",
        licence: 1,
        event_type: "chat_started",
        data_types: ["chat"],
        url: "https://h.io/x",
        verified: true,
        token: "0123456789abcdef0123456789abcdef",
      },
    ],
    ...more,
  };
}

describe("export: an account as a spec", () => {
  it("refers to groups by name, leaves out defaults, the owner, group 0, passwords and tokens", () => {
    expect(specFromAccount(account())).toEqual({
      adopt: true,
      groups: [{ name: "Sales" }, { name: "Support", language: "de" }],
      agents: [
        {
          login: "jenny@example.com",
          name: "Jenny Doe",
          dailySummary: false,
          groups: ["Sales"],
          notifications: { visitorIsTyping: true },
        },
      ],
      goals: [
        { name: "Thanks page", type: "url", url: "https://x.io/thanks" },
        {
          name: "Plan",
          type: "custom_variable",
          active: false,
          customVariableName: "plan",
          customVariableValue: "10",
        },
      ],
      greetings: [
        { name: "Hi", group: "Support", rules: [{ type: "visits_number", value: 2 }] },
        // Same name in another group: a key keeps the resource names apart.
        {
          name: "Hi",
          message: "Welcome",
          rules: [{ type: "url_funnel", urls: [{ url: "/a" }] }],
        },
      ],
      tags: [{ name: "vip" }, { name: "refund", group: "Support" }],
      cannedResponses: [{ text: "Bye!", tags: ["cu", "bye"], group: "Sales" }],
      webhooks: [{ url: "https://h.io/x", eventType: "chat_started", dataTypes: ["chat"] }],
    });
  });

  it("writes YAML the spec loader accepts and reads back as the same spec, without the token", () => {
    const spec = specFromAccount(account());
    const text = specToYaml(spec);
    expect(parseSpec(text)).toEqual(spec);
    expect(parse(text)).toEqual(spec);
    expect(text).not.toContain("0123456789abcdef");
    expect(text).toContain("groups: [Sales]");
    expect(text).toContain("  - {type: visits_number, value: 2}");
    expect(text).toMatch(/# Passwords are not exported/);
  });

  it("writes a spec the shipped JSON Schema accepts, and names the schema on its first line", () => {
    const text = specToYaml(specFromAccount(account()));
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=./node_modules/pulumi-livechat/account.schema.json",
    );
    expect(againstSchema(text)).toBe("valid");
    expect(specToYaml(specFromAccount(account()), "../account.schema.json").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../account.schema.json",
    );
  });

  it("keeps a schedule someone set, and an agent's empty group list", () => {
    const agents = account().agents.slice(1);
    agents[0] = {
      ...agents[0],
      groups: [],
      work_scheduler: { monday: { enabled: 1, start: "08:00", end: "12:00" } },
    };
    const spec = specFromAccount(account({ agents }));
    expect(spec.agents![0]).toMatchObject({
      groups: [],
      workScheduler: { monday: { enabled: true, start: "08:00", end: "12:00" } },
    });
  });

  it("writes an agent's groups as a set in a stable order, whatever the order of their ids", () => {
    const agents = account().agents.slice(1);
    const inGroups = (groups: { id: number; name: string }[]) =>
      specFromAccount(account({ agents: [{ ...agents[0], groups }] })).agents![0].groups;
    const sales = { id: 4, name: "Sales" };
    const support = { id: 9, name: "Support" };
    const all = { id: 0, name: "All operators" };
    expect(inGroups([support, all, sales])).toEqual(["Sales", "Support", 0]);
    expect(inGroups([all, sales, support])).toEqual(["Sales", "Support", 0]);
  });

  it("leaves out, with a warning, an object its generation cannot describe (a greeting with a v3.6 rule)", () => {
    const warnings: string[] = [];
    const base = account();
    const v36Rule = { id: 3, type: "ads_traffic", operator: "equals", value: "spring", condition: "and" };
    const greetings = [...base.greetings, { ...base.greetings[0], id: 8, name: "Spring", rules: [v36Rule] }];
    const spec = specFromAccount(account({ greetings }), (w) => warnings.push(w));
    expect(spec.greetings!.map((g) => g.name)).not.toContain("Spring");
    expect(spec.greetings).toHaveLength(base.greetings.length);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^greetings: left out Spring.*rules.*type must be one of.*export with --api v3\.6/,
      ),
    ]);
  });

  it("leaves out, with a warning, an optional field its generation cannot describe, and keeps the object", () => {
    const warnings: string[] = [];
    const greeting = {
      id: 5,
      name: "Spring",
      type: "normal",
      active: true,
      rules: [{ condition: "and", type: "visit_time_site", operator: "greater_than", value: "30" }],
      // The API never answers a rich message's template.
      rich_message: { elements: [{ title: "Hi", subtitle: "There" }] },
      properties: {},
    };
    const spec = specFromAccount({ greetings: [greeting] }, (w) => warnings.push(w), "v3.6");
    expect(spec.greetings).toEqual([expect.objectContaining({ name: "Spring" })]);
    expect(spec.greetings![0]).not.toHaveProperty("richMessage");
    expect(warnings).toEqual([
      expect.stringMatching(/^greetings: Spring.*: richMessage left out, so it stays as the account has it/),
    ]);
  });

  it("leaves out, with a warning, objects the provider could not tell apart", () => {
    const warnings: string[] = [];
    const base = account();
    const goals = [...base.goals, { ...base.goals[0], id: 5 }];
    const groups = [...base.groups, { id: 12, name: "Sales", language: "fr", agents: [] }];
    const tags = [...base.tags, { name: "late", group: 12, author: "x", creation_date: 1 }];
    const spec = specFromAccount(account({ goals, groups, tags }), (w) => warnings.push(w));
    expect(spec.goals).toHaveLength(2);
    expect(spec.groups).toHaveLength(2);
    // Objects of a left-out group keep working on this license: they name it by id.
    expect(spec.tags).toContainEqual({ name: "late", group: 12 });
    expect(warnings).toEqual([
      'groups: left out a second object with the same name ["Sales"]',
      'goals: left out a second object with the same name ["Thanks page"]',
    ]);
    expect(() => parseSpec(specToYaml(spec))).not.toThrow();
  });

  it('writes "objects: none" for an account with nothing to declare, which the loader accepts', () => {
    const base = account();
    const empty = { groups: [base.groups[0]], agents: [base.agents[0]], goals: [], greetings: [], tags: [] };
    const spec = specFromAccount({ ...empty, cannedResponses: [], webhooks: [] });
    expect(spec).toEqual({ adopt: true, objects: "none" });
    expect(parseSpec(specToYaml(spec))).toEqual(spec);
  });
});

describe("unmanaged objects", () => {
  it("are the account's objects whose ids the state does not hold, never the owner or group 0", () => {
    const managed = new Map([
      ["Group", new Set(["4"])],
      ["Tag", new Set(["0:vip"])],
      ["Webhook", new Set(["abc"])],
    ]);
    // v2's sections only: the v3.6-only sections are not read (and so not listed) in this account.
    const found = unmanagedObjects([{ sections: unmanagedSources()[0], account: account() }], managed);
    expect(found).toEqual({
      Group: [{ id: "9", name: "Support" }],
      Agent: [{ id: "jenny@example.com", name: "jenny@example.com (Jenny Doe)" }],
      Goal: [
        { id: "1", name: "Thanks page" },
        { id: "2", name: "Plan" },
      ],
      Greeting: [
        { id: "7", name: "Hi (group Support)" },
        { id: "8", name: "Hi" },
      ],
      Tag: [{ id: "9:refund", name: "refund (group Support)" }],
      CannedResponse: [{ id: "3", name: "Bye! (group Sales)" }],
      Webhook: [],
    });
  });
});
