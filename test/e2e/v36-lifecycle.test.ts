import type { EngineEvent } from "@pulumi/pulumi/automation";
import { v36ChangesOf } from "./helpers/events";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// The Configuration API v3.6 resources (module v36) through the real CLI against the emulator, in one stack:
// create, a clean preview, update in place, drift made through the API that refresh reports and up
// restores, and destroy. The v2 API sees what v3.6 made: the emulator keeps one account for both.

const initial: Declared[] = [
  {
    type: "v36.Group",
    name: "sales",
    args: { name: "Sales", agentPriorities: { "owner@example.com": "normal" } },
  },
  // Membership managed from the agents' side.
  { type: "v36.Group", name: "support", args: { name: "Support" } },
  {
    type: "v36.Agent",
    name: "jenny",
    args: {
      agentId: "jenny@example.com",
      name: "Jenny Doe",
      role: "administrator",
      groups: [{ groupId: { $ref: "support.groupId" }, priority: "first" }],
      notifications: ["new_visitor", "incoming_chat"],
      emailSubscriptions: ["weekly_summary"],
      maxChatsCount: 4,
      // Two ranges on one day; the server keeps them in an order of its own.
      workScheduler: {
        timezone: "Europe/Warsaw",
        schedule: [
          { day: "monday", enabled: true, start: "13:30", end: "16:00" },
          { day: "monday", enabled: true, start: "08:00", end: "12:30" },
        ],
      },
    },
  },
];

const updated: Declared[] = structuredClone(initial);
const edit = (name: string, args: Record<string, unknown>) =>
  Object.assign(updated.find((d) => d.name === name)!.args, args);
edit("sales", { name: "Sales team", languageCode: "de", agentPriorities: { "Owner@example.com": "last" } });
edit("jenny", {
  jobTitle: "Team Lead",
  maxChatsCount: 20,
  groups: [{ groupId: { $ref: "support.groupId" }, priority: "supervisor" }],
  notifications: ["new_goal"],
  workScheduler: {
    timezone: "America/New_York",
    schedule: [{ day: "friday", enabled: false, start: "09:00", end: "17:00" }],
  },
});

describe("the v3.6 resources through the Pulumi CLI", () => {
  let a: Account;
  const ids = async () => (await a.t.stack.outputs()).ids.value as Record<string, string>;
  /** Objects as the v3.6 API lists them. */
  const groups = () =>
    a.api.action<{ id: number; name: string }[]>("list_groups", { fields: ["agent_priorities"] });
  const agent = () =>
    a.api.action<Record<string, unknown>>("get_agent", {
      id: "jenny@example.com",
      fields: [
        "groups",
        "notifications",
        "email_subscriptions",
        "max_chats_count",
        "job_title",
        "work_scheduler",
      ],
    });

  beforeAll(async () => {
    a = await openAccount();
    // The owner of the emulator's licence, whose login the fixtures name.
    expect(a.emulator.credentials.login).toBe("owner@example.com");
  }, 120_000);
  afterAll(async () => a?.close());

  /** The first up, with the resources declared, and its engine events. */
  const created = step(async () => {
    await a.declare(initial);
    const events: EngineEvent[] = [];
    const up = await a.t.stack.up({ onOutput: a.t.onOutput, onEvent: (e) => events.push(e) });
    return { up, events };
  });
  /** Then the up with them edited: the ids before it, and its result. */
  const edited = step(async () => {
    await created();
    const before = await ids();
    await a.declare(updated);
    return { before, up: await a.t.stack.up({ onOutput: a.t.onOutput }) };
  });

  it("creates each, under type tokens of their own module", async () => {
    const { up, events } = await created();
    expect(up.summary.resourceChanges).toEqual({ create: initial.length + 1 });
    expect(v36ChangesOf(events)).toEqual({ sales: "create", support: "create", jenny: "create" });
    const id = await ids();
    expect(await groups()).toContainEqual({
      id: Number(id.sales),
      name: "Sales",
      language_code: "en",
      agent_priorities: { "owner@example.com": "normal" },
      routing_status: expect.any(String),
    });
    expect(await agent()).toMatchObject({
      id: "jenny@example.com",
      name: "Jenny Doe",
      role: "administrator",
      login_status: "not accepting chats",
      max_chats_count: 4,
      groups: expect.arrayContaining([{ id: Number(id.support), priority: "first" }]),
      notifications: expect.arrayContaining(["new_visitor", "incoming_chat"]),
      email_subscriptions: ["weekly_summary"],
      work_scheduler: { timezone: "Europe/Warsaw", schedule: expect.any(Array) },
    });
    // The same account through v2.
    const v2 = await a.api.request<{ id: number; name: string; agents: string[] }[]>("GET", "/groups");
    expect(v2).toContainEqual(expect.objectContaining({ id: Number(id.sales), name: "Sales" }));
    expect(v2).toContainEqual(
      expect.objectContaining({ id: Number(id.support), agents: ["jenny@example.com"] }),
    );
  }, 300_000);

  it("previews no change right after up, and a refresh finds no drift", async () => {
    await created();
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: initial.length + 1 });
  }, 300_000);

  it("updates in place", async () => {
    const { before, up } = await edited();
    // The support group is left as it is.
    expect(up.summary.resourceChanges).toEqual({ same: 2, update: initial.length - 1 });
    expect(await ids()).toEqual(before);
    expect(await groups()).toContainEqual(
      expect.objectContaining({
        id: Number(before.sales),
        name: "Sales team",
        language_code: "de",
        agent_priorities: { "owner@example.com": "last" },
      }),
    );
    expect(await agent()).toMatchObject({
      job_title: "Team Lead",
      max_chats_count: 20,
      groups: expect.arrayContaining([{ id: Number(before.support), priority: "supervisor" }]),
      notifications: ["new_goal"],
      work_scheduler: {
        timezone: "America/New_York",
        schedule: [{ day: "friday", enabled: false, start: "09:00", end: "17:00" }],
      },
    });
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
  }, 300_000);

  it("reports drift made through the API, and up restores it", async () => {
    await edited();
    const id = await ids();
    await a.api.action("update_group", { id: Number(id.sales), name: "Renamed by hand" });
    await a.api.action("update_agent", { id: "jenny@example.com", job_title: "Intern", notifications: [] });
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ refresh: true, onEvent: (e) => events.push(e) });
    expect(v36ChangesOf(events)).toEqual({ sales: "update", jenny: "update" });
    await a.t.stack.up({ refresh: true, onOutput: a.t.onOutput });
    expect((await groups()).find((g) => g.id === Number(id.sales))?.name).toBe("Sales team");
    expect(await agent()).toMatchObject({ job_title: "Team Lead", notifications: ["new_goal"] });
    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: initial.length + 1 });
  }, 300_000);

  it("destroys everything it made, and only that", async () => {
    await created();
    const id = await ids();
    await a.t.stack.destroy({ onOutput: a.t.onOutput });
    expect((await groups()).map((g) => g.id)).not.toContain(Number(id.sales));
    expect((await groups()).map((g) => g.id)).toContain(0);
    const agents = await a.api.action<{ id: string }[]>("list_agents");
    expect(agents.map((x) => x.id)).toEqual(["owner@example.com"]);
  }, 300_000);
});
