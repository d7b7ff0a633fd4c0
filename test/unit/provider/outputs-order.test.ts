import { asSet } from "../../../src/provider/fields";
import { outputsOf } from "../../../src/provider/outputs";
import { registry } from "../../../src/resources/registry";

// A set the server answers in an order of its own (or with its objects' keys in another order than the engine's,
// which sorts them) is stored as it was applied: a refresh then changes no output. What the account really
// changed, and what only compares equal (a tag name in another case), is stored as the account has it.

const schedule = (ranges: [string, string][]) => ({
  timezone: "Europe/Warsaw",
  schedule: ranges.map(([start, end]) => ({ day: "monday", enabled: true, start, end })),
});

describe("outputs of a set", () => {
  it("compares objects whatever the order of their keys", () => {
    expect(asSet([{ start: "08:00", end: "12:00" }])).toEqual(asSet([{ end: "12:00", start: "08:00" }]));
  });

  it("keep the order applied when the server answers the same set in another order", () => {
    const applied = {
      workScheduler: {
        schedule: [
          { day: "monday", enabled: true, end: "16:00", start: "13:30" },
          { day: "monday", enabled: true, end: "12:30", start: "08:00" },
        ],
        timezone: "Europe/Warsaw",
      },
    };
    const server = {
      id: "ana@example.com",
      work_scheduler: schedule([
        ["08:00", "12:30"],
        ["13:30", "16:00"],
      ]),
    };
    expect(outputsOf(registry["v36/Agent"], server, applied).workScheduler).toEqual(applied.workScheduler);
  });

  it("take the account's value when it is another set", () => {
    const applied = { workScheduler: schedule([["08:00", "12:30"]]) };
    const server = { id: "ana@example.com", work_scheduler: schedule([["08:00", "12:00"]]) };
    expect(outputsOf(registry["v36/Agent"], server, applied).workScheduler).toEqual(
      schedule([["08:00", "12:00"]]),
    );
  });

  it("take the account's spelling where the field only compares equal (a tag's name in another case)", () => {
    const server = { name: "VIP", group_ids: [0] };
    expect(outputsOf(registry["v36/Tag"], server, { name: "vip", groupIds: [0] }).name).toBe("VIP");
  });
});

describe("computed outputs", () => {
  it("leave out what the server has none of (an adopted bot has no secret): the engine takes no undefined", () => {
    const bot = { id: "b1", owner_client_id: "c1", name: "Helper", timezone: "UTC" };
    const outs = outputsOf(registry["v36/Bot"], bot, {});
    expect(outs).toMatchObject({ name: "Helper", timezone: "UTC" });
    expect(Object.entries(outs).filter(([, v]) => v === undefined)).toEqual([]);
    expect("secret" in outs).toBe(false);
  });
});
