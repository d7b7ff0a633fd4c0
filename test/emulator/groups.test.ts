import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, start } from "./helpers";

const JOHN = "john.doe@mycompany.com";
const JENNY = "jenny.doe@mycompany.com";
const JANE = "jane.doe@mycompany.com";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start({ credentials: { login: JOHN, pat: "dal:john-pat" } }));
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/agents", { login: JENNY, name: "Jenny Doe" });
  await api.post("/agents", { login: JANE, name: "Jane Doe" });
});

describe("reference examples", () => {
  test("GET /groups: group 0 has no agents key, the others list their agents", async () => {
    await api.post("/groups", { name: "Invoicing", agents: [JANE] });
    await api.post("/groups", { name: "Sales", agents: [JOHN, JENNY] });
    await api.put(`/agents/${JOHN}`, { status: "not accepting chats" });
    await api.post("/groups", { name: "Technical Support", agents: [JOHN] });
    const res = await api.get("/groups");
    expect(res.status).toBe(200);
    expect(res.data).toEqual([
      { id: 0, name: "All operators", language: "en", status: "not accepting chats" },
      { id: 1, name: "Invoicing", language: "en", agents: [JANE], status: "offline" },
      { id: 2, name: "Sales", language: "en", agents: [JOHN, JENNY], status: "not accepting chats" },
      { id: 3, name: "Technical Support", language: "en", agents: [JOHN], status: "not accepting chats" },
    ]);
    expect(res.data[0]).not.toHaveProperty("agents");
  });

  test("GET /groups/<id>", async () => {
    await api.post("/groups", { name: "Invoicing", agents: [JANE] });
    await api.post("/groups", { name: "Sales", agents: [JOHN, JENNY] });
    const res = await api.get("/groups/2");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: 2,
      name: "Sales",
      language: "en",
      agents: [JOHN, JENNY],
      status: "accepting chats",
    });
    expect((await api.get("/groups/0")).data).toEqual({
      id: 0,
      name: "All operators",
      language: "en",
      status: "accepting chats",
    });
  });

  test("POST /groups", async () => {
    const res = await api.post("/groups", { name: "Human Resources", agents: [JENNY, JANE] });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: 1,
      name: "Human Resources",
      language: "en",
      agents: [JENNY, JANE],
      status: "offline",
    });
  });

  test("PUT /groups/<id>", async () => {
    await api.post("/groups", { name: "Technical Support", agents: [JENNY] });
    const res = await api.put("/groups/1", { name: "Quality Assurance", agents: [JENNY, JANE] });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: 1,
      name: "Quality Assurance",
      language: "en",
      agents: [JENNY, JANE],
      status: "offline",
    });
    const lang = await api.put("/groups/1", { language: "de" });
    expect(lang.data).toMatchObject({ name: "Quality Assurance", language: "de", agents: [JENNY, JANE] });
  });

  test("DELETE /groups/<id>", async () => {
    await api.post("/groups", { name: "Human Resources", agents: [JENNY] });
    const res = await api.delete("/groups/1");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ result: "group removed successfully" });
    expect((await api.get("/groups/1")).status).toBe(404);
    expect((await api.get(`/agents/${JENNY}`)).data.groups).toEqual([]);
  });
});

describe("behaviour", () => {
  test("status is derived from the members", async () => {
    await api.post("/groups", { name: "G", agents: [JENNY, JANE] });
    expect((await api.get("/groups/1")).data.status).toBe("offline");
    await api.put(`/agents/${JENNY}`, { status: "not accepting chats" });
    expect((await api.get("/groups/1")).data.status).toBe("not accepting chats");
    await api.put(`/agents/${JANE}`, { status: "accepting chats" });
    expect((await api.get("/groups/1")).data.status).toBe("accepting chats");
  });

  test("ids count up from 1, names need not be unique, language defaults to en", async () => {
    const a = await api.post("/groups", { name: "Same", agents: [] });
    const b = await api.post("/groups", { name: "Same", agents: [JENNY], language: "pt_BR" });
    expect([a.data.id, b.data.id]).toEqual([1, 2]);
    expect(b.data.language).toBe("pt_BR");
    await api.delete("/groups/2");
    expect((await api.post("/groups", { name: "Next", agents: [] })).data.id).toBe(3);
  });

  test("form-encoded create", async () => {
    const res = await api.post(
      "/groups",
      `name=Sales&agents[]=${encodeURIComponent(JENNY)}&language=fr`,
      FORM,
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ id: 1, name: "Sales", language: "fr", agents: [JENNY], status: "offline" });
  });

  test("removing a group removes what lives in it", async () => {
    await api.post("/groups", { name: "G", agents: [JENNY] });
    await api.post("/tags", { tag: "t", author: JOHN, group: 1 });
    await api.post("/canned_responses", { text: "x", tags: ["a"], group: 1 });
    await api.post("/greetings", { name: "g", group: 1, rules: [{ type: "visits_number", value: 1 }] });
    await api.delete("/groups/1");
    const state = emu.state();
    expect([state.tags, state.canned_responses, state.greetings]).toEqual([[], [], []]);
  });
});

describe("errors", () => {
  test.each([
    [{ agents: [] }, /"name"/],
    [{ name: "X" }, /"agents"/],
    [{ name: "X", agents: "nobody" }, /agents.*array/],
    [{ name: "X", agents: ["nobody@example.com"] }, /nobody@example.com/],
    [{ name: "X", agents: [], language: "english!" }, /language/],
    // The reference: "The group name. Maximum: 180 characters."
    [{ name: "n".repeat(181), agents: [] }, /"name".*at most 180/],
  ])("POST /groups %j -> 400", async (body, message) => {
    const res = await api.post("/groups", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test("a name of 180 characters is accepted, an emoji counting as one", async () => {
    const name = "😀".repeat(180);
    const res = await api.post("/groups", { name, agents: [] });
    expect(res.status).toBe(200);
    expect(res.data.name).toBe(name);
  });

  test("group 0 cannot be changed or removed", async () => {
    for (const res of [await api.put("/groups/0", { name: "Everyone" }), await api.delete("/groups/0")]) {
      expect(res.status).toBe(400);
      expect(res.data.error).toMatch(/Group 0/);
    }
    expect((await api.get("/groups/0")).data.name).toBe("All operators");
  });

  test("unknown group -> 404 naming it", async () => {
    for (const res of [
      await api.get("/groups/42"),
      await api.put("/groups/42", { name: "X" }),
      await api.delete("/groups/42"),
      await api.get("/groups/abc"),
    ]) {
      expect(res.status).toBe(404);
      expect(res.data.error).toMatch(/Group (42|abc) not found/);
    }
  });
});
