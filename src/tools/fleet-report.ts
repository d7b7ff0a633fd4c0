// The fleet report: one line per license of what `livechat-pulumi fleet <operation>` did, as a table for a
// terminal, Markdown for CI, or JSON; shards' JSON reports merge into one.
import { EXIT } from "./errors";
import { formatMarkdown } from "./format-markdown";
import { formatText } from "./format-text";
import { plural, type DriftReport } from "./report";
import { formatPlanMarkdown, formatPlanText } from "./plan/format";
import type { Plan } from "./plan/plan";

export const OPERATIONS = ["preview", "plan", "up", "drift", "refresh", "destroy"] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * - `ok`: nothing to report (no drift, no changes to preview, or the update/refresh/destroy succeeded);
 * - `drift`: the account differs from the code (drift);
 * - `changes`: applying the code would change the account (preview);
 * - `failed`: the license could not be checked or changed; `error` says why.
 */
export type LicenseStatus = "ok" | "drift" | "changes" | "failed";

export interface LicenseResult {
  /** The stack, i.e. the license. */
  stack: string;
  status: LicenseStatus;
  /** What changed, drifted or would change, in words: "2 to update, 1 to create"; "" for nothing. */
  summary: string;
  /** How many LiveChat objects the operation looked at. */
  objects: number;
  seconds: number;
  error?: string;
  /** The stack's spec overlay and what it changes from the shared spec (preview). */
  overlay?: { file: string; changes: string[] };
  /** Per resource: what drifted (drift) or would change (preview). */
  report?: DriftReport;
  /** The license's pending change in the account's words (plan). */
  plan?: Plan;
}

export interface FleetReport {
  operation: Operation;
  /** The exit code of the command that made the report: 0 nothing to report, 2 drift or changes, 1 a failure. */
  exitCode: number;
  /** Wall time of the whole run (for merged shards: the longest). */
  seconds: number;
  concurrency: number;
  licenses: LicenseResult[];
}

export function exitCodeOf(licenses: LicenseResult[]): number {
  if (licenses.some((l) => l.status === "failed")) return EXIT.error;
  if (licenses.some((l) => l.status === "drift" || l.status === "changes")) return EXIT.drift;
  return EXIT.ok;
}

/** Shards' reports of one operation as one. */
export function mergeReports(reports: FleetReport[]): FleetReport {
  const operations = [...new Set(reports.map((r) => r.operation))];
  if (operations.length !== 1)
    throw new Error(`the reports are of different operations: ${operations.join(", ")}`);
  const licenses = reports.flatMap((r) => r.licenses).sort((a, b) => a.stack.localeCompare(b.stack));
  return {
    operation: operations[0],
    exitCode: exitCodeOf(licenses),
    seconds: Math.max(0, ...reports.map((r) => r.seconds)),
    concurrency: Math.max(0, ...reports.map((r) => r.concurrency)),
    licenses,
  };
}

const RESULT_WORDS: Record<Operation, Record<LicenseStatus, string>> = {
  preview: { ok: "no changes", changes: "changes", drift: "changes", failed: "FAILED" },
  plan: { ok: "no changes", changes: "changes", drift: "changes", failed: "FAILED" },
  up: { ok: "updated", changes: "updated", drift: "updated", failed: "FAILED" },
  drift: { ok: "in sync", changes: "drift", drift: "DRIFT", failed: "FAILED" },
  refresh: { ok: "refreshed", changes: "refreshed", drift: "refreshed", failed: "FAILED" },
  destroy: { ok: "destroyed", changes: "destroyed", drift: "destroyed", failed: "FAILED" },
};

const seconds = (s: number) => `${s.toFixed(1)} s`;
/** The first line of an error, short enough for a table cell. */
const firstLine = (error: string, max: number) => {
  const line = error.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** "3 licenses: 1 drift, 1 failed, 1 in sync", counting each result. */
export function headline(report: FleetReport): string {
  const words = RESULT_WORDS[report.operation];
  const counts = new Map<string, number>();
  for (const l of report.licenses) counts.set(words[l.status], (counts.get(words[l.status]) ?? 0) + 1);
  const parts = [...counts].map(([word, n]) => `${n} ${word.toLowerCase()}`);
  return (
    `Fleet ${report.operation}: ${plural(report.licenses.length, "license")}` +
    (parts.length ? `, ${parts.join(", ")}` : "") +
    ` (${seconds(report.seconds)}, ${report.concurrency} at a time)`
  );
}

function rows(report: FleetReport, errorWidth: number): string[][] {
  const words = RESULT_WORDS[report.operation];
  return report.licenses.map((l) => [
    l.stack,
    words[l.status],
    l.summary || "-",
    l.status === "failed" && l.objects === 0 ? "-" : String(l.objects),
    seconds(l.seconds),
    l.error ? firstLine(l.error, errorWidth) : "",
  ]);
}

const HEAD = ["License", "Result", "Changes", "Objects", "Time", "Error"];

/** How a format writes the details below the table. */
interface DetailFormat {
  heading(l: LicenseResult): string;
  overlay(file: string, changes: string[]): string;
  report(r: DriftReport): string;
  plan(p: Plan): string;
  error(e: string): string;
}

/** Details below the table: overlays, each license's drift or changes, whole errors. */
function details(report: FleetReport, f: DetailFormat): string {
  const out: string[] = [];
  for (const l of report.licenses) {
    const parts: string[] = [];
    if (l.overlay) parts.push(f.overlay(l.overlay.file, l.overlay.changes));
    if (l.report && l.report.resources.length) parts.push(f.report(l.report));
    if (l.plan && l.status === "changes") parts.push(f.plan(l.plan));
    if (l.error) parts.push(f.error(l.error));
    if (parts.length) out.push(f.heading(l), ...parts);
  }
  return out.join("");
}

export function formatFleetText(report: FleetReport): string {
  const table = [HEAD, ...rows(report, 80)];
  const widths = HEAD.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  const lines = table.map((r) =>
    r
      .map((text, c) => text.padEnd(widths[c]))
      .join("  ")
      .trimEnd(),
  );
  const more = details(report, {
    heading: (l) => `\n== ${l.stack}\n`,
    overlay: (file, changes) =>
      `Overlay ${file}:${changes.length ? "" : " no changes"}\n` + changes.map((c) => `  ${c}\n`).join(""),
    report: (r) => formatText(r).split("\n").slice(1).join("\n"),
    plan: (p) => formatPlanText(p, false),
    error: (e) => `${e}\n`,
  });
  return [headline(report), "", ...lines, ""].join("\n") + more;
}

const cell = (text: string) => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");

export function formatFleetMarkdown(report: FleetReport): string {
  const out = [`## LiveChat fleet: ${report.operation}`, "", `**${headline(report)}.**`, ""];
  out.push(`| ${HEAD.join(" | ")} |`, `| ${HEAD.map(() => "---").join(" | ")} |`);
  for (const r of rows(report, 200))
    out.push(`| ${["`" + r[0] + "`", ...r.slice(1)].map(cell).join(" | ")} |`);
  const more = details(report, {
    heading: (l) => `\n### \`${l.stack}\`\n\n`,
    overlay: (file, changes) =>
      `Overlay \`${file}\`${changes.length ? ":" : ": no changes"}\n\n` +
      changes.map((c) => `- ${c}\n`).join("") +
      (changes.length ? "\n" : ""),
    // The drift report's own table, without its heading.
    report: (r) => formatMarkdown(r).replace(/^## .*\n\n/, "") + "\n",
    plan: (p) => formatPlanMarkdown(p, false).replace(/^### /gm, "#### ") + "\n",
    error: (e) => "```text\n" + e.replace(/```/g, "'''") + "\n```\n",
  });
  return out.join("\n") + "\n" + more;
}
