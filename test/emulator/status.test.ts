import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { OWNER, start } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  await api.post("/agents", { login: "jenny@example.com", name: "Jenny" });
  await api.post("/groups", { name: "Night shift", agents: ["jenny@example.com"] });
});

test("GET /status: group 0 is online while the owner accepts chats", async () => {
  const res = await api.get("/status");
  expect(res.status).toBe(200);
  expect(res.data).toEqual({ status: "online" });
  await api.put(`/agents/${OWNER}`, { status: "not accepting chats" });
  expect((await api.get("/status")).data).toEqual({ status: "offline" });
});

test("GET /status/<group> and ?group=", async () => {
  expect((await api.get("/status/1")).data).toEqual({ status: "offline" });
  await api.put("/agents/jenny@example.com", { status: "accepting chats" });
  expect((await api.get("/status/1")).data).toEqual({ status: "online" });
  expect((await api.get("/status?group=1")).data).toEqual({ status: "online" });
  expect((await api.get("/status/0")).data).toEqual({ status: "online" });
});

test("unknown group -> 404", async () => {
  const res = await api.get("/status/7");
  expect(res.status).toBe(404);
  expect(res.data.error).toMatch(/Group 7/);
});
