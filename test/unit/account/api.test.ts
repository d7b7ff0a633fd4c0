import { parseSpec, resourceNames } from "../../../src/account";
import { apiOf } from "../../../src/account/types";
import { problemsOf } from "./problems";

// The spec's api line: which API generation declares the sections both have.
describe("the account spec's api", () => {
  it("is v2 unless the spec says otherwise, for all sections at once or one by one", () => {
    expect(apiOf({}, "agents")).toBe("v2");
    expect(apiOf({ api: "v3.6" }, "agents")).toBe("v3.6");
    expect(apiOf({ api: "v3.6" }, "goals")).toBe("v2"); // v2 only
    expect(apiOf({ api: { tags: "v3.6" } }, "agents")).toBe("v2");
    expect(apiOf({ api: { tags: "v3.6" } }, "tags")).toBe("v3.6");
    expect(apiOf({}, "bots")).toBe("v3.6"); // v3.6 only
  });

  it("declares each section with its generation's fields, group names in list items included", () => {
    const spec = parseSpec(
      [
        "api: { agents: v3.6 }",
        "groups: [{ name: Sales }]",
        "agents: [{ agentId: Jenny@Example.com, name: Jenny, groups: [{ groupId: Sales, priority: first }] }]",
        "bots: [{ ownerClientId: c1, name: Helper }]",
      ].join("\n"),
    );
    // The names of the entries do not depend on the generation: a section moves without renaming its resources.
    expect(resourceNames(spec)).toMatchObject({
      groups: ["group-sales"],
      agents: ["agent-jenny@example.com"],
      bots: ["bot-c1-helper"],
    });
  });

  it.each([
    [
      "api: 3.6",
      '1 api: must be "v2" or "v3.6", or a mapping of sections to those, like "api: { agents: v3.6 }" (write v3.6: 3.6 without the v reads as a number)',
    ],
    [
      "api: [v3.6]",
      '1 api: must be "v2" or "v3.6", or a mapping of sections to those, like "api: { agents: v3.6 }"',
    ],
    [
      "api: { goals: v3.6 }",
      "1 api.goals: goals exist only in the Configuration API v2; remove goals from api",
    ],
    [
      "api: { bots: v3.6 }",
      "1 api.bots: bots exist only in the Configuration API v3.6 and need no api line; remove bots from api",
    ],
    [
      "api: { agent: v3.6 }",
      "1 api.agent: is not a section; api chooses the generation of groups, agents, greetings, tags, webhooks",
    ],
    ["api: { agents: v3 }", '1 api.agents: must be "v2" or "v3.6"'],
  ])("refuses %j", (line, expected) => {
    expect(problemsOf(`${line}\ngroups: [{ name: Sales }]`)).toEqual([expected]);
  });

  it("says which generation a section follows when an entry has the other's fields", () => {
    expect(problemsOf("api: v3.6\nagents: [{ login: a@b.io, name: A }]")).toEqual([
      "2 agents[0]: agentId is required",
      expect.stringMatching(
        /^2 agents\[0\]: unknown field login; .*\(login is a v2 field: agents follow api v3\.6 here/,
      ),
    ]);
  });

  it("checks group names inside v3.6 list items, naming the item", () => {
    expect(
      problemsOf(
        "api: v3.6\ngroups: [{ name: Sales }]\nagents: [{ agentId: a@b.io, name: A, groups: [{ groupId: Sale, priority: first }] }]",
      ),
    ).toEqual([
      '3 agents[0].groups[0].groupId: no group named "Sale"; declare it under groups, or give the group\'s id',
    ]);
  });

  it("counts the v3.6-only sections' entries: a spec of bots alone is not empty", () => {
    expect(() => parseSpec("bots: [{ ownerClientId: c1, name: Helper }]")).not.toThrow();
  });
});
