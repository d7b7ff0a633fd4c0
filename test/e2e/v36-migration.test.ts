import type { EngineEvent } from "@pulumi/pulumi/automation";
import { madeOrDeleted, openAccount, type Account, type Declared } from "./helpers/livechat";

// Moving a stack from v2 resources to their v3.6 counterparts (docs/migration.md), end to end: the v3.6
// resources adopt the account's objects while the v2 ones leave the stack without being deleted, so no
// object is deleted or made again, and the stack ends with a clean preview.

const v2: Declared[] = [
  { type: "Group", name: "sales", args: { name: "Sales", language: "de" } },
  {
    type: "Agent",
    name: "jenny",
    args: {
      login: "jenny@example.com",
      name: "Jenny Doe",
      permission: "administrator",
      maxChatsCount: 4,
      groups: [{ $ref: "sales.groupId" }],
    },
  },
];

/** Step 1: the same v2 resources, each set to leave the account alone when it leaves the stack. */
const retained: Declared[] = v2.map((d) => ({ ...d, opts: { retainOnDelete: true } }));

/** Step 2: the v3.6 resources that describe the same objects, adopting them. */
const v36: Declared[] = [
  { type: "v36.Group", name: "sales-v36", args: { name: "Sales", languageCode: "de", adopt: true } },
  {
    type: "v36.Agent",
    name: "jenny-v36",
    args: {
      agentId: "jenny@example.com",
      name: "Jenny Doe",
      role: "administrator",
      maxChatsCount: 4,
      loginStatus: "accepting chats",
      groups: [{ groupId: { $ref: "sales-v36.groupId" }, priority: "normal" }],
      adopt: true,
    },
  },
];

describe("moving a stack from v2 to v3.6 resources", () => {
  let a: Account;

  beforeAll(async () => {
    a = await openAccount();
  }, 120_000);
  afterAll(async () => a?.close());

  it("takes every object over without deleting or making any, ending with a clean preview", async () => {
    await a.declare(v2);
    await a.t.stack.up({ onOutput: a.t.onOutput });
    const before = a.emulator.state() as unknown as Record<string, { id?: number; login?: string }[]>;
    const group = before.groups.find((g) => g.id !== 0)!;

    await a.declare(retained);
    const step1 = await a.t.stack.up({ onOutput: a.t.onOutput });
    expect(step1.summary.resourceChanges).toEqual({ same: 3 });

    a.emulator.clearRequests();
    await a.declare(v36);
    const events: EngineEvent[] = [];
    const step2 = await a.t.stack.up({ onOutput: a.t.onOutput, onEvent: (e) => events.push(e) });
    expect(step2.summary.resourceChanges).toEqual({ same: 1, create: 2, delete: 2 });

    // Nothing was deleted or made in the account: the v3.6 resources found the objects, the v2 ones let go.
    expect(madeOrDeleted(a.emulator)).toEqual([]);
    const after = a.emulator.state() as unknown as Record<string, { id?: number; login?: string }[]>;
    expect(after.groups.map((g) => g.id)).toEqual(before.groups.map((g) => g.id));
    expect(after.agents.map((x) => x.login)).toEqual(before.agents.map((x) => x.login));
    const outputs = (await a.t.stack.outputs()).ids.value as Record<string, string>;
    expect(outputs["sales-v36"]).toBe(String(group.id));
    expect(outputs["jenny-v36"]).toBe("jenny@example.com");

    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 3 });
  }, 600_000);

  it("does it in one step: a v2 resource leaving the stack leaves the object a v3.6 resource adopted", async () => {
    const b = await openAccount();
    try {
      await b.declare(v2);
      await b.t.stack.up({ onOutput: b.t.onOutput });
      const before = b.emulator.state();

      b.emulator.clearRequests();
      await b.declare(v36); // no retainOnDelete step
      let output = "";
      const up = await b.t.stack.up({ onOutput: (text) => (output += text) });
      expect(up.summary.resourceChanges).toEqual({ same: 1, create: 2, delete: 2 });
      expect(madeOrDeleted(b.emulator)).toEqual([]);
      expect(b.emulator.state()).toEqual(before);
      expect(output).toContain(
        "Group 1 leaves the stack but not the account: a v36.Group resource of this program manages the object now.",
      );
      const preview = await b.t.stack.preview({ refresh: true, expectNoChanges: true });
      expect(preview.changeSummary).toEqual({ same: 3 });
    } finally {
      await b.close();
    }
  }, 600_000);
});
