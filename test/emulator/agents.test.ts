import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, start } from "./helpers";

const JOHN = "john.doe@mycompany.com";
const JENNY = "jenny.doe@mycompany.com";
const DEFAULT_AVATAR = "livechat.s3.amazonaws.com/default/avatars/45bcb5f592dbf5aac8f88dcfd6bc937c.png";
const NOTIFICATIONS = {
  new_visitor: 1,
  returning_visitor: 1,
  queued_visitor: 1,
  visitor_is_typing: 0,
  new_goal: 1,
};
const WORK_SCHEDULER = {
  sunday: { enabled: 0, start: "11:00", end: "17:00" },
  monday: { enabled: 1, start: "09:00", end: "17:00" },
  tuesday: { enabled: 1, start: "09:00", end: "17:00" },
  wednesday: { enabled: 1, start: "09:00", end: "17:00" },
  thursday: { enabled: 1, start: "09:00", end: "17:00" },
  friday: { enabled: 1, start: "09:00", end: "17:00" },
  saturday: { enabled: 0, start: "09:00", end: "17:00" },
};
// The reference's POST /agents answer, for the request {login, name, permission: administrator, groups: [1, 2]}.
const JENNY_CREATED = {
  login: JENNY,
  name: "Jenny Doe",
  login_status: "accepting chats",
  permission: "administrator",
  daily_summary: 1,
  job_title: "Support Agent",
  avatar: DEFAULT_AVATAR,
  notifications: NOTIFICATIONS,
  max_chats_count: 6,
  groups: [
    { id: 1, name: "Sales" },
    { id: 2, name: "Technical Support" },
  ],
  status: "offline",
  last_logout: 0,
};

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start({ credentials: { login: JOHN, pat: "dal:john-pat" } }));
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/groups", { name: "Sales", agents: [JOHN] });
  await api.post("/groups", { name: "Technical Support", agents: [JOHN] });
});

const createJenny = () =>
  api.post("/agents", { login: JENNY, name: "Jenny Doe", permission: "administrator", groups: [1, 2] });

describe("reference examples", () => {
  test("GET /agents lists the summary shape only", async () => {
    const res = await api.get("/agents");
    expect(res.status).toBe(200);
    expect(res.data).toEqual([
      {
        name: "Account Owner",
        permission: "owner",
        avatar: DEFAULT_AVATAR,
        login: JOHN,
        status: "accepting chats",
      },
    ]);
  });

  test("POST /agents answers the full agent, with groups as {id, name}", async () => {
    const res = await createJenny();
    expect(res.status).toBe(200);
    expect(res.data).toEqual(JENNY_CREATED);
    expect(Object.keys(res.data)).toEqual(Object.keys(JENNY_CREATED));
  });

  test("GET /agents/<login> answers the full shape", async () => {
    await createJenny();
    const res = await api.get(`/agents/${JENNY}`);
    expect(res.status).toBe(200);
    expect(res.data).toEqual(JENNY_CREATED);
    const owner = await api.get(`/agents/${JOHN}`);
    expect(owner.data).toEqual({
      login: JOHN,
      name: "Account Owner",
      login_status: "accepting chats",
      permission: "owner",
      daily_summary: 1,
      job_title: "Support Agent",
      avatar: DEFAULT_AVATAR,
      notifications: NOTIFICATIONS,
      max_chats_count: 6,
      groups: [
        { id: 1, name: "Sales" },
        { id: 2, name: "Technical Support" },
      ],
      status: "accepting chats",
      last_logout: 0,
    });
  });

  test("PUT /agents/<login>: status drives login_status and a work_scheduler appears", async () => {
    await createJenny();
    const res = await api.put(`/agents/${JENNY}`, { status: "not accepting chats", max_chats_count: 2 });
    expect(res.status).toBe(200);
    const expected = {
      ...JENNY_CREATED,
      login_status: "not accepting chats",
      max_chats_count: 2,
      work_scheduler: WORK_SCHEDULER,
      status: "not accepting chats",
    };
    expect(res.data).toEqual(expected);
    // Key order as in the reference: work_scheduler sits between max_chats_count and groups.
    expect(Object.keys(res.data)).toEqual([
      "login",
      "name",
      "login_status",
      "permission",
      "daily_summary",
      "job_title",
      "avatar",
      "notifications",
      "max_chats_count",
      "work_scheduler",
      "groups",
      "status",
      "last_logout",
    ]);
    expect((await api.get(`/agents/${JENNY}`)).data).toEqual(expected);
  });

  test("DELETE /agents/<login> removes the agent and its group memberships", async () => {
    await createJenny();
    const res = await api.delete(`/agents/${JENNY}`);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ result: `${JENNY} removed successfully` });
    expect((await api.get(`/agents/${JENNY}`)).status).toBe(404);
    expect((await api.get("/groups/1")).data.agents).toEqual([JOHN]);
  });
});

describe("behaviour", () => {
  test("GET /agents filters by status", async () => {
    await createJenny();
    expect(
      (await api.get("/agents", { params: { status: "offline" } })).data.map(
        (a: { login: string }) => a.login,
      ),
    ).toEqual([JENNY]);
    expect((await api.get("/agents?status=accepting+chats")).data).toHaveLength(1);
    const bad = await api.get("/agents", { params: { status: "busy" } });
    expect(bad.status).toBe(400);
    expect(bad.data.error).toMatch(/status/);
  });

  test("agent.groups and group.agents are one relation", async () => {
    await createJenny();
    expect((await api.get("/groups/1")).data.agents).toEqual([JOHN, JENNY]);
    await api.put(`/agents/${JENNY}`, { groups: [2] });
    expect((await api.get("/groups/1")).data.agents).toEqual([JOHN]);
    expect((await api.get("/groups/2")).data.agents).toEqual([JOHN, JENNY]);
    await api.put("/groups/2", { agents: [JENNY] });
    expect((await api.get(`/agents/${JOHN}`)).data.groups).toEqual([{ id: 1, name: "Sales" }]);
    await api.delete("/groups/2");
    expect((await api.get(`/agents/${JENNY}`)).data.groups).toEqual([]);
  });

  test("notifications on create need all keys, and incoming_chat is never answered", async () => {
    const notifications = {
      new_visitor: 0,
      incoming_chat: 1,
      returning_visitor: 0,
      queued_visitor: 1,
      visitor_is_typing: 1,
      new_goal: 0,
    };
    const res = await api.post("/agents", { login: JENNY, name: "Jenny", notifications });
    expect(res.status).toBe(200);
    expect(res.data.notifications).toEqual({
      new_visitor: 0,
      returning_visitor: 0,
      queued_visitor: 1,
      visitor_is_typing: 1,
      new_goal: 0,
    });
    const partial = await api.post("/agents", {
      login: "x@y.com",
      name: "X",
      notifications: { new_visitor: 1 },
    });
    expect(partial.status).toBe(400);
    expect(partial.data.error).toMatch(/incoming_chat/);
  });

  test("PUT changes only given fields; notifications accept only four keys", async () => {
    await createJenny();
    const res = await api.put(`/agents/${JENNY}`, {
      name: "Jenny D.",
      job_title: "Lead",
      notifications: { visitor_is_typing: 1 },
      daily_summary: 0,
      work_scheduler: { sunday: { enabled: 1, start: "10:00" } },
    });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      name: "Jenny D.",
      job_title: "Lead",
      daily_summary: 0,
      permission: "administrator",
      notifications: { ...NOTIFICATIONS, visitor_is_typing: 1 },
      work_scheduler: { ...WORK_SCHEDULER, sunday: { enabled: 1, start: "10:00", end: "17:00" } },
    });
    const bad = await api.put(`/agents/${JENNY}`, { notifications: { new_goal: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.data.error).toMatch(/new_goal/);
    const offline = await api.put(`/agents/${JENNY}`, { status: "offline" });
    expect(offline.data).toMatchObject({ status: "offline", login_status: "accepting chats" });
  });

  test("form-encoded create and update coerce numbers and lists", async () => {
    const res = await api.post(
      "/agents",
      `login=${encodeURIComponent(JENNY)}&name=Jenny+Doe&groups[]=1&max_chats_count=2&daily_summary=0`,
      FORM,
    );
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      max_chats_count: 2,
      daily_summary: 0,
      groups: [{ id: 1, name: "Sales" }],
    });
    const upd = await api.put(
      `/agents/${JENNY}`,
      "status=accepting+chats&notifications[new_visitor]=0",
      FORM,
    );
    expect(upd.data).toMatchObject({ status: "accepting chats", login_status: "accepting chats" });
    expect(upd.data.notifications.new_visitor).toBe(0);
  });

  test("the password is checked but never returned", async () => {
    const short = await api.post("/agents", { login: JENNY, name: "Jenny", password: "abc" });
    expect(short.status).toBe(400);
    expect(short.data.error).toMatch(/password/);
    const ok = await api.post("/agents", { login: JENNY, name: "Jenny", password: "secret-password" });
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.data)).not.toContain("secret-password");
    expect(JSON.stringify(emu.state())).not.toContain("secret-password");
  });
});

describe("errors", () => {
  test.each([
    [{ name: "No Login" }, /login/],
    [{ login: "not-an-email", name: "X" }, /login.*e-mail/],
    [{ login: JENNY }, /name/],
    [{ login: JENNY, name: "X", permission: "owner" }, /permission.*administrator, normal/],
    [{ login: JENNY, name: "X", groups: [9] }, /group 9/],
    [{ login: JENNY, name: "X", login_status: "offline" }, /login_status/],
    [{ login: JENNY, name: "X", max_chats_count: "many" }, /max_chats_count/],
    [{ login: JENNY, name: "X", daily_summary: 2 }, /daily_summary/],
  ])("POST /agents %j -> 400", async (body, message) => {
    const res = await api.post("/agents", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test("a login that exists already -> 400", async () => {
    await createJenny();
    const res = await createJenny();
    expect(res.status).toBe(400);
    expect(res.data.error).toMatch(/already exists/);
  });

  test("unknown agent -> 404 naming it", async () => {
    for (const res of [
      await api.get("/agents/nobody@example.com"),
      await api.put("/agents/nobody@example.com", { name: "X" }),
      await api.delete("/agents/nobody@example.com"),
    ]) {
      expect(res.status).toBe(404);
      expect(res.data.error).toMatch(/nobody@example.com/);
    }
  });

  test("the owner's permission cannot change and the owner cannot be removed", async () => {
    const perm = await api.put(`/agents/${JOHN}`, { permission: "normal" });
    expect(perm.status).toBe(400);
    expect(perm.data.error).toMatch(/owner/);
    const del = await api.delete(`/agents/${JOHN}`);
    expect(del.status).toBe(400);
    expect(del.data.error).toMatch(/owner/);
    expect((await api.get(`/agents/${JOHN}`)).data.permission).toBe("owner");
  });

  test("nobody can be promoted to owner, and a failed PUT changes nothing", async () => {
    await createJenny();
    const res = await api.put(`/agents/${JENNY}`, { name: "Changed", permission: "owner" });
    expect(res.status).toBe(400);
    expect((await api.get(`/agents/${JENNY}`)).data.name).toBe("Jenny Doe");
  });
});
