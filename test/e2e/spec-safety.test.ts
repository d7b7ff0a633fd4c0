import { openRootProject } from "./helpers/livechat";
import { failureOf } from "./helpers/stack";

// The root program and a spec that changes under it: a file cut short must not empty the account, and a
// renamed group must keep its id and everything inside it.

const spec = (group: string, renamedFrom?: string) =>
  [
    "groups:",
    `  - name: ${group}`,
    ...(renamedFrom ? [`    renamedFrom: ${renamedFrom}`] : []),
    "greetings:",
    "  - name: Welcome",
    `    group: ${group}`,
    "    rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }]",
    "tags:",
    `  - { name: vip, group: ${group} }`,
    "cannedResponses:",
    `  - { text: Thanks for waiting., tags: [thanks], group: ${group} }`,
    "",
  ].join("\n");

type State = Record<string, Record<string, unknown>[]>;

describe("the root program guards the account against its spec", () => {
  it('refuses an emptied spec, and deletes everything only with "objects: none"', async () => {
    const p = await openRootProject(spec("Sales"));
    try {
      expect((await p.t.stack.up()).summary.resourceChanges).toEqual({ create: 5 });
      p.writeSpec("# everything was here\n");
      const message = await failureOf(() => p.t.stack.up());
      expect(message).toContain(
        "account.yaml: declares no objects: applying it would delete every object this stack manages. " +
          'If the file was cut short, restore it; to empty the account on purpose, write "objects: none" at the top.',
      );
      const state = p.emulator.state() as unknown as State;
      expect(state.groups.map((g) => g.name)).toContain("Sales");
      expect(state.tags.map((t) => t.name)).toEqual(["vip"]);
      expect(state.greetings).toHaveLength(1);
      expect(state.canned_responses).toHaveLength(1);

      p.writeSpec("objects: none\n");
      const preview = await p.t.stack.preview();
      expect(preview.changeSummary).toEqual({ delete: 4, same: 1 });
    } finally {
      await p.close();
    }
  }, 300_000);

  it("renames a group in place with renamedFrom, leaving its greeting, tag and canned response alone", async () => {
    const p = await openRootProject(spec("Sales"));
    try {
      await p.t.stack.up();
      const before = p.emulator.state() as unknown as State;
      const group = before.groups.find((g) => g.name === "Sales")!;

      p.writeSpec(spec("Sales Team", "Sales"));
      const ops: Record<string, string> = {};
      const preview = await p.t.stack.preview({
        onEvent: (e) => {
          const m = e.resourcePreEvent?.metadata;
          if (m && m.type !== "pulumi:pulumi:Stack") ops[m.urn.split("::").pop()!] = m.op;
        },
      });
      expect(preview.changeSummary).toEqual({ update: 1, same: 4 });
      expect(ops["group-sales-team"]).toBe("update");
      expect(Object.values(ops).filter((op) => op !== "same")).toEqual(["update"]);

      const up = await p.t.stack.up();
      expect(up.summary.resourceChanges).toEqual({ update: 1, same: 4 });
      const after = p.emulator.state() as unknown as State;
      expect(after.groups.find((g) => g.id === group.id)?.name).toBe("Sales Team");
      expect(after.greetings.map((g) => [g.id, g.group])).toEqual(
        before.greetings.map((g) => [g.id, group.id]),
      );
      expect(after.canned_responses.map((c) => [c.id, c.group])).toEqual(
        before.canned_responses.map((c) => [c.id, group.id]),
      );
      expect(after.tags).toEqual(before.tags);
      expect((await p.t.stack.outputs()).groupIds.value).toEqual({ "Sales Team": group.id });
      // The new names are now in the state: the next run without renamedFrom changes nothing.
      p.writeSpec(spec("Sales Team"));
      expect((await p.t.stack.preview({ expectNoChanges: true })).changeSummary).toEqual({ same: 5 });
    } finally {
      await p.close();
    }
  }, 300_000);
});
