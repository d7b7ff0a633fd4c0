import * as fs from "fs";
import * as path from "path";
import { openRootProject } from "./helpers/livechat";
import { failureOf } from "./helpers/stack";

// The root program: a whole account from a YAML spec, objects referring to each other by name.
const sample = fs.readFileSync(path.join(__dirname, "../../examples/account/account.yaml"), "utf8");

describe("the root program applies an account spec", () => {
  it("provisions the sample account, resolving group names to this license's ids", async () => {
    const p = await openRootProject(sample, { jennyPassword: "jenny-password-1" });
    try {
      // Another group first, so the spec's groups get ids that differ from a fresh license's.
      p.emulator.seed({ groups: [{ id: 1, name: "Legacy", language: "en", agents: [] }] });
      const up = await p.t.stack.up({ onOutput: p.t.onOutput });
      expect(up.summary.resourceChanges).toEqual({ create: 16 });
      const state = p.emulator.state() as unknown as Record<string, Record<string, unknown>[]>;
      const idOf = (name: string) => state.groups.find((g) => g.name === name)!.id;
      expect(idOf("Sales")).not.toBe(1);
      const john = state.agents.find((a) => a.login === "john.roe@example.com")!;
      expect(john.groups).toEqual(
        expect.arrayContaining([
          { id: idOf("Sales"), name: "Sales" },
          { id: idOf("Support"), name: "Support" },
        ]),
      );
      expect(state.tags.find((t) => t.name === "refund")!.group).toBe(idOf("Support"));
      expect((await p.t.stack.outputs()).groupIds.value).toEqual({
        Sales: idOf("Sales"),
        Support: idOf("Support"),
      });
      const preview = await p.t.stack.preview({ expectNoChanges: true, refresh: true });
      expect(preview.changeSummary).toEqual({ same: 16 });
    } finally {
      await p.close();
    }
  }, 300_000);

  it("refuses a bad spec at preview with the file, the line, the path and the fix, before any API call", async () => {
    const bad = sample
      .replace("login: john.roe@example.com", "login: john.roe")
      .replace("groups: [Sales, Support]", "groups: [Sales, Helpdesk]");
    const p = await openRootProject(bad, { jennyPassword: "jenny-password-1" });
    try {
      const message = await failureOf(() => p.t.stack.preview());
      expect(message).toContain("account.yaml has 2 problems");
      expect(message).toMatch(/account\.yaml:\d+ agents\[1\]\.login: must be an e-mail address/);
      expect(message).toMatch(/account\.yaml:\d+ agents\[1\]\.groups\[1\]: no group named "Helpdesk"/);
      expect(p.emulator.requests()).toEqual([]);
    } finally {
      await p.close();
    }
  }, 300_000);
});
