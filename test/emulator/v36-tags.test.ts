// v3.6 tags: the reference's requests and answers, letter case, regrouping, and how v2 sees the same tags.

import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { start, v36, v36Example, type V36Call } from "./helpers";

const OWNER = "owner@example.com";
const TIME = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);

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
  emu.seed({
    groups: [
      { id: 1, name: "Sales" },
      { id: 42, name: "Docs" },
    ],
  });
});

const names = async (filters?: object) =>
  (await call("list_tags", filters ? { filters } : {})).data.map((t: { name: string }) => t.name);

describe("reference examples", () => {
  test("create_tag answers {}; list_tags answers listTags.json's shape", async () => {
    const res = await call("create_tag", { name: "docs_feedback", group_ids: [0, 42] });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({});
    const list = await call("list_tags", { filters: { group_ids: [0, 42] } });
    const example = (v36Example("tags", "listTags") as Record<string, unknown>[])[0];
    expect(list.data).toEqual([{ ...example, author_id: OWNER, created_at: TIME }]);
  });

  test('list_tags answers the newest first, as listTags.json; tags the system made have author_id ""', async () => {
    const example = v36Example("tags", "listTags") as {
      name: string;
      author_id: string;
      created_at: string;
    }[];
    const seconds = (time: string) => Math.floor(Date.parse(time) / 1000);
    // Seeded oldest first: the example's five 2017 tags (author ""), then its 2019 docs_feedback.
    emu.seed({
      tags: [
        ...example
          .slice(1)
          .map((t) => ({ name: t.name, group: 0, author: "", creation_date: seconds(t.created_at) })),
        ...[0, 42].map((group) => ({
          name: "docs_feedback",
          group,
          author: "smith@example.com",
          creation_date: seconds(example[0].created_at),
        })),
      ],
    });
    const res = await call("list_tags", { filters: { group_ids: [0, 42] } });
    // docs_feedback (2019-12-09) first, then positive feedback, support, complaint, sales, spam (2017-11-13).
    expect(res.data).toEqual(example.map((t) => ({ ...t, created_at: TIME })));
    // The same instants, written in UTC.
    expect(res.data.map((t: { created_at: string }) => seconds(t.created_at))).toEqual(
      example.map((t) => seconds(t.created_at)),
    );
  });

  test("update_tag and delete_tag with the reference's bodies answer {}", async () => {
    await call("create_tag", { name: "docs_feedback" });
    expect((await call("update_tag", { name: "docs_feedback", group_ids: [0, 42] })).data).toEqual({});
    expect((await call("list_tags")).data[0].group_ids).toEqual([0, 42]);
    expect((await call("delete_tag", { name: "docs_feedback" })).data).toEqual({});
    expect(await names()).toEqual([]);
  });
});

describe("letter case", () => {
  test("create matches case-insensitively; update and delete exactly", async () => {
    await call("create_tag", { name: "Docs_Feedback", group_ids: [0] });
    const again = await call("create_tag", { name: "docs_feedback" });
    expect(again.status).toBe(409);
    expect(again.data.error).toEqual({
      type: "already_exists",
      message: expect.stringContaining("Docs_Feedback"),
    });
    expect((await call("update_tag", { name: "docs_feedback", group_ids: [] })).data.error.type).toBe(
      "not_found",
    );
    expect((await call("delete_tag", { name: "DOCS_FEEDBACK" })).status).toBe(404);
    expect((await call("delete_tag", { name: "Docs_Feedback" })).data).toEqual({});
  });
});

describe("groups", () => {
  test("update_tag regroups in place: same author, date and place in the list", async () => {
    // Made a day apart, oldest first: listed newest first.
    emu.seed({
      tags: ["a", "b", "c"].map((name, i) => ({ name, group: 0, creation_date: 1_700_000_000 + i * 86_400 })),
    });
    const before = (await call("list_tags")).data[1];
    await call("update_tag", { name: "b", group_ids: [42, 1] });
    const after = (await call("list_tags")).data;
    expect(after.map((t: { name: string }) => t.name)).toEqual(["c", "b", "a"]);
    expect(after[1]).toEqual({ ...before, group_ids: [1, 42] });
    // Without group_ids nothing changes; an empty list leaves the tag without groups.
    expect((await call("update_tag", { name: "b" })).data).toEqual({});
    await call("update_tag", { name: "b", group_ids: [] });
    expect((await call("list_tags")).data[1].group_ids).toEqual([]);
  });

  test("filters.group_ids picks tags in any of the groups", async () => {
    await call("create_tag", { name: "zero", group_ids: [0] });
    await call("create_tag", { name: "docs", group_ids: [42] });
    await call("create_tag", { name: "none" });
    expect(await names({ group_ids: [42] })).toEqual(["docs"]);
    // (Sorted: tags made in the same second or not, the order is not what this test is about.)
    expect((await names({ group_ids: [0, 42] })).sort()).toEqual(["docs", "zero"]);
    expect((await names()).sort()).toEqual(["docs", "none", "zero"]);
    expect((await call("list_tags", { filters: {} })).data.error.message).toMatch(
      /`filters.group_ids` is required/,
    );
  });

  test.each([
    [{}, "validation", /`name` is required/],
    [{ name: "x", group_ids: [7] }, "group_not_found", /7/],
    [{ name: "x", group_ids: "0" }, "validation", /`group_ids`/],
    [{ name: "x", group: 0 }, "validation", /`group`/],
  ])("create_tag %j -> %s", async (body, type, message) => {
    expect((await call("create_tag", body)).data).toEqual({
      error: { type, message: expect.stringMatching(message) },
    });
  });
});

describe("one account for v2 and v3.6", () => {
  const v2Tags = async () =>
    (await api.get("/tags")).data.map((t: { name: string; group: number }) => `${t.name}@${t.group}`);

  test("a tag in several groups is one v2 tag per group; v2's delete takes one group off", async () => {
    await call("create_tag", { name: "docs_feedback", group_ids: [0, 42] });
    expect((await api.get("/tags?group=42")).data).toEqual([
      {
        name: "docs_feedback",
        author: OWNER,
        creation_date: expect.any(Number),
        count: { inChats: 0, inTickets: 0 },
        group: 42,
      },
    ]);
    expect(await v2Tags()).toEqual(["docs_feedback@0", "docs_feedback@42"]);
    await api.delete("/tags/docs_feedback", { data: { group: 42 } });
    expect((await call("list_tags")).data[0].group_ids).toEqual([0]);
    await api.delete("/tags/docs_feedback", { data: { group: 0 } });
    expect(await names()).toEqual([]);
  });

  test("v2's tags in several groups are one v3.6 tag; regrouped and deleted through v3.6, v2 follows", async () => {
    await api.post("/tags", { tag: "support", author: OWNER, group: 1 });
    await api.post("/tags", { tag: "support", author: OWNER, group: 0 });
    expect((await call("list_tags")).data).toEqual([
      { name: "support", group_ids: [0, 1], author_id: OWNER, created_at: TIME },
    ]);
    await call("update_tag", { name: "support", group_ids: [42, 1] });
    expect(await v2Tags()).toEqual(["support@1", "support@42"]);
    await call("delete_tag", { name: "support" });
    expect(await v2Tags()).toEqual([]);
  });

  test("a v3.6 tag without groups is not listed by v2 until v2 puts it in a group", async () => {
    await call("create_tag", { name: "later" });
    expect(await v2Tags()).toEqual([]);
    await api.post("/tags", { tag: "later", author: OWNER, group: 1 });
    expect((await call("list_tags")).data).toEqual([
      { name: "later", group_ids: [1], author_id: OWNER, created_at: TIME },
    ]);
  });

  test("deleting a group takes it off the tags (either generation)", async () => {
    await call("create_tag", { name: "docs", group_ids: [0, 42] });
    await call("delete_group", { id: 42 });
    expect((await call("list_tags")).data[0].group_ids).toEqual([0]);
    expect(await v2Tags()).toEqual(["docs@0"]);
  });

  test("the snapshot keeps tags without groups", async () => {
    await call("create_tag", { name: "later" });
    await call("create_tag", { name: "docs", group_ids: [42] });
    const before = emu.state();
    expect(before.tags).toEqual([
      expect.objectContaining({ name: "later", group: null }),
      expect.objectContaining({ name: "docs", group: 42 }),
    ]);
    emu.reset();
    emu.seed(before);
    expect(emu.state()).toEqual(before);
  });
});
