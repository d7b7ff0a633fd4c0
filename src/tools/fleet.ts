// `livechat-pulumi fleet <operation>`: one operation over many stacks of a project (one stack per license),
// a bounded number at a time. Each stack runs in its own Pulumi processes, with its own credentials and its
// own client-side rate limit; one license failing never stops the others.
import * as os from "os";
import Bottleneck from "bottleneck";
import { ToolError } from "./errors";
import { FleetProgress, type ProgressOutput } from "./fleet-progress";
import { exitCodeOf, type FleetReport, type LicenseResult, type Operation } from "./fleet-report";
import { runLicense } from "./fleet-run";
import { stackNames } from "./pulumi-cli";
import { namedStackAccess, openStack, projectFolder } from "./stack";

/**
 * Licenses at once by default for what runs the engine (previews, plans, updates, `drift --preview`). Each
 * license in flight is a Pulumi CLI, its language host, the program and the provider (about 0.6 GB together),
 * mostly busy with CPU; an update also waits on the API's pace. On 2 cores, `npm run bench:fleet` (20 licenses
 * of 100 objects): up took 185 s one after another, 76 s at 4 (an earlier run: 195 s at 2, 153 s at 4), in 2.4 GB
 * (README, "A fleet of licenses").
 */
export const DEFAULT_CONCURRENCY = 4;

/**
 * Licenses at once for a drift check against the last deployment: no engine runs, a license in flight is its
 * API calls (each license its own rate limit) and two short `pulumi` commands (its state and config), of which
 * PULUMI_COMMANDS run at once. `npm run bench:fleet` (20 licenses of 100 objects, 2 cores): 57 s one after
 * another, 15.9 s at 4, 10.6 s at 20, in 380 MB at most whatever the bound (README, "A fleet of licenses").
 */
export const DRIFT_CONCURRENCY = 20;
/**
 * `pulumi` commands at once: each is about 90 MB and, with a passphrase, 0.2 s of CPU deriving the key, so
 * more than the cores only adds memory (on 2 cores, 2 at once took 11 s and 370 MB at most; 4 took 11 s and 560).
 */
const PULUMI_COMMANDS = Math.max(1, Math.min(4, os.availableParallelism()));

/** The default bound of an operation: network-bound drift checks run many more licenses at once. */
export const defaultConcurrency = (operation: Operation, preview?: boolean) =>
  operation === "drift" && !preview ? DRIFT_CONCURRENCY : DEFAULT_CONCURRENCY;

export interface FleetOptions {
  operation: Operation;
  /** The project folder (with Pulumi.yaml). */
  cwd: string;
  /** Stack names or patterns (`eu-*`, `shop-?`); none: every stack of the project. */
  patterns: string[];
  concurrency: number;
  /** This run's share of the stacks: the `index`-th of `count` (from 1), for a CI matrix. */
  shard?: { index: number; count: number };
  /** Where the live view goes (stderr); none for no view. */
  progress?: ProgressOutput;
  /** Drift checks: compare with the code (a preview with refresh) instead of the last deployment. */
  preview?: boolean;
  /** Policy packs for previews, plans and updates (`--policy-pack`), and their config files. */
  policy?: { policyPacks?: string[]; policyPackConfigs?: string[] };
}

/** The project's stacks, by name. */
export async function projectStacks(cwd: string): Promise<string[]> {
  return (await stackNames(projectFolder(cwd))).sort();
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );

/** The stacks named by `patterns` (all when none), then this shard's share of them. */
export function selectStacks(all: string[], patterns: string[], shard?: FleetOptions["shard"]): string[] {
  let chosen = all;
  if (patterns.length) {
    const missing = patterns.filter((p) => !all.some((s) => globToRegExp(p).test(s)));
    if (missing.length)
      throw new ToolError(
        `no stack of the project is named ${missing.map((m) => JSON.stringify(m)).join(", ")}; ` +
          `its stacks are: ${all.join(", ") || "none"}`,
      );
    chosen = all.filter((s) => patterns.some((p) => globToRegExp(p).test(s)));
  }
  // Every count-th stack, so that shards stay about the same size as stacks come and go.
  if (shard) chosen = chosen.filter((_, i) => i % shard.count === shard.index - 1);
  return chosen;
}

/** "3/4" into { index: 3, count: 4 }. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count)
    throw new ToolError(
      `--shard takes <index>/<count>, like 2/4 (index from 1 to count), not ${JSON.stringify(text)}`,
    );
  return { index, count };
}

/** Words for a license's result, in the live view and the plain log. */
export function resultWords(result: LicenseResult): string {
  const took = `(${result.objects} objects, ${result.seconds.toFixed(1)} s)`;
  if (result.status === "failed") return `failed ${took}: ${result.error?.split("\n")[0] ?? ""}`;
  if (result.status === "ok") return `${result.summary || "nothing to report"} ${took}`;
  return `${result.status}: ${result.summary} ${took}`;
}

/** At most `n` jobs at once, the others waiting in order (bottleneck, as the client's pacing). */
const bound = (n: number) => new Bottleneck({ maxConcurrent: n });

export async function runFleet(options: FleetOptions): Promise<FleetReport> {
  const started = Date.now();
  const stacks = selectStacks(await projectStacks(options.cwd), options.patterns, options.shard);
  if (stacks.length === 0)
    throw new ToolError("no stacks to run: the project has none (or this shard has none)");
  const view = options.progress ? new FleetProgress(stacks, options.progress, resultWords) : undefined;
  // `pulumi stack select` writes the workspace's current stack: one at a time. The operations themselves name
  // their stack, and run side by side.
  const selecting = bound(1);
  // Reads of a stack without selecting it (its state and config) name it; a few `pulumi` commands at once.
  const commands = bound(PULUMI_COMMANDS);
  const licenses = bound(options.concurrency);
  let results: LicenseResult[];
  try {
    results = await Promise.all(
      stacks.map((stack) =>
        licenses.schedule(async () => {
          view?.running(stack, "starting…");
          const result = await runLicense({
            operation: options.operation,
            stack,
            cwd: options.cwd,
            open: () => selecting.schedule(() => openStack(stack, options.cwd)),
            access: namedStackAccess(options.cwd, stack, (command) => commands.schedule(command)),
            preview: options.preview,
            policy: options.policy,
            onProgress: (text) => view?.running(stack, text),
          });
          view?.done(result);
          return result;
        }),
      ),
    );
  } finally {
    view?.stop();
  }
  return {
    operation: options.operation,
    exitCode: exitCodeOf(results),
    seconds: (Date.now() - started) / 1000,
    concurrency: options.concurrency,
    licenses: results,
  };
}
