// v3.6 auto access: the reference's requests and answers, and the next_id ordering.

import type { RunningEmulator } from "../../src/emulator";
import { start, v36, type V36Call } from "./helpers";

let emu: RunningEmulator;
let call: V36Call;

beforeAll(async () => {
  ({ emu } = await start());
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(() => {
  emu.reset();
  emu.seed({
    groups: [
      { id: 1, name: "US" },
      { id: 42, name: "Docs" },
    ],
  });
});

const CONDITIONS = {
  domain: { values: [{ value: "livechat.com", exact_match: true }] },
  geolocation: { values: [{ country: "United States", country_code: "US" }] },
};
const add = (body: object = {}) =>
  call("add_auto_access", {
    description: "Chats on livechat.com from United States",
    access: { groups: [1] },
    conditions: CONDITIONS,
    ...body,
  });
const order = async () => (await call("list_auto_accesses")).data.map((r: { id: string }) => r.id);

test("add_auto_access answers {id}; list_auto_accesses links them with next_id (none on the last)", async () => {
  const first = (await add()).data;
  expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/) });
  const second = (await add({ description: "second" })).data;
  const res = await call("list_auto_accesses", {});
  expect(res.data).toEqual([
    {
      id: first.id,
      description: "Chats on livechat.com from United States",
      access: { groups: [1] },
      conditions: CONDITIONS,
      next_id: second.id,
    },
    expect.objectContaining({ id: second.id, description: "second" }),
  ]);
  expect(res.data[1]).not.toHaveProperty("next_id");
  // The methods table's spelling works too.
  expect((await call("list_auto_access")).data).toEqual(res.data);
});

test('exact_match is answered false when not given ("Default: false"); conditions as the list example orders them', async () => {
  const { id } = (
    await add({
      conditions: {
        url: { exclude_values: [{ value: "checkout" }] },
        domain: { values: [{ value: "livechat.com", exact_match: true }, { value: "text.com" }] },
        geolocation: { values: [{ country: "United States", country_code: "US" }] },
      },
    })
  ).data;
  const [rule] = (await call("list_auto_accesses")).data;
  expect(rule.conditions).toEqual({
    url: { exclude_values: [{ value: "checkout", exact_match: false }] },
    domain: {
      values: [
        { value: "livechat.com", exact_match: true },
        { value: "text.com", exact_match: false },
      ],
    },
    geolocation: { values: [{ country: "United States", country_code: "US" }] },
  });
  // The example answers "geolocation" before "domain" (its add request sent them the other way round).
  expect(Object.keys(rule.conditions)).toEqual(["geolocation", "url", "domain"]);
  await call("update_auto_access", { id, conditions: { url: { values: [{ value: "pricing" }] } } });
  expect((await call("list_auto_accesses")).data[0].conditions).toEqual({
    url: { values: [{ value: "pricing", exact_match: false }] },
  });
});

test("next_id places a rule before another; update_auto_access reorders (the reference's A-B-C-D example)", async () => {
  const ids: string[] = [];
  for (const d of ["A", "B", "C", "D"]) ids.push((await add({ description: d })).data.id);
  const [A, B, C, D] = ids;
  expect((await call("update_auto_access", { id: C, next_id: B })).data).toEqual({});
  expect(await order()).toEqual([A, C, B, D]);
  await call("update_auto_access", { id: A, next_id: "" });
  expect(await order()).toEqual([C, B, D, A]);
  const E = (await add({ description: "E", next_id: B })).data.id;
  expect(await order()).toEqual([C, E, B, D, A]);
});

test("update changes only what it is given; delete answers {}", async () => {
  const { id } = (await add()).data;
  await call("update_auto_access", { id, access: { groups: [0, 42] } });
  const [rule] = (await call("list_auto_accesses")).data;
  expect(rule).toMatchObject({ access: { groups: [0, 42] }, conditions: CONDITIONS });
  expect((await call("delete_auto_access", { id })).data).toEqual({});
  expect(await order()).toEqual([]);
  expect((await call("delete_auto_access", { id })).data.error.type).toBe("not_found");
});

test.each([
  [{ conditions: {} }, "validation", /at least one of url, domain, geolocation/],
  [{ conditions: { url: { values: [], exclude_values: [] } } }, "validation", /together/],
  [{ conditions: { geolocation: { values: [{}] } } }, "validation", /at least one of country/],
  [{ access: { groups: [9] } }, "group_not_found", /9/],
  [{ access: undefined }, "validation", /`access` is required/],
  [{ next_id: "nope" }, "not_found", /nope/],
])("add_auto_access, bad case %#", async (body, type, message) => {
  expect((await add(body)).data).toEqual({ error: { type, message: expect.stringMatching(message) } });
});

test("the snapshot keeps them in order", async () => {
  await add({ description: "A" });
  await add({ description: "B" });
  const before = emu.state();
  expect(before.auto_accesses).toHaveLength(2);
  emu.reset();
  emu.seed(before);
  expect(emu.state()).toEqual(before);
});
