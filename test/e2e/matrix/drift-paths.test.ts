import { className } from "../../../src/provider/declaration";
import type { DriftReport } from "../../../src/tools/report";
import { managedObjects } from "../../../src/tools/stack";
import { unmanagedSources } from "../../../src/tools/unmanaged";
import { entriesOf, programOf, stateOf, type Variant } from "./cells";
import { makeDrift } from "./lifecycle";
import { makeUnmanaged } from "./unmanaged";
import { openWorld, type World } from "./world";

// `livechat-pulumi drift` compares the account with the stack's last deployment without running the engine;
// `--preview` compares it with the code through a preview with refresh. With the code deployed as it is, both must
// say the same, in every format's content: over a corpus of drift of every type and every kind (a field changed,
// an object deleted, an object added behind the stack's back, membership moved between groups, a v3.6 object edited
// through v2 and a v2 object through v3.6), each made on the account as the last up left it, both reports are
// compared whole, but for what says which path made them.

const withoutPath = ({ comparedWith: _c, codeChanged: _d, ...report }: DriftReport) => report;

describe("drift against the last deployment and against the code", () => {
  let world: World;
  const entries = entriesOf();
  const declare = (variant: Variant) =>
    world.stack.setConfig("test:resources", {
      value: JSON.stringify(programOf(world, entries, variant)),
      secret: true,
    });

  beforeAll(async () => {
    world = await openWorld("resources");
    await declare("updated");
    await world.stack.up({ onOutput: (l) => world.output.push(l) });
  }, 300_000);
  afterAll(async () => world?.close());

  /** Both reports of the account as it is now, and the account put back (up --refresh) afterwards. */
  const bothReports = async (...flags: string[]) => {
    const args = ["drift", "--stack", "test", "--cwd", world.dir, "--json", ...flags];
    const [fromState, fromPreview] = [await world.cli(args), await world.cli([...args, "--preview"])];
    await world.stack.up({ refresh: true, onOutput: (l) => world.output.push(l) });
    for (const r of [fromState, fromPreview])
      expect({ code: r.code, stderr: r.code === 2 ? "" : r.stderr }).toEqual({ code: 2, stderr: "" });
    const state = JSON.parse(fromState.stdout) as DriftReport;
    const preview = JSON.parse(fromPreview.stdout) as DriftReport;
    expect(state.comparedWith).toBe("deployment");
    expect(preview.comparedWith).toBe("code");
    return { state, preview };
  };

  it("fields changed and objects deleted, of every type", async () => {
    const expected = await makeDrift(world, entries);
    const { state, preview } = await bothReports();
    expect(withoutPath(state)).toEqual(withoutPath(preview));
    // Every entry the corpus changed is in the report: the comparison is not of two empty reports.
    expect(state.resources.map((r) => r.name)).toEqual(expect.arrayContaining([...expected.keys()]));
    const types = new Set(state.resources.map((r) => r.type));
    expect(
      [...new Set(entries.filter((e) => expected.has(e.name)).map((e) => className(e.declaration)))].filter(
        (t) => !types.has(t),
      ),
    ).toEqual([]);
  }, 600_000);

  it("objects added behind the stack's back, of every listed type", async () => {
    const made = await makeUnmanaged(world, entries);
    const { state, preview } = await bothReports("--unmanaged");
    expect(withoutPath(state)).toEqual(withoutPath(preview));
    // Listed under their own type where the stack reads their section in their generation (this stack holds both,
    // so the sections both have are read as v2's: the spec path's cells list the others, test/e2e/matrix).
    const { deployment } = await world.stack.exportStack();
    const read = unmanagedSources(managedObjects(deployment).ids)
      .flat()
      .map((s) => s.declaration);
    const listed = [...made].filter(([declaration]) => read.includes(declaration));
    expect(listed.length).toBeGreaterThan(5);
    for (const [declaration, id] of listed)
      expect((state.unmanaged?.[className(declaration)] ?? []).map((o) => o.id)).toContain(id);
  }, 600_000);

  it("membership moved between groups, and v3.6 objects edited through v2 and the reverse", async () => {
    const ids = await stateOf(world);
    const sam = ids.get("agent-1")!.id; // a v2 agent, in Billing and Support
    const ana = ids.get("v36-agent-1")!.id; // a v3.6 agent, a supervisor in Billing
    const billing = world.groupIds.get("Billing")!;
    // Through v2: sam leaves Billing; ana (a v3.6 agent) gets another job title and Support.
    await world.api.request("PUT", `/agents/${encodeURIComponent(sam)}`, {
      body: { groups: [world.groupIds.get("Support")] },
    });
    await world.api.request("PUT", `/agents/${encodeURIComponent(ana)}`, {
      body: { job_title: "Edited through v2", groups: [billing, world.groupIds.get("Support")] },
    });
    // Through v3.6: the v2 agent's chat limit, and the v2 group "Sales team" loses its members.
    await world.api.action("update_agent", { id: sam, max_chats_count: 2 });
    const sales = ids.get("group-1")!.id;
    await world.api.action("update_group", { id: Number(sales), agent_priorities: {} });
    const { state, preview } = await bothReports();
    expect(withoutPath(state)).toEqual(withoutPath(preview));
    const named = (name: string) => state.resources.find((r) => r.name === name)?.fields.map((f) => f.field);
    expect(named("agent-1")).toEqual(expect.arrayContaining(["groups", "maxChatsCount"]));
    expect(named("v36-agent-1")).toEqual(expect.arrayContaining(["jobTitle", "groups"]));
    expect(named("group-1")).toEqual(["agents"]);
  }, 600_000);
});
