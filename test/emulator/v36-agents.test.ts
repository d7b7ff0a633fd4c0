// v3.6 agents: the reference's requests and answers, batches, and how v2 sees the same agents.

import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { start, v36, v36Example, type V36Call } from "./helpers";

const SMITH = "smith@example.com";
const DEFAULT_AVATAR = "livechat.s3.amazonaws.com/default/avatars/45bcb5f592dbf5aac8f88dcfd6bc937c.png";
const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

let emu: RunningEmulator;
let api: AxiosInstance;
let call: V36Call;

beforeAll(async () => {
  ({ emu, api } = await start());
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  for (const name of ["One", "Two", "Three", "Four", "Five"]) await api.post("/groups", { name, agents: [] });
});

// The reference's create_agent request.
const SMITH_REQUEST = {
  id: SMITH,
  name: "Agent Smith",
  role: "viceowner",
  groups: [
    { id: 5, priority: "first" },
    { id: 2, priority: "last" },
    { id: 1, priority: "normal" },
  ],
  work_scheduler: {
    schedule: [
      { day: "monday", start: "08:00", end: "12:30", enabled: true },
      { day: "monday", start: "13:30", end: "16:00", enabled: true },
      { day: "friday", start: "08:00", end: "16:00", enabled: true },
    ],
    timezone: "Europe/Warsaw",
  },
  notifications: ["new_visitor", "new_goal", "visitor_is_typing"],
  email_subscriptions: ["weekly_summary"],
};

describe("reference examples", () => {
  test("create_agent answers only the id (createAgent.json)", async () => {
    const res = await call("create_agent", SMITH_REQUEST);
    expect(res.status).toBe(200);
    expect(res.data).toEqual(v36Example("agents", "createAgent"));
  });

  test("get_agent without fields: the getAgent.json keys", async () => {
    await call("create_agent", SMITH_REQUEST);
    const res = await call("get_agent", { id: SMITH });
    expect(Object.keys(res.data)).toEqual(Object.keys(v36Example("agents", "getAgent") as object));
    expect(res.data).toEqual({
      id: SMITH,
      account_id: UUID,
      name: "Agent Smith",
      avatar: `https://${DEFAULT_AVATAR}`, // get_agent: with its scheme
      role: "viceowner",
      login_status: "not accepting chats", // v3.6's documented default
    });
  });

  test("get_agent with every field: sets, priorities, several ranges a day", async () => {
    await call("create_agent", SMITH_REQUEST);
    const fields = ["work_scheduler", "groups", "email_subscriptions", "notifications", "job_title"];
    const more = ["mobile", "max_chats_count", "suspended", "awaiting_approval", "last_logout"];
    const res = await call("get_agent", { id: SMITH, fields: [...fields, ...more] });
    expect(res.data).toMatchObject({
      work_scheduler: { timezone: "Europe/Warsaw", schedule: SMITH_REQUEST.work_scheduler.schedule },
      groups: [
        { id: 0, priority: "normal" },
        { id: 1, priority: "normal" },
        { id: 2, priority: "last" },
        { id: 5, priority: "first" },
      ],
      email_subscriptions: ["weekly_summary"],
      // In the reference's order, not the request's.
      notifications: ["new_visitor", "visitor_is_typing", "new_goal"],
      job_title: "Support Agent",
      max_chats_count: 6,
      suspended: false,
      awaiting_approval: true, // made with a PAT (see "approval" below)
    });
    // Omitted: no mobile was set, and no logout occurred.
    expect(res.data).not.toHaveProperty("mobile");
    expect(res.data).not.toHaveProperty("last_logout");
  });

  test("list_agents with the reference's fields and filters: listAgents.json's keys", async () => {
    await call("create_agent", { id: SMITH, name: "Smith", groups: [{ id: 1, priority: "normal" }] });
    const res = await call("list_agents", {
      fields: ["email_subscriptions", "max_chats_count", "job_title", "last_logout"],
      filters: { group_ids: [0, 1] },
    });
    expect(res.status).toBe(200);
    const example = v36Example("agents", "listAgents") as Record<string, unknown>[];
    // As in the example: avatar_path (not avatar) and summaries (not email_subscriptions).
    const keys = Object.keys(example[0]).sort();
    for (const agent of res.data) expect(Object.keys(agent).sort()).toEqual(keys);
    expect(res.data.map((a: { id: string }) => a.id)).toEqual([emu.credentials.login, SMITH]);
    expect(res.data[0]).toMatchObject({
      role: "owner",
      account_id: emu.accountId,
      summaries: ["daily_summary"],
    });
  });

  test("avatars: get_agent with the scheme (getAgent.json), list_agents without (listAgents.json)", async () => {
    // getAgent.json: "avatar": "https://domain.com/avatar.image.jpg"; listAgents.json: "avatar_path":
    // "cdn.livechatinc.com/avatars/1.png". The stored avatar (v2's default here) is the same address.
    await call("create_agent", { id: SMITH, name: "Smith" });
    expect((await call("get_agent", { id: SMITH })).data.avatar).toBe(`https://${DEFAULT_AVATAR}`);
    const listed = (await call("list_agents")).data.find((a: { id: string }) => a.id === SMITH);
    expect(listed.avatar_path).toBe(DEFAULT_AVATAR);
    // v2 answers the address as stored (its own examples have no scheme).
    expect((await api.get(`/agents/${SMITH}`)).data.avatar).toBe(DEFAULT_AVATAR);
  });

  test("update_agent with the reference's body: work_scheduler keyed by day merges; answers {}", async () => {
    await call("create_agent", SMITH_REQUEST);
    const res = await call("update_agent", {
      id: SMITH,
      role: "viceowner",
      groups: [
        { id: 5, priority: "first" },
        { id: 2, priority: "last" },
        { id: 1, priority: "normal" },
      ],
      work_scheduler: { monday: { start: "08:30", end: "12:30" }, friday: { start: "07:30", end: "21:30" } },
      notifications: ["new_visitor", "new_goal", "visitor_is_typing"],
      email_subscriptions: ["weekly_summary"],
    });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({});
    const got = await call("get_agent", { id: SMITH, fields: ["work_scheduler"] });
    expect(got.data.work_scheduler).toEqual({
      timezone: "Europe/Warsaw",
      // Monday's two ranges became the one the day-keyed form describes.
      schedule: [
        { day: "monday", enabled: true, start: "08:30", end: "12:30" },
        { day: "friday", enabled: true, start: "07:30", end: "21:30" },
      ],
    });
  });

  test("delete_agent answers {}", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    expect((await call("delete_agent", { id: SMITH })).data).toEqual({});
    expect((await call("get_agent", { id: SMITH })).data.error.type).toBe("not_found");
  });

  test("batch_delete_agents: the reference's example, answers in request order", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    await call("create_agent", { id: "brown@example.com", name: "Brown" });
    const res = await call("batch_delete_agents", {
      requests: [{ id: SMITH }, { id: "brown@example.com" }, {}],
    });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      responses: [{}, {}, { error: { type: "validation", message: "`id` is required" } }],
    });
  });
});

describe("defaults and rules", () => {
  test("server-filled defaults: role normal, not accepting chats, 6 chats, v2's notification defaults", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    const all = [
      "groups",
      "notifications",
      "email_subscriptions",
      "max_chats_count",
      "job_title",
      "work_scheduler",
    ];
    const res = await call("get_agent", { id: SMITH, fields: all });
    expect(res.data).toEqual({
      id: SMITH,
      account_id: UUID,
      name: "Smith",
      avatar: `https://${DEFAULT_AVATAR}`, // get_agent: with its scheme
      role: "normal",
      login_status: "not accepting chats",
      groups: [{ id: 0, priority: "normal" }],
      notifications: ["new_visitor", "incoming_chat", "returning_visitor", "queued_visitor", "new_goal"],
      email_subscriptions: ["daily_summary"],
      max_chats_count: 6,
      job_title: "Support Agent",
    });
  });

  test("filters: group_ids and suspended", async () => {
    await call("create_agent", { id: SMITH, name: "Smith", groups: [{ id: 3, priority: "supervisor" }] });
    const ids = async (filters: object) =>
      (await call("list_agents", { filters })).data.map((a: { id: string }) => a.id);
    expect(await ids({ group_ids: [3] })).toEqual([SMITH]);
    expect(await ids({ group_ids: [4] })).toEqual([]);
    expect(await ids({ suspended: true })).toEqual([]);
    expect(await ids({ suspended: false })).toHaveLength(2);
  });

  test.each([
    [{ name: "X" }, "validation", /`id` is required/],
    [{ id: "not-an-email", name: "X" }, "validation", /`id`/],
    [{ id: SMITH }, "validation", /`name` is required/],
    [{ id: SMITH, name: "X", role: "owner" }, "validation", /`role`/],
    [{ id: SMITH, name: "X", max_chats_count: 21 }, "validation", /`max_chats_count`.*0 to 20/],
    [{ id: SMITH, name: "X", notifications: ["sms"] }, "validation", /`notifications\[0\]`/],
    [{ id: SMITH, name: "X", groups: [{ id: 1 }] }, "validation", /`groups\[0\]\.priority` is required/],
    [{ id: SMITH, name: "X", groups: [{ id: 9, priority: "first" }] }, "group_not_found", /9/],
    [{ id: SMITH, name: "X", password: "secret" }, "validation", /`password`/],
    [
      {
        id: SMITH,
        name: "X",
        work_scheduler: { schedule: [{ day: "monday", enabled: true, start: "08:00", end: "09:00" }] },
      },
      "validation",
      /timezone/,
    ],
    [
      { id: SMITH, name: "X", work_scheduler: { timezone: "Mars/Base", schedule: [] } },
      "validation",
      /timezone/,
    ],
  ])("create_agent %j -> %s", async (body, type, message) => {
    const res = await call("create_agent", body);
    expect(res.data).toEqual({ error: { type, message: expect.stringMatching(message) } });
    expect(res.status).toBe(type === "group_not_found" ? 404 : 400);
  });

  test("an existing id -> already_exists (409); logins match case-insensitively", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    const res = await call("create_agent", { id: SMITH.toUpperCase(), name: "Smith" });
    expect(res.status).toBe(409);
    expect(res.data.error.type).toBe("already_exists");
  });

  test("update_agent: unknown id -> not_found; no `name` parameter; the owner keeps its role", async () => {
    expect((await call("update_agent", { id: "ghost@example.com" })).data.error.type).toBe("not_found");
    await call("create_agent", { id: SMITH, name: "Smith" });
    expect((await call("update_agent", { id: SMITH, name: "New" })).data.error.message).toMatch(/`name`/);
    const owner = await call("update_agent", { id: emu.credentials.login, role: "normal" });
    expect(owner.data.error.type).toBe("validation");
    expect((await call("delete_agent", { id: emu.credentials.login })).data.error.type).toBe("validation");
  });

  test("a failed update changes nothing", async () => {
    await call("create_agent", { id: SMITH, name: "Smith", max_chats_count: 3 });
    const res = await call("update_agent", {
      id: SMITH,
      max_chats_count: 4,
      groups: [{ id: 99, priority: "first" }],
    });
    expect(res.data.error.type).toBe("group_not_found");
    expect((await call("get_agent", { id: SMITH, fields: ["max_chats_count"] })).data.max_chats_count).toBe(
      3,
    );
  });

  test("suspend/unsuspend/approve are not public (authorization)", async () => {
    const res = await call("suspend_agent", { id: SMITH });
    expect(res.status).toBe(403);
    expect(res.data.error.type).toBe("authorization");
  });

  test.each(["batch_suspend_agents", "batch_unsuspend_agents", "batch_approve_agents"])(
    '%s (in "Batch support for Agents") is served: each item refused as its method is',
    async (method) => {
      await call("create_agent", { id: SMITH, name: "Smith" });
      const res = await call(method, { requests: [{ id: SMITH }, { id: emu.credentials.login }] });
      expect(res.status).toBe(200);
      const refused = {
        error: { type: "authorization", message: expect.stringMatching(/not yet available/) },
      };
      expect(res.data).toEqual({ responses: [refused, refused] });
    },
  );
});

describe("approval (Create Agent's scopes, notes 1 and 2; the PAT guide)", () => {
  // "accounts--all:rw¹ subscription.lc:rw¹ ²": "1) To create agents who don't have to wait for approval
  // after creation", "2) subscription.lc:rw is a private scope; it's not possible to configure it in
  // Developer Console" - where a PAT's scopes are chosen. awaiting_approval: "Only a requester with the
  // subscription.lc:rw scope can set this value to false."
  const approval = async (id: string) =>
    (await call("get_agent", { id, fields: ["awaiting_approval"] })).data.awaiting_approval;

  test("an agent made with a PAT awaits approval, whether or not it was asked", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    await call("create_agent", { id: "brown@example.com", name: "Brown", awaiting_approval: true });
    expect(await approval(SMITH)).toBe(true);
    expect(await approval("brown@example.com")).toBe(true);
    // The owner, who made the licence, does not.
    expect(await approval(emu.credentials.login)).toBe(false);
  });

  test("awaiting_approval: false is refused (authorization, 403) and nothing is made", async () => {
    const res = await call("create_agent", { id: SMITH, name: "Smith", awaiting_approval: false });
    expect(res.status).toBe(403);
    expect(res.data).toEqual({
      error: { type: "authorization", message: expect.stringMatching(/subscription\.lc:rw/) },
    });
    expect((await call("get_agent", { id: SMITH })).data.error.type).toBe("not_found");
    const batch = await call("batch_create_agents", {
      requests: [{ id: SMITH, name: "Smith", awaiting_approval: false }],
    });
    expect(batch.data.responses).toEqual([{ error: { type: "authorization", message: expect.any(String) } }]);
  });

  test("an application's Bearer token cannot have the private scope either", async () => {
    const bearer = { Authorization: `Bearer ${emu.credentials.tokens[0]}` };
    await call("create_agent", { id: SMITH, name: "Smith" }, bearer);
    expect(await approval(SMITH)).toBe(true);
    const res = await call(
      "create_agent",
      { id: "b@example.com", name: "B", awaiting_approval: false },
      bearer,
    );
    expect(res.data.error.type).toBe("authorization");
  });

  test("list_agents: awaiting_approval is a field, not a filter (the filters are group_ids and suspended)", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    const listed = await call("list_agents", { fields: ["awaiting_approval"] });
    expect(listed.data.map((a: { awaiting_approval: boolean }) => a.awaiting_approval)).toEqual([
      false,
      true,
    ]);
    const res = await call("list_agents", { filters: { awaiting_approval: true } });
    expect(res.status).toBe(400);
    expect(res.data.error).toEqual({
      type: "validation",
      message: expect.stringMatching(/`filters\.awaiting_approval` is not a parameter/),
    });
  });
});

describe("batches", () => {
  test("batch_create_agents: each item its own answer or error, in order; good items stay", async () => {
    const res = await call("batch_create_agents", {
      requests: [
        { id: "a@example.com", name: "A" },
        { id: "a@example.com", name: "A again" },
        { id: "b@example.com", name: "B", groups: [{ id: 77, priority: "first" }] },
        { id: "c@example.com", name: "C" },
      ],
    });
    expect(res.data.responses).toEqual([
      { id: "a@example.com" },
      { error: { type: "already_exists", message: expect.any(String) } },
      { error: { type: "group_not_found", message: expect.any(String) } },
      { id: "c@example.com" },
    ]);
    const ids = (await call("list_agents")).data.map((a: { id: string }) => a.id);
    expect(ids).toEqual([emu.credentials.login, "a@example.com", "c@example.com"]);
  });

  test("batch_update_agents; a batch without `requests` is one validation error", async () => {
    await call("create_agent", { id: SMITH, name: "Smith" });
    const res = await call("batch_update_agents", {
      requests: [
        { id: SMITH, job_title: "Boss" },
        { id: "ghost@example.com", job_title: "x" },
      ],
    });
    expect(res.data.responses).toEqual([{}, { error: { type: "not_found", message: expect.any(String) } }]);
    expect((await call("get_agent", { id: SMITH, fields: ["job_title"] })).data.job_title).toBe("Boss");
    const bad = await call("batch_update_agents", {});
    expect(bad.status).toBe(400);
    expect(bad.data.error).toEqual({ type: "validation", message: "`requests` is required" });
  });
});

describe("one account for v2 and v3.6", () => {
  test("an agent made through v3.6 is listed by v2, in v2's shape", async () => {
    await call("create_agent", SMITH_REQUEST);
    const list = (await api.get("/agents")).data;
    expect(list).toContainEqual({
      name: "Agent Smith",
      permission: "administrator", // v2 has no viceowner
      avatar: DEFAULT_AVATAR,
      login: SMITH,
      status: "offline",
    });
    const one = (await api.get(`/agents/${SMITH}`)).data;
    expect(one).toMatchObject({
      login_status: "not accepting chats",
      daily_summary: 0, // only weekly_summary is on
      notifications: {
        new_visitor: 1,
        returning_visitor: 0,
        queued_visitor: 0,
        visitor_is_typing: 1,
        new_goal: 1,
      },
      groups: [
        { id: 1, name: "One" },
        { id: 2, name: "Two" },
        { id: 5, name: "Five" },
      ],
    });
    // Several ranges a day show as their span; days without ranges as off.
    expect(one.work_scheduler.monday).toEqual({ enabled: 1, start: "08:00", end: "16:00" });
    expect(one.work_scheduler.tuesday).toEqual({ enabled: 0, start: "09:00", end: "17:00" });
    expect(one.work_scheduler.friday).toEqual({ enabled: 1, start: "08:00", end: "16:00" });
  });

  test("v2 sending back what it read keeps a viceowner and the other day's ranges", async () => {
    await call("create_agent", SMITH_REQUEST);
    await api.put(`/agents/${SMITH}`, {
      permission: "administrator",
      work_scheduler: { friday: { end: "18:00" } },
    });
    const res = await call("get_agent", { id: SMITH, fields: ["work_scheduler"] });
    expect(res.data.role).toBe("viceowner");
    expect(res.data.work_scheduler.schedule).toEqual([
      { day: "monday", enabled: true, start: "08:00", end: "12:30" },
      { day: "monday", enabled: true, start: "13:30", end: "16:00" },
      { day: "friday", enabled: true, start: "08:00", end: "18:00" },
    ]);
    await api.put(`/agents/${SMITH}`, { permission: "normal" });
    expect((await call("get_agent", { id: SMITH })).data.role).toBe("normal");
  });

  test("an agent made through v2 reads in v3.6; v2's daily_summary and notifications are the sets", async () => {
    await api.post("/agents", { login: "jenny@example.com", name: "Jenny", groups: [1], daily_summary: 0 });
    await api.put("/agents/jenny@example.com", { notifications: { visitor_is_typing: 1 } });
    const res = await call("get_agent", {
      id: "jenny@example.com",
      fields: ["groups", "notifications", "email_subscriptions", "work_scheduler"],
    });
    expect(res.data).toMatchObject({
      role: "normal",
      login_status: "accepting chats", // v2's default
      groups: [
        { id: 0, priority: "normal" },
        { id: 1, priority: "normal" },
      ],
      notifications: [
        "new_visitor",
        "incoming_chat",
        "returning_visitor",
        "queued_visitor",
        "visitor_is_typing",
        "new_goal",
      ],
      email_subscriptions: [],
    });
    // v2's first PUT filled in its default schedule: one range a day, in the agent's timezone.
    expect(res.data.work_scheduler.timezone).toBe("UTC");
    expect(res.data.work_scheduler.schedule).toHaveLength(7);
    expect(res.data.work_scheduler.schedule[0]).toEqual({
      day: "sunday",
      enabled: false,
      start: "11:00",
      end: "17:00",
    });
  });

  test("deleted through v2, gone for v3.6; priorities follow v2 membership changes", async () => {
    await call("create_agent", {
      id: SMITH,
      name: "Smith",
      groups: [
        { id: 1, priority: "last" },
        { id: 2, priority: "first" },
      ],
    });
    await api.put(`/agents/${SMITH}`, { groups: [2, 3] });
    const groups = (await call("get_agent", { id: SMITH, fields: ["groups"] })).data.groups;
    expect(groups).toEqual([
      { id: 0, priority: "normal" },
      { id: 2, priority: "first" },
      { id: 3, priority: "normal" },
    ]);
    await api.delete(`/agents/${SMITH}`);
    expect((await call("get_agent", { id: SMITH })).data.error.type).toBe("not_found");
  });

  test("the snapshot carries the v3.6 fields and round-trips through seed", async () => {
    await call("create_agent", { ...SMITH_REQUEST, mobile: "+48 600 000 000", awaiting_approval: true });
    const before = emu.state();
    const smith = (before.agents as Record<string, unknown>[]).find((a) => a.login === SMITH);
    expect(smith?.["v3.6"]).toMatchObject({
      role: "viceowner",
      mobile: "+48 600 000 000",
      awaiting_approval: true,
    });
    emu.reset();
    emu.seed(before);
    expect(emu.state()).toEqual(before);
  });
});
