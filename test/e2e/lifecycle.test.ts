import type { EngineEvent } from "@pulumi/pulumi/automation";
import { changesOf } from "./helpers/events";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// The whole lifecycle of all seven resources through the real CLI against the emulator, one stack holding
// them all (each CLI run costs seconds): create, no-op preview, refresh without drift, update in place or
// replace, drift made through the API that refresh reports and up restores, deletion behind Pulumi's back,
// and destroy back to the account as it was.

const initial: Declared[] = [
  { type: "Group", name: "sales", args: { name: "Sales", language: "en" } },
  {
    type: "Agent",
    name: "jenny",
    args: {
      login: "jenny@example.com",
      name: "Jenny Doe",
      permission: "administrator",
      password: "initial-password",
      groups: [{ $ref: "sales.groupId" }],
    },
  },
  {
    type: "Goal",
    name: "checkout",
    args: { name: "checkout", type: "url", url: "http://shop.example.com/thanks" },
  },
  {
    type: "Greeting",
    name: "welcome",
    args: {
      name: "Welcome",
      message: "Hi there!",
      // The server answers these rules in another order and with string values.
      rules: [
        { type: "visit_time_page", value: 15, operator: "greater_than" },
        { type: "visits_number", value: 2, operator: "greater_or_equal" },
      ],
    },
  },
  { type: "Tag", name: "vip", args: { name: "vip", group: { $ref: "sales.groupId" } } },
  // The server sorts these tags its own way.
  { type: "CannedResponse", name: "bye", args: { text: "Have a great day, goodbye.", tags: ["bye", "cu"] } },
  // The server stores http:// as https://.
  {
    type: "Webhook",
    name: "hook",
    args: {
      url: "http://hooks.example.com/livechat",
      eventType: "chat_started",
      dataTypes: ["chat", "visitor"],
    },
  },
];

const updated: Declared[] = structuredClone(initial);
const edit = (name: string, args: Record<string, unknown>) =>
  Object.assign(updated.find((d) => d.name === name)!.args, args);
edit("sales", { name: "Sales team" });
edit("jenny", { jobTitle: "Team Lead", maxChatsCount: 3 });
edit("checkout", { active: false, matchType: "exact" });
edit("welcome", {
  message: "Welcome back!",
  rules: [{ type: "url_current", value: "pricing", operator: "contains" }],
});
edit("vip", { name: "vip-customers" });
edit("bye", { tags: ["bye", "later"] });
edit("hook", { dataTypes: ["chat"] });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's state, read loosely in assertions
type AccountState = Record<string, any[]>;

describe("lifecycle of every resource through the Pulumi CLI", () => {
  let a: Account;
  let before: AccountState;
  const state = () => a.emulator.state() as unknown as AccountState;
  const ids = async () => (await a.t.stack.outputs()).ids.value as Record<string, string>;

  beforeAll(async () => {
    a = await openAccount();
    before = state();
  }, 120_000);
  afterAll(async () => a?.close());

  /** The first up, with the seven declared. */
  const created = step(async () => {
    await a.declare(initial);
    return a.t.stack.up({ onOutput: a.t.onOutput });
  });
  /** Then the up with every resource edited: the ids before it, and its result. */
  const edited = step(async () => {
    await created();
    const idsBefore = await ids();
    await a.declare(updated);
    return { idsBefore, up: await a.t.stack.up({ onOutput: a.t.onOutput }) };
  });

  it("creates all seven", async () => {
    const up = await created();
    expect(up.summary.resourceChanges).toEqual({ create: 8 });
    const s = state();
    const sales = s.groups.find((g: { name: string }) => g.name === "Sales");
    expect(sales).toBeDefined();
    expect(s.agents.find((x: { login: string }) => x.login === "jenny@example.com")).toMatchObject({
      name: "Jenny Doe",
      permission: "administrator",
      groups: [{ id: sales.id, name: "Sales" }],
    });
    expect(s.goals).toEqual([
      expect.objectContaining({ name: "checkout", url: "http://shop.example.com/thanks" }),
    ]);
    expect(s.greetings).toHaveLength(1);
    expect(s.tags).toEqual([expect.objectContaining({ name: "vip", group: sales.id })]);
    expect(s.canned_responses).toEqual([expect.objectContaining({ tags: ["cu", "bye"] })]);
    expect(s.webhooks).toEqual([expect.objectContaining({ url: "https://hooks.example.com/livechat" })]);
  }, 300_000);

  it("prints no warning of the runtime's in an up or a preview (Node's ExperimentalWarning of node:ffi)", async () => {
    await created();
    // Pulumi's closure serializer loads every Node built-in module, node:ffi too, which Node 26 warns about; the
    // resources serialize nothing, so neither the program nor the provider host loads it.
    const events: EngineEvent[] = [];
    const output: string[] = [];
    await a.t.stack.preview({ onEvent: (e) => events.push(e), onOutput: (l) => output.push(l) });
    const text = [...a.t.output, ...output, ...events.map((e) => e.diagnosticEvent?.message ?? "")].join(
      "\n",
    );
    expect(text).toContain("Resources:"); // the output is there to be searched
    expect(text).not.toMatch(/ExperimentalWarning|DeprecationWarning|\(node:\d+\) \w*Warning/);
  }, 300_000);

  it("keeps the serialized provider tiny and free of credentials, and secrets encrypted", async () => {
    await created();
    // The state file itself: the Automation API's exportStack shows secrets in clear.
    const { checkpoint } = JSON.parse(a.t.rawState());
    const deployment = checkpoint.latest;
    const resources = deployment.resources.filter((r: { type: string }) =>
      r.type.startsWith("pulumi-nodejs:dynamic/livechat:"),
    );
    expect(resources).toHaveLength(7);
    for (const r of resources) {
      expect(r.inputs.__provider).toMatch(/require\("pulumi-livechat\/dist\/provider\/stubs\/\w+\.js"\)/);
      expect(r.inputs.__provider.length).toBeLessThan(1024);
    }
    // Per object on average (an agent, the largest, is a little over; the engine's own source positions and
    // stack traces are a third of each).
    const bytes = resources.map((r: object) => JSON.stringify(r).length);
    expect(bytes.reduce((x: number, y: number) => x + y, 0) / bytes.length).toBeLessThan(3072);
    const text = a.t.rawState();
    for (const secret of ["initial-password", a.emulator.credentials.pat, state().webhooks[0].token]) {
      expect(text).not.toContain(secret);
    }
  }, 300_000);

  it("previews no change right after up, despite what the server normalized", async () => {
    await created();
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 8 });
  }, 300_000);

  it("refreshes without reporting anything when nothing drifted", async () => {
    await created();
    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: 8 });
  }, 300_000);

  it("updates in place, and replaces what the API cannot edit", async () => {
    const { idsBefore, up } = await edited();
    expect(up.summary.resourceChanges).toEqual({ same: 1, update: 5, replace: 2 });
    const idsAfter = await ids();
    for (const name of ["sales", "jenny", "checkout", "welcome", "bye"])
      expect(idsAfter[name]).toBe(idsBefore[name]);
    expect(idsAfter.vip).not.toBe(idsBefore.vip);
    expect(idsAfter.hook).not.toBe(idsBefore.hook);
    const s = state();
    expect(s.groups.map((g: { name: string }) => g.name)).toEqual(["All operators", "Sales team"]);
    expect(s.agents.find((x: { login: string }) => x.login === "jenny@example.com")).toMatchObject({
      job_title: "Team Lead",
      max_chats_count: 3,
    });
    expect(s.goals[0]).toMatchObject({ active: 0, match_type: "exact" });
    expect(s.greetings[0]).toMatchObject({ properties: { "greeting-message_text": "Welcome back!" } });
    expect(s.greetings[0].rules).toEqual([
      expect.objectContaining({ type: "url_current", value: "pricing" }),
    ]);
    expect(s.tags.map((t: { name: string }) => t.name)).toEqual(["vip-customers"]);
    expect(s.canned_responses[0].tags).toEqual(["later", "bye"]);
    expect(s.webhooks).toEqual([expect.objectContaining({ data_types: ["chat"] })]);
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 8 });
  }, 300_000);

  it("reports drift made behind Pulumi's back, and nothing else, then up restores it", async () => {
    await edited();
    const id = await ids();
    await a.api.request("PUT", `/groups/${id.sales}`, { body: { name: "Renamed by hand" } });
    await a.api.request("PUT", "/agents/jenny@example.com", { body: { job_title: "Intern" } });
    await a.api.request("PUT", `/goals/${id.checkout}`, { body: { active: 1 } });
    await a.api.request("PUT", `/greetings/${id.welcome}`, {
      body: { properties: { "greeting-message_text": "Edited" } },
    });
    await a.api.request("PUT", `/canned_responses/${id.bye}`, { body: { tags: ["edited"] } });
    // Tags and webhooks cannot be edited: someone deletes them instead.
    await a.api.request("DELETE", "/tags/vip-customers", { body: { group: Number(id.sales) } });
    const hook = state().webhooks[0];
    await a.api.request("DELETE", `/webhooks/${hook.id}`);

    const events: EngineEvent[] = [];
    await a.t.stack.preview({ refresh: true, onEvent: (e) => events.push(e) });
    expect(changesOf(events)).toEqual({
      sales: "update",
      jenny: "update",
      checkout: "update",
      welcome: "update",
      bye: "update",
      vip: "create",
      hook: "create",
    });

    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: 1, update: 5, delete: 2 });

    const up = await a.t.stack.up({ onOutput: a.t.onOutput });
    expect(up.summary.resourceChanges).toEqual({ same: 1, update: 5, create: 2 });
    const s = state();
    expect(s.groups[1].name).toBe("Sales team");
    expect(s.agents.find((x: { login: string }) => x.login === "jenny@example.com").job_title).toBe(
      "Team Lead",
    );
    expect(s.goals[0].active).toBe(0);
    expect(s.greetings[0].properties["greeting-message_text"]).toBe("Welcome back!");
    expect([...s.canned_responses[0].tags].sort()).toEqual(["bye", "later"]);
    expect(s.tags.map((t: { name: string }) => t.name)).toEqual(["vip-customers"]);
    expect(s.webhooks).toHaveLength(1);
    const preview = await a.t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: 8 });
  }, 300_000);

  it("destroys everything, leaving the account as it was", async () => {
    await created();
    const destroy = await a.t.stack.destroy({ onOutput: a.t.onOutput });
    expect(destroy.summary.resourceChanges).toEqual({ delete: 8 });
    expect(state()).toEqual(before);
  }, 300_000);
});
