import { agentsWithoutGroup, unstaffedGroups, type StackResource } from "../../../src/policy/stack-rules";
import { AGENTS, BOTS, GROUPS, UNKNOWN, type Props, type Target } from "../../../src/policy/targets";

// The rules over the whole stack, on resources as a stack policy sees them: outputs after an update, checked
// inputs during a preview (references to a group still to be made are UNKNOWN), never an id (a group's groupId is
// its id: not among its outputs), and the property dependencies that say which groups a member's groups came from.

const [Agent, AgentV36] = AGENTS;
const [Group, GroupV36] = GROUPS;
const [BotV36] = BOTS;
const urnOf = (name: string) => `urn:pulumi:test::p::x::${name}`;
const res = (t: Target, name: string, props: Props, groupsFrom: string[] = []): StackResource => ({
  token: t.token,
  urn: urnOf(name),
  name,
  props,
  propertyDependencies: groupsFrom.length ? { groups: groupsFrom.map(urnOf) } : {},
});
const staffing = { countBots: false };

describe("agent-in-group", () => {
  it("passes agents in a group from their own groups (v2 ids, v3.6 priorities) or a group's list", () => {
    const stack = [
      res(Group, "sales", { name: "Sales", groupId: 1, agents: ["Listed@x.com"] }),
      res(GroupV36, "support", {
        name: "Support",
        groupId: 2,
        agentPriorities: { "kim@x.com": "supervisor" },
      }),
      res(Agent, "ann", { login: "ann@x.com", groups: [0, 1] }),
      res(Agent, "listed", { login: "listed@X.com" }),
      res(AgentV36, "kim", { agentId: "Kim@x.com", groups: [] }),
      res(AgentV36, "joe", { agentId: "joe@x.com", groups: [{ groupId: 2, priority: "last" }] }),
    ];
    expect(agentsWithoutGroup(stack)).toEqual([]);
  });

  it("refuses an agent in group 0 alone or in none, v2 and v3.6, naming the fields to set", () => {
    const stack = [
      res(Group, "sales", { name: "Sales", agents: [] }),
      res(Agent, "ann", { login: "ann@x.com", password: "pw-s3cret", groups: [0] }),
      res(AgentV36, "kim", { agentId: "kim@x.com", groups: [{ groupId: 0, priority: "normal" }] }),
      res(AgentV36, "joe", { agentId: "joe@x.com" }),
    ];
    expect(agentsWithoutGroup(stack)).toEqual([
      {
        urn: urnOf("ann"),
        message:
          "agent ann@x.com is in no group but group 0: set groups to its groups' groupId, or list the login in a Group's agents",
      },
      {
        urn: urnOf("kim"),
        message:
          "agent kim@x.com is in no group but group 0: set groups to [{ groupId, priority }] of its groups, or name the agent in a v36.Group's agentPriorities",
      },
      expect.objectContaining({ urn: urnOf("joe") }),
    ]);
    expect(JSON.stringify(agentsWithoutGroup(stack))).not.toContain("s3cret");
  });

  it("during a preview: an unknown group reference or member list counts as a group", () => {
    expect(
      agentsWithoutGroup([res(Agent, "ann", { login: "ann@x.com", groups: [UNKNOWN] }, ["sales"])]),
    ).toEqual([]);
    expect(agentsWithoutGroup([res(AgentV36, "kim", { agentId: "kim@x.com", groups: UNKNOWN })])).toEqual([]);
    const unknownList = res(GroupV36, "support", { name: "Support", agentPriorities: UNKNOWN });
    expect(agentsWithoutGroup([unknownList, res(AgentV36, "kim", { agentId: "kim@x.com" })])).toEqual([]);
    expect(agentsWithoutGroup([res(AgentV36, "kim", { agentId: UNKNOWN })])).toEqual([]);
    const unknownLogin = res(Group, "sales", { name: "Sales", agents: ["ann@x.com", UNKNOWN] });
    expect(
      agentsWithoutGroup([unknownLogin, res(Agent, "joe", { login: "joe@x.com", groups: [0] })]),
    ).toEqual([]);
  });
});

describe("group-staffed", () => {
  it("passes groups with an agent at first or normal priority, from either side of the membership", () => {
    const stack = [
      res(Group, "sales", { name: "Sales", agents: ["ann@x.com"] }),
      res(Group, "billing", { name: "Billing", agents: [] }),
      // v2 has no priorities: a member takes chats. Group 0 comes back in outputs.
      res(Agent, "joe", { login: "joe@x.com", groups: [0, 2] }, ["billing"]),
      res(GroupV36, "support", { name: "Support", agentPriorities: { "kim@x.com": "first" } }),
      res(GroupV36, "vip", { name: "VIP", agentPriorities: {} }),
      res(AgentV36, "kim", { agentId: "kim@x.com", groups: [{ groupId: 4, priority: "normal" }] }, ["vip"]),
    ];
    expect(unstaffedGroups(stack, staffing)).toEqual([]);
  });

  it("refuses groups of supervisors, last priority or no one, and of bots alone unless countBots", () => {
    const stack = [
      res(Group, "empty", { name: "Empty", agents: [] }),
      res(GroupV36, "support", {
        name: "Support",
        agentPriorities: { "sue@x.com": "supervisor", b0t1d: "first" },
      }),
      res(GroupV36, "vip", { name: "VIP" }),
      res(AgentV36, "kim", { agentId: "kim@x.com", groups: [{ groupId: 3, priority: "last" }] }, ["vip"]),
      res(BotV36, "bot", { name: "Bot", groups: [{ groupId: 3, priority: "first" }] }, ["vip"]),
      // A number written in the program is a group outside the stack.
      res(AgentV36, "joe", { agentId: "joe@x.com", groups: [{ groupId: 3, priority: "normal" }] }),
    ];
    expect(unstaffedGroups(stack, staffing)).toEqual([
      {
        urn: urnOf("empty"),
        message:
          "group Empty has no members, so no one takes its chats: list agents in agents, or put its groupId in an agent's groups",
      },
      {
        urn: urnOf("support"),
        message:
          "group Support has no one at first or normal priority (bots do not count), so no one takes its chats: give an agent normal priority in the group's agentPriorities, or the group in an agent's groups",
      },
      expect.objectContaining({ urn: urnOf("vip") }),
    ]);
    // With countBots, the bot first in Support (its own list) and in VIP (the bot's groups) staffs them.
    expect(unstaffedGroups(stack, { countBots: true }).map((v) => v.urn)).toEqual([urnOf("empty")]);
  });

  it("during a preview: a new group is staffed by unknown references that came from it, not by others", () => {
    const newGroup = res(GroupV36, "support", { name: "Support" }); // no groupId yet
    const other = res(GroupV36, "other", { name: "Other" });
    const kim = res(
      AgentV36,
      "kim",
      { agentId: "kim@x.com", groups: [{ groupId: UNKNOWN, priority: "normal" }] },
      ["support"],
    );
    expect(unstaffedGroups([newGroup, other, kim], staffing).map((v) => v.urn)).toEqual([urnOf("other")]);
    // A supervisor's unknown reference staffs nothing; without property dependencies it may be any group.
    const sup = res(
      AgentV36,
      "sup",
      { agentId: "s@x.com", groups: [{ groupId: UNKNOWN, priority: "supervisor" }] },
      ["support"],
    );
    expect(unstaffedGroups([newGroup, sup], staffing)).toHaveLength(1);
    const anyGroup = res(Agent, "ann", { login: "ann@x.com", groups: UNKNOWN });
    expect(unstaffedGroups([newGroup, other, anyGroup], staffing)).toEqual([]);
    expect(unstaffedGroups([res(GroupV36, "g", { name: "G", agentPriorities: UNKNOWN })], staffing)).toEqual(
      [],
    );
    expect(
      unstaffedGroups([res(GroupV36, "g", { agentPriorities: { "a@x.com": UNKNOWN } })], staffing),
    ).toEqual([]);
  });

  it("a member whose groups came from several groups staffs each of them it may be in at a chatting priority", () => {
    const kim = res(
      AgentV36,
      "kim",
      {
        agentId: "kim@x.com",
        groups: [
          { groupId: 0, priority: "normal" },
          { groupId: 5, priority: "supervisor" },
        ],
      },
      ["a", "b"],
    );
    const groups = [res(GroupV36, "a", { name: "A" }), res(GroupV36, "b", { name: "B" })];
    expect(unstaffedGroups([...groups, kim], staffing).map((v) => v.urn)).toEqual([urnOf("a"), urnOf("b")]);
    const both = {
      ...kim,
      props: {
        ...kim.props,
        groups: [
          { groupId: 5, priority: "supervisor" },
          { groupId: 6, priority: "first" },
        ],
      },
    };
    expect(unstaffedGroups([...groups, both], staffing)).toEqual([]); // which one is first is not known: both pass
  });
});
