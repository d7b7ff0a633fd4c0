#!/usr/bin/env node
// livechat-pulumi: tools beside the Pulumi program. `drift` exits 0 (no drift), 2 (drift) or 1 (error),
// so CI can tell a drifted account from a check that could not run.
import * as fs from "fs";
import { Argument, Command, Option } from "commander";
import { LiveChatClient, type ClientOptions } from "../client";
import { APIS, sectionWords, type Api } from "../account/types";
import { clientOptionsFrom } from "../provider/config";
import { checkDrift } from "./drift";
import { EXIT, failureMessage, ToolError } from "./errors";
import { exportAccount } from "./export-account";
import { DEFAULT_CONCURRENCY, DRIFT_CONCURRENCY, defaultConcurrency, parseShard, runFleet } from "./fleet";
import {
  formatFleetMarkdown,
  formatFleetText,
  mergeReports,
  OPERATIONS,
  type FleetReport,
} from "./fleet-report";
import { formatMarkdown } from "./format-markdown";
import { formatText } from "./format-text";
import { nextSteps, writeProject } from "./init";
import { namedStackAccess } from "./stack";
import { formatPlanMarkdown, formatPlanText } from "./plan/format";
import { makePlan } from "./plan/plan";

const progress = (message: string) => process.stderr.write(`${message}\n`);

/** `--client-id`: v3.6 lists webhooks one Client ID (application) at a time, and nothing lists Client IDs. */
const clientIdOption = () =>
  new Option(
    "--client-id <ids...>",
    "Client IDs (applications) whose v3.6 webhooks to read; the account's bots' Client IDs are read anyway",
  );

/** `--preview`: drift checked against the code by a preview with refresh, instead of the last deployment. */
const previewFlag = "--preview";
const previewHelp =
  "compare the account with the code, by a preview with refresh (the engine runs; slower): code changes not yet " +
  "deployed show too";

/** `--api`: the generation an exported spec declares the sections both have with (its `api` line). */
const apiOption = () =>
  new Option(
    "--api <version>",
    "the API generation of the sections both have (groups, agents, greetings, tags, webhooks): the spec's api line",
  )
    .choices(APIS)
    .default("v2");

const program = new Command("livechat-pulumi")
  .description("Drift reports and account export for LiveChat accounts managed with Pulumi")
  .showHelpAfterError();

program
  .command("drift")
  .description(
    "Compare a stack's LiveChat account with its last deployment (read from the stack's state, with the API; no " +
      "engine run), or with its code (--preview: a preview with refresh). Changes nothing. Exit code 0: no " +
      "drift, 2: drift, 1: the check failed.",
  )
  .requiredOption("--stack <name>", "the stack to check")
  .option("--cwd <dir>", "the Pulumi project folder (with Pulumi.yaml)", ".")
  .addOption(new Option("--json", "print the report as JSON").conflicts("markdown"))
  .option("--markdown", "print the report as Markdown (for $GITHUB_STEP_SUMMARY or a pull-request comment)")
  .option(
    "--unmanaged",
    "also list objects in the account that the stack does not manage (they count as drift)",
  )
  .addOption(clientIdOption())
  .option(previewFlag, previewHelp)
  .action(
    async (opts: {
      stack: string;
      cwd: string;
      json?: boolean;
      markdown?: boolean;
      unmanaged?: boolean;
      clientId?: string[];
      preview?: boolean;
    }) => {
      const report = await checkDrift({ ...opts, clientIds: opts.clientId, onProgress: progress });
      const text = opts.json
        ? JSON.stringify(report, null, 2) + "\n"
        : opts.markdown
          ? formatMarkdown(report)
          : formatText(report);
      process.stdout.write(text);
      process.exitCode = report.drift ? EXIT.drift : EXIT.ok;
    },
  );

/** `--policy-pack`: Pulumi policy packs run with the preview (the package's own: pulumi-livechat/policy). */
const policyOptions = (command: Command) =>
  command
    .option(
      "--policy-pack <dirs...>",
      "run these policy packs with the preview (pulumi preview --policy-pack)",
    )
    .option(
      "--policy-pack-config <files...>",
      "their config files, in the same order (--policy-pack-config)",
    );

policyOptions(
  program
    .command("plan")
    .description(
      "A stack's pending change in the account's words, for the people who review it: who gains or loses which " +
        "group, which greeting stops showing, which webhook sends elsewhere, with deletions and seats made again " +
        "flagged. Runs `pulumi preview --json` (or reads a saved one with --from). Changes nothing. Exit code " +
        "0: nothing to change, 2: changes, 1: the plan failed.",
    )
    .requiredOption("--stack <name>", "the stack to plan")
    .option("--cwd <dir>", "the Pulumi project folder (with Pulumi.yaml)", ".")
    .option(
      "--from <file>",
      "read a saved `pulumi preview --json --stack <name>` instead of running a preview",
    )
    .addOption(new Option("--json", "print the plan as JSON").conflicts("markdown"))
    .option("--markdown", "print the plan as Markdown (for a pull-request comment)"),
).action(
  async (opts: {
    stack: string;
    cwd: string;
    from?: string;
    json?: boolean;
    markdown?: boolean;
    policyPack?: string[];
    policyPackConfig?: string[];
  }) => {
    const plan = await makePlan({
      ...opts,
      policyPacks: opts.policyPack,
      policyPackConfigs: opts.policyPackConfig,
      onProgress: progress,
    });
    process.stdout.write(
      opts.json
        ? JSON.stringify(plan, null, 2) + "\n"
        : opts.markdown
          ? formatPlanMarkdown(plan)
          : formatPlanText(plan),
    );
    process.exitCode = Object.values(plan.counts).some((n) => n > 0) ? EXIT.drift : EXIT.ok;
  },
);

program
  .command("export")
  .description(
    "Read a whole LiveChat account and write it as an account spec for the root program. Credentials: " +
      "LIVECHAT_LOGIN and LIVECHAT_PAT, or LIVECHAT_TOKEN (never as flags), or a stack's config with --stack.",
  )
  .option("--out <file>", "write the spec to this file instead of stdout")
  .option("--api-url <url>", "the API's address (default: LIVECHAT_API_URL, else the LiveChat API)")
  .option(
    "--login <email>",
    "the agent whose Personal Access Token is in LIVECHAT_PAT (default: LIVECHAT_LOGIN)",
  )
  .addOption(
    new Option("--region <region>", "data center (default: from the credential)").choices(["dal", "fra"]),
  )
  .option(
    "--account-id <id>",
    "the Account ID that names the Personal Access Token on Configuration API v3.6 calls (default: " +
      "LIVECHAT_ACCOUNT_ID); needed for --api v3.6 and for bots and auto accesses",
  )
  .addOption(apiOption())
  .addOption(clientIdOption())
  .option("--stack <name>", "take the credentials from this stack's config (livechat:*)")
  .option("--cwd <dir>", "the Pulumi project folder of --stack", ".")
  .action(
    async (opts: {
      out?: string;
      apiUrl?: string;
      login?: string;
      region?: string;
      accountId?: string;
      api: Api;
      clientId?: string[];
      stack?: string;
      cwd: string;
    }) => {
      const base = opts.stack
        ? await namedStackAccess(opts.cwd, opts.stack).clientOptions()
        : clientOptionsFrom(undefined);
      const options: ClientOptions = {
        ...base,
        ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}),
        ...(opts.login ? { login: opts.login } : {}),
        ...(opts.region ? { region: opts.region as ClientOptions["region"] } : {}),
        ...(opts.accountId ? { accountId: opts.accountId } : {}),
      };
      const text = await exportAccount(new LiveChatClient(options), {
        api: opts.api,
        clientIds: opts.clientId,
        onProgress: (section, count) => progress(`reading ${sectionWords(section)}… ${count}`),
        warn: (message) => progress(`warning: ${message}`),
      });
      if (opts.out) {
        fs.writeFileSync(opts.out, text);
        progress(`wrote ${opts.out}`);
      } else process.stdout.write(text);
    },
  );

program
  .command("init")
  .description(
    "Write a new Pulumi project for a LiveChat account: Pulumi.yaml, package.json and an account spec " +
      "(or a TypeScript program). With --from-account, the spec is the account as it is (export), adopted " +
      "by the first pulumi up without a change.",
  )
  .argument("[dir]", "the folder to write (created when missing)", ".")
  .option("--typescript", "a TypeScript program using the resource classes instead of an account spec")
  .option(
    "--from-account",
    "start from the current account; credentials as for export (LIVECHAT_LOGIN and LIVECHAT_PAT, or " +
      "LIVECHAT_TOKEN; LIVECHAT_ACCOUNT_ID for v3.6; LIVECHAT_API_URL)",
  )
  .addOption(apiOption())
  .addOption(clientIdOption())
  .option("--name <project>", "the Pulumi project's name (default: the folder's name)")
  .option("--package <version>", "what package.json depends on for pulumi-livechat (default: this version)")
  .option("--force", "overwrite files that exist")
  .action(
    async (
      dir: string,
      opts: {
        typescript?: boolean;
        fromAccount?: boolean;
        api: Api;
        clientId?: string[];
        name?: string;
        package?: string;
        force?: boolean;
      },
    ) => {
      const spec = opts.fromAccount
        ? await exportAccount(new LiveChatClient(clientOptionsFrom(undefined)), {
            api: opts.api,
            clientIds: opts.clientId,
            onProgress: (section, count) => progress(`reading ${sectionWords(section)}… ${count}`),
            warn: (message) => progress(`warning: ${message}`),
          })
        : undefined;
      const { name, typescript, force } = opts;
      const written = writeProject({ dir, spec, name, typescript, force, packageVersion: opts.package });
      progress(`wrote ${written.join(", ")} in ${dir}`);
      process.stdout.write(`${nextSteps(dir, opts.fromAccount === true)}\n`);
    },
  );

const fleetOutput = (report: FleetReport, opts: { json?: boolean; markdown?: boolean }) => {
  process.stdout.write(
    opts.json
      ? JSON.stringify(report, null, 2) + "\n"
      : opts.markdown
        ? formatFleetMarkdown(report)
        : formatFleetText(report),
  );
  process.exitCode = report.exitCode;
};

policyOptions(
  program
    .command("fleet")
    .description(
      "Run one operation over many stacks of a project (one per license), a few at a time, with a live view " +
        "on stderr and a table per license at the end. `report` merges JSON reports (CI shards) into one. " +
        "Exit code 0: nothing to report, 2: drift (drift) or changes (preview), 1: a license failed.",
    )
    .addArgument(new Argument("<operation>").choices([...OPERATIONS, "report"]))
    .argument(
      "[stacks...]",
      "stack names or patterns like eu-* (default: every stack); for report, JSON files",
    )
    .option("--cwd <dir>", "the Pulumi project folder (with Pulumi.yaml)", ".")
    .option(
      "--concurrency <n>",
      `licenses at once (default ${DEFAULT_CONCURRENCY}; ${DRIFT_CONCURRENCY} for drift, which runs no engine)`,
    )
    .option(previewFlag, `drift: ${previewHelp}`)
    .option("--shard <index/count>", "only this share of the stacks, e.g. 2/4 (for a CI matrix)")
    .option("--yes", "confirm up and destroy, which change the accounts")
    .addOption(new Option("--json", "print the report as JSON").conflicts("markdown"))
    .option("--markdown", "print the report as Markdown (for $GITHUB_STEP_SUMMARY)"),
).action(
  async (
    operation: string,
    stacks: string[],
    opts: {
      cwd: string;
      concurrency?: string;
      shard?: string;
      yes?: boolean;
      json?: boolean;
      markdown?: boolean;
      preview?: boolean;
      policyPack?: string[];
      policyPackConfig?: string[];
    },
  ) => {
    if (operation === "report") {
      if (stacks.length === 0) throw new ToolError("fleet report takes the JSON reports to merge");
      const reports = stacks.map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as FleetReport);
      return fleetOutput(mergeReports(reports), opts);
    }
    const concurrency = Number(
      opts.concurrency ?? defaultConcurrency(operation as FleetReport["operation"], opts.preview),
    );
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new ToolError(`--concurrency takes a whole number of licenses >= 1, not ${opts.concurrency}`);
    if (opts.policyPack && !["preview", "plan", "up"].includes(operation))
      throw new ToolError(
        `--policy-pack runs with previews and updates: fleet preview, plan or up, not ${operation}`,
      );
    if ((operation === "up" || operation === "destroy") && !opts.yes)
      throw new ToolError(
        `fleet ${operation} changes every license it runs on: run fleet preview first, then add --yes`,
      );
    const report = await runFleet({
      operation: operation as FleetReport["operation"],
      cwd: opts.cwd,
      patterns: stacks,
      concurrency,
      shard: opts.shard ? parseShard(opts.shard) : undefined,
      progress: process.stderr,
      preview: opts.preview,
      policy: { policyPacks: opts.policyPack, policyPackConfigs: opts.policyPackConfig },
    });
    fleetOutput(report, opts);
  },
);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`livechat-pulumi: ${failureMessage(e)}\n`);
  process.exitCode = EXIT.error;
});
