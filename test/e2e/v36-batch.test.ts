import type { EngineEvent } from "@pulumi/pulumi/automation";
import { expectUpFails, expectUpSucceeds } from "./helpers/faults";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// v3.6 agents written by one up arrive at the provider together: their creates, updates and deletes go out
// as batch_* calls, each item's answer or error going back to its own resource. Under injected faults (the
// answer of every batch create lost after the server applied it) the first up makes every agent exactly once.

const agents = (prefix: string, n: number, more: Record<string, unknown> = {}): Declared[] =>
  Array.from({ length: n }, (_, i) => ({
    type: "v36.Agent",
    name: `${prefix}${i}`,
    args: { agentId: `${prefix}${i}@example.com`, name: `Agent ${prefix}${i}`, ...more },
  }));

const ACTION = "/v3.6/configuration/action/";

describe("batched v3.6 agent writes", () => {
  let a: Account;
  /** The v3.6 methods called since `from` (an index into the request log), with how often. */
  const calls = (from = 0) => {
    const counts: Record<string, number> = {};
    for (const r of a.emulator.requests().slice(from))
      if (r.path.startsWith(ACTION))
        counts[r.path.slice(ACTION.length)] = (counts[r.path.slice(ACTION.length)] ?? 0) + 1;
    return counts;
  };
  const ids = async () => (await a.api.action<{ id: string }[]>("list_agents")).map((x) => x.id).sort();
  const cleanPreview = async () => {
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ onEvent: (e) => events.push(e) });
    return events.filter(
      (e) => e.resourcePreEvent && !["same", "read"].includes(e.resourcePreEvent.metadata.op),
    ).length;
  };

  beforeAll(async () => {
    a = await openAccount({ "livechat:maxRequestsPerSecond": "100" });
  }, 120_000);
  afterAll(async () => a?.close());

  /** 30 agents made, then updated, then 20 of them deleted, one up each: the calls each up made. */
  const createdUpdatedDeleted = step(async () => {
    const from = a.emulator.requests().length;
    await a.declare(agents("a", 30));
    const created = await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
    const made = calls(from);
    const idsAfterCreate = await ids();
    const previewAfterCreate = await cleanPreview();

    const beforeUpdate = a.emulator.requests().length;
    await a.declare(agents("a", 30, { jobTitle: "Batched" }));
    await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
    const updates = calls(beforeUpdate);

    const beforeDelete = a.emulator.requests().length;
    await a.declare(agents("a", 10, { jobTitle: "Batched" }));
    await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
    const deletes = calls(beforeDelete);
    return {
      created,
      made,
      idsAfterCreate,
      previewAfterCreate,
      updates,
      deletes,
      idsAfterDelete: await ids(),
    };
  });

  it("creates, updates and deletes many agents in a few batch calls", async () => {
    const { created, made, idsAfterCreate, previewAfterCreate, updates, deletes, idsAfterDelete } =
      await createdUpdatedDeleted();
    expect(created.summary.resourceChanges).toEqual({ create: 31 });
    expect(made.create_agent ?? 0).toBe(0);
    // How many share a call depends on how fast the engine hands them over (a busy machine spreads them):
    // never one by one, and at most half as many calls as agents.
    expect(made.batch_create_agents).toBeGreaterThanOrEqual(1);
    expect(made.batch_create_agents).toBeLessThanOrEqual(15);
    expect(idsAfterCreate).toEqual(
      ["owner@example.com", ...agents("a", 30).map((d) => d.args.agentId as string)].sort(),
    );
    expect(previewAfterCreate).toBe(0);
    // Updates reach the provider spread out (each after its own diff): fewer per batch, but never one by one.
    expect(updates.update_agent ?? 0).toBe(0);
    expect(updates.batch_update_agents).toBeLessThanOrEqual(15);
    expect(deletes.delete_agent ?? 0).toBe(0);
    expect(deletes.batch_delete_agents).toBeLessThanOrEqual(10);
    expect(idsAfterDelete.length).toBe(11);
  }, 600_000);

  /** 20 more agents made while every batch_create_agents answer is lost after the server applied it. */
  const madeWithLostBatches = step(async () => {
    await createdUpdatedDeleted();
    await a.declare([...agents("a", 10, { jobTitle: "Batched" }), ...agents("b", 20)]);
    const from = a.emulator.requests().length;
    a.emulator.setFaults({ dropAfterWriteRate: 1, actions: ["batch_create_agents"] });
    try {
      const up = await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
      return { up, log: a.emulator.requests().slice(from) };
    } finally {
      a.emulator.clearFaults();
    }
  });

  it("a batch whose answer is lost after the server applied it: every agent made once, none lost", async () => {
    const { up, log } = await madeWithLostBatches();
    expect(up.summary.resourceChanges).toEqual({ create: 20, same: 11 });
    // The fault fired on every batch create (how many batches the engine's pace makes varies), each agent was
    // then found by its id: none was sent again alone, and every other call was answered.
    const batches = log.filter((r) => r.path === `${ACTION}batch_create_agents`);
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches.map((r) => r.status)).toEqual(batches.map(() => 0));
    expect(log.filter((r) => r.path === `${ACTION}create_agent`)).toEqual([]);
    expect(log.filter((r) => r.path !== `${ACTION}batch_create_agents` && r.status !== 200)).toEqual([]);
    const all = await ids();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      ["owner@example.com", ...agents("a", 10), ...agents("b", 20)]
        .map((d) => (typeof d === "string" ? d : (d.args.agentId as string)))
        .sort(),
    );
    expect(await cleanPreview()).toBe(0);
  }, 600_000);

  it("an item refused within a batch fails its own resource only, naming the fix", async () => {
    await madeWithLostBatches();
    // Someone makes c1 by hand before Pulumi does: its item is refused as already existing.
    await a.api.action("create_agent", { id: "c1@example.com", name: "By hand" });
    await a.declare([...agents("a", 10, { jobTitle: "Batched" }), ...agents("b", 20), ...agents("c", 3)]);
    // continueOnError: c0 and c2 are made whether or not they reached the provider in c1's batch (on a busy
    // machine they may come later, and the engine starts no new step after a failure otherwise).
    const failed = await expectUpFails(a.t.stack, { onOutput: a.t.onOutput, continueOnError: true });
    expect(failed.errors).toEqual([
      {
        name: "c1",
        message:
          "Agent with this agent id already exists in the account (id c1@example.com). Set adopt: true to take " +
          "it over, or change the agent id. If another stack manages this account too, only one of them may " +
          "declare it.\n",
      },
    ]);
    const all = await ids();
    expect(all).toEqual(expect.arrayContaining(["c0@example.com", "c1@example.com", "c2@example.com"]));
    expect(new Set(all).size).toBe(all.length);
  }, 600_000);
});
