import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, anyId, start } from "./helpers";

const JOHN = "john.doe@mycompany.com";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start({ credentials: { login: JOHN, pat: "dal:john-pat" } }));
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/groups", { name: "Sales", agents: [] });
});

const support = { tag: "support", author: JOHN, group: 1 };

describe("reference examples", () => {
  test("POST /tags answers `name`, not `tag`", async () => {
    const res = await api.post("/tags", support);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      name: "support",
      author: JOHN,
      creation_date: anyId,
      count: { inChats: 0, inTickets: 0 },
      group: 1,
    });
  });

  test("GET /tags?group=1 and all groups", async () => {
    const sales = (await api.post("/tags", { ...support, tag: "sales" })).data;
    const sup = (await api.post("/tags", support)).data;
    const other = (await api.post("/tags", { ...support, group: 0 })).data;
    expect((await api.get("/tags?group=1")).data).toEqual([sales, sup]);
    expect((await api.get("/tags")).data).toEqual([sales, sup, other]);
  });

  test("DELETE /tags/<TAG> with a JSON body {group}", async () => {
    await api.post("/tags", support);
    await api.post("/tags", { ...support, group: 0 });
    const res = await api.delete("/tags/support", { data: { group: 1 } });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ ok: true });
    expect((await api.get("/tags")).data.map((t: { group: number }) => t.group)).toEqual([0]);
  });
});

describe("behaviour", () => {
  test("DELETE takes the group from the query or a form body too", async () => {
    await api.post("/tags", support);
    await api.post("/tags", { ...support, group: 0 });
    expect((await api.delete("/tags/support?group=1")).data).toEqual({ ok: true });
    expect((await api.delete("/tags/support", { data: "group=0", ...FORM })).data).toEqual({ ok: true });
    expect((await api.get("/tags")).data).toEqual([]);
  });

  test("names are URL-decoded from the path", async () => {
    await api.post("/tags", { ...support, tag: "vip / big deal" });
    const res = await api.delete(`/tags/${encodeURIComponent("vip / big deal")}`, { data: { group: 1 } });
    expect(res.data).toEqual({ ok: true });
  });

  test("form-encoded create", async () => {
    const res = await api.post("/tags", `tag=billing&author=${encodeURIComponent(JOHN)}&group=1`, FORM);
    expect(res.data).toMatchObject({ name: "billing", group: 1 });
  });
});

describe("errors", () => {
  test.each([
    [{ author: JOHN, group: 1 }, /"tag"/],
    [{ tag: "t", group: 1 }, /"author"/],
    [{ tag: "t", author: JOHN }, /"group"/],
    [{ tag: "t", author: "ghost@example.com", group: 1 }, /author.*ghost@example.com/],
    [{ tag: "t", author: JOHN, group: 9 }, /group 9/],
  ])("POST /tags %j -> 400", async (body, message) => {
    const res = await api.post("/tags", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test("the same name in the same group -> 400", async () => {
    await api.post("/tags", support);
    const res = await api.post("/tags", support);
    expect(res.status).toBe(400);
    expect(res.data.error).toMatch(/support.*already exists/);
    expect((await api.post("/tags", { ...support, group: 0 })).status).toBe(200);
  });

  test("DELETE without group -> 400; unknown tag -> 404", async () => {
    await api.post("/tags", support);
    const noGroup = await api.delete("/tags/support");
    expect(noGroup.status).toBe(400);
    expect(noGroup.data.error).toMatch(/"group"/);
    const wrongGroup = await api.delete("/tags/support", { data: { group: 0 } });
    expect(wrongGroup.status).toBe(404);
    expect(wrongGroup.data.error).toMatch(/support/);
    expect((await api.delete("/tags/nope", { data: { group: 1 } })).status).toBe(404);
  });
});
