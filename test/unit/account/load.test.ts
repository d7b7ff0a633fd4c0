import * as path from "path";
import { loadSpec, parseSpec } from "../../../src/account";
import { problemsOf } from "./problems";

describe("the account spec", () => {
  it("loads the sample account", () => {
    const spec = loadSpec(path.join(__dirname, "../../../examples/account/account.yaml"));
    expect(spec.groups?.map((g) => g.name)).toEqual(["Sales", "Support"]);
    expect(spec.agents?.[0]).toMatchObject({
      login: "jenny.doe@example.com",
      groups: ["Sales"],
      password: { secret: "jennyPassword" },
    });
  });

  it("names the file, the line, the path inside it and the fix", () => {
    const text = [
      "groups:",
      "  - name: Sales",
      "agents:",
      "  - login: jenny",
      "    name: Jenny",
      "    groups: [Sale]",
    ].join("\n");
    expect(problemsOf(text)).toEqual([
      '6 agents[0].groups[0]: no group named "Sale"; declare it under groups, or give the group\'s id',
      "4 agents[0].login: must be an e-mail address, like jenny.doe@example.com",
    ]);
    try {
      parseSpec(text, "account.yaml");
    } catch (e) {
      expect((e as Error).message).toContain("account.yaml:4 agents[0].login: must be an e-mail address");
    }
  });

  it.each([
    [
      "agent: []",
      "1 agent: unknown section; the sections are adopt, api, groups, agents, goals, greetings, tags, cannedResponses, webhooks, autoAccesses, licenseProperties, groupProperties, bots, webhookStates",
    ],
    ["groups: {name: Sales}", "1 groups: must be a list"],
    [
      "groups:\n  - name: Sales\n    colour: red",
      "2 groups[0]: unknown field colour; the fields are name, language, agents",
    ],
    [
      "tags:\n  - name: vip\n    group: Nowhere",
      '3 tags[0].group: no group named "Nowhere"; declare it under groups, or give the group\'s id',
    ],
    [
      "agents:\n  - login: a@b.io\n    name: A\n    password: hunter2",
      "4 agents[0].password: must be { secret: <config key> }: keep passwords in the stack's secret config",
    ],
    [
      "webhooks:\n  - url: https://x.io\n    eventType: ticket_created\n    dataTypes: [chat]",
      "4 webhooks[0].dataTypes: has chat, which cannot be sent with ticket_created; chat goes with chat_started, chat_ended, chat_changed",
    ],
    ["goals:\n  - name: g\n    type: url", "2 goals[0].url: is required for goals of type url"],
    [
      "groups:\n  - name: Sales\n  - name: Sales",
      // A distinct key no longer makes two entries two objects: the fix is another name.
      "3 groups[1]: describes the same LiveChat object as groups[0] (line 2): the same name. Remove one of the two entries, or tell them apart by name; a distinct key: does not make them two objects",
    ],
    [
      "agents:\n  - login: a@b.io\n    name: A\n    groups: [Sales, Sales]\ngroups:\n  - name: Sales",
      "4 agents[0].groups: must not repeat an item",
    ],
    [
      "groups:\n  - name: [unclosed",
      "2 (yaml): Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
  ])("refuses %j", (text, expected) => {
    expect(problemsOf(text)).toContain(expected);
  });
});
