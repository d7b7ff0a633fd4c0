import type { EngineEvent } from "@pulumi/pulumi/automation";
import { openAccount, type Account, type Declared } from "./helpers/livechat";

// The Configuration API v3.6 resources (module v36) through the real CLI against the emulator, in one stack:
// create, a clean preview, update in place, drift made through the API that refresh reports and up
// restores, and destroy. The v2 API sees what v3.6 made: the emulator keeps one account for both.

const initial: Declared[] = [
  {
    type: "v36.Group",
    name: "sales",
    args: { name: "Sales", agentPriorities: { "owner@example.com": "normal" } },
  },
];

const updated: Declared[] = structuredClone(initial);
const edit = (name: string, args: Record<string, unknown>) =>
  Object.assign(updated.find((d) => d.name === name)!.args, args);
edit("sales", { name: "Sales team", languageCode: "de", agentPriorities: { "Owner@example.com": "last" } });

/** The operation planned for each LiveChat resource that is not left as it is, by resource name. */
function changesOf(events: EngineEvent[]): Record<string, string> {
  const ops: Record<string, string> = {};
  for (const e of events) {
    const m = e.resourcePreEvent?.metadata;
    if (m && m.type.startsWith("pulumi-nodejs:dynamic/livechat/v36:") && m.op !== "same")
      ops[m.urn.split("::").pop()!] = m.op;
  }
  return ops;
}

describe("the v3.6 resources through the Pulumi CLI", () => {
  let a: Account;
  const ids = async () => (await a.t.stack.outputs()).ids.value as Record<string, string>;
  /** Objects as the v3.6 API lists them. */
  const groups = () =>
    a.api.action<{ id: number; name: string }[]>("list_groups", { fields: ["agent_priorities"] });

  beforeAll(async () => {
    a = await openAccount();
    // The owner of the emulator's licence, whose login the fixtures name.
    expect(a.emulator.credentials.login).toBe("owner@example.com");
  }, 120_000);
  afterAll(async () => a?.close());

  it("creates each, under type tokens of their own module", async () => {
    await a.declare(initial);
    const events: EngineEvent[] = [];
    const up = await a.t.stack.up({ onOutput: a.t.onOutput, onEvent: (e) => events.push(e) });
    expect(up.summary.resourceChanges).toEqual({ create: initial.length + 1 });
    expect(changesOf(events)).toEqual({ sales: "create" });
    const id = await ids();
    expect(await groups()).toContainEqual({
      id: Number(id.sales),
      name: "Sales",
      language_code: "en",
      agent_priorities: { "owner@example.com": "normal" },
      routing_status: expect.any(String),
    });
    // The same account through v2.
    const v2 = await a.api.request<{ id: number; name: string; agents: string[] }[]>("GET", "/groups");
    expect(v2).toContainEqual(expect.objectContaining({ id: Number(id.sales), name: "Sales" }));
  }, 300_000);

  it("previews no change right after up, and a refresh finds no drift", async () => {
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: initial.length + 1 });
  }, 300_000);

  it("updates in place", async () => {
    const before = await ids();
    await a.declare(updated);
    const up = await a.t.stack.up({ onOutput: a.t.onOutput });
    expect(up.summary.resourceChanges).toEqual({ same: 1, update: initial.length });
    expect(await ids()).toEqual(before);
    expect(await groups()).toContainEqual(
      expect.objectContaining({
        id: Number(before.sales),
        name: "Sales team",
        language_code: "de",
        agent_priorities: { "owner@example.com": "last" },
      }),
    );
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
  }, 300_000);

  it("reports drift made through the API, and up restores it", async () => {
    const id = await ids();
    await a.api.action("update_group", { id: Number(id.sales), name: "Renamed by hand" });
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ refresh: true, onEvent: (e) => events.push(e) });
    expect(changesOf(events)).toEqual({ sales: "update" });
    await a.t.stack.up({ refresh: true, onOutput: a.t.onOutput });
    expect((await groups()).find((g) => g.id === Number(id.sales))?.name).toBe("Sales team");
    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
  }, 300_000);

  it("destroys everything it made, and only that", async () => {
    const id = await ids();
    await a.t.stack.destroy({ onOutput: a.t.onOutput });
    expect((await groups()).map((g) => g.id)).not.toContain(Number(id.sales));
    expect((await groups()).map((g) => g.id)).toContain(0);
  }, 300_000);
});
