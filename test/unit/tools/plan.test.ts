import fc from "fast-check";
import { mapGroupRefs } from "../../../src/account/group-refs";
import { typeToken, type Props, type ResourceDeclaration } from "../../../src/provider/declaration";
import { registry } from "../../../src/resources/registry";
import { formatPlanMarkdown, formatPlanText } from "../../../src/tools/plan/format";
import { planOf } from "../../../src/tools/plan/plan";
import { SECTION_WORDS } from "../../../src/tools/plan/words";

// The plan of every registered type, derived from its declaration's examples: made, changed and deleted, each
// told in its part of the plan, deletions flagged, secrets never shown. Then the sentences a reviewer relies on.

const GROUPS: Record<string, number> = { Sales: 1, Support: 2, Billing: 3 };
const SENTINEL = "sentinel-secret-93e1";
const groupState = Object.entries(GROUPS).map(([name, id]) => ({
  type: "pulumi-nodejs:dynamic/livechat:Group",
  id: String(id),
  outputs: { name },
}));
const urn = (d: ResourceDeclaration, name: string) => `urn:pulumi:dev::p::${typeToken(d)}::${name}`;

/** An example's inputs as a program holds them: groups by id, secrets as given (the worst case). */
function programInputs(d: ResourceDeclaration, inputs: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(inputs)) {
    const field = d.fields[k];
    if (!field) continue;
    out[k] = field.secret ? SENTINEL : mapGroupRefs(field, v, (ref) => GROUPS[String(ref)] ?? ref);
  }
  return out;
}

const preview = (...steps: object[]) => ({ steps });
const everyText = (plan: ReturnType<typeof planOf>) =>
  formatPlanText(plan) + formatPlanMarkdown(plan) + JSON.stringify(plan);

describe.each(Object.entries(registry))("the plan of %s", (key, d) => {
  const { topic, noun } = SECTION_WORDS[d.account.section as keyof typeof SECTION_WORDS];
  const example = d.examples[0];
  const inputs = programInputs(d, example.inputs);

  it("a new one: told in its part of the plan", () => {
    const plan = planOf(
      "dev",
      preview({ op: "create", urn: urn(d, "x"), newState: { type: typeToken(d), inputs } }),
      groupState,
    );
    expect(plan.counts).toEqual({ create: 1, update: 0, replace: 0, delete: 0 });
    expect(plan.topics.map((t) => t.topic)).toEqual([topic]);
    const text = plan.topics[0].changes[0].text;
    expect(text).toContain(d.account.section === "agents" ? String(inputs.login ?? inputs.agentId) : noun);
    expect(everyText(plan)).not.toContain(SENTINEL);
  });

  it("one deleted: flagged, and the headline counts it", () => {
    const plan = planOf(
      "dev",
      preview({ op: "delete", urn: urn(d, "x"), oldState: { type: typeToken(d), id: "9", outputs: inputs } }),
      groupState,
    );
    expect(plan.headline).toMatch(/1 object is deleted$/);
    expect(plan.needCare).toBe(1);
    expect(plan.topics[0].changes[0].care).toBeTruthy();
    expect(everyText(plan)).not.toContain(SENTINEL);
  });

  it("one changed: each changed field told, secrets only as changed", () => {
    // Every declaration has an example with a change (test/unit/resources/examples.test.ts).
    const changed = d.examples.find((e) => e.changed);
    const before = programInputs(d, changed!.inputs);
    const after = { ...before, ...programInputs(d, { ...changed!.inputs, ...changed!.changed }) };
    for (const [name, field] of Object.entries(d.fields))
      if (field.secret && name in after) after[name] = `${SENTINEL}-2`;
    const plan = planOf(
      "dev",
      preview({
        op: "update",
        urn: urn(d, "x"),
        oldState: { type: typeToken(d), id: "9", outputs: before },
        newState: { type: typeToken(d), inputs: after },
      }),
      groupState,
    );
    expect(plan.topics.length).toBeGreaterThan(0);
    expect(everyText(plan)).not.toContain(SENTINEL);
  });
});

describe("sentences", () => {
  const agent = (login: string, name: string, groups: number[]) => ({ login, name, groups });
  const token = (k: string) => typeToken(registry[k]);

  it("membership set from a group's side is told per person, by name", () => {
    const plan = planOf(
      "dev",
      preview({
        op: "update",
        urn: "urn:pulumi:dev::p::x::group-sales",
        oldState: {
          type: token("Group"),
          id: "1",
          outputs: { name: "Sales", agents: ["a@x.com", "b@x.com"] },
        },
        newState: { type: token("Group"), inputs: { name: "Sales", agents: ["b@x.com", "c@x.com"] } },
      }),
      [
        ...groupState,
        { type: token("Agent"), id: "a@x.com", outputs: agent("a@x.com", "Ann", [1]) },
        { type: token("Agent"), id: "c@x.com", outputs: agent("c@x.com", "Cid", []) },
      ],
    );
    expect(plan.headline).toBe("2 people change groups; nothing is deleted");
    expect(plan.topics[0].changes.map((c) => c.text)).toEqual([
      "Cid (c@x.com) joins Sales",
      "Ann (a@x.com) leaves Sales",
    ]);
  });

  it("a group the change makes is named through the field's dependencies", () => {
    const newGroup = "urn:pulumi:dev::p::x::group-ops";
    const plan = planOf(
      "dev",
      preview(
        { op: "create", urn: newGroup, newState: { type: token("Group"), inputs: { name: "Ops" } } },
        {
          op: "update",
          urn: "urn:pulumi:dev::p::x::agent-a",
          oldState: { type: token("Agent"), id: "a@x.com", outputs: agent("a@x.com", "Ann", [1]) },
          newState: {
            type: token("Agent"),
            inputs: agent("a@x.com", "Ann", [1, "04da6b54-80e4-46f7-96ec-b56ff0331ba9" as never]),
            propertyDependencies: { groups: ["urn:pulumi:dev::p::x::group-sales", newGroup] },
          },
        },
      ),
      groupState,
    );
    expect(formatPlanText(plan)).toContain("  - Ann (a@x.com) joins Ops\n");
  });

  it("the account spec's new address for a webhook is one move, not a deletion", () => {
    const hook = (url: string) => ({ url, eventType: "chat_started", dataTypes: ["chat"] });
    const plan = planOf(
      "dev",
      preview(
        {
          op: "create",
          urn: "u::new",
          newState: { type: token("Webhook"), inputs: hook("https://b.example.com") },
        },
        {
          op: "delete",
          urn: "u::old",
          oldState: { type: token("Webhook"), id: "w1", outputs: hook("https://a.example.com") },
        },
      ),
      [],
    );
    expect(plan.headline).toBe("1 webhook sends to a new address; nothing else is deleted");
    expect(plan.topics[0].changes).toEqual([
      expect.objectContaining({
        text: "The webhook for chat_started now sends to https://b.example.com instead of https://a.example.com",
        care: "chat data goes to a new address: https://b.example.com",
      }),
    ]);
  });

  it("Markdown shows what users wrote as text, never as markup", () => {
    const plan = planOf(
      "dev",
      preview({
        op: "create",
        urn: "u::g",
        newState: { type: token("Group"), inputs: { name: "<img src=x onerror=alert(1)> | *VIP* `x`" } },
      }),
      [],
    );
    const markdown = formatPlanMarkdown(plan);
    expect(markdown).toContain("- New group \\<img src=x onerror=alert(1)\\> \\| \\*VIP\\* \\`x\\`\n");
    expect(markdown).not.toMatch(/[^\\]</);
  });

  it("the same preview reads the same whatever order the engine reported its steps in", () => {
    // A preview run here collects the engine's events, which arrive as steps run, in no fixed order.
    const step = (name: string, login: string, who: string, from: number[], to: number[]) => ({
      op: "update",
      urn: `urn:pulumi:dev::p::${token("Agent")}::${name}`,
      oldState: { type: token("Agent"), id: login, outputs: agent(login, who, from) },
      newState: { type: token("Agent"), inputs: agent(login, who, to) },
    });
    const steps = [
      step("jenny", "jenny@x.com", "Jenny", [1], [2]),
      step("john", "john@x.com", "John", [1, 2], [2]),
      step("ann", "ann@x.com", "Ann", [3], [1, 3]),
      {
        op: "create",
        urn: "urn:pulumi:dev::p::x::group-ops",
        newState: { type: token("Group"), inputs: { name: "Ops" } },
      },
      {
        op: "delete",
        urn: "urn:pulumi:dev::p::x::tag-vip",
        oldState: { type: token("Tag"), id: "vip", outputs: { name: "vip" } },
      },
    ];
    const expected = formatPlanText(planOf("dev", preview(...steps), groupState));
    expect(expected).toContain(
      "  - Ann (ann@x.com) joins Sales\n  - Jenny (jenny@x.com) joins Support; leaves Sales\n",
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(steps, { minLength: steps.length }), (shuffled) => {
        expect(formatPlanText(planOf("dev", preview(...shuffled), groupState))).toBe(expected);
      }),
    );
  });

  it("no LiveChat step: no changes", () => {
    const plan = planOf(
      "dev",
      preview({ op: "same", urn: "u::s", newState: { type: "pulumi:pulumi:Stack" } }),
      [],
    );
    expect(plan).toMatchObject({ headline: "No changes", topics: [], needCare: 0 });
    expect(() => planOf("dev", { nope: 1 }, [])).toThrow("not the output of `pulumi preview --json`");
  });
});
