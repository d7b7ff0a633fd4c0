import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { handlersFor } from "../../../src/provider/handlers";
import { configure } from "../../../src/provider/runtime";
import { parseSpec, SpecError } from "../../../src/account";
import { CASES, inputsOf, SPEC_CASES, type HostileCase } from "../../hostile-input-cases";

// Every hostile value is refused by check (preview) naming its field, without a single API call, and without
// repeating a huge or secret value; the values that must work pass check. (The e2e suite deploys those.)

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
  const config: Record<string, string> = {
    "livechat:apiUrl": emulator.url,
    "livechat:login": emulator.credentials.login,
    "livechat:pat": emulator.credentials.pat,
  };
  configure({ get: (key) => config[key] });
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.clearRequests());

const label = (c: HostileCase) => {
  const shown = JSON.stringify(c.value) ?? String(c.value);
  return shown.length > 60 ? `${shown.slice(0, 40)}... (${shown.length} characters)` : shown;
};
const rows = CASES.map((c, i) => [`${c.type}.${c.field} = ${label(c)}`, c, i] as const);

describe("hostile input", () => {
  it("covers all seven resources with at least 80 cases, spec cases included", () => {
    expect(new Set(CASES.map((c) => c.type)).size).toBe(7);
    expect(CASES.length + SPEC_CASES.length).toBeGreaterThanOrEqual(80);
    expect(SPEC_CASES.length).toBeGreaterThanOrEqual(10);
  });

  const refused = rows.filter(([, c]) => c.expect === "refused");
  it.each(refused)("refused at preview: %s", async (_name, c, i) => {
    const { failures = [] } = await handlersFor(c.type).check({}, inputsOf(c, i));
    const reasons = failures.map((f) => f.reason);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringContaining(`${c.type}: ${c.field} `)]));
    const own = failures.find((f) => f.reason.startsWith(`${c.type}: ${c.field} `));
    // The engine prints the property's value beside the reason: never for a huge or secret value.
    const shown = JSON.stringify(c.value) ?? "";
    const unprintable =
      c.field === "password" || c.secret !== undefined || shown.length > 1000 || /:\/\/[^/]*@/.test(shown);
    // A missing required field is reported for the resource ("login is required").
    expect(own?.property).toBe(unprintable || c.value === null ? "" : c.field);
    for (const reason of reasons) {
      if (typeof c.value === "string" && c.value.length > 1000)
        expect(reason).not.toContain(c.value.slice(0, 1000));
      if (c.secret) expect(reason).not.toContain(c.secret);
      expect(reason.length).toBeLessThan(400);
    }
    expect(emulator.requests()).toEqual([]);
  });

  const accepted = rows.filter(([, c]) => c.expect === "accepted");
  it.each(accepted)("accepted at preview: %s", async (_name, c, i) => {
    const { failures = [] } = await handlersFor(c.type).check({}, inputsOf(c, i));
    expect(failures).toEqual([]);
    expect(emulator.requests()).toEqual([]);
  });
});

describe("hostile values in an account spec", () => {
  it.each(SPEC_CASES.map((c) => [c.path, JSON.stringify(c.yaml.slice(0, 80)), c]))(
    "%s: %s",
    (path, _yaml, c) => {
      let error: unknown;
      try {
        parseSpec(c.yaml, "account.yaml");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SpecError);
      const problems = (error as SpecError).problems;
      expect(problems.map((p) => p.path)).toContain(path);
      if (c.secret) expect((error as SpecError).message).not.toContain(c.secret);
    },
  );
});
