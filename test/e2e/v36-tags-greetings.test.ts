import type { EngineEvent } from "@pulumi/pulumi/automation";
import { expectUpFails, expectUpSucceeds } from "./helpers/faults";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";
import { ALL, changesOf, initial, updated } from "./helpers/v36-tags-greetings";

// v36.Tag and v36.Greeting through the real CLI against the emulator: create, a clean preview and refresh,
// updates in place, a tag renamed and a greeting moved to another group (both replaced), drift made through
// the API that refresh reports and up restores, adoption by natural key, and destroy. v2 sees the v3.6 tags:
// the emulator keeps one account.

type Wire = Record<string, unknown>;

describe("v36 tags and greetings through the Pulumi CLI", () => {
  let a: Account;
  const ids = async () => (await a.t.stack.outputs()).ids.value as Record<string, string>;
  // list_tags answers the newest first (same-second tags in the order made): compared by name instead.
  const tags = async () =>
    (await a.api.action<Wire[]>("list_tags")).sort((x, y) => (String(x.name) < String(y.name) ? -1 : 1));
  const greetings = async () => (await a.api.action<{ greetings: Wire[] }>("list_greetings")).greetings;
  const greeting = (id: string) => a.api.action<Wire>("get_greeting", { id: Number(id) });
  const up = async (resources: Declared[], refresh = false) => {
    await a.declare(resources);
    return a.t.stack.up({ refresh, onOutput: a.t.onOutput });
  };
  const expectClean = async () => {
    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: ALL });
  };

  beforeAll(async () => {
    a = await openAccount();
  }, 120_000);
  afterAll(async () => a?.close());

  /** The first up, with the tags and greetings declared. */
  const created = step(() => up(initial));
  /** Then the up with them edited: the ids and the welcome button's id before it, and its result. */
  const edited = step(async () => {
    await created();
    const before = await ids();
    const buttonId = ((await greeting(before.welcome)).rich_message as { elements: { buttons: Wire[] }[] })
      .elements[0].buttons[0].button_id;
    return { before, buttonId, result: await up(updated) };
  });
  /** Then objects made by hand, declared: refused without adopt, then adopted. */
  const adopted = step(async () => {
    await edited();
    await a.api.action("create_tag", { name: "Priority", group_ids: [0] });
    const { id: handMade } = await a.api.action<{ id: number }>("create_greeting", {
      type: "normal",
      active: true,
      name: "Hand made",
      group: 0,
      rules: [{ condition: "and", type: "visits_number", operator: "equals", value: "1" }],
    });
    const taken: Declared[] = [
      ...updated,
      { type: "v36.Tag", name: "priority", args: { name: "PRIORITY", groupIds: [0] } },
      {
        type: "v36.Greeting",
        name: "handmade",
        args: { name: "Hand made", rules: [{ type: "visits_number", value: 1 }] },
      },
    ];
    await a.declare(taken);
    const refused = await expectUpFails(a.t.stack, { onOutput: a.t.onOutput });
    const adoptedToo = taken.map((d) =>
      ["priority", "handmade"].includes(d.name) ? { ...d, args: { ...d.args, adopt: true } } : d,
    );
    return { handMade, refused, result: await up(adoptedToo) };
  });

  it("creates tags in several groups and greetings with every part, seen by v2 too", async () => {
    const result = await created();
    expect(result.summary.resourceChanges).toEqual({ create: ALL });
    const id = await ids();
    expect(id).toMatchObject({ vip: "VIP", spam: "spam" });
    const group = Number(id.support);
    // Made at once: the list's order is the order the creates arrived in.
    expect(await tags()).toEqual(
      expect.arrayContaining([
        {
          name: "VIP",
          group_ids: [0, group],
          author_id: "owner@example.com",
          created_at: expect.any(String),
        },
        { name: "spam", group_ids: [0], author_id: "owner@example.com", created_at: expect.any(String) },
      ]),
    );
    expect(await tags()).toHaveLength(2);
    expect(await greeting(id.welcome)).toEqual({
      id: Number(id.welcome),
      type: "normal",
      active: true,
      active_from: "2030-01-01T00:00:00Z",
      active_until: "2030-12-31T23:59:59+01:00",
      name: "Welcome",
      group,
      rules: [
        { condition: "and", type: "url_current", operator: "contains", value: "checkout" },
        { condition: "or", type: "visit_time_site", operator: "greater_than", value: "30" },
        { condition: "and", type: "custom_variable", operator: "equals", session_field: { cart: "full" } },
        {
          condition: "and",
          type: "url_funnel",
          urls: [
            { url: "shop.example.com", operator: "equals" },
            { url: "cart", operator: "contains" },
          ],
        },
      ],
      properties: { text: "Hello! How can we help?", addon: "chat_widget", is_exit_intent: "false" },
      rich_message: {
        elements: [
          {
            title: "Welcome!",
            subtitle: "How can we help you today?",
            image: { url: "https://example.com/hi.png", alternative_text: "Hi" },
            buttons: [
              {
                text: "Support",
                type: "message",
                value: "I need support",
                postback_id: "support",
                button_id: expect.any(String),
              },
            ],
          },
        ],
      },
    });
    expect(await greeting(id.promo)).toMatchObject({ type: "announcement", group: 0, name: "Promo" });
    // v2 lists a v3.6 tag once per group.
    const v2 = await a.api.request<{ name: string; group: number }[]>("GET", "/tags");
    expect(v2.map((t) => `${t.name}@${t.group}`).sort()).toEqual(["VIP@0", `VIP@${group}`, "spam@0"].sort());
  }, 300_000);

  it("previews no change right after up, and a refresh finds no drift", async () => {
    await created();
    const preview = await a.t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: ALL });
    const refresh = await a.t.stack.refresh();
    expect(refresh.summary.resourceChanges).toEqual({ same: ALL });
  }, 300_000);

  it("regroups a tag and edits a greeting in place; a renamed tag and a moved greeting are replaced", async () => {
    const { before, buttonId, result } = await edited();
    expect(result.summary.resourceChanges).toEqual({ same: 2, update: 2, replace: 2 });
    const after = await ids();
    expect(after).toMatchObject({ vip: "VIP", spam: "junk", welcome: before.welcome });
    expect(after.promo).not.toBe(before.promo);
    const group = Number(after.support);
    expect((await tags()).map((t) => [t.name, t.group_ids])).toEqual([
      ["VIP", [group]],
      ["junk", [0]],
    ]);
    expect(await greeting(after.welcome)).toMatchObject({
      name: "Welcome back",
      type: "announcement",
      active: false,
      active_from: "2030-01-01T00:00:00Z",
      active_until: "2031-06-30T00:00:00Z",
      rules: [
        { condition: "and", type: "ads_traffic", operator: "equals", session_field: { google: "spring" } },
        { condition: "and", type: "url_current", operator: "contains", value: "checkout" },
      ],
      properties: { text: "Welcome back!", is_exit_intent: "true" },
      // The button keeps the id the server gave it.
      rich_message: { elements: [{ title: "Again!", buttons: [{ button_id: buttonId }] }] },
    });
    expect((await greetings()).map((g) => [g.id, g.name, g.group, g.type])).toEqual([
      [Number(after.welcome), "Welcome back", group, "announcement"],
      [Number(after.promo), "Promo", group, "normal"],
    ]);
    await expectClean();
  }, 300_000);

  it("reports drift made through the API, and up restores it", async () => {
    await edited();
    const id = await ids();
    await a.api.action("update_tag", { name: "VIP", group_ids: [0] });
    await a.api.action("delete_tag", { name: "junk" });
    await a.api.action("update_greeting", {
      id: Number(id.welcome),
      active: true,
      rules: [{ condition: "or", type: "geolocation", operator: "equals", value: "Poland" }],
      properties: { "greeting-message_text": "Changed by hand" },
    });
    const events: EngineEvent[] = [];
    await a.t.stack.preview({ refresh: true, onEvent: (e) => events.push(e) });
    // The tag deleted by hand is made again (resource "spam", now named junk).
    expect(changesOf(events)).toEqual({ vip: "update", spam: "create", welcome: "update" });
    await up(updated, true);
    expect((await tags()).map((t) => [t.name, t.group_ids])).toEqual([
      ["VIP", [Number(id.support)]],
      ["junk", [0]],
    ]);
    expect(await greeting(id.welcome)).toMatchObject({
      active: false,
      rules: [{ type: "ads_traffic" }, { type: "url_current" }],
      properties: { text: "Welcome back!", is_exit_intent: "true" },
    });
    await expectClean();
  }, 300_000);

  it("adopts a tag whatever its letter case, and a greeting by name and group; never a duplicate", async () => {
    const { handMade, refused, result } = await adopted();
    // Without adopt: true, an existing object is an error, on the resources that declare one (whether the
    // second started before the first failed stopped the engine depends on its pace).
    expect(refused.errors.length).toBeGreaterThanOrEqual(1);
    for (const { name, message } of refused.errors)
      expect({ name, message }).toEqual({
        name: expect.stringMatching(/^(priority|handmade)$/),
        message: expect.stringContaining("already exists in the account"),
      });
    expect(result.summary.resourceChanges).toMatchObject({ create: 2 });
    expect(await ids()).toMatchObject({ priority: "Priority", handmade: String(handMade) });
    expect((await tags()).map((t) => t.name)).toEqual(["Priority", "VIP", "junk"]);
    expect(a.t.output.join("\n")).toMatch(/name is "Priority" in the account and "PRIORITY" in the program/);
    expect((await greetings()).length).toBe(3);
    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: ALL + 2 });
  }, 300_000);

  it("a create whose answer is lost is found by its natural key: never a duplicate, never an orphan", async () => {
    await adopted();
    const declared = (await a.t.stack.getConfig("test:resources")).value;
    const lost: Declared[] = [
      ...(JSON.parse(declared) as Declared[]),
      { type: "v36.Tag", name: "lost", args: { name: "Lost", groupIds: [0] } },
      {
        type: "v36.Greeting",
        name: "lostGreeting",
        args: { name: "Lost", rules: [{ type: "visits_number", value: 3 }] },
      },
    ];
    await a.declare(lost);
    const from = a.emulator.requests().length;
    a.emulator.setFaults({ dropAfterWriteRate: 1, actions: ["create_tag", "create_greeting"] });
    try {
      const result = await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
      expect(result.summary.resourceChanges).toMatchObject({ create: 2 });
    } finally {
      a.emulator.clearFaults();
    }
    // Both creates were sent once, applied, and their answers dropped; nothing else failed.
    const calls = a.emulator
      .requests()
      .slice(from)
      .map((r) => `${r.path.split("/").pop()} ${r.status}`);
    expect(calls.filter((c) => /^create_/.test(c)).sort()).toEqual(["create_greeting 0", "create_tag 0"]);
    expect(calls.filter((c) => !/^create_/.test(c) && !c.endsWith(" 200"))).toEqual([]);
    const id = await ids();
    expect(id.lost).toBe("Lost");
    expect((await tags()).filter((t) => t.name === "Lost")).toHaveLength(1);
    expect((await greetings()).filter((g) => g.name === "Lost").map((g) => String(g.id))).toEqual([
      id.lostGreeting,
    ]);
    const preview = await a.t.stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: ALL + 4 });
  }, 300_000);

  it("destroys everything it made", async () => {
    await created();
    await a.t.stack.destroy({ onOutput: a.t.onOutput });
    expect(await tags()).toEqual([]);
    expect(await greetings()).toEqual([]);
    expect(await a.api.request("GET", "/tags")).toEqual([]);
  }, 300_000);
});
