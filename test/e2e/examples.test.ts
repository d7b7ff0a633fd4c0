import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalWorkspace, type Stack } from "@pulumi/pulumi/automation";
import { parse } from "yaml";
import { LiveChatClient } from "../../src/client";
import { startEmulator, type RunningEmulator, type WireState } from "../../src/emulator";
import { createTestStack, type TestStack } from "./helpers/stack";
import { step } from "./helpers/steps";

// The examples of examples/, run as a user would run them: the TypeScript program through the Pulumi CLI,
// the two-license project as two stacks against two emulators, and the CI workflow's own commands.

const REPO = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(REPO, "examples");
const PASSPHRASE = "examples-passphrase";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's wire state, read loosely
type Wire = Record<string, any[]>;

/** A copy of an example project, with examples/account beside it as in the repo, on its own file backend. */
interface Project {
  workDir: string;
  /** What the CLI needs to find this project's state: PULUMI_HOME, backend, passphrase. */
  env: Record<string, string>;
  /** Creates a stack; an existing Pulumi.<name>.yaml in the project is its starting config. */
  stack(name: string, env?: Record<string, string>): Promise<Stack>;
  cleanup(): void;
}

function copyProject(example: string): Project {
  if (!process.env.PULUMI_CLI) {
    throw new Error("PULUMI_CLI is not set: run the tests through scripts/with-pulumi.sh (npm test does)");
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-examples-"));
  const workDir = path.join(root, "program");
  fs.cpSync(path.join(EXAMPLES, example), workDir, { recursive: true });
  fs.cpSync(path.join(EXAMPLES, "account"), path.join(root, "account"), { recursive: true });
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(workDir, "node_modules"), "dir");
  fs.mkdirSync(path.join(root, "backend"));
  const env = {
    PULUMI_HOME: path.join(root, "home"),
    PULUMI_BACKEND_URL: `file://${path.join(root, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  return {
    workDir,
    env,
    stack: (stackName, extra = {}) =>
      LocalWorkspace.createStack(
        { stackName, workDir },
        { pulumiHome: env.PULUMI_HOME, envVars: { ...env, ...extra } },
      ),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

const readYaml = (file: string) => parse(fs.readFileSync(file, "utf8"));

describe("examples/typescript: the resource classes in a TypeScript program", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  let before: WireState;
  const password = "jenny-secret-password";
  const state = () => emulator.state() as unknown as Wire;

  beforeAll(async () => {
    emulator = await startEmulator();
    before = emulator.state();
    t = await createTestStack(path.join(EXAMPLES, "typescript"), {
      "livechat:apiUrl": emulator.url,
      "livechat:login": emulator.credentials.login,
      "livechat:pat": emulator.credentials.pat!,
      jennyPassword: password,
    });
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  it("is the TypeScript the user reads, run by Pulumi itself: no compiled JavaScript beside it", () => {
    const project = readYaml(path.join(t.workDir, "Pulumi.yaml"));
    expect(project.runtime).toBe("nodejs"); // TypeScript on: the default
    expect(project.main).toBe("index.ts");
    const files = fs.readdirSync(t.workDir).filter((f) => f !== "node_modules");
    expect(files.filter((f) => f.endsWith(".js"))).toEqual([]);
    expect(files).toContain("index.ts");
  });

  /** The up of the example. */
  const created = step(() => t.stack.up({ onOutput: t.onOutput }));

  it("creates the account it describes, with group ids resolved from the groups it creates", async () => {
    const up = await created();
    expect(up.summary.resourceChanges).toEqual({ create: 13 }); // 12 LiveChat objects and the stack
    const s = state();
    const group = (name: string) => s.groups.find((g) => g.name === name)?.id;
    const sales = group("Sales");
    const support = group("Support");
    expect([sales, support]).toEqual([expect.any(Number), expect.any(Number)]);
    const agent = (login: string) => s.agents.find((a) => a.login === login);
    expect(agent("jenny.doe@example.com")).toMatchObject({
      name: "Jenny Doe",
      permission: "administrator",
      job_title: "Sales Lead",
      groups: [{ id: sales, name: "Sales" }],
    });
    expect(
      agent("john.roe@example.com")
        ?.groups.map((g: { id: number }) => g.id)
        .sort(),
    ).toEqual([sales, support].sort());
    expect(agent("ann.lee@example.com")).toMatchObject({
      groups: [{ id: support }],
      notifications: { visitor_is_typing: 1 },
    });
    expect(s.tags.map((tag) => [tag.name, tag.group]).sort()).toEqual([
      ["refund", support],
      ["sales-lead", sales],
    ]);
    expect(s.canned_responses.map((c) => [c.group, [...c.tags].sort()]).sort()).toEqual(
      [
        [0, ["hello", "hi"]],
        [support, ["billing", "refund"]],
      ].sort(),
    );
    expect(s.greetings).toEqual([expect.objectContaining({ name: "Returning visitor", group: sales })]);
    expect(s.goals).toEqual([expect.objectContaining({ name: "Checkout completed", match_type: "exact" })]);
    expect(s.webhooks).toEqual([
      expect.objectContaining({ url: "https://hooks.example.com/livechat/chats", event_type: "chat_ended" }),
    ]);

    const outputs = await t.stack.outputs();
    expect(outputs.groupIds.value).toEqual({ sales, support });
    expect(outputs.agents.value).toEqual([
      "jenny.doe@example.com",
      "john.roe@example.com",
      "ann.lee@example.com",
    ]);
    expect(outputs.checkoutGoalId.value).toBe(s.goals[0].id);
    expect(outputs.webhookId.value).toBe(s.webhooks[0].id);
    expect(outputs.webhookToken).toEqual({ value: s.webhooks[0].token, secret: true });
  }, 300_000);

  it("keeps the agent password and the webhook token out of the state file in clear", async () => {
    await created();
    // The backend's own file: `pulumi stack export` would decrypt the secrets.
    const file = path.join(path.dirname(t.workDir), "backend/.pulumi/stacks/livechat-typescript/test.json");
    const saved = fs.readFileSync(file, "utf8");
    expect(saved).toContain("jenny.doe@example.com");
    // Booleans, not toContain: a failure must not print the state (and its ciphertexts) into the log.
    expect(saved.includes(password)).toBe(false);
    expect(saved.includes(state().webhooks[0].token)).toBe(false);
  }, 300_000);

  it("previews no change right after up", async () => {
    await created();
    const preview = await t.stack.preview({ expectNoChanges: true, onOutput: t.onOutput });
    expect(preview.changeSummary).toEqual({ same: 13 });
  }, 300_000);

  it("is type-checked when Pulumi runs it: a type error stops the preview", async () => {
    const file = path.join(t.workDir, "index.ts");
    const source = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, source.replace("maxChatsCount: 4,", 'maxChatsCount: "four",'));
    try {
      await expect(t.stack.preview()).rejects.toThrow(/index\.ts\(\d+,\d+\): error TS2322/);
    } finally {
      fs.writeFileSync(file, source);
    }
  }, 300_000);

  it("destroys everything, leaving the account as it was", async () => {
    await created();
    const destroy = await t.stack.destroy({ onOutput: t.onOutput });
    expect(destroy.summary.resourceChanges).toEqual({ delete: 13 });
    expect(emulator.state()).toEqual(before);
  }, 300_000);
});

/**
 * An account's configuration as it can be compared across licenses: group ids replaced by group names,
 * ids, dates, tokens and the licence number left out, the owner's login replaced, lists in a fixed order.
 */
function configurationOf(state: WireState, owner: string): unknown {
  const s = structuredClone(state) as unknown as Wire;
  const groupName = new Map(s.groups.map((g) => [Number(g.id), g.name as string]));
  const nameOf = (id: unknown) => groupName.get(Number(id)) ?? `(unknown group ${String(id)})`;
  for (const agent of s.agents) agent.groups = (agent.groups ?? []).map((g: { id: number }) => nameOf(g.id));
  for (const key of ["tags", "canned_responses", "greetings"])
    for (const o of s[key]) o.group = nameOf(o.group);
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v))
      return v.map(clean).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !/^(id|token|licence|.*_date)$/.test(k))
          .map(([k, x]) => [k, clean(x)]),
      );
    }
    return v === owner ? "(owner)" : v;
  };
  return clean(s);
}

describe("examples/two-licenses: one spec applied to two licenses, one stack each", () => {
  const stackFiles = {
    us: readYaml(path.join(EXAMPLES, "two-licenses/Pulumi.us.yaml")),
    eu: readYaml(path.join(EXAMPLES, "two-licenses/Pulumi.eu.yaml")),
  };
  const licenses = {
    us: { login: stackFiles.us.config["livechat:login"], pat: "dal:us-license-pat", region: "dal" as const },
    eu: { login: stackFiles.eu.config["livechat:login"], pat: "fra:eu-license-pat", region: "fra" as const },
  };
  const names = ["us", "eu"] as const;
  let project: Project;
  const emulators: Partial<Record<"us" | "eu", RunningEmulator>> = {};
  const stacks: Partial<Record<"us" | "eu", Stack>> = {};

  beforeAll(async () => {
    for (const [i, name] of names.entries()) {
      const { login, pat, region } = licenses[name];
      emulators[name] = await startEmulator({ credentials: { login, pat }, region, licence: 100_001 + i });
    }
    // The European license already had groups once: its ids are not the American ones.
    const eu = emulators.eu!;
    eu.seed({ groups: [{ id: 40, name: "Former team" }] });
    await new LiveChatClient({ apiUrl: eu.url, ...licenses.eu }).request("DELETE", "/groups/40");
    emulators.eu!.clearRequests();

    project = copyProject("two-licenses");
    for (const name of names) {
      const stack = await project.stack(name);
      await stack.setConfig("livechat:apiUrl", { value: emulators[name]!.url });
      await stack.setConfig("livechat:pat", { value: licenses[name].pat, secret: true });
      await stack.setConfig("jennyPassword", { value: `${name}-jenny-password`, secret: true });
      stacks[name] = stack;
    }
  }, 120_000);
  afterAll(async () => {
    project?.cleanup();
    await Promise.all(Object.values(emulators).map((e) => e.stop()));
  });

  it("commits per-license stack files with a login and no secret in clear", () => {
    for (const name of names) {
      const config = stackFiles[name].config as Record<string, unknown>;
      expect(config["livechat:login"]).toMatch(/@/);
      for (const [key, value] of Object.entries(config)) {
        if (/pat|token|password|passphrase/i.test(key)) expect(value).toEqual({ secure: expect.any(String) });
      }
    }
    expect(licenses.us.login).not.toBe(licenses.eu.login);
  });

  /** The up of both stacks, at once. */
  const upBoth = step(() => Promise.all(names.map((n) => stacks[n]!.up({ onOutput: () => undefined }))));

  it("brings both licenses to the same configuration, each with its own credentials and group ids", async () => {
    const [us, eu] = await upBoth();
    expect(us.summary.resourceChanges).toEqual({ create: 16 }); // 15 LiveChat objects and the stack
    expect(eu.summary.resourceChanges).toEqual({ create: 16 });

    const usConfig = configurationOf(emulators.us!.state(), licenses.us.login) as Wire;
    const euConfig = configurationOf(emulators.eu!.state(), licenses.eu.login);
    expect(euConfig).toEqual(usConfig);
    // Not two empty accounts: the spec's objects, with groups named on both sides.
    expect(usConfig.groups.map((g) => g.name)).toEqual(["All operators", "Sales", "Support"]);
    expect(usConfig.agents).toHaveLength(4); // the owner and the spec's three
    expect(usConfig.agents.find((a) => a.login === "john.roe@example.com").groups).toEqual([
      "Sales",
      "Support",
    ]);
    expect(usConfig.tags.map((t) => [t.name, t.group, t.author])).toEqual([
      ["bug-report", "Support", "(owner)"],
      ["refund", "Support", "(owner)"],
      ["sales-lead", "Sales", "(owner)"],
    ]);
    for (const key of ["goals", "greetings", "canned_responses", "webhooks"])
      expect(usConfig[key].length).toBeGreaterThan(0);

    // The same names, other ids: each license resolved the spec's group names to its own groups.
    const ids = async (n: "us" | "eu") =>
      (await stacks[n]!.outputs()).groupIds.value as Record<string, number>;
    const [usIds, euIds] = [await ids("us"), await ids("eu")];
    expect(Object.keys(euIds).sort()).toEqual(["Sales", "Support"]);
    for (const group of ["Sales", "Support"]) expect(euIds[group]).not.toBe(usIds[group]);
    for (const n of names) {
      const groups = (emulators[n]!.state() as unknown as Wire).groups;
      const sales = groups.find((g) => g.name === "Sales");
      expect(sales.id).toBe((n === "us" ? usIds : euIds).Sales);
    }
  }, 300_000);

  it("addresses each license in its region from the first request: the fra PAT never meets a 421", async () => {
    await upBoth();
    for (const n of names) {
      const statuses = emulators[n]!.requests().map((r) => r.status);
      expect(statuses.length).toBeGreaterThan(10);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
    }
  }, 300_000);

  it("previews no change on either license", async () => {
    await upBoth();
    const previews = await Promise.all(names.map((n) => stacks[n]!.preview({ expectNoChanges: true })));
    for (const preview of previews) expect(preview.changeSummary).toEqual({ same: 16 });
  }, 300_000);
});

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  environment?: string;
  env: Record<string, string>;
  strategy: { matrix: Record<string, string[]> };
  steps: Step[];
}
/** The values of the ${{ }} contexts the workflow reads. */
interface Contexts {
  matrix: Record<string, string>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
}

/** `${{ scope.NAME }}` as GitHub expands it: an unset secret or variable is the empty string. */
function expand(text: string, ctx: Contexts): string {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => {
    const [scope, name, ...rest] = expr.split(".");
    if (!(scope in ctx) || !name || rest.length) throw new Error(`the test cannot expand \${{ ${expr} }}`);
    return ctx[scope as keyof Contexts][name] ?? "";
  });
}

/** A step's `if:`, in the one form the workflow uses: `vars.NAME == 'value'` (or `!=`). */
function runsWith(step: Step, ctx: Contexts): boolean {
  if (step.if === undefined) return true;
  const m = /^vars\.(\w+)\s*(==|!=)\s*'([^']*)'$/.exec(step.if.trim());
  if (!m) throw new Error(`the test cannot evaluate if: ${step.if}`);
  const equal = (ctx.vars[m[1]] ?? "") === m[3];
  return m[2] === "==" ? equal : !equal;
}

interface StepsResult {
  /** Exit status of the last step that ran: the first that failed, or 0. */
  code: number;
  ran: string[];
  output: string;
  summary: string;
}

/**
 * Runs `run:` steps as a GitHub runner does: bash -e, the job's and step's env expanded, lines a step
 * appends to $GITHUB_PATH put first on PATH for the next steps, and the job stopped at the first failure.
 */
async function runSteps(
  job: Job,
  steps: Step[],
  ctx: Contexts,
  cwd: string,
  env: Record<string, string>,
): Promise<StepsResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-ci-"));
  const summaryFile = path.join(dir, "summary.md");
  const pathFile = path.join(dir, "path");
  fs.writeFileSync(summaryFile, "");
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("LIVECHAT_")));
  let PATH = `${env.PATH ?? process.env.PATH}`;
  const result: StepsResult = { code: 0, ran: [], output: "", summary: "" };
  try {
    for (const step of steps.filter((s) => runsWith(s, ctx))) {
      fs.writeFileSync(pathFile, "");
      const script = path.join(dir, "step.sh");
      fs.writeFileSync(script, step.run!);
      const stepEnv: Record<string, string> = { ...(base as Record<string, string>), ...env, CI: "true" };
      for (const [k, v] of Object.entries({ ...job.env, ...step.env })) stepEnv[k] = expand(v, ctx);
      Object.assign(stepEnv, { PATH, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_PATH: pathFile });
      result.ran.push(step.id ?? step.name ?? "?");
      result.code = await new Promise<number>((resolve, reject) => {
        const child = spawn("bash", ["-e", script], { cwd, env: stepEnv });
        child.stdout.on("data", (d) => (result.output += d));
        child.stderr.on("data", (d) => (result.output += d));
        child.on("error", reject);
        child.on("close", (code) => resolve(code ?? 1));
      });
      const added = fs.readFileSync(pathFile, "utf8").split("\n").filter(Boolean);
      PATH = [...added.reverse(), PATH].join(":");
      if (result.code !== 0) break;
    }
    result.summary = fs.readFileSync(summaryFile, "utf8");
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("examples/ci/drift.yml: the scheduled drift check", () => {
  const workflow = readYaml(path.join(EXAMPLES, "ci/drift.yml"));
  const job = workflow.jobs.drift as Job;
  // What the test runs: every command from the backend login on (checkout, Node.js, npm ci and the Pulumi
  // install are the runner's business), each kept or skipped by its own `if:`.
  const checkSteps = job.steps.slice(job.steps.findIndex((s) => s.id === "login"));

  it("runs on a schedule and on demand, on a supported Node.js LTS line and Pulumi CLI, one job per stack", () => {
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^(\S+ ){4}\S+$/) }]);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
    const uses = (action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`));
    expect(uses("actions/checkout")).toBeDefined();
    // The LTS lines alive and the tested CLI versions, as scripts/versions.sh names them.
    const versions = fs.readFileSync(path.join(REPO, "scripts/versions.sh"), "utf8");
    const tested = (name: string) =>
      new RegExp(`^${name}="\\$\\{${name}:-([\\d.]+)\\}"`, "m").exec(versions)![1];
    const [oldest, newest] = [tested("NODE_COMPAT_VERSION"), tested("NODE_VERSION")].map((v) =>
      Number(v.split(".")[0]),
    );
    const node = Number(uses("actions/setup-node")?.with?.["node-version"]);
    expect(node).toBeGreaterThanOrEqual(oldest);
    expect(node).toBeLessThanOrEqual(newest);
    expect(node % 2).toBe(0); // even lines are the LTS ones
    expect(job.steps.some((s) => s.run === "npm ci")).toBe(true);
    expect(uses("pulumi/actions")?.with).toEqual({ "pulumi-version": tested("PULUMI_VERSION") });
    expect(job.strategy.matrix.stack).toEqual(["eu", "us"]);
    expect(job.env).toMatchObject({
      STACK: "${{ matrix.stack }}",
      LIVECHAT_PAT: "${{ secrets.LIVECHAT_PAT }}",
      PULUMI_CONFIG_PASSPHRASE: "${{ secrets.PULUMI_CONFIG_PASSPHRASE }}",
    });
    // Expressions are expanded into env only: a script never has a secret or variable pasted into its text.
    for (const step of job.steps) expect(step.run ?? "").not.toContain("${{");
  });

  it("uses the drift report unless told to use the plain preview, and never both", () => {
    const ids = (vars: Record<string, string>) =>
      checkSteps.filter((s) => runsWith(s, { matrix: {}, secrets: {}, vars })).map((s) => s.id);
    expect(ids({})).toEqual(["login", "tools", "drift"]);
    expect(ids({ LIVECHAT_DRIFT_CHECK: "preview" })).toEqual(["login", "tools", "preview"]);
    const drift = checkSteps.find((s) => s.id === "drift")!.run!;
    expect(drift).toContain('livechat-pulumi drift --stack "$STACK" --markdown >> "$GITHUB_STEP_SUMMARY"');
    const preview = checkSteps.find((s) => s.id === "preview")!.run!;
    expect(preview).toContain('pulumi preview --refresh --expect-no-changes --diff --stack "$STACK"');
  });

  describe("against a stack on the emulator", () => {
    const login = "admin@us.example.com";
    const pat = "dal:ci-license-pat";
    let emulator: RunningEmulator;
    let project: Project;
    let bin: string;

    beforeAll(async () => {
      emulator = await startEmulator({ credentials: { login, pat } });
      project = copyProject("two-licenses");
      // As in CI: the PAT comes from the environment, the rest from the committed stack file and its config.
      const stack = await project.stack("us", { LIVECHAT_PAT: pat });
      await stack.setConfig("livechat:apiUrl", { value: emulator.url });
      await stack.setConfig("jennyPassword", { value: "ci-jenny-password", secret: true });
      const up = await stack.up();
      expect(up.summary.result).toBe("succeeded");
      // What npm's bin link is in a user's project: this repo installs itself without one.
      bin = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-ci-bin-"));
      const cli = path.join(REPO, "node_modules/pulumi-livechat/dist/tools/cli.js");
      fs.writeFileSync(path.join(bin, "livechat-pulumi"), `#!/bin/sh\nexec node "${cli}" "$@"\n`, {
        mode: 0o755,
      });
    }, 300_000);
    afterAll(async () => {
      project?.cleanup();
      if (bin) fs.rmSync(bin, { recursive: true, force: true });
      await emulator?.stop();
    });

    /** The workflow's steps for the `us` stack, with the drift report or (`preview`) the plain preview. */
    const check = (how: "report" | "preview", secrets: Record<string, string> = {}) =>
      runSteps(
        job,
        checkSteps,
        {
          matrix: { stack: "us" },
          secrets: { LIVECHAT_PAT: pat, PULUMI_CONFIG_PASSPHRASE: PASSPHRASE, ...secrets },
          vars: {
            PULUMI_BACKEND_URL: project.env.PULUMI_BACKEND_URL,
            ...(how === "preview" ? { LIVECHAT_DRIFT_CHECK: "preview" } : {}),
          },
        },
        project.workDir,
        { PULUMI_HOME: project.env.PULUMI_HOME, PATH: `${bin}:${process.env.PATH}` },
      );

    it("passes when the account is as the program says", async () => {
      const report = await check("report");
      expect(report.ran).toEqual(["login", "tools", "drift"]);
      expect(report.code).toBe(0);
      expect(report.output).toContain("No drift on us.");
      expect(report.summary).toMatch(/no drift/i);

      const preview = await check("preview");
      expect(preview.ran).toEqual(["login", "tools", "preview"]);
      expect(preview.code).toBe(0);
      expect(preview.output).toContain("16 unchanged");
    }, 300_000);

    it("fails as a failed check, not as drift, when it cannot read the account", async () => {
      const r = await check("report", { LIVECHAT_PAT: "dal:revoked-pat" });
      expect(r.code).toBe(1);
      expect(r.output).toContain("::error title=Drift check failed on us::");
      expect(r.output).not.toContain("LiveChat drift on us");
    }, 300_000);

    it("fails when someone changed the account behind Pulumi's back, and says what changed", async () => {
      const api = new LiveChatClient({ apiUrl: emulator.url, login, pat, retry: { retries: 0 } });
      await api.request("PUT", "/agents/john.roe@example.com", { body: { max_chats_count: 9 } });

      const report = await check("report");
      expect(report.code).toBe(2);
      expect(report.output).toContain("::error title=LiveChat drift on us::");
      expect(report.summary).toContain("agent-john.roe@example.com");
      expect(report.summary).toMatch(/maxChatsCount.*4.*9/);

      const preview = await check("preview");
      expect(preview.code).not.toBe(0);
      expect(preview.output).toContain("no changes were expected");
      // The plain preview names the object, not the field: the engine gets no detailed diff from a
      // dynamic provider (that is what the drift report adds).
      expect(preview.output).toMatch(
        /~ pulumi-nodejs:dynamic\/livechat:Agent: \(update\)\s+\[id=john\.roe@example\.com\]/,
      );
      expect(preview.output).toMatch(/~ 1 to update\s+15 unchanged/);

      // A check, not a repair: the account keeps the change.
      const john = (emulator.state() as unknown as Wire).agents.find(
        (a) => a.login === "john.roe@example.com",
      );
      expect(john.max_chats_count).toBe(9);
    }, 300_000);
  });
});
