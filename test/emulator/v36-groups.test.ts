// v3.6 groups: the reference's requests and answers, priorities, and how v2 sees the same groups.

import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { start, v36, v36Example, type V36Call } from "./helpers";

const OWNER = "owner@example.com";
const [A1, A2, A3] = ["agent1@example.com", "agent2@example.com", "agent3@example.com"];
const PRIORITIES = { [A1]: "normal", [A2]: "normal", [A3]: "last" };

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
  for (const id of [A1, A2, A3]) await call("create_agent", { id, name: id });
});

const createSportsShoes = () => call("create_group", { name: "Sports shoes", agent_priorities: PRIORITIES });

describe("reference examples", () => {
  test("create_group answers only the id (createGroup.json)", async () => {
    const res = await createSportsShoes();
    expect(res.status).toBe(200);
    expect(Object.keys(res.data)).toEqual(Object.keys(v36Example("groups", "createGroup") as object));
    expect(res.data).toEqual({ id: 1 });
  });

  test("get_group with agent_priorities and routing_status: getGroup.json", async () => {
    const { id } = (await createSportsShoes()).data;
    const res = await call("get_group", { id, fields: ["agent_priorities", "routing_status"] });
    expect(res.data).toEqual({ ...(v36Example("groups", "getGroup") as object), id });
  });

  test("list_groups without fields: listGroups.json's keys, routing_status included", async () => {
    await createSportsShoes();
    const res = await call("list_groups", {});
    const example = v36Example("groups", "listGroups") as object[];
    expect(res.data.map((g: object) => Object.keys(g))).toEqual(example.map((g) => Object.keys(g)));
    expect(res.data).toEqual([
      { id: 0, name: "All operators", language_code: "en", routing_status: "accepting_chats" },
      { id: 1, name: "Sports shoes", language_code: "en", routing_status: "offline" },
    ]);
  });

  test("update_group with the reference's body answers {}", async () => {
    const { id } = (await createSportsShoes()).data;
    const res = await call("update_group", { id, name: "Sport shoes", agent_priorities: PRIORITIES });
    expect(res.data).toEqual({});
    expect((await call("get_group", { id })).data.name).toBe("Sport shoes");
  });

  test("delete_group answers {}; then group_not_found", async () => {
    const { id } = (await createSportsShoes()).data;
    expect((await call("delete_group", { id })).data).toEqual({});
    const res = await call("get_group", { id });
    expect(res.status).toBe(404);
    expect(res.data.error.type).toBe("group_not_found");
  });
});

describe("rules", () => {
  test("agent_priorities replaces the members; group 0 lists everyone", async () => {
    const { id } = (await createSportsShoes()).data;
    await call("update_group", { id, agent_priorities: { [A3]: "supervisor", [OWNER]: "first" } });
    const fields = ["agent_priorities"];
    expect((await call("get_group", { id, fields })).data.agent_priorities).toEqual({
      [A3]: "supervisor",
      [OWNER]: "first",
    });
    expect((await call("get_group", { id: 0, fields })).data.agent_priorities).toEqual({
      [OWNER]: "normal",
      [A1]: "normal",
      [A2]: "normal",
      [A3]: "normal",
    });
    // The agent's side agrees.
    const groups = (await call("get_agent", { id: A3, fields: ["groups"] })).data.groups;
    expect(groups).toEqual([
      { id: 0, priority: "normal" },
      { id, priority: "supervisor" },
    ]);
  });

  test.each([
    [{ agent_priorities: {} }, "validation", /`name` is required/],
    [{ name: "G" }, "validation", /`agent_priorities` is required/],
    [{ name: "n".repeat(181), agent_priorities: {} }, "validation", /`name`.*180/],
    [{ name: "G", agent_priorities: { "ghost@example.com": "normal" } }, "not_found", /ghost/],
    [{ name: "G", agent_priorities: { [A1]: "boss" } }, "validation", /agent_priorities/],
    [{ name: "G", agent_priorities: {}, language_code: "english!" }, "validation", /language_code/],
  ])("create_group %j -> %s", async (body, type, message) => {
    const res = await call("create_group", body);
    expect(res.data).toEqual({ error: { type, message: expect.stringMatching(message) } });
  });

  test("group 0 cannot be changed or removed; unknown groups -> group_not_found", async () => {
    expect((await call("update_group", { id: 0, name: "X" })).data.error.type).toBe("validation");
    expect((await call("delete_group", { id: 0 })).data.error.type).toBe("validation");
    expect((await call("update_group", { id: 42, name: "X" })).data.error.type).toBe("group_not_found");
    expect((await call("get_group", { id: "1" })).data.error.type).toBe("validation");
  });
});

describe("one account for v2 and v3.6", () => {
  test("a group made through v3.6 is v2's group with those agents", async () => {
    const { id } = (await createSportsShoes()).data;
    expect((await api.get(`/groups/${id}`)).data).toEqual({
      id,
      name: "Sports shoes",
      language: "en",
      agents: [A1, A2, A3],
      status: "offline",
    });
  });

  test("deleted through v2, gone for v3.6; deleted through v3.6, gone for v2", async () => {
    const { id } = (await createSportsShoes()).data;
    await api.delete(`/groups/${id}`);
    expect((await call("get_group", { id })).data.error.type).toBe("group_not_found");
    await api.post("/groups", { name: "Other", agents: [] });
    await call("delete_group", { id: id + 1 });
    expect((await api.get(`/groups/${id + 1}`)).status).toBe(404);
  });

  test("v2's membership changes keep the priorities of those who stay", async () => {
    const { id } = (await createSportsShoes()).data;
    await api.put(`/groups/${id}`, { agents: [A3, OWNER] });
    const res = await call("get_group", { id, fields: ["agent_priorities"] });
    expect(res.data.agent_priorities).toEqual({ [A3]: "last", [OWNER]: "normal" });
  });

  test("a group made through v2 reads in v3.6; routing_status follows the agents' status", async () => {
    await api.post("/groups", { name: "Support", agents: [OWNER], language: "de" });
    const res = await call("get_group", { id: 1, fields: ["agent_priorities"] });
    expect(res.data).toEqual({
      id: 1,
      name: "Support",
      language_code: "de",
      agent_priorities: { [OWNER]: "normal" },
      routing_status: "accepting_chats",
    });
  });
});
