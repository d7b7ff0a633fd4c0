import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { start } from "./helpers";

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-emulator-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("an account survives a restart on the same data file", async () => {
  const dataFile = path.join(dir, "nested", "state.json");
  const first = await start({ dataFile });
  await first.api.post("/agents", { login: "ann@example.com", name: "Ann" });
  const group = (await first.api.post("/groups", { name: "Sales", agents: ["ann@example.com"] })).data;
  const goal = (await first.api.post("/goals", { name: "g", type: "api" })).data;
  await first.api.delete(`/goals/${goal.id}`);
  const greeting = (
    await first.api.post("/greetings", {
      name: "hi",
      group: group.id,
      rules: [{ type: "visits_number", value: 2 }],
    })
  ).data;
  await first.api.post("/canned_responses", { text: "bye", tags: ["bye", "cu"], group: group.id });
  await first.api.post("/webhooks", {
    event_type: "chat_ended",
    data_types: ["chat"],
    url: "http://a.com/h",
  });
  const before = first.emu.state();
  await first.emu.stop();
  expect(fs.existsSync(dataFile)).toBe(true);
  expect(fs.readdirSync(path.dirname(dataFile))).toEqual(["state.json"]); // no temp files left behind

  const second = await start({ dataFile });
  try {
    expect(second.emu.state()).toEqual(before);
    expect((await second.api.get(`/greetings?group=${group.id}`)).data).toEqual([greeting]);
    expect((await second.api.get("/agents/ann@example.com")).data.groups).toEqual([
      { id: group.id, name: "Sales" },
    ]);
    // Ids of deleted objects are not handed out again.
    expect((await second.api.post("/goals", { name: "g2", type: "api" })).data.id).toBeGreaterThan(goal.id);
  } finally {
    await second.emu.stop();
  }
});

test("reset and seed are persisted too; a corrupt file is reported", async () => {
  const dataFile = path.join(dir, "state.json");
  const first = await start({ dataFile });
  first.emu.seed({ groups: [{ id: 3, name: "Seeded" }] });
  await first.emu.stop();
  const second = await start({ dataFile });
  expect(second.emu.state().groups).toHaveLength(2);
  second.emu.reset();
  await second.emu.stop();
  const third = await start({ dataFile });
  expect(third.emu.state().groups).toHaveLength(1);
  await third.emu.stop();

  // A file written under another login (or by hand) still gets the configured owner.
  fs.writeFileSync(dataFile, JSON.stringify({ state: { groups: [{ id: 2, name: "Hand-written" }] } }));
  const fourth = await start({ dataFile, credentials: { login: "new@example.com", pat: "dal:p" } });
  expect(fourth.emu.state().agents).toEqual([
    expect.objectContaining({ login: "new@example.com", permission: "owner" }),
  ]);
  expect((await fourth.api.get("/groups/2")).data).toMatchObject({ name: "Hand-written", agents: [] });
  await fourth.emu.stop();

  fs.writeFileSync(dataFile, "{ not json");
  await expect(start({ dataFile })).rejects.toThrow(/state file/);
});
