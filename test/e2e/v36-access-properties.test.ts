import type { EngineEvent } from "@pulumi/pulumi/automation";
import { v36ChangesOf } from "./helpers/events";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// v36.AutoAccess, v36.LicenseProperty and v36.GroupProperty through the real CLI against the emulator, in one
// stack: create (beside a rule made by hand, which is never touched), a clean preview, refresh without drift,
// update in place, drift made through the API that refresh reports and up restores, and destroy.

/** The Client ID that owns the properties the test registers (its namespace). */
const NS = "0805e283233042b37f460ed8fbf22160";

const initial: Declared[] = [
  { type: "v36.Group", name: "sales", args: { name: "Sales" } },
  // Its position is not managed: it goes to the end.
  {
    type: "v36.AutoAccess",
    name: "us",
    args: {
      description: "Chats from the US",
      groups: [{ $ref: "sales.groupId" }],
      conditions: { geolocation: { values: [{ country: "United States", countryCode: "US" }] } },
    },
  },
  // Right before "us"; sets given in an order of their own, exactMatch left to its default.
  {
    type: "v36.AutoAccess",
    name: "shop",
    args: {
      description: "Shop pages",
      groups: [{ $ref: "sales.groupId" }, 0],
      conditions: {
        url: {
          values: [{ value: "shop.example.com/cart", exactMatch: true }, { value: "shop.example.com" }],
        },
        domain: { excludeValues: [{ value: "example.org" }] },
      },
      nextId: { $ref: "us.id" },
    },
  },
  { type: "v36.LicenseProperty", name: "banner", args: { namespace: NS, name: "banner", value: "Welcome" } },
  // One of the test properties every licence has.
  {
    type: "v36.LicenseProperty",
    name: "flag",
    args: { namespace: "test", name: "bool_property", value: true },
  },
  {
    type: "v36.GroupProperty",
    name: "wait",
    args: { group: { $ref: "sales.groupId" }, namespace: NS, name: "max_wait", value: 30 },
  },
];

const updated: Declared[] = structuredClone(initial);
const edit = (name: string, args: Record<string, unknown>) =>
  Object.assign(updated.find((d) => d.name === name)!.args, args);
// The description is the rule's natural key: it too changes in place.
edit("us", {
  description: "Chats from North America",
  conditions: { geolocation: { values: [{ countryCode: "US" }, { countryCode: "CA" }] } },
});
edit("shop", {
  groups: [{ $ref: "sales.groupId" }],
  conditions: { url: { excludeValues: [{ value: "shop.example.com/admin" }] } },
});
edit("banner", { value: "Welcome back" });
edit("flag", { value: false });
edit("wait", { value: 45 });

type Rule = {
  id: string;
  description: string;
  access: { groups: number[] };
  conditions: unknown;
  next_id?: string;
};

describe("v3.6 auto access and property values through the Pulumi CLI", () => {
  let a: Account;
  let handMade: string;
  const ids = async () => (await a.t.stack.outputs()).ids.value as Record<string, string>;
  const rules = () => a.api.action<Rule[]>("list_auto_accesses");
  const order = async () => (await rules()).map((r) => r.description);
  const licenseValues = () =>
    a.api.action<Record<string, Record<string, unknown>>>("list_license_properties");
  const groupValues = async (group: number) =>
    (await a.api.action<{ properties: unknown }[]>("list_groups_properties", { group_ids: [group] }))[0]
      .properties;
  const all = initial.length + 1;

  beforeAll(async () => {
    a = await openAccount();
    // Registering properties is their owner's (an integration's) job, not the stack's.
    const register = (name: string, type: string, location: string) =>
      a.api.action("register_property", {
        name,
        owner_client_id: NS,
        type,
        access: { [location]: { agent: ["read", "write"] } },
      });
    await register("banner", "string", "license");
    await register("max_wait", "int", "group");
    ({ id: handMade } = await a.api.action<{ id: string }>("add_auto_access", {
      description: "Hand-made",
      access: { groups: [0] },
      conditions: { domain: { values: [{ value: "example.net" }] } },
    }));
  }, 120_000);
  afterAll(async () => a?.close());

  /** The first up, with the resources declared. */
  const created = step(async () => {
    await a.declare(initial);
    return a.t.stack.up({ onOutput: a.t.onOutput });
  });
  /** Then the up with them edited: the ids before it, and its result. */
  const edited = step(async () => {
    await created();
    const before = await ids();
    await a.declare(updated);
    return { before, up: await a.t.stack.up({ onOutput: a.t.onOutput }) };
  });

  it("creates each, in place in the rules' order", async () => {
    const up = await created();
    expect(up.summary.resourceChanges).toEqual({ create: all });
    const id = await ids();
    expect(await order()).toEqual(["Hand-made", "Shop pages", "Chats from the US"]);
    const shop = (await rules()).find((r) => r.id === id.shop)!;
    expect(shop).toMatchObject({
      next_id: id.us,
      access: { groups: expect.arrayContaining([0, Number(id.sales)]) },
    });
    expect(shop.conditions).toEqual({
      url: {
        values: [
          { value: "shop.example.com/cart", exact_match: true },
          { value: "shop.example.com", exact_match: false },
        ],
      },
      domain: { exclude_values: [{ value: "example.org", exact_match: false }] },
    });
    expect(await licenseValues()).toEqual({ [NS]: { banner: "Welcome" }, test: { bool_property: true } });
    expect(await groupValues(Number(id.sales))).toEqual({ [NS]: { max_wait: 30 } });
  }, 300_000);

  it("previews no change right after up, and a refresh finds no drift", async () => {
    await created();
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: all });
    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: all });
  }, 300_000);

  it("updates in place", async () => {
    const { before, up } = await edited();
    expect(up.summary.resourceChanges).toEqual({ same: 2, update: all - 2 });
    expect(await ids()).toEqual(before);
    expect(await order()).toEqual(["Hand-made", "Shop pages", "Chats from North America"]);
    const us = (await rules()).find((r) => r.id === before.us)!;
    expect(us.conditions).toEqual({
      geolocation: { values: [{ country_code: "US" }, { country_code: "CA" }] },
    });
    expect((await rules()).find((r) => r.id === before.shop)).toMatchObject({
      access: { groups: [Number(before.sales)] },
      conditions: { url: { exclude_values: [{ value: "shop.example.com/admin", exact_match: false }] } },
    });
    expect(await licenseValues()).toEqual({
      [NS]: { banner: "Welcome back" },
      test: { bool_property: false },
    });
    expect(await groupValues(Number(before.sales))).toEqual({ [NS]: { max_wait: 45 } });
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: all });
  }, 300_000);

  it("reports drift made through the API, and up restores it", async () => {
    await edited();
    const id = await ids();
    // The managed rule moved to the end, the other's groups changed, a value changed, another deleted.
    await a.api.action("update_auto_access", { id: id.shop, next_id: "" });
    await a.api.action("update_auto_access", { id: id.us, access: { groups: [0] } });
    await a.api.action("update_license_properties", { properties: { [NS]: { banner: "By hand" } } });
    await a.api.action("delete_group_properties", {
      id: Number(id.sales),
      properties: { [NS]: ["max_wait"] },
    });
    // The hand-made rule moved too: not a drift of any resource.
    await a.api.action("update_auto_access", { id: handMade, next_id: "" });
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ refresh: true, onEvent: (e) => events.push(e) });
    expect(v36ChangesOf(events)).toEqual({ shop: "update", us: "update", banner: "update", wait: "create" });
    await a.t.stack.up({ refresh: true, onOutput: a.t.onOutput });
    expect(await order()).toEqual(["Shop pages", "Chats from North America", "Hand-made"]);
    expect((await rules()).find((r) => r.id === id.us)?.access.groups).toEqual([Number(id.sales)]);
    expect((await licenseValues())[NS]).toEqual({ banner: "Welcome back" });
    expect(await groupValues(Number(id.sales))).toEqual({ [NS]: { max_wait: 45 } });
    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: all });
  }, 300_000);

  it("destroys everything it made, and only that", async () => {
    await created();
    await a.t.stack.destroy({ onOutput: a.t.onOutput });
    expect(await rules()).toEqual([expect.objectContaining({ id: handMade, description: "Hand-made" })]);
    expect(await licenseValues()).toEqual({});
    const groups = await a.api.action<{ id: number }[]>("list_groups");
    expect(groups.map((g) => g.id)).toEqual([0]);
    // The registered properties stay: they are their owner's.
    expect(Object.keys(await a.api.action("list_properties", { owner_client_id: NS })).sort()).toEqual([
      "banner",
      "max_wait",
    ]);
  }, 300_000);
});
