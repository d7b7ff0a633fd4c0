import type { EngineEvent } from "@pulumi/pulumi/automation";
import { changesOf, errorsOf } from "./helpers/events";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// An input that comes from a resource created in the same run is unknown during the preview. Every input
// of every resource may be: the preview must plan the create (no crash, no default put in its place), the
// up must then make the object, and the preview after it must be clean. One resource per (type, input)
// pair, each with only that input unknown, all in one stack.

const ANCHOR = "anchor";
/** Stands for the login of the account's owner, the emulator's credentials. */
const OWNER = "<owner>";
const unknown = (value: unknown, after = ANCHOR) => ({ $unknown: value, after });

/** Per type: the arguments of a valid object keyed by `k`, and a valid value for each input. */
const TYPES: Record<
  string,
  { args: (k: string) => Record<string, unknown>; inputs: Record<string, unknown> }
> = {
  Group: {
    args: (k) => ({ name: `Group ${k}` }),
    inputs: { name: undefined, language: "de", agents: [], adopt: false },
  },
  Agent: {
    args: (k) => ({ login: `agent-${k}@example.com`, name: `Agent ${k}` }),
    inputs: {
      login: undefined,
      name: undefined,
      permission: "administrator",
      jobTitle: "Night shift",
      loginStatus: "not accepting chats",
      password: "agent-password",
      groups: [{ $ref: `${ANCHOR}.groupId` }],
      notifications: { newGoal: false, visitorIsTyping: true },
      dailySummary: false,
      maxChatsCount: 4,
      workScheduler: { monday: { enabled: true, start: "09:00", end: "17:00" } },
      adopt: false,
    },
  },
  UrlGoal: {
    args: (k) => ({ name: `Goal ${k}`, type: "url", url: `https://shop.example.com/${k}` }),
    inputs: {
      name: undefined,
      type: undefined,
      active: false,
      url: undefined,
      matchType: "exact",
      adopt: false,
    },
  },
  VariableGoal: {
    args: (k) => ({
      name: `Goal ${k}`,
      type: "custom_variable",
      customVariableName: "plan",
      customVariableValue: k,
    }),
    inputs: { customVariableName: undefined, customVariableValue: undefined },
  },
  SalesGoal: {
    args: (k) => ({ name: `Goal ${k}`, type: "sales_tracker" }),
    inputs: {
      valueType: "set",
      value: "10",
      currency: "USD",
      timeRange: "30",
      orderFieldName: "order_id",
      valueFieldName: "order_value",
      salesTrackerId: "tracker-1",
    },
  },
  Greeting: {
    args: (k) => ({
      name: `Greeting ${k}`,
      rules: [{ type: "visits_number", value: 2, operator: "greater_or_equal" }],
    }),
    inputs: {
      name: undefined,
      rules: undefined,
      message: "Welcome!",
      active: false,
      group: 0,
      subtype: "announcement",
      adopt: false,
    },
  },
  Tag: {
    args: (k) => ({ name: `tag-${k}` }),
    inputs: { name: undefined, group: 0, author: OWNER, adopt: false },
  },
  CannedResponse: {
    args: (k) => ({ text: `Canned ${k}: thank you.`, tags: [k] }),
    inputs: { text: undefined, tags: undefined, group: 0, adopt: false },
  },
  Webhook: {
    args: (k) => ({
      url: `https://hooks.example.com/${k}`,
      eventType: "chat_started",
      dataTypes: ["chat", "visitor"],
    }),
    inputs: { url: undefined, eventType: undefined, dataTypes: undefined, adopt: false },
  },
};
const classOf = (kind: string) => (kind.endsWith("Goal") ? "Goal" : kind);

/**
 * The anchor group (created in the same run, so its id is unknown at preview) and one resource per
 * (type, input) with that input unknown. `undefined` in TYPES means: the value the type's args give.
 */
function declared(owner: string): Declared[] {
  const out: Declared[] = [{ type: "Group", name: ANCHOR, args: { name: "Anchor" } }];
  for (const [kind, { args, inputs }] of Object.entries(TYPES)) {
    for (const [input, given] of Object.entries(inputs)) {
      const k = `${kind}-${input}`.toLowerCase();
      const base = args(k);
      const value = given === OWNER ? owner : given === undefined ? base[input] : given;
      out.push({ type: classOf(kind), name: k, args: { ...base, [input]: unknown(value) } });
    }
  }
  return out;
}

describe("inputs unknown during preview, for every input of every resource", () => {
  let a: Account;
  let resources: Declared[];
  let names: string[];

  beforeAll(async () => {
    a = await openAccount({ "livechat:maxRequestsPerSecond": "100" });
    resources = declared(a.emulator.credentials.login);
    names = resources.map((r) => r.name);
    await a.declare(resources);
  }, 120_000);
  afterAll(async () => a?.close());

  /** The up of every resource (their unknown inputs known by then). */
  const created = step(() => a.t.stack.up({ onOutput: a.t.onOutput }));

  it("previews a create of each, with no error", async () => {
    // 43 inputs, adopt once per type, and the anchor.
    expect(names).toHaveLength(51);
    const events: EngineEvent[] = [];
    let failure = "";
    await a.t.stack.preview({ onEvent: (e) => events.push(e) }).catch((e) => (failure = String(e)));
    expect({ errors: errorsOf(events), failure: failure.slice(0, 3000) }).toEqual({
      errors: [],
      failure: "",
    });
    expect(changesOf(events)).toEqual(Object.fromEntries(names.map((n) => [n, "create"])));
  }, 300_000);

  it("creates each in the up, and previews no change after it", async () => {
    const up = await created();
    expect(up.summary.resourceChanges).toEqual({ create: names.length + 1 });
    const events: EngineEvent[] = [];
    const preview = await a.t.stack.preview({ onEvent: (e) => events.push(e) });
    expect(changesOf(events)).toEqual({});
    expect(preview.changeSummary).toEqual({ same: names.length + 1 });
  }, 300_000);

  it("plans an update, never a replace, when an existing agent's notifications become unknown", async () => {
    await created();
    const changed = structuredClone(resources);
    changed.splice(1, 0, { type: "Group", name: "anchor-2", args: { name: "Anchor 2" } });
    // The same value as before (newGoal false, not the default), unknown until anchor-2 exists.
    const agent = changed.find((r) => r.name === "agent-notifications")!;
    agent.args.notifications = unknown({ newGoal: false, visitorIsTyping: true }, "anchor-2");
    await a.declare(changed);
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ onEvent: (e) => events.push(e) });
    expect(changesOf(events)).toEqual({ "anchor-2": "create", "agent-notifications": "update" });
  }, 300_000);
});
