import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Stack } from "@pulumi/pulumi/automation";
import { LiveChatClient } from "../../src/client";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import type { FleetReport } from "../../src/tools/fleet-report";
import { step } from "./helpers/steps";
import { cliWithProbe, openRootProject, type RootProject } from "./fixtures/tools/project";

// `livechat-pulumi fleet` as a real process over three stacks of the root program, each on its own emulator
// (its own license): eu has a spec overlay, us drifts, asia's credentials are refused. One license failing
// never hides the others; the exit code says the worst; the concurrency bound shows in the emulators' logs.

const FIXTURES = path.join(__dirname, "fixtures/fleet");
const NAMES = ["asia", "eu", "us"] as const;
type Name = (typeof NAMES)[number];

/** The most request windows (first call to last answer, one per emulator) open at one moment. */
function maxOverlap(emulators: RunningEmulator[]): number {
  const edges: [number, number][] = [];
  for (const e of emulators) {
    const requests = e.requests();
    if (!requests.length) continue;
    const starts = requests.map((r) => Date.parse(r.time));
    edges.push([Math.min(...starts), 1], [Math.max(...requests.map((r, i) => starts[i] + r.ms)), -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (open += d));
  return most;
}

describe("livechat-pulumi fleet", () => {
  const emulators = {} as Record<Name, RunningEmulator>;
  const stacks = {} as Record<Name, Stack>;
  let project: RootProject;
  const fleet = (...args: string[]) => project.cli(["fleet", ...args, "--cwd", project.dir]);
  const all = () => NAMES.map((n) => emulators[n]);
  const clearLogs = () => all().forEach((e) => e.clearRequests());

  beforeAll(async () => {
    project = openRootProject();
    fs.copyFileSync(path.join(FIXTURES, "eu.overlay.yaml"), path.join(project.dir, "eu-overlay.yaml"));
    for (const name of NAMES) {
      emulators[name] = await startEmulator();
      const config: Record<string, string> = name === "eu" ? { overlay: "eu-overlay.yaml" } : {};
      stacks[name] = await project.createStack(
        name,
        path.join(FIXTURES, "account.yaml"),
        emulators[name],
        config,
      );
    }
  }, 120_000);
  afterAll(async () => {
    await project?.cleanup();
    for (const e of Object.values(emulators)) await e.stop();
  });

  it("preview: every license's changes, the overlay's differences, exit 2", async () => {
    const { code, stdout, stderr } = await fleet("preview");
    expect(code).toBe(2);
    // Not a terminal: plain lines as each license starts and ends.
    expect(stderr).toMatch(/^eu: started$/m);
    expect(stderr).toMatch(/^eu: changes: 5 to create \(5 objects, \d+\.\d s\)$/m);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^Fleet preview: 3 licenses, 3 changes \(\d+\.\d s, \d+ at a time\)$/);
    expect(lines[2]).toMatch(/^License\s+Result\s+Changes\s+Objects\s+Time\s+Error$/);
    expect(lines[3]).toMatch(/^asia\s+changes\s+5 to create\s+5\s+\d+\.\d s$/);
    expect(lines[4]).toMatch(/^eu\s+changes\s+5 to create\s+5\s+\d+\.\d s$/);
    expect(stdout).toContain(
      [
        "== eu",
        "Overlay eu-overlay.yaml:",
        '  webhooks: changes "https://hooks.example.com/livechat" (url)',
        '  agents: adds "eu.lead@example.com"',
        '  tags: leaves out "refund"',
      ].join("\n"),
    );
    expect(stdout).toMatch(/Agent agent-eu\.lead@example\.com is in the code but not in the account/);
  }, 120_000);

  /** `fleet up` of every license, one at a time: its run, and the most licenses the emulators saw at once. */
  const upAll = step(async () => {
    clearLogs();
    const run = await fleet("up", "--yes", "--concurrency", "1", "--json");
    return { run, overlap: maxOverlap(all()) };
  });

  it("up --concurrency 1: one license after another, each with its own spec", async () => {
    expect(await fleet("up")).toMatchObject({ code: 1, stderr: expect.stringContaining("add --yes") });
    const {
      run: { code, stdout },
      overlap,
    } = await upAll();
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as FleetReport;
    expect(report).toMatchObject({ operation: "up", exitCode: 0, concurrency: 1 });
    expect(report.licenses.map((l) => [l.stack, l.status, l.summary])).toEqual([
      ["asia", "ok", "5 created"],
      ["eu", "ok", "5 created"],
      ["us", "ok", "5 created"],
    ]);
    expect(overlap).toBe(1);
    const eu = emulators.eu.state();
    expect(eu.webhooks.map((w) => (w as { url: string }).url)).toEqual([
      "https://eu.hooks.example.com/livechat",
    ]);
    expect(eu.agents.map((a) => (a as { login: string }).login)).toContain("eu.lead@example.com");
    expect(eu.tags.map((t) => (t as { name: string }).name)).toEqual(["vip"]);
    expect(
      emulators.us
        .state()
        .tags.map((t) => (t as { name: string }).name)
        .sort(),
    ).toEqual(["refund", "vip"]);
  }, 180_000);

  it("plan: an overlay change in the words of each license's account, one section per license", async () => {
    await upAll();
    const overlay = path.join(project.dir, "eu-overlay.yaml");
    const original = fs.readFileSync(overlay, "utf8");
    fs.writeFileSync(overlay, original.replace("https://eu.hooks.", "https://eu2.hooks."));
    try {
      const { code, stdout } = await fleet("plan", "eu", "us");
      expect(code).toBe(2);
      const lines = stdout.split("\n");
      expect(lines[0]).toMatch(
        /^Fleet plan: 2 licenses, 1 changes, 1 no changes \(\d+\.\d s, 4 at a time\)$/,
      );
      expect(lines[3]).toMatch(
        /^eu\s+changes\s+1 webhook sends to a new address; nothing else is deleted\s+2\s+\d+\.\d s$/,
      );
      expect(lines[4]).toMatch(/^us\s+no changes\s+-\s+0\s+\d+\.\d s$/);
      expect(stdout).toContain(
        [
          "== eu",
          "Overlay eu-overlay.yaml:",
          '  webhooks: changes "https://hooks.example.com/livechat" (url)',
          '  agents: adds "eu.lead@example.com"',
          '  tags: leaves out "refund"',
          "1 webhook sends to a new address; nothing else is deleted",
          "1 to create, 1 to delete; 1 needs care",
          "",
          "Webhooks and integrations",
          "  ! The webhook for chat_started now sends to https://eu2.hooks.example.com/livechat instead of " +
            "https://eu.hooks.example.com/livechat",
          "    needs care: chat data goes to a new address: https://eu2.hooks.example.com/livechat",
        ].join("\n"),
      );
      expect(stdout).not.toContain("== us");
      const markdown = await fleet("plan", "eu", "us", "--markdown");
      expect(markdown.stdout).toContain("### `eu`\n\nOverlay `eu-overlay.yaml`:");
      expect(markdown.stdout).toContain("#### Webhooks and integrations\n\n- ⚠️ **Needs care**");
    } finally {
      fs.writeFileSync(overlay, original);
    }
  }, 180_000);

  it("drift: one drifted, one refused, one clean; a table, JSON, Markdown and exit 1", async () => {
    await upAll();
    const { login, pat } = emulators.us.credentials;
    const api = new LiveChatClient({ apiUrl: emulators.us.url, login, pat, retry: { retries: 0 } });
    await api.request("PUT", "/agents/jenny@example.com", { body: { job_title: "Intern" } });
    // A refresh uses the credentials saved by the last update; an update without changes saves new ones.
    await stacks.asia.setConfig("livechat:pat", { value: "dal:wrong-pat-0123456789", secret: true });
    await stacks.asia.up();

    clearLogs();
    const { code, stdout, stderr } = await fleet("drift", "--concurrency", "2", "--json");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^asia: started$/m);
    expect(stderr).toMatch(/^us: drift: 1 drifted \(1 changed\) \(5 objects, \d+\.\d s\)$/m);
    expect(maxOverlap(all())).toBeLessThanOrEqual(2);
    const report = JSON.parse(stdout) as FleetReport;
    expect(report.exitCode).toBe(1);
    const [asia, eu, us] = report.licenses;
    expect(asia).toMatchObject({ stack: "asia", status: "failed", error: expect.stringMatching(/401/) });
    expect(asia.error).not.toContain("wrong-pat-0123456789");
    expect(eu).toMatchObject({ stack: "eu", status: "ok", summary: "", objects: 5 });
    expect(us).toMatchObject({ stack: "us", status: "drift", summary: "1 drifted (1 changed)", objects: 5 });
    expect(us.report!.resources[0].fields).toEqual([
      { field: "jobTitle", code: "Team Lead", account: "Intern" },
    ]);

    // Shards' reports merge into one table: the text and the Markdown of this run.
    const a = path.join(project.dir, "shard-1.json");
    const b = path.join(project.dir, "shard-2.json");
    fs.writeFileSync(a, JSON.stringify({ ...report, licenses: [asia, us] }));
    fs.writeFileSync(b, JSON.stringify({ ...report, licenses: [eu] }));
    const text = await project.cli(["fleet", "report", a, b]);
    expect(text.code).toBe(1);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^Fleet drift: 3 licenses, 1 failed, 1 in sync, 1 drift \(\d+\.\d s, 2 at a time\)$/,
    );
    expect(lines[3]).toMatch(
      /^asia\s+FAILED\s+-\s+-\s+\d+\.\d s\s+the account of stack asia could not be read/,
    );
    expect(lines[4]).toMatch(/^eu\s+in sync\s+-\s+5\s+\d+\.\d s$/);
    expect(lines[5]).toMatch(/^us\s+DRIFT\s+1 drifted \(1 changed\)\s+5\s+\d+\.\d s$/);
    expect(text.stdout).toContain(
      'Agent agent-jenny@example.com  jobTitle: code "Team Lead", account "Intern"',
    );
    const markdown = await project.cli(["fleet", "report", a, b, "--markdown"]);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain("| License | Result | Changes | Objects | Time | Error |");
    expect(markdown.stdout).toMatch(/\| `us` \| DRIFT \| 1 drifted \(1 changed\) \| 5 \| \d+\.\d s \| {2}\|/);
    expect(markdown.stdout).toContain(
      '| Agent `agent-jenny@example.com` | update | `jobTitle` | `"Team Lead"` | `"Intern"` |',
    );

    // Without the refused license: exit 2, drift; no Pulumi SDK loaded, since no engine runs. All three at once
    // (the default bound) ask for 6 `pulumi` commands together (state and config each), more than the bound on
    // commands allows on any machine: never more than the cores (at most 4), the others waiting for a turn.
    const two = await cliWithProbe(project, ["fleet", "drift", "eu", "u*", "--cwd", project.dir]);
    expect(two.code).toBe(2);
    expect(two.stdout).toMatch(/^Fleet drift: 2 licenses, 1 in sync, 1 drift/);
    expect(two.pulumiModules).toEqual([]);
    const all3 = await cliWithProbe(project, ["fleet", "drift", "--cwd", project.dir]);
    expect(all3.code).toBe(1);
    expect(all3.mostPulumiAtOnce).toBeGreaterThanOrEqual(1);
    expect(all3.mostPulumiAtOnce).toBeLessThanOrEqual(Math.min(4, os.availableParallelism()));

    // A refresh takes the account's value into us's state, and says so.
    const refresh = await fleet("refresh", "us", "--json");
    expect(refresh.code).toBe(0);
    expect((JSON.parse(refresh.stdout) as FleetReport).licenses).toMatchObject([
      { stack: "us", status: "ok", summary: "1 updated", objects: 5 },
    ]);
  }, 420_000);
});
