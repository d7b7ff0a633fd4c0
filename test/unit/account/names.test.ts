import { parseSpec, resourceNames } from "../../../src/account";
import { previousNames } from "../../../src/account/renames";
import { problemsOf } from "./problems";

describe("resource names", () => {
  it("keep the names users' states already hold", () => {
    const names = resourceNames(
      parseSpec(
        "groups: [{ name: Sales }, { name: Big Deals, key: deals }]\ntags: [{ name: VIP, group: Sales }]",
      ),
    );
    expect(names.groups).toEqual(["group-sales", "deals"]);
    expect(names.tags).toEqual(["tag-sales-vip"]);
  });

  it("tell apart names that differ only in case or spaces: the later entry gets a hash of its exact key", () => {
    // The server keeps both: group names are not unique, and tag names are compared case by case.
    const spec = parseSpec(
      "groups: [{ name: Sales }, { name: SALES }]\ntags: [{ name: VIP }, { name: vip }]",
    );
    const names = resourceNames(spec);
    expect(names.groups[0]).toBe("group-sales");
    expect(names.groups[1]).toMatch(/^group-sales-[0-9a-f]{8}$/);
    expect(names.tags[0]).toBe("tag-0-vip");
    expect(names.tags[1]).toMatch(/^tag-0-vip-[0-9a-f]{8}$/);
    expect(resourceNames(spec)).toEqual(names); // deterministic

    // File order decides who keeps the plain name; the suffix comes from the entry's own key.
    const swapped = resourceNames(parseSpec("groups: [{ name: SALES }, { name: Sales }]"));
    expect(swapped.groups[0]).toBe("group-sales");
    expect(swapped.groups[1]).not.toBe(names.groups[1]);
    expect(swapped.groups[1]).toMatch(/^group-sales-[0-9a-f]{8}$/);
  });

  it("leave a key's name to the entry that has the key", () => {
    const names = resourceNames(
      parseSpec("groups: [{ name: Sales }, { name: Old Sales, key: group-sales }]"),
    );
    expect(names.groups[1]).toBe("group-sales");
    expect(names.groups[0]).toMatch(/^group-sales-[0-9a-f]{8}$/);
  });
});

describe("renamedFrom", () => {
  const account = [
    "groups:",
    "  - { name: Sales Team, renamedFrom: Sales }",
    "  - { name: Support }",
    "agents: [{ login: jenny@example.com, name: Jenny, groups: [Sales Team] }]",
    "goals: [{ name: Signups, renamedFrom: Sign-ups, type: url, url: https://x.io/ok }]",
    "greetings:",
    "  - name: Hello",
    "    renamedFrom: Hi",
    "    group: Support",
    "    rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }]",
    "  - { name: Hi, group: Sales Team, rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }] }",
    "tags: [{ name: vip, group: Sales Team }, { name: vip, group: Support }]",
    "cannedResponses: [{ text: Bye, tags: [bye], group: Sales Team }]",
  ].join("\n");

  it("gives renamed entries and a renamed group's dependents their old names as aliases", () => {
    const spec = parseSpec(account);
    const names = resourceNames(spec);
    const previous = previousNames(spec, names);
    expect(names.groups).toEqual(["group-sales-team", "group-support"]);
    expect(previous.groups).toEqual(["group-sales", undefined]);
    expect(previous.agents).toEqual([undefined]);
    expect(previous.goals).toEqual(["goal-sign-ups"]);
    expect(names.greetings).toEqual(["greeting-support-hello", "greeting-sales-team-hi"]);
    expect(previous.greetings).toEqual(["greeting-support-hi", "greeting-sales-hi"]);
    expect(previous.tags).toEqual(["tag-sales-vip", undefined]);
    expect(previous.cannedResponses).toEqual([names.cannedResponses[0].replace("-sales-team-", "-sales-")]);
  });

  it.each([
    [
      "tags: [{ name: VIP, renamedFrom: vip }]",
      "1 tags[0].renamedFrom: the LiveChat API cannot rename a tag: a tag with another name is a new tag, and the old one is deleted; remove renamedFrom (it is for groups, goals, greetings and bots)",
    ],
    [
      "agents: [{ login: a@b.io, name: A, renamedFrom: b@b.io }]",
      "1 agents[0].renamedFrom: an agent is known by its login, which the LiveChat API cannot change: a new login is a new agent; remove renamedFrom (it is for groups, goals, greetings and bots)",
    ],
    [
      'groups: [{ name: Sales, renamedFrom: "" }]',
      "1 groups[0].renamedFrom: must be the entry's previous name, a non-empty string",
    ],
    [
      "groups: [{ name: Sales, renamedFrom: Sales }]",
      "1 groups[0].renamedFrom: is the entry's name itself; set it to the previous name, or remove it",
    ],
    [
      "groups: [{ name: Sales, renamedFrom: Support }, { name: Support }]",
      "1 groups[0].renamedFrom: is the name of groups[1], which the spec keeps; rename one object at a time, or remove renamedFrom",
    ],
    [
      "groups: [{ name: A, renamedFrom: Old }, { name: B, renamedFrom: Old }]",
      '1 groups[1].renamedFrom: groups[0] is renamed from "Old" too; one object cannot become two',
    ],
    [
      "groups: [{ name: Sales Team, renamedFrom: Sales }]\ntags: [{ name: vip, group: Sales }]",
      '2 tags[0].group: the group "Sales" is renamed to "Sales Team"; refer to it by its new name',
    ],
  ])("refuses %j", (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it("allows a greeting's old name in another group", () => {
    const rules = "rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }]";
    const spec = parseSpec(
      `groups: [{ name: A }, { name: B }]\ngreetings:\n  - { name: Hello, renamedFrom: Hi, group: A, ${rules} }\n  - { name: Hi, group: B, ${rules} }`,
    );
    expect(spec.greetings).toHaveLength(2);
  });
});
