// v3.6 bots: the reference's requests and answers, batches, ownership, and their place in groups.

import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { start, v36, v36Example, type V36Call } from "./helpers";

const CLIENT = "asXdesldiAJSq9padj";
const HEX32 = expect.stringMatching(/^[0-9a-f]{32}$/);
const BEARER = { Authorization: "Bearer dal:tok" };

let emu: RunningEmulator;
let api: AxiosInstance;
let call: V36Call;

beforeAll(async () => {
  ({ emu, api } = await start({
    credentials: { login: "owner@example.com", pat: "dal:pat", tokens: ["dal:tok"] },
  }));
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/groups", { name: "One", agents: [] });
  await api.post("/groups", { name: "Two", agents: [] });
});

const createJohn = () =>
  call("create_bot", {
    name: "John Doe",
    avatar: "https://example.com/avatar.jpg",
    default_group_priority: "first",
    owner_client_id: CLIENT,
    groups: [
      { id: 1, priority: "normal" },
      { id: 2, priority: "first" },
    ],
  });

describe("reference examples", () => {
  test("create_bot answers {id, secret} (createBot.json)", async () => {
    const res = await call("create_bot", { name: "Bot Name", owner_client_id: CLIENT });
    expect(res.status).toBe(200);
    expect(Object.keys(res.data)).toEqual(Object.keys(v36Example("bots", "createBot") as object));
    expect(res.data).toEqual({ id: HEX32, secret: HEX32 });
  });

  test("get_bot with only an id: getBot.json (groups and max_chats_count included)", async () => {
    const { id } = (await createJohn()).data;
    const res = await call("get_bot", { id });
    expect(res.data).toEqual({ ...(v36Example("bots", "getBot") as object), id });
  });

  test("list_bots: listBots.json's shape", async () => {
    const { id } = (
      await call("create_bot", {
        name: "Bot Name",
        avatar: "example.com/avatar.jpg",
        owner_client_id: CLIENT,
      })
    ).data;
    const res = await call("list_bots", { all: false });
    expect(res.data).toEqual([{ ...(v36Example("bots", "listBots") as object[])[0], id }]);
  });

  test("avatars: get_bot with the scheme (getBot.json), list_bots without (listBots.json)", async () => {
    // getBot.json: "avatar_path": "https://example.com/avatar.jpg"; listBots.json: "example.com/avatar.jpg".
    const withScheme = (await createJohn()).data.id;
    const bare = (
      await call("create_bot", { name: "B", avatar: "example.com/b.jpg", owner_client_id: CLIENT })
    ).data.id;
    const got = async (id: string) => (await call("get_bot", { id })).data.avatar_path;
    expect(await got(withScheme)).toBe("https://example.com/avatar.jpg");
    expect(await got(bare)).toBe("https://example.com/b.jpg");
    const listed = (await call("list_bots", { all: true })).data.map(
      (b: { avatar_path: string }) => b.avatar_path,
    );
    expect(listed).toEqual(["example.com/avatar.jpg", "example.com/b.jpg"]);
    // The snapshot keeps the address as it was given.
    expect((emu.state().bots as { avatar_path: string }[]).map((b) => b.avatar_path)).toEqual([
      "https://example.com/avatar.jpg",
      "example.com/b.jpg",
    ]);
  });

  test("update_bot and delete_bot answer {}", async () => {
    const { id } = (await createJohn()).data;
    expect((await call("update_bot", { id, name: "New Bot Name" })).data).toEqual({});
    expect((await call("get_bot", { id })).data.name).toBe("New Bot Name");
    expect((await call("delete_bot", { id })).data).toEqual({});
    const gone = await call("get_bot", { id });
    expect(gone.status).toBe(404);
    expect(gone.data.error.type).toBe("not_found");
  });
});

describe("fields, defaults, ownership", () => {
  test("fields: job_title, work_scheduler, timezone; defaults max 6 chats", async () => {
    const { id } = (
      await call("create_bot", {
        name: "B",
        owner_client_id: CLIENT,
        job_title: "Helper",
        work_scheduler: {
          timezone: "Europe/Warsaw",
          schedule: [{ day: "monday", enabled: true, start: "08:00", end: "10:00" }],
        },
      })
    ).data;
    const res = await call("list_bots", {
      all: true,
      fields: ["job_title", "work_scheduler", "timezone", "max_chats_count"],
    });
    expect(res.data).toEqual([
      {
        id,
        name: "B",
        job_title: "Helper",
        work_scheduler: {
          timezone: "Europe/Warsaw",
          schedule: [{ day: "monday", enabled: true, start: "08:00", end: "10:00" }],
        },
        timezone: "Europe/Warsaw",
        max_chats_count: 6,
      },
    ]);
  });

  test("owner_client_id: required with a PAT, the token's Client ID with Bearer; list_bots shows the caller's", async () => {
    expect((await call("create_bot", { name: "B" })).data.error.message).toMatch(/owner_client_id/);
    const viaToken = (await call("create_bot", { name: "T" }, BEARER)).data.id;
    const viaPat = (await call("create_bot", { name: "P", owner_client_id: CLIENT })).data.id;
    expect((await call("get_bot", { id: viaToken })).data.owner_client_id).toBe(emu.clientId);
    const ids = async (body: object, headers = {}) =>
      (await call("list_bots", body, headers)).data.map((b: { id: string }) => b.id);
    expect(await ids({})).toEqual([viaPat]);
    expect(await ids({}, BEARER)).toEqual([viaToken]);
    expect(await ids({ all: true })).toEqual([viaToken, viaPat]);
  });

  test.each([
    [{ owner_client_id: CLIENT }, /`name` is required/],
    [{ name: "B", owner_client_id: CLIENT, max_chats_count: 501 }, /max_chats_count.*500/],
    [{ name: "B", owner_client_id: CLIENT, default_group_priority: "top" }, /default_group_priority/],
    [{ name: "B", owner_client_id: CLIENT, work_scheduler: { schedule: [] } }, /timezone/],
  ])("create_bot, bad case %#", async (body, message) => {
    expect((await call("create_bot", body)).data).toEqual({
      error: { type: "validation", message: expect.stringMatching(message) },
    });
  });

  test("batches: per-item answers in order", async () => {
    const res = await call("batch_create_bots", {
      requests: [
        { name: "A", owner_client_id: CLIENT },
        { owner_client_id: CLIENT },
        { name: "C", owner_client_id: CLIENT },
      ],
    });
    expect(res.data.responses).toEqual([
      { id: HEX32, secret: HEX32 },
      { error: { type: "validation", message: "`name` is required" } },
      { id: HEX32, secret: HEX32 },
    ]);
    const [a, , c] = res.data.responses;
    const updated = await call("batch_update_bots", { requests: [{ id: a.id, name: "A2" }, { id: "nope" }] });
    expect(updated.data.responses).toEqual([
      {},
      { error: { type: "not_found", message: expect.any(String) } },
    ]);
    const deleted = await call("batch_delete_bots", { requests: [{ id: c.id }, { id: a.id }] });
    expect(deleted.data.responses).toEqual([{}, {}]);
    expect((await call("list_bots", { all: true })).data).toEqual([]);
  });
});

describe("bots in groups and in the account", () => {
  test("bots show in a group's agent_priorities and follow update_group; v2 does not list them", async () => {
    const { id } = (await createJohn()).data;
    const fields = ["agent_priorities"];
    expect((await call("get_group", { id: 2, fields })).data.agent_priorities).toEqual({ [id]: "first" });
    expect((await call("get_group", { id: 0, fields })).data.agent_priorities).toMatchObject({
      [id]: "normal",
    });
    await call("update_group", { id: 1, agent_priorities: { [id]: "supervisor" } });
    await call("update_group", { id: 2, agent_priorities: {} });
    expect((await call("get_bot", { id })).data.groups).toEqual([
      { id: 0, priority: "normal" },
      { id: 1, priority: "supervisor" },
    ]);
    expect((await api.get("/agents")).data).toHaveLength(1);
    expect((await api.get("/groups/1")).data.agents).toEqual([]);
    // Deleting a group (through v2 here) takes the bot out of it.
    await api.delete("/groups/1");
    expect((await call("get_bot", { id })).data.groups).toEqual([{ id: 0, priority: "normal" }]);
  });

  test("the snapshot carries bots whole (secret, type) and round-trips", async () => {
    await createJohn();
    await call("create_bot", { name: "T", type: "assistant" }, BEARER);
    const before = emu.state();
    expect(before.bots).toEqual([
      expect.objectContaining({ name: "John Doe", secret: HEX32, type: "chatbot", created_via: "pat" }),
      expect.objectContaining({ name: "T", type: "assistant", created_via: emu.clientId }),
    ]);
    emu.reset();
    emu.seed(before);
    expect(emu.state()).toEqual(before);
  });
});
