import { LiveChatClient } from "../../../src/client";
import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { create } from "../../../src/provider/create";
import type { Props } from "../../../src/provider/declaration";
import { check, read, update } from "../../../src/provider/lifecycle";
import { configure, currentContext } from "../../../src/provider/runtime";
import { registry } from "../../../src/resources/registry";

// v36.AutoAccess, v36.LicenseProperty and v36.GroupProperty in-process against the emulator: lost answers,
// adoption, one object per natural key, the rules' order, and values checked against their property.

const AutoAccess = registry["v36/AutoAccess"];
const LicenseProperty = registry["v36/LicenseProperty"];
const GroupProperty = registry["v36/GroupProperty"];
const NS = "0805e283233042b37f460ed8fbf22160";

const geo = { geolocation: { values: [{ country: "Poland", countryCode: "PL" }] } };
const rule = (args: Props = {}) => ({ description: "Rule", groups: [0], conditions: geo, ...args });

describe("against the emulator", () => {
  let emulator: RunningEmulator;
  let api: LiveChatClient;
  beforeAll(async () => {
    emulator = await startEmulator({ quiet: true });
    const { login, pat } = emulator.credentials;
    const config: Record<string, string> = {
      "livechat:apiUrl": emulator.url,
      "livechat:login": login,
      "livechat:pat": pat,
      "livechat:accountId": emulator.accountId,
      "livechat:maxRetries": "0",
      "livechat:maxRequestsPerSecond": "1000",
    };
    configure({ get: (key) => config[key] });
    api = new LiveChatClient({
      apiUrl: emulator.url,
      login,
      pat,
      accountId: emulator.accountId,
      retry: { retries: 0 },
    });
  });
  afterAll(async () => emulator?.stop());
  afterEach(() => emulator.clearFaults());
  beforeEach(() => {
    emulator.reset();
    // What the emulator holds changed behind the provider's back: forget its lists.
    currentContext().lists.clear();
  });
  const rules = () => api.action<Props[]>("list_auto_accesses");
  const failure = (run: () => Promise<unknown>) =>
    run().then(
      () => {
        throw new Error("expected a failure");
      },
      (e: Error) => e,
    );

  it("an auto access whose answer was lost is found by its description, never made twice", async () => {
    emulator.setFaults({ dropAfterWriteRate: 1, actions: ["add_auto_access"] });
    const result = await create(AutoAccess, check(AutoAccess, rule({ description: "Lost" })).inputs);
    expect((await rules()).map((r) => [r.id, r.description])).toEqual([[result.id, "Lost"]]);
    expect(result.outs).toMatchObject({ description: "Lost", groups: [0] });
    expect(result.outs!.nextId).toBeUndefined();
  });

  it.each([
    ["AutoAccess", () => check(AutoAccess, rule({ description: "Twice" })).inputs],
    [
      "LicenseProperty",
      () => check(LicenseProperty, { namespace: "test", name: "int_property", value: 1 }).inputs,
    ],
  ])("two concurrent creates of one %s: one object, and the other fails naming it", async (type, inputs) => {
    const declaration = registry[`v36/${type}`];
    const results = await Promise.allSettled([create(declaration, inputs()), create(declaration, inputs())]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(rejected.reason)).toMatch(/already exists .* another resource of this program manages it/);
    if (type === "AutoAccess") expect(await rules()).toHaveLength(1);
  });

  it("a rule with the description already in the account is an error, or adopted with adopt: true", async () => {
    const { id } = await api.action<{ id: string }>("add_auto_access", {
      description: "Hand-made",
      access: { groups: [0] },
      conditions: { domain: { values: [{ value: "example.com" }] } },
    });
    const inputs = check(AutoAccess, rule({ description: "Hand-made" })).inputs;
    expect((await failure(() => create(AutoAccess, inputs))).message).toMatch(
      /^AutoAccess with this description already exists in the account \(id \w+\)\. Set adopt: true/,
    );
    const adopted = await create(AutoAccess, { ...inputs, adopt: true });
    expect(adopted.id).toBe(id);
    expect((await rules())[0].conditions).toEqual({
      geolocation: { values: [{ country: "Poland", country_code: "PL" }] },
    });
  });

  it("nextId places a rule right before another; an unmanaged position is not read", async () => {
    const last = await create(AutoAccess, check(AutoAccess, rule({ description: "Last" })).inputs);
    const firstInputs = check(AutoAccess, rule({ description: "First", nextId: last.id })).inputs;
    const first = await create(AutoAccess, firstInputs);
    expect((await rules()).map((r) => r.description)).toEqual(["First", "Last"]);
    expect(first.outs!.nextId).toBe(last.id);
    // Moved to the end by hand: First's position drifted; Last's is not managed, so nothing to see there.
    await api.action("update_auto_access", { id: first.id, next_id: "" });
    currentContext().lists.of(registry["v36/AutoAccess"]).invalidate();
    const drifted = await read(AutoAccess, first.id, first.outs!);
    expect(drifted.props!.nextId).toBeUndefined();
    expect((await read(AutoAccess, last.id, last.outs!)).props!.nextId).toBeUndefined();
    const restored = await update(AutoAccess, first.id, drifted.props!, firstInputs);
    expect(restored.outs!.nextId).toBe(last.id);
    expect((await rules()).map((r) => r.description)).toEqual(["First", "Last"]);
  });

  it("a value of the wrong type is refused naming the property's declared type, nothing written", async () => {
    await api.action("register_property", {
      name: "max_wait",
      owner_client_id: NS,
      type: "int",
      access: { license: { agent: ["read", "write"] } },
      range: { from: 1, to: 10 },
    });
    const inputs = (value: unknown) =>
      check(LicenseProperty, { namespace: NS, name: "max_wait", value }).inputs;
    expect((await failure(() => create(LicenseProperty, inputs("5")))).message).toBe(
      `LicenseProperty ${NS}:max_wait: value must be a whole number: the property's declared type is int.`,
    );
    expect((await failure(() => create(LicenseProperty, inputs(11)))).message).toMatch(
      /value must be within the property's range, 1 to 10/,
    );
    const group = check(GroupProperty, { group: 0, namespace: NS, name: "max_wait", value: 3 }).inputs;
    expect((await failure(() => create(GroupProperty, group))).message).toMatch(
      /cannot be set in a group: its owner registered it without the group location/,
    );
    expect(await api.action("list_license_properties", {})).toEqual({});
    const made = await create(LicenseProperty, inputs(3));
    expect(made).toMatchObject({ id: `${NS}:max_wait`, outs: { value: 3 } });
  });

  it("where the configuration is not readable, the API's refusal is explained the same way", async () => {
    // The test namespace's properties exist on every licence, but list_properties does not show them.
    const inputs = check(LicenseProperty, { namespace: "test", name: "int_property", value: "3" }).inputs;
    expect((await failure(() => create(LicenseProperty, inputs))).message).toMatch(
      /^LicenseProperty test:int_property: the account refused the value \(.*\)\. It must fit the property: of its declared type/,
    );
    const missing = check(LicenseProperty, { namespace: "test", name: "nope", value: 1 }).inputs;
    expect((await failure(() => create(LicenseProperty, missing))).message).toMatch(
      /^LicenseProperty test:nope: the property does not exist .*register_property/,
    );
  });

  it("a group value: set, read, updated in place, found again after a lost answer", async () => {
    await api.action("register_property", {
      name: "greeting",
      owner_client_id: NS,
      type: "string",
      access: { group: { agent: ["read", "write"] } },
    });
    emulator.setFaults({ dropAfterWriteRate: 1, actions: ["update_group_properties"] });
    const inputs = check(GroupProperty, { group: 0, namespace: NS, name: "greeting", value: "Hi" }).inputs;
    const made = await create(GroupProperty, inputs);
    emulator.clearFaults();
    expect(made.id).toBe(`0:${NS}:greeting`);
    const changed = await update(GroupProperty, made.id, made.outs!, { ...inputs, value: "Hello" });
    expect(changed.outs).toMatchObject({ group: 0, value: "Hello" });
    const groups = await api.action<Props[]>("list_groups_properties", { group_ids: [0] });
    expect(groups[0].properties).toEqual({ [NS]: { greeting: "Hello" } });
    expect((await read(GroupProperty, made.id, changed.outs!)).props).toMatchObject({ value: "Hello" });
  });

  it("a property with a default always has a value: taking it over needs adopt: true", async () => {
    await api.action("register_property", {
      name: "limit",
      owner_client_id: NS,
      type: "int",
      access: { license: { agent: ["read", "write"] } },
      default_value: 4,
    });
    const inputs = check(LicenseProperty, { namespace: NS, name: "limit", value: 6 }).inputs;
    expect((await failure(() => create(LicenseProperty, inputs))).message).toMatch(/Set adopt: true/);
    expect((await create(LicenseProperty, { ...inputs, adopt: true })).outs).toMatchObject({ value: 6 });
  });
});
