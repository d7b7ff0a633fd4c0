import * as path from "path";
import { checkDrift } from "../../src/tools/drift";
import { openAccount, type Account } from "./helpers/livechat";
import { step } from "./helpers/steps";

// A retiring API version (the server's Legacy/Deprecation header) is a Pulumi warning once per run, and the
// drift report says it too; the drift report covers v2 and v3.6 resources of one stack alike.

describe("API notices and drift across generations", () => {
  let a: Account;
  const saved = { ...process.env };

  beforeAll(async () => {
    a = await openAccount();
    // checkDrift opens the stack the way the CLI tool does: through the environment's backend.
    const root = path.dirname(a.t.workDir);
    Object.assign(process.env, {
      PULUMI_HOME: path.join(root, "home"),
      PULUMI_BACKEND_URL: `file://${path.join(root, "backend")}`,
      PULUMI_CONFIG_PASSPHRASE: "test-passphrase",
    });
    a.emulator.setStages({ "2": { stage: "deprecated", until: "2026-12-31" } });
    await a.declare([
      { type: "Group", name: "old", args: { name: "Old world" } },
      { type: "v36.Group", name: "new", args: { name: "New world" } },
    ]);
  }, 120_000);
  afterAll(async () => {
    process.env = saved;
    await a?.close();
  });

  /** The up of both groups, and the warnings about the API it printed. */
  const deployed = step(async () => {
    const warnings: string[] = [];
    await a.t.stack.up({
      onOutput: a.t.onOutput,
      onEvent: (e) => {
        const d = e.diagnosticEvent;
        if (d?.severity === "warning" && d.message.includes("Configuration API"))
          warnings.push(d.message.trim());
      },
    });
    return warnings;
  });

  it("warns once per run that v2 is deprecated, naming the date and what to do", async () => {
    const warnings = await deployed();
    expect(warnings).toEqual([
      "LiveChat Configuration API v2 is deprecated until 2026-12-31 (the server's Deprecation header); move this " +
        "stack's v2 resources to the v36 module before then (docs/migration.md in pulumi-livechat).",
    ]);
  }, 300_000);

  it("reports drift of a v3.6 resource by field, with the notice beside it", async () => {
    await deployed();
    const id = Number((await a.t.stack.outputs()).ids.value.new);
    await a.api.action("update_group", { id, name: "Renamed by hand" });
    const report = await checkDrift({ stack: "test", cwd: a.t.workDir, unmanaged: true });
    expect(report.drift).toBe(true);
    expect(report.resources).toEqual([
      {
        type: "v36.Group",
        name: "new",
        urn: expect.any(String),
        change: "update",
        fields: [{ field: "name", code: "New world", account: "Renamed by hand" }],
      },
    ]);
    // Both groups are managed, one by each generation: neither is listed as unmanaged.
    expect(report.unmanaged?.Group).toEqual([]);
    expect(report.notices).toEqual([
      expect.stringMatching(/^LiveChat Configuration API v2 is deprecated until 2026-12-31/),
    ]);
  }, 300_000);
});
