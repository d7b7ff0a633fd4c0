import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { oneAtATime } from "../../../src/provider/claims";
import { create } from "../../../src/provider/create";
import { UNKNOWN } from "../../../src/provider/fields";
import { findByNaturalKey } from "../../../src/provider/find";
import { check, diffWarnings, read } from "../../../src/provider/lifecycle";
import { validateInputs } from "../../../src/provider/validate";
import { configure, currentContext } from "../../../src/provider/runtime";
import { registry } from "../../../src/resources/registry";

// The lifecycle's safety rules, in-process against the emulator: what a create made is never left out of the
// state, one process never makes one natural key twice, unknown inputs never crash or misstate a preview, and
// check failures never echo a secret or a huge value. The same behaviours run through the CLI in test/e2e.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ quiet: true });
  const { login, pat } = emulator.credentials;
  const config: Record<string, string> = {
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    "livechat:accountId": emulator.accountId,
    "livechat:batchWindowMs": "0",
    "livechat:maxRetries": "0",
    "livechat:maxRequestsPerSecond": "1000",
  };
  configure({ get: (key) => config[key] });
});
afterAll(async () => emulator?.stop());
afterEach(() => emulator.clearFaults());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's state, read loosely
const state = () => emulator.state() as unknown as Record<string, any[]>;
const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );

describe("a create that made the object never loses it", () => {
  const schedule = { monday: { enabled: true, start: "09:00", end: "17:00" } };

  it("records a partial create (id, outputs and the serialized provider) when setting the schedule fails", async () => {
    const inputs = check(registry.Agent, {
      login: "partial@example.com",
      name: "Partial",
      password: "a-secret-password",
      workScheduler: schedule,
    }).inputs;
    emulator.setFaults({ error5xxRate: 1, methods: ["PUT"], pathPrefix: "/agents" });
    const e = await failure(() => create(registry.Agent, inputs));
    expect(e.id).toBe("partial@example.com");
    expect(e.message).toMatch(/was created, but setting workScheduler failed.*run pulumi up again/);
    // The outputs as on success (the engine keeps the password secret: test/e2e/matrix), and what refresh and
    // destroy need to find the provider: its text, by construction, whatever the create was given.
    expect(e.properties).toMatchObject({
      login: "partial@example.com",
      name: "Partial",
      password: "a-secret-password",
      __provider: 'exports.handler = () => require("pulumi-livechat/dist/provider/stubs/Agent.js");\n',
    });
    expect(e.message).not.toContain("a-secret-password");
    expect(e.reasons).toEqual([e.message]);
    expect(state().agents.filter((a) => a.login === "partial@example.com")).toHaveLength(1);
  });

  it("keeps a bot's secret, which only its create answers, in a partial create", async () => {
    // A bot type whose job title is set by an update right after the create: that update is refused.
    const base = registry["v36/Bot"];
    const Bot = {
      ...base,
      fields: { ...base.fields, jobTitle: { ...base.fields.jobTitle, setByUpdate: true } },
    };
    const inputs = check(Bot, { ownerClientId: "c0ffee", name: "Partial bot", jobTitle: "Greeter" }).inputs;
    emulator.setFaults({ rules: [{ actions: ["update_bot", "batch_update_bots"], fault: "error5xx" }] });
    const e = await failure(() => create(Bot, inputs));
    expect(e.message).toMatch(/was created, but setting jobTitle failed/);
    const secret = state().bots.find((b) => b.name === "Partial bot").secret;
    expect(secret).toEqual(expect.any(String));
    expect(e.properties).toMatchObject({
      name: "Partial bot",
      secret,
      __provider: 'exports.handler = () => require("pulumi-livechat/dist/provider/stubs/v36/Bot.js");\n',
    });
    expect(e.message).not.toContain(secret);
  });

  it("brings an object found after a lost answer to the desired state", async () => {
    const inputs = check(registry.Agent, {
      login: "lost@example.com",
      name: "Lost",
      workScheduler: schedule,
    }).inputs;
    emulator.setFaults({ dropAfterWriteRate: 1, methods: ["POST"], pathPrefix: "/agents" });
    const result = await create(registry.Agent, inputs);
    expect(result.id).toBe("lost@example.com");
    expect(result.outs!.workScheduler).toMatchObject(schedule);
    const agents = state().agents.filter((a) => a.login === "lost@example.com");
    expect(agents).toHaveLength(1);
    expect(agents[0].work_scheduler.monday).toMatchObject({ start: "09:00", end: "17:00" });
  });
});

describe("one process never makes one natural key twice", () => {
  it.each([
    ["Group", { name: "Twice" }],
    ["Goal", { name: "Twice", type: "api" }],
    ["Greeting", { name: "Twice", rules: [{ type: "visits_number", value: 2 }] }],
    ["CannedResponse", { text: "Twice", tags: ["twice"] }],
    ["Webhook", { url: "https://twice.example.com/h", eventType: "chat_ended", dataTypes: ["chat"] }],
    ["Tag", { name: "twice" }],
  ])("two concurrent creates of one %s: one object, and the other fails naming it", async (type, args) => {
    const inputs = check(registry[type], args).inputs;
    const results = await Promise.allSettled([
      create(registry[type], inputs),
      create(registry[type], inputs),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(rejected.reason)).toMatch(/already (exists|manages)/);
  });

  it("two resources adopting one object: the second is refused", async () => {
    const inputs = check(registry.Group, { name: "Adopted twice", adopt: true }).inputs;
    await behindPulumisBack("POST", "/groups", { name: "Adopted twice", agents: [] });
    const first = await create(registry.Group, inputs);
    const e = await failure(() => create(registry.Group, inputs));
    expect(e.message).toContain(
      `already exists in the account (id ${first.id}), and another resource of this program`,
    );
  });

  it("a key taken by someone else during the run (another stack at the same time) fails saying so", async () => {
    const inputs = check(registry.Agent, { login: "racer@example.com", name: "Racer" }).inputs;
    await findByNaturalKey(registry.Agent, currentContext(), inputs); // this run has read the list: no such agent yet
    await behindPulumisBack("POST", "/agents", { login: "racer@example.com", name: "Other stack" });
    const e = await failure(() => create(registry.Agent, inputs));
    expect(e.message).toMatch(
      /^Agent with this login already exists in the account \(id racer@example.com\), made while this run was creating it\. Set adopt: true.*another stack/,
    );
    expect(state().agents.filter((a) => a.login === "racer@example.com")).toHaveLength(1);
  });

  it("runs work under one key one at a time, in order, whatever fails", async () => {
    const order: string[] = [];
    const step =
      (name: string, fail = false) =>
      async () => {
        order.push(`${name} start`);
        await new Promise((r) => setImmediate(r));
        order.push(`${name} end`);
        if (fail) throw new Error(name);
      };
    await Promise.allSettled([
      oneAtATime("k", step("a", true)),
      oneAtATime("k", step("b")),
      oneAtATime("j", step("c")),
    ]);
    expect(order.indexOf("b start")).toBeGreaterThan(order.indexOf("a end"));
    expect(order.indexOf("c start")).toBeLessThan(order.indexOf("a end"));
  });
});

describe("unknown inputs at preview", () => {
  it.each(Object.keys(registry))(
    "%s: every input unknown at once, and each alone, checks without a crash",
    (type) => {
      const declaration = registry[type];
      const all = Object.fromEntries(Object.keys(declaration.fields).map((name) => [name, UNKNOWN]));
      expect(() => validateInputs(declaration, all)).not.toThrow();
      for (const name of Object.keys(declaration.fields)) {
        expect(() => validateInputs(declaration, { [name]: UNKNOWN })).not.toThrow();
      }
    },
  );

  it("an unknown webhook dataTypes or eventType is not checked against the other", () => {
    const base = { url: "https://h.example.com", eventType: "chat_ended", dataTypes: ["chat"] };
    expect(validateInputs(registry.Webhook, { ...base, dataTypes: UNKNOWN }).failures).toEqual([]);
    expect(validateInputs(registry.Webhook, { ...base, eventType: UNKNOWN }).failures).toEqual([]);
    expect(validateInputs(registry.Webhook, { ...base, dataTypes: ["ticket", UNKNOWN] }).failures).toEqual(
      [],
    );
  });

  it("an unknown agent notifications stays unknown instead of becoming the defaults", () => {
    const { inputs } = validateInputs(registry.Agent, {
      login: "u@example.com",
      name: "U",
      notifications: UNKNOWN,
    });
    expect(inputs.notifications).toBe(UNKNOWN);
  });
});

describe("warnings, and failures that echo nothing", () => {
  it("a different newGoal warns, naming the field and what to do, and plans nothing", () => {
    const olds = { notifications: { newGoal: true, newVisitor: true } };
    const news = { notifications: { newGoal: false, newVisitor: true } };
    const [warning] = diffWarnings(registry.Agent, "j@example.com", olds, news);
    expect(warning).toMatch(/^Agent j@example.com: notifications\.newGoal is true in the account and false/);
    expect(warning).toMatch(/change it in the LiveChat app/);
  });

  it("a replacement is announced, an agent's as a person's seat", () => {
    const [warning] = diffWarnings(
      registry.Agent,
      "a@example.com",
      { login: "a@example.com" },
      { login: "b@example.com" },
    );
    expect(warning).toMatch(/^Agent a@example.com will be replaced: login cannot change in place.*seat/);
  });

  it("a huge or secret invalid value is not tied to its property (the engine would print it)", () => {
    const huge = "x".repeat(200_000);
    const failures = check(registry.Agent, {
      login: "h@example.com",
      name: "H",
      jobTitle: 5,
      loginStatus: huge,
    }).failures!;
    expect(failures).toContainEqual(expect.objectContaining({ property: "jobTitle" }));
    const long = failures.find((f) => f.reason.includes("loginStatus"))!;
    expect(long.property).toBe("");
    expect(long.reason.length).toBeLessThan(500);
    const secret = check(registry.Agent, { login: "s@example.com", name: "S", password: "abc" }).failures!;
    expect(secret).toEqual([{ property: "", reason: "Agent: password must be at least 5 characters long" }]);
  });
});

describe("a refresh with credentials the API refuses", () => {
  it("says which keys to fix and that a rotated credential needs a plain up first", async () => {
    const config: Record<string, string> = {
      "livechat:apiUrl": emulator.url,
      "livechat:login": emulator.credentials.login,
      "livechat:pat": "dal:rotated-away-pat",
      "livechat:maxRetries": "0",
    };
    configure({ get: (key) => config[key] });
    try {
      const e = await failure(() => read(registry.Group, "1", {}));
      expect(e.message).toMatch(/401.*livechat:pat/s);
      expect(e.message).toMatch(/run a plain `pulumi up` once \(without --refresh\), then refresh again/);
      expect(e.message).not.toContain("rotated-away-pat");
    } finally {
      configure({ get: (key) => ({ ...config, "livechat:pat": emulator.credentials.pat })[key] });
    }
  });
});

describe("objects whose group is gone", () => {
  it("reads as gone, not as an error, once the server deleted the group with them", async () => {
    const group = await create(registry.Group, check(registry.Group, { name: "Doomed" }).inputs);
    const groupId = Number(group.id);
    const greeting = await create(
      registry.Greeting,
      check(registry.Greeting, {
        name: "Doomed hi",
        group: groupId,
        rules: [{ type: "visits_number", value: 1 }],
      }).inputs,
    );
    await behindPulumisBack("DELETE", `/groups/${groupId}`);
    // A later refresh runs in a new provider process, with nothing cached.
    currentContext().lists.clear();
    const result = await read(registry.Greeting, greeting.id, greeting.outs!);
    expect(result).toEqual({ id: "", props: {} });
  });
});

/** A change made with the API directly, as a person in the LiveChat app would. */
async function behindPulumisBack(method: string, path: string, body?: object) {
  const { login, pat } = emulator.credentials;
  const res = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${login}:${pat}`).toString("base64")}`,
      "X-API-Version": "2",
      "Content-Type": "application/json",
    },
    body: body && JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}
