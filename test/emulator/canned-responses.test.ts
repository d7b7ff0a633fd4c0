import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, anyId, client, start } from "./helpers";

const JOHN = "john.doe@mycompany.com";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start({
    credentials: { login: JOHN, pat: "dal:john-pat", tokens: ["dal:john-token"] },
  }));
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/groups", { name: "Sales", agents: [] });
});

const goodbye = { text: "Have a great day, goodbye.", tags: ["bye", "cu"] };

describe("reference examples", () => {
  test("POST /canned_responses sorts tags in descending order", async () => {
    const res = await api.post("/canned_responses", goodbye);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: anyId,
      group: 0,
      text: "Have a great day, goodbye.",
      creation_date: anyId,
      created_by: JOHN,
      tags: ["cu", "bye"],
    });
    expect(Math.abs(res.data.creation_date - Date.now() / 1000)).toBeLessThan(5);
  });

  test("PUT with a form body tags[]=bye adds modification_date/modified_by", async () => {
    const created = (await api.post("/canned_responses", goodbye)).data;
    const res = await api.put(`/canned_responses/${created.id}`, "tags[]=bye", FORM);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: created.id,
      group: 0,
      text: "Have a great day, goodbye.",
      creation_date: created.creation_date,
      created_by: JOHN,
      modification_date: anyId,
      modified_by: JOHN,
      tags: ["bye"],
    });
    expect(Object.keys(res.data)).toEqual([
      "id",
      "group",
      "text",
      "creation_date",
      "created_by",
      "modification_date",
      "modified_by",
      "tags",
    ]);
  });

  test("GET /canned_responses?group=1 and GET /canned_responses/<id>", async () => {
    const help = (
      await api.post("/canned_responses", {
        text: "Can I help you with anything else?",
        tags: ["else", "help"],
        group: 1,
      })
    ).data;
    const product = (
      await api.post("/canned_responses", {
        text: "What product are you interested in?",
        tags: ["interest", "product"],
        group: 1,
      })
    ).data;
    const modified = (await api.post(`/canned_responses/${product.id}`, { text: product.text })).data;
    expect(help.tags).toEqual(["help", "else"]);
    expect(modified.tags).toEqual(["product", "interest"]);
    const res = await api.get("/canned_responses?group=1");
    expect(res.data).toEqual([help, modified]);
    expect((await api.get(`/canned_responses/${help.id}`)).data).toEqual({
      id: help.id,
      group: 1,
      text: "Can I help you with anything else?",
      creation_date: anyId,
      created_by: JOHN,
      tags: ["help", "else"],
    });
  });

  test("the list defaults to group 0", async () => {
    const zero = (await api.post("/canned_responses", goodbye)).data;
    await api.post("/canned_responses", { ...goodbye, group: 1 });
    expect((await api.get("/canned_responses")).data).toEqual([zero]);
  });

  test("DELETE /canned_responses/<id>", async () => {
    const { id } = (await api.post("/canned_responses", goodbye)).data;
    const res = await api.delete(`/canned_responses/${id}`);
    expect(res.data).toEqual({ result: "Canned response removed successfully" });
    expect((await api.get(`/canned_responses/${id}`)).status).toBe(404);
  });
});

describe("behaviour", () => {
  test("POST also updates; ids count up from 3001", async () => {
    const a = (await api.post("/canned_responses", goodbye)).data;
    const b = (await api.post("/canned_responses", goodbye)).data;
    expect(a.id).toBe(3001);
    expect(b.id).toBeGreaterThan(a.id);
    const res = await api.post(`/canned_responses/${a.id}`, { text: "Bye!" });
    expect(res.data).toMatchObject({ id: a.id, text: "Bye!", tags: ["cu", "bye"], modified_by: JOHN });
  });

  test("form-encoded create; Bearer tokens act as the owner", async () => {
    const bearer = client(emu, { Authorization: "Bearer dal:john-token" });
    const res = await bearer.post("/canned_responses", "text=Hi&tags[]=a&tags[]=b&group=1", FORM);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ group: 1, text: "Hi", tags: ["b", "a"], created_by: JOHN });
  });
});

describe("errors", () => {
  test.each([
    [{ tags: ["a"] }, /"text"/],
    [{ text: "x" }, /"tags"/],
    [{ text: "x", tags: [] }, /tags/],
    [{ text: "x", tags: "a" }, /tags.*array/],
    [{ text: "x", tags: ["a"], group: 5 }, /group 5/],
  ])("POST /canned_responses %j -> 400", async (body, message) => {
    const res = await api.post("/canned_responses", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test("unknown canned response -> 404", async () => {
    for (const res of [
      await api.get("/canned_responses/1"),
      await api.put("/canned_responses/1", { text: "x" }),
      await api.post("/canned_responses/1", { text: "x" }),
      await api.delete("/canned_responses/1"),
    ]) {
      expect(res.status).toBe(404);
      expect(res.data.error).toMatch(/Canned response 1/);
    }
  });
});
