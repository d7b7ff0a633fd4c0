// One license of a fleet run: one operation on one stack, through the Automation API, turned into a line of
// the fleet report. Whatever happens, it resolves to a result: a failure is the license's, never the fleet's.
import * as path from "path";
import type { ConfigMap, EngineEvent, Stack } from "@pulumi/pulumi/automation";
import { mergeOverlay } from "../account/overlay";
import { readSource } from "../account/overlay-source";
import { checkDrift } from "./drift";
import { driftFromEvents, registryKeyOf } from "./drift-events";
import { diagnosticLine, failureMessage, policyLine } from "./errors";
import type { LicenseResult, Operation } from "./fleet-report";
import type { Change, DriftReport } from "./report";
import type { StackAccess } from "./stack";
import { makePlan } from "./plan/plan";

export interface LicenseRun {
  operation: Operation;
  stack: string;
  /** The project folder. */
  cwd: string;
  /** Selects the stack (the fleet does that one stack at a time). */
  open: () => Promise<Stack>;
  /** Reads the stack without selecting it: what a drift check against the last deployment needs. */
  access: StackAccess;
  /** Drift checks: compare with the code (a preview with refresh) instead of the last deployment. */
  preview?: boolean;
  /** Policy packs to run with previews, plans and updates, and their config files. */
  policy?: { policyPacks?: string[]; policyPackConfigs?: string[] };
  /** What the license is doing now, for the progress view. */
  onProgress: (text: string) => void;
}

/** "2 to update, 1 to create" from counts by word. */
const countWords = (counts: Map<string, number>) => [...counts].map(([w, n]) => `${n} ${w}`).join(", ");
const bump = (counts: Map<string, number>, word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);

const PREVIEW_WORDS: Record<Change, string> = {
  added: "to create",
  removed: "to delete",
  update: "to update",
  replace: "to replace",
  deleted: "to create",
};
const DRIFT_WORDS: Record<Change, string> = {
  update: "changed",
  replace: "changed",
  deleted: "deleted",
  added: "never deployed",
  removed: "no longer in the code",
};
const APPLIED_WORDS: Partial<Record<string, string>> = {
  create: "created",
  update: "updated",
  replace: "replaced",
  delete: "deleted",
  refresh: "refreshed",
};

export async function runLicense(run: LicenseRun): Promise<LicenseResult> {
  const started = Date.now();
  const done = (result: Omit<LicenseResult, "stack" | "seconds">): LicenseResult => ({
    stack: run.stack,
    ...result,
    seconds: (Date.now() - started) / 1000,
  });
  const errors: string[] = [];
  const events: EngineEvent[] = [];
  const seen = new Set<string>();
  const onEvent = (event: EngineEvent) => {
    events.push(event);
    const d = event.diagnosticEvent;
    if (d?.severity === "error") errors.push(diagnosticLine(d));
    // What a policy pack refused (or warned of) says why a preview or an update failed.
    if (event.policyEvent) errors.push(policyLine(event.policyEvent));
    const step = event.resOutputsEvent?.metadata;
    if (step && registryKeyOf(step.type) && !seen.has(step.urn)) {
      seen.add(step.urn);
      run.onProgress(`${seen.size} objects…`);
    }
  };
  let overlay: LicenseResult["overlay"];
  try {
    if (run.operation === "drift") {
      run.onProgress(run.preview ? "selecting the stack…" : "reading the last deployment…");
      const report = await checkDrift({
        stack: run.stack,
        cwd: run.cwd,
        preview: run.preview,
        opened: run.open,
        access: run.access,
        onEvent,
        onProgress: run.onProgress,
      });
      return done({ ...fromReport(report, DRIFT_WORDS, "drifted"), status: report.drift ? "drift" : "ok" });
    }
    if (run.operation === "plan") {
      overlay = await overlayOf(await run.access.config(), run.cwd);
      const plan = await makePlan({
        stack: run.stack,
        cwd: run.cwd,
        access: run.access,
        open: run.open,
        ...run.policy,
        onProgress: run.onProgress,
      });
      const changes = Object.values(plan.counts).reduce((a, b) => a + b, 0);
      return done({
        status: changes ? "changes" : "ok",
        summary: changes ? plan.headline : "",
        objects: changes,
        plan,
        ...(overlay ? { overlay } : {}),
      });
    }
    run.onProgress("selecting the stack…");
    const stack = await run.open();
    run.onProgress(`${run.operation}…`);
    switch (run.operation) {
      case "preview": {
        overlay = await overlayOf(await run.access.config(), run.cwd);
        await stack.preview({ color: "never", onEvent, ...run.policy });
        const { resources, checked } = driftFromEvents(events);
        const report: DriftReport = { stack: run.stack, drift: resources.length > 0, checked, resources };
        const status = report.drift ? "changes" : "ok";
        return done({ ...fromReport(report, PREVIEW_WORDS), status, ...(overlay ? { overlay } : {}) });
      }
      default: {
        const options = { color: "never" as const, onEvent };
        if (run.operation === "up") await stack.up({ ...options, ...run.policy });
        else if (run.operation === "refresh") await stack.refresh(options);
        else await stack.destroy(options);
        return done({ status: "ok", ...appliedCounts(events) });
      }
    }
  } catch (e) {
    return done({
      status: "failed",
      summary: "",
      objects: seen.size,
      error: failureMessage(e, errors),
      ...(overlay ? { overlay } : {}),
    });
  }
}

function fromReport(report: DriftReport, words: Record<Change, string>, total?: string) {
  const counts = new Map<string, number>();
  for (const r of report.resources) bump(counts, words[r.change]);
  const detail = countWords(counts);
  const n = report.resources.length;
  return {
    summary: n === 0 ? "" : total ? `${n} ${total} (${detail})` : detail,
    objects: report.checked,
    report,
  };
}

/** What an update, refresh or destroy did to the LiveChat objects, from its engine events. */
function appliedCounts(events: EngineEvent[]): { summary: string; objects: number } {
  const counts = new Map<string, number>();
  const objects = new Set<string>();
  for (const event of events) {
    const step = event.resOutputsEvent?.metadata;
    if (!step || !registryKeyOf(step.type)) continue;
    objects.add(step.urn);
    // A refresh step changed the state when the object is gone or its values differ.
    const op =
      step.op === "refresh" ? (!step.new ? "delete" : step.diffs?.length ? "update" : "same") : step.op;
    const word = APPLIED_WORDS[op];
    if (word) bump(counts, word);
  }
  return { summary: countWords(counts), objects: objects.size };
}

/** The stack's spec overlay (config `overlay`) and what it changes; undefined without one. */
async function overlayOf(config: ConfigMap, cwd: string): Promise<LicenseResult["overlay"]> {
  const value = (name: string) =>
    Object.entries(config).find(([k]) => !k.startsWith("livechat:") && k.endsWith(`:${name}`))?.[1].value;
  const file = value("overlay");
  if (!file) return undefined;
  const project = path.resolve(cwd);
  try {
    const base = readSource(path.resolve(project, value("spec") ?? "account.yaml"));
    return { file, changes: mergeOverlay(base, readSource(path.resolve(project, file))).changes };
  } catch {
    // The preview fails with the spec's problems, at their files and lines: the report shows that.
    return undefined;
  }
}
