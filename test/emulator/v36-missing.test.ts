// v3.6: what each method answers for an object that does not exist. The reference's "Possible errors" lists
// the types: a group is `group_not_found`, every other object `not_found` (it gives no HTTP statuses; the
// emulator answers 404 for both).

import type { RunningEmulator } from "../../src/emulator";
import { start, v36, type V36Call } from "./helpers";

const GHOST = "ghost@example.com";
const NO_ID = "0123456789abcdef0123456789abcdef";
const NS = "0805e283233042b37f460ed8fbf22160";
const RULE = { condition: "and", type: "visit_time_site", operator: "greater_than", value: "10" };

let emu: RunningEmulator;
let call: V36Call;

beforeAll(async () => {
  ({ emu } = await start());
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

const cases: [string, object, "not_found" | "group_not_found"][] = [
  // Agents
  ["get_agent", { id: GHOST }, "not_found"],
  ["update_agent", { id: GHOST, job_title: "x" }, "not_found"],
  ["delete_agent", { id: GHOST }, "not_found"],
  ["create_agent", { id: GHOST, name: "G", groups: [{ id: 99, priority: "normal" }] }, "group_not_found"],
  // Groups
  ["get_group", { id: 99 }, "group_not_found"],
  ["update_group", { id: 99, name: "x" }, "group_not_found"],
  ["delete_group", { id: 99 }, "group_not_found"],
  ["create_group", { name: "G", agent_priorities: { [GHOST]: "normal" } }, "not_found"],
  // Tags
  ["update_tag", { name: "ghost", group_ids: [0] }, "not_found"],
  ["delete_tag", { name: "ghost" }, "not_found"],
  ["create_tag", { name: "t", group_ids: [99] }, "group_not_found"],
  // Greetings
  ["get_greeting", { id: 99 }, "not_found"],
  ["update_greeting", { id: 99, name: "x" }, "not_found"],
  ["delete_greeting", { id: 99 }, "not_found"],
  [
    "create_greeting",
    { type: "normal", active: true, name: "g", group: 99, rules: [RULE] },
    "group_not_found",
  ],
  // Bots
  ["get_bot", { id: NO_ID }, "not_found"],
  ["update_bot", { id: NO_ID, name: "x" }, "not_found"],
  ["delete_bot", { id: NO_ID }, "not_found"],
  [
    "create_bot",
    { name: "B", owner_client_id: NS, groups: [{ id: 99, priority: "first" }] },
    "group_not_found",
  ],
  // Webhooks
  ["unregister_webhook", { id: NO_ID, owner_client_id: NS }, "not_found"],
  // Auto access
  ["update_auto_access", { id: NO_ID, description: "x" }, "not_found"],
  ["delete_auto_access", { id: NO_ID }, "not_found"],
  [
    "add_auto_access",
    { access: { groups: [0] }, conditions: { url: { values: [{ value: "x" }] } }, next_id: NO_ID },
    "not_found",
  ],
  [
    "add_auto_access",
    { access: { groups: [99] }, conditions: { url: { values: [{ value: "x" }] } } },
    "group_not_found",
  ],
  // Properties
  ["unregister_property", { name: "ghost", owner_client_id: NS }, "not_found"],
  ["publish_property", { name: "ghost", owner_client_id: NS, access_type: ["read"] }, "not_found"],
  ["update_license_properties", { properties: { [NS]: { ghost: "x" } } }, "not_found"],
  ["delete_license_properties", { properties: { [NS]: ["ghost"] } }, "not_found"],
  ["update_group_properties", { group_id: 99, properties: {} }, "group_not_found"],
  ["delete_group_properties", { id: 99, properties: {} }, "group_not_found"],
  ["list_groups_properties", { group_ids: [99] }, "group_not_found"],
];

test.each(cases)("%s %j -> %s (404)", async (method, body, type) => {
  const res = await call(method, body);
  expect(res.status).toBe(404);
  expect(res.data).toEqual({ error: { type, message: expect.any(String) } });
});
