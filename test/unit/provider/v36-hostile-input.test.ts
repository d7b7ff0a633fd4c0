import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { handlersFor } from "../../../src/provider/handlers";
import { configure } from "../../../src/provider/runtime";

// Hostile values in the v3.6 resources' fields: each refused one fails check (preview) naming its field,
// without an API call and without repeating a huge value; the accepted ones pass.

type Case = [key: string, field: string, value: unknown, expect: "refused" | "accepted"];

const HUGE = "x".repeat(100_000);
const BASE: Record<string, Record<string, unknown>> = {
  "v36/Group": { name: "Sales" },
  "v36/Agent": { agentId: "jenny@example.com", name: "Jenny" },
};
const range = (r: Record<string, unknown>) => ({
  timezone: "Europe/Warsaw",
  schedule: [{ day: "monday", enabled: true, start: "08:00", end: "12:00", ...r }],
});

const CASES: Case[] = [
  ["v36/Group", "name", "", "refused"],
  ["v36/Group", "name", " Sales", "refused"],
  ["v36/Group", "name", "x".repeat(181), "refused"],
  ["v36/Group", "name", HUGE, "refused"],
  ["v36/Group", "languageCode", "EN", "refused"],
  ["v36/Group", "languageCode", "pt_BR", "accepted"],
  ["v36/Group", "agentPriorities", { " jenny@example.com": "first" }, "refused"],
  ["v36/Group", "agentPriorities", { "a/../b@example.com": "first" }, "refused"],
  // A bot is a member by its id.
  ["v36/Group", "agentPriorities", { "5c9871d5372c824cbf22d860a707a578": "first" }, "accepted"],
  ["v36/Group", "agentPriorities", { "a@example.com": "boss" }, "refused"],
  ["v36/Group", "agentPriorities", ["a@example.com"], "refused"],
  ["v36/Group", "agentPriorities", { "a@example.com": "supervisor", "B@example.com": "first" }, "accepted"],
  ["v36/Agent", "agentId", "jenny/../admin@example.com", "refused"],
  ["v36/Agent", "agentId", " jenny@example.com", "refused"],
  ["v36/Agent", "agentId", 42, "refused"],
  ["v36/Agent", "name", "   ", "refused"],
  ["v36/Agent", "role", "owner", "refused"],
  ["v36/Agent", "role", "viceowner", "accepted"],
  ["v36/Agent", "maxChatsCount", 21, "refused"],
  ["v36/Agent", "maxChatsCount", "6", "refused"],
  ["v36/Agent", "maxChatsCount", 20, "accepted"],
  ["v36/Agent", "mobile", HUGE, "refused"],
  ["v36/Agent", "groups", "Sales", "refused"],
  ["v36/Agent", "groups", [{ groupId: -1, priority: "first" }], "refused"],
  ["v36/Agent", "groups", [{ groupId: 1, priority: "boss" }], "refused"],
  ["v36/Agent", "groups", [{ groupId: 1, priority: "first", colour: "red" }], "refused"],
  [
    "v36/Agent",
    "groups",
    [
      { groupId: 1, priority: "first" },
      { groupId: 1, priority: "last" },
    ],
    "refused",
  ],
  ["v36/Agent", "groups", [{ groupId: 1, priority: "supervisor" }], "accepted"],
  ["v36/Agent", "notifications", ["bogus"], "refused"],
  ["v36/Agent", "notifications", ["new_goal", "new_goal"], "refused"],
  ["v36/Agent", "notifications", [], "accepted"],
  ["v36/Agent", "emailSubscriptions", ["monthly_summary"], "refused"],
  ["v36/Agent", "workScheduler", { schedule: range({}).schedule }, "refused"],
  ["v36/Agent", "workScheduler", { ...range({}), timezone: "Mars/Olympus_Mons" }, "refused"],
  ["v36/Agent", "workScheduler", range({ day: "funday" }), "refused"],
  ["v36/Agent", "workScheduler", range({ start: "12:00", end: "08:00" }), "refused"],
  ["v36/Agent", "workScheduler", range({ start: "8:00" }), "refused"],
  ["v36/Agent", "workScheduler", { ...range({}), holidays: [] }, "refused"],
  [
    "v36/Agent",
    "workScheduler",
    {
      timezone: "America/New_York",
      schedule: [...range({}).schedule, ...range({ start: "13:00", end: "17:00" }).schedule],
    },
    "accepted",
  ],
];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
  const config: Record<string, string> = {
    "livechat:apiUrl": emulator.url,
    "livechat:login": emulator.credentials.login,
    "livechat:pat": emulator.credentials.pat,
    "livechat:accountId": emulator.accountId,
  };
  configure({ get: (key) => config[key] });
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.clearRequests());

const shown = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 40)}... (${text.length} characters)` : text;
};
const type = (key: string) => key.split("/")[1];

describe("hostile input in the v3.6 resources", () => {
  it.each(
    CASES.filter((c) => c[3] === "refused").map((c) => [`${c[0]}.${c[1]} = ${shown(c[2])}`, c] as const),
  )("refused at preview: %s", async (_name, [key, field, value]) => {
    const { failures = [] } = await handlersFor(key).check({}, { ...BASE[key], [field]: value });
    const reasons = failures.map((f) => f.reason);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringContaining(`${type(key)}: ${field} `)]));
    for (const reason of reasons) {
      expect(reason).not.toContain(HUGE.slice(0, 1000));
      expect(reason.length).toBeLessThan(400);
    }
    expect(emulator.requests()).toEqual([]);
  });

  it.each(
    CASES.filter((c) => c[3] === "accepted").map((c) => [`${c[0]}.${c[1]} = ${shown(c[2])}`, c] as const),
  )("accepted at preview: %s", async (_name, [key, field, value]) => {
    const { failures = [] } = await handlersFor(key).check({}, { ...BASE[key], [field]: value });
    expect(failures).toEqual([]);
  });
});
