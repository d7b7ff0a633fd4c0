import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { OWNER, control, start } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;
let ctl: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
  ctl = control(emu);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  await ctl.post("/reset");
});

const SEED = {
  groups: [{ id: 5, name: "Support", language: "de", agents: ["ann@example.com"] }],
  agents: [{ login: "ann@example.com", name: "Ann", status: "accepting chats", groups: [5] }],
  goals: [
    {
      id: 1181,
      name: "nike shoes variable",
      active: 1,
      type: "custom_variable",
      custom_variable_name: "nike_shoes",
      custom_variable_value: "true",
    },
  ],
  greetings: [
    {
      id: 2411,
      active: true,
      name: "Returning visitor",
      group: 5,
      rules: [
        { id: 8191, value: "2", type: "visits_number", operator: "greater_or_equal", condition: "and" },
      ],
      properties: { active: "1", "greeting-message_text": "Hello again!" },
    },
  ],
  tags: [
    {
      name: "sales",
      author: "ann@example.com",
      creation_date: 1402989014,
      count: { inChats: 4, inTickets: 1 },
      group: 5,
    },
  ],
  canned_responses: [
    {
      id: 3151,
      group: 5,
      text: "Anything else?",
      creation_date: 1358257181,
      created_by: OWNER,
      tags: ["help", "else"],
    },
  ],
  webhooks: [
    {
      licence: 12345,
      event_type: "chat_started",
      data_types: ["chat", "visitor"],
      url: "https://my-company.com/parse_webhook.php",
      verified: true,
      token: "0adec158e423091d5a36c9fce95775db",
      id: "39612eee5f1b431217aafb9de19c1e32",
    },
  ],
};

test("GET /_emulator/state: the initial state, keyed by type, in wire format", async () => {
  const res = await ctl.get("/state");
  expect(res.status).toBe(200);
  expect(res.data).toEqual({
    agents: [
      expect.objectContaining({
        login: OWNER,
        name: "Account Owner",
        permission: "owner",
        status: "accepting chats",
      }),
    ],
    groups: [{ id: 0, name: "All operators", language: "en", status: "accepting chats" }],
    goals: [],
    greetings: [],
    tags: [],
    canned_responses: [],
    webhooks: [],
  });
});

test("POST /_emulator/seed adds objects that the API then serves", async () => {
  const res = await ctl.post("/seed", SEED);
  expect(res.status).toBe(200);
  expect(res.data.groups).toHaveLength(2);
  expect((await api.get("/groups/5")).data).toEqual({
    id: 5,
    name: "Support",
    language: "de",
    agents: ["ann@example.com"],
    status: "accepting chats",
  });
  expect((await api.get("/agents/ann@example.com")).data.groups).toEqual([{ id: 5, name: "Support" }]);
  expect((await api.get("/goals/1181")).data).toEqual(SEED.goals[0]);
  const { group: _group, ...greeting } = SEED.greetings[0];
  expect((await api.get("/greetings?group=5")).data).toEqual([greeting]);
  expect((await api.get("/tags")).data).toEqual([{ ...SEED.tags[0], count: { inChats: 0, inTickets: 0 } }]);
  expect((await api.get("/canned_responses?group=5")).data).toEqual(SEED.canned_responses);
  expect((await api.get("/webhooks")).data).toEqual({ events: SEED.webhooks });
  // Sequences continue after seeded ids.
  expect((await api.post("/groups", { name: "Next", agents: [] })).data.id).toBe(6);
  expect((await api.post("/goals", { name: "g", type: "api" })).data.id).toBeGreaterThan(1181);
});

test("the state round-trips through seed", async () => {
  await ctl.post("/seed", SEED);
  await api.put("/agents/ann@example.com", { max_chats_count: 3 });
  const before = (await ctl.get("/state")).data;
  await ctl.post("/reset");
  await ctl.post("/seed", before);
  expect((await ctl.get("/state")).data).toEqual(before);
});

test("a bad seed is rejected as a whole, naming the object", async () => {
  const res = await ctl.post("/seed", {
    groups: [{ name: "ok" }],
    agents: [{ login: "x@example.com", name: "X", groups: [99] }],
  });
  expect(res.status).toBe(400);
  expect(res.data.error).toMatch(/^agents\[0\]: .*group 99/);
  expect((await ctl.get("/state")).data.groups).toHaveLength(1);
  const unknownKey = await ctl.post("/seed", { chats: [] });
  expect(unknownKey.status).toBe(400);
  expect(unknownKey.data.error).toMatch(/chats/);
});

test("POST /_emulator/reset restores the initial state", async () => {
  await ctl.post("/seed", SEED);
  await api.post("/canned_responses", { text: "x", tags: ["a"] });
  expect((await ctl.post("/reset")).data).toEqual({ ok: true });
  const state = (await ctl.get("/state")).data;
  expect(state.agents).toHaveLength(1);
  expect(state.groups).toHaveLength(1);
  expect(state.canned_responses).toEqual([]);
  expect((await api.post("/canned_responses", { text: "x", tags: ["a"] })).data.id).toBe(3001);
});

test("GET /_emulator/requests logs API calls only; DELETE clears it", async () => {
  await api.get("/agents");
  await api.post("/groups", { name: "G", agents: [] });
  await api.get("/groups/77");
  await ctl.get("/state");
  const res = await ctl.get("/requests");
  expect(res.data).toEqual([
    { method: "GET", path: "/agents", status: 200, ms: expect.any(Number), time: expect.any(String) },
    { method: "POST", path: "/groups", status: 200, ms: expect.any(Number), time: expect.any(String) },
    { method: "GET", path: "/groups/77", status: 404, ms: expect.any(Number), time: expect.any(String) },
  ]);
  expect(Number.isNaN(Date.parse(res.data[0].time))).toBe(false);
  expect(emu.requests()).toEqual(res.data);
  expect((await ctl.delete("/requests")).data).toEqual({ ok: true });
  expect((await ctl.get("/requests")).data).toEqual([]);
});

test("faults: PUT sets (validated), GET shows, DELETE clears", async () => {
  const config = { latencyMs: 5, error5xxRate: 0.25, seed: 7, methods: ["post"], pathPrefix: "/agents" };
  const put = await ctl.put("/faults", config);
  expect(put.status).toBe(200);
  expect(put.data).toEqual({ ...config, methods: ["POST"] });
  expect((await ctl.get("/faults")).data).toEqual(put.data);
  expect((await ctl.delete("/faults")).data).toEqual({ ok: true });
  expect((await ctl.get("/faults")).data).toEqual({});
  for (const bad of [{ error5xxRate: 2 }, { error5xxStatus: 404 }, { latency: 5 }, { methods: "POST" }]) {
    const res = await ctl.put("/faults", bad);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.any(String) });
  }
});

test("the control plane needs no auth and answers unknown calls with 404 JSON", async () => {
  const res = await ctl.get("/nothing");
  expect(res.status).toBe(404);
  expect(res.data).toEqual({ error: expect.stringContaining("/_emulator/nothing") });
  expect((await ctl.get("/health")).data).toEqual({ ok: true });
});

test("in-process helpers mirror the control plane", async () => {
  const state = emu.seed({ groups: [{ name: "Inline" }] });
  expect(state.groups).toEqual([
    expect.anything(),
    { id: 1, name: "Inline", language: "en", agents: [], status: "offline" },
  ]);
  expect(() => emu.seed({ groups: [{}] })).toThrow(/name/);
  expect(emu.setFaults({ latencyMs: 1 })).toEqual({ latencyMs: 1 });
  emu.clearFaults();
  expect((await ctl.get("/faults")).data).toEqual({});
});
