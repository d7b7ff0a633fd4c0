import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { parseShard, resultWords, selectStacks } from "../../../src/tools/fleet";
import { FleetProgress } from "../../../src/tools/fleet-progress";
import {
  exitCodeOf,
  formatFleetMarkdown,
  formatFleetText,
  mergeReports,
  type FleetReport,
  type LicenseResult,
} from "../../../src/tools/fleet-report";

// The fleet's pieces that need no Pulumi: the table, the exit code, merged shards, stack selection, the bound.

const drifted: LicenseResult = {
  stack: "us",
  status: "drift",
  summary: "1 drifted (1 changed)",
  objects: 5,
  seconds: 7.25,
  report: {
    stack: "us",
    drift: true,
    checked: 5,
    resources: [
      {
        type: "Agent",
        name: "agent-jenny",
        urn: "urn:x",
        change: "update",
        fields: [{ field: "jobTitle", code: "Lead", account: "Intern" }],
      },
    ],
  },
};
const clean: LicenseResult = { stack: "eu", status: "ok", summary: "", objects: 5, seconds: 6 };
const failed: LicenseResult = {
  stack: "asia",
  status: "failed",
  summary: "",
  objects: 0,
  seconds: 2,
  error: "the preview of stack asia failed, so drift could not be checked:\nAPI error 401 | Unauthorized",
};
const report = (licenses: LicenseResult[]): FleetReport => ({
  operation: "drift",
  exitCode: exitCodeOf(licenses),
  seconds: 9.5,
  concurrency: 2,
  licenses,
});

describe("the fleet report", () => {
  it("exit codes: a failure wins over drift, drift over nothing", () => {
    expect(exitCodeOf([clean])).toBe(0);
    expect(exitCodeOf([clean, drifted])).toBe(2);
    expect(exitCodeOf([clean, { ...drifted, status: "changes" }])).toBe(2);
    expect(exitCodeOf([failed, drifted, clean])).toBe(1);
  });

  it("as a table: one line per license, then the drift and whole errors", () => {
    expect(formatFleetText(report([failed, clean, drifted]))).toBe(
      [
        "Fleet drift: 3 licenses, 1 failed, 1 in sync, 1 drift (9.5 s, 2 at a time)",
        "",
        "License  Result   Changes                Objects  Time   Error",
        "asia     FAILED   -                      -        2.0 s  the preview of stack asia failed, so drift could not be checked:",
        "eu       in sync  -                      5        6.0 s",
        "us       DRIFT    1 drifted (1 changed)  5        7.3 s",
        "",
        "== asia",
        "the preview of stack asia failed, so drift could not be checked:",
        "API error 401 | Unauthorized",
        "",
        "== us",
        'Agent agent-jenny  jobTitle: code "Lead", account "Intern"',
        "",
      ].join("\n"),
    );
  });

  it("as Markdown: pipes escaped, the drift's own table, errors in a code block, overlays listed", () => {
    const withOverlay = { ...clean, overlay: { file: "eu.yaml", changes: ['agents: adds "x@example.com"'] } };
    const text = formatFleetMarkdown({ ...report([failed, withOverlay, drifted]), operation: "preview" });
    expect(text).toContain(
      "## LiveChat fleet: preview\n\n**Fleet preview: 3 licenses, 1 failed, 1 no changes, 1 changes",
    );
    expect(text).toContain(
      "| `asia` | FAILED | - | - | 2.0 s | the preview of stack asia failed, so drift could not be checked: |",
    );
    expect(text).toContain('### `eu`\n\nOverlay `eu.yaml`:\n\n- agents: adds "x@example.com"\n');
    expect(text).toContain(
      "```text\nthe preview of stack asia failed, so drift could not be checked:\nAPI error 401 | Unauthorized\n```",
    );
    expect(text).toContain('| Agent `agent-jenny` | update | `jobTitle` | `"Lead"` | `"Intern"` |');
  });

  it("shards merge into one report, by license name, with the worst exit code", () => {
    const merged = mergeReports([report([drifted]), { ...report([failed, clean]), seconds: 12 }]);
    expect(merged.licenses.map((l) => l.stack)).toEqual(["asia", "eu", "us"]);
    expect(merged).toMatchObject({ exitCode: 1, seconds: 12, operation: "drift" });
    expect(() => mergeReports([report([clean]), { ...report([clean]), operation: "up" }])).toThrow(
      "the reports are of different operations: drift, up",
    );
  });
});

describe("choosing the stacks", () => {
  const all = ["asia", "eu-north", "eu-west", "us"];
  it("by name or pattern, all by default; a name that matches nothing is an error", () => {
    expect(selectStacks(all, [])).toEqual(all);
    expect(selectStacks(all, ["eu-*", "us"])).toEqual(["eu-north", "eu-west", "us"]);
    expect(() => selectStacks(all, ["eu", "ap-?"])).toThrow(
      'no stack of the project is named "eu", "ap-?"; its stacks are: asia, eu-north, eu-west, us',
    );
  });
  it("a shard: every count-th stack; the shards cover every stack once", () => {
    expect(selectStacks(all, [], parseShard("1/2"))).toEqual(["asia", "eu-west"]);
    expect(selectStacks(all, [], parseShard("2/2"))).toEqual(["eu-north", "us"]);
    expect(() => parseShard("3/2")).toThrow("--shard takes <index>/<count>");
    expect(() => parseShard("1")).toThrow("--shard takes <index>/<count>");
  });
});

describe("the live view", () => {
  it("on a terminal, redraws one line per license in place; elsewhere, plain lines", () => {
    const tty: string[] = [];
    const live = new FleetProgress(
      ["eu", "us"],
      { write: (t) => tty.push(t), isTTY: true, rows: 40 },
      resultWords,
      true,
    );
    live.running("eu", "3 objects…");
    live.done(clean);
    live.stop();
    const last = tty[tty.length - 1];
    expect(last).toBe(
      "\u001b[2A\u001b[2K✓ eu  nothing to report (5 objects, 6.0 s)\n\u001b[2K  us  waiting\n",
    );
    const plain: string[] = [];
    const log = new FleetProgress(["eu", "us"], { write: (t) => plain.push(t) }, resultWords, false);
    log.running("us", "1 objects…");
    log.running("us", "2 objects…");
    log.done(drifted);
    log.stop();
    expect(plain.join("")).toBe("us: started\nus: drift: 1 drifted (1 changed) (5 objects, 7.3 s)\n");
  });
});

describe("examples/ci/fleet-shards.yml", () => {
  it("has as many shards as SHARDS says, runs the fleet per shard and gathers the reports", () => {
    const file = path.join(__dirname, "../../../examples/ci/fleet-shards.yml");
    const workflow = parse(fs.readFileSync(file, "utf8"));
    expect(workflow.jobs.drift.strategy.matrix.shard).toHaveLength(Number(workflow.env.SHARDS));
    const runs = (job: { steps: { run?: string }[] }) => job.steps.map((s) => s.run ?? "").join("\n");
    expect(runs(workflow.jobs.drift)).toContain('fleet drift --shard "$SHARD/$SHARDS" --json');
    expect(runs(workflow.jobs.summary)).toContain("fleet report reports/*.json --markdown");
  });
});
