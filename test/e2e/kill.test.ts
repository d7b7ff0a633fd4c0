import { execFileSync, spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { accountSpec } from "../../bench/account";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { accountKeys, duplicates, specKeys } from "./helpers/account-keys";
import { createTestStack, type TestStack } from "./helpers/stack";
import { step } from "./helpers/steps";
import { waitFor, whenReceived, within } from "./helpers/wait";

// The CLI dies in the middle of `pulumi up` (SIGKILL to it and to every plugin it started, as when the
// machine running it goes away) while the server goes on applying the creates it already received. Those
// objects exist in the account but not in the state. The documented recovery: `pulumi cancel` (the stack is
// still locked), `pulumi refresh --clear-pending-creates` (else the interrupted creates stay pending in the
// state for good), then `up` with `adopt: true`, which takes the orphans over instead of creating them
// again. Without adopt, the provider refuses to make a duplicate and says how to recover.

const ACCOUNT_PROGRAM = path.join(__dirname, "fixtures/account");
const COUNTS = { groups: 3, agents: 6, goals: 4, greetings: 4, tags: 5, cannedResponses: 5, webhooks: 3 };
// Group creates (the first the engine sends) are held this long by the server, so the kill finds them in
// flight: the test kills the CLI once the server has received them all, and the server applies them after the
// CLI is gone. Everything else is answered at once.
const GROUP_LATENCY_MS = 8000;

type Deployment = {
  resources?: { type: string; urn: string }[];
  pending_operations?: { type: string; resource: { urn: string } }[];
};

/** Every process below `root`, from the process table (the CLI's plugins run in their own process groups). */
function descendants(root: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [pid, ppid] of table) {
      if (ppid === parent && !found.includes(pid)) {
        found.push(pid);
        walk(pid);
      }
    }
  };
  walk(root);
  return found;
}

/** The process runs (a zombie, dead but not yet reaped by its new parent, does not count). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

/**
 * Pulumi's file backend (gocloud.dev fileblob) writes each file's `.attrs` sidecar in place, truncating it
 * first: a kill in between leaves it empty, and every later command fails with "failed to load checkpoint:
 * EOF". The state files themselves are written to a temporary file and renamed, so they survive, and an
 * absent sidecar reads as default attributes: removing the empty ones is the repair.
 */
function removeEmptySidecars(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name.endsWith(".attrs") && fs.statSync(file).size === 0) fs.rmSync(file);
  }
}

describe("the CLI killed in the middle of an up", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  let cliEnv: NodeJS.ProcessEnv;
  let child: ChildProcess | undefined;
  const spec = accountSpec(COUNTS);
  const writeSpec = (adopt: boolean) =>
    fs.writeFileSync(path.join(t.workDir, "account.yaml"), JSON.stringify({ ...spec, adopt }));
  /** Runs the CLI without blocking: the emulator answers from this process. */
  const cli = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const run = spawn(process.env.PULUMI_CLI!, [...args, "--stack", "test", "--non-interactive"], {
        cwd: t.workDir,
        env: cliEnv,
      });
      let stdout = "";
      let stderr = "";
      run.stdout.on("data", (d) => (stdout += d));
      run.stderr.on("data", (d) => (stderr += d));
      run.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  const exported = async (): Promise<Deployment> => {
    const run = await cli("stack", "export");
    if (run.status !== 0) throw new Error(`pulumi stack export failed: ${run.stderr}`);
    return JSON.parse(run.stdout).deployment;
  };
  const managedUrns = (d: Deployment) =>
    (d.resources ?? []).filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/livechat:")).map((r) => r.urn);
  const keys = () => accountKeys(emulator.state(), emulator.credentials.login);

  beforeAll(async () => {
    emulator = await startEmulator();
    const { login, pat } = emulator.credentials;
    t = await createTestStack(ACCOUNT_PROGRAM, {
      "livechat-account:spec": "account.yaml",
      "livechat:apiUrl": emulator.url,
      "livechat:login": login,
      "livechat:pat": pat,
      "livechat:maxRequestsPerSecond": "100",
      // Room for the other creates while the webhooks' are held.
      "livechat:maxConcurrentRequests": "8",
    });
    const ws = t.stack.workspace;
    cliEnv = { ...process.env, ...ws.envVars, PULUMI_HOME: ws.pulumiHome };
  }, 120_000);
  afterAll(async () => {
    // If the test failed before its kill, the CLI and its plugins still run: end them (only them).
    if (child?.pid && alive(child.pid)) {
      for (const pid of [child.pid, ...descendants(child.pid)]) process.kill(pid, "SIGKILL");
    }
    await t?.cleanup();
    await emulator?.stop();
  });

  /** The up, killed (the CLI and every plugin) while the server holds the group creates it has received. */
  const killed = step(async () => {
    writeSpec(false);
    emulator.setFaults({ latencyMs: GROUP_LATENCY_MS, methods: ["POST"], pathPrefix: "/groups" });
    const received = whenReceived(
      emulator,
      (method, p) => method === "POST" && p === "/groups",
      COUNTS.groups,
      "the group creates to reach the emulator",
    );
    child = spawn(
      process.env.PULUMI_CLI!,
      ["up", "--yes", "--skip-preview", "--stack", "test", "--non-interactive"],
      {
        cwd: t.workDir,
        env: cliEnv,
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    await received;

    const pids = [child.pid!, ...descendants(child.pid!)];
    for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
    await within(exited, 30_000, "the killed CLI to exit");
    // Requests the server received before the kill are still applied, after their latency.
    const groups = () => (emulator.state().groups as unknown[]).length - 1; // less group 0
    await waitFor(
      `the ${COUNTS.groups} held group creates to be applied`,
      () => groups() === COUNTS.groups,
      GROUP_LATENCY_MS + 60_000,
    );
    const stillAlive = pids.filter(alive);
    emulator.clearFaults();
    removeEmptySidecars(path.join(path.dirname(t.workDir), "backend"));
    return { pids, stillAlive, groups: groups(), deployment: await exported(), keys: keys() };
  });

  /** The documented recovery: cancel (the stack is still locked), then refresh --clear-pending-creates. */
  const recovered = step(async () => {
    await killed();
    const locked = await cli("up", "--yes", "--skip-preview");
    const cancel = await cli("cancel", "--yes");
    // The creates the CLI never saw finish stay pending, whatever later ups do, until a refresh drops them.
    const refresh = await cli("refresh", "--yes", "--skip-preview", "--clear-pending-creates");
    return { locked, cancel, refresh, deployment: await exported() };
  });

  it("leaves objects the state does not know, a locked stack and pending creates", async () => {
    const { pids, stillAlive, groups, deployment, keys: held } = await killed();
    // The language host, the program and the provider host, at least; none of them survived.
    expect(pids.length).toBeGreaterThan(3);
    expect(stillAlive).toEqual([]);
    expect(groups).toBe(COUNTS.groups);
    const inState = managedUrns(deployment);
    // The groups exist in the account, created while nobody was listening: the state does not have them.
    expect(inState.filter((urn) => urn.includes(":Group::"))).toEqual([]);
    expect(inState.length).toBeLessThan(held.length);
    expect(deployment.pending_operations?.length).toBeGreaterThan(0);

    const { locked, cancel, refresh, deployment: after } = await recovered();
    expect(locked.status).not.toBe(0);
    expect(locked.stderr).toContain("the stack is currently locked");
    expect(cancel.status).toBe(0);
    expect(refresh.status).toBe(0);
    expect(after.pending_operations ?? []).toEqual([]);
  }, 300_000);

  it("without adopt, refuses to create those objects again, and says to set adopt", async () => {
    await recovered();
    const before = keys();
    const up = await cli("up", "--yes", "--skip-preview");
    expect(up.status).not.toBe(0);
    expect(up.stdout + up.stderr).toMatch(/already exists in the account \(id [^)]+\)\. Set adopt: true/);
    const after = keys();
    expect(duplicates(after)).toEqual([]);
    expect(specKeys(spec)).toEqual(expect.arrayContaining(after));
    expect(after).toEqual(expect.arrayContaining(before));
  }, 300_000);

  it("with adopt, converges: every object exactly once, nothing pending, no change left", async () => {
    await recovered();
    writeSpec(true);
    const up = await t.stack.up({ onOutput: t.onOutput });
    expect(up.summary.result).toBe("succeeded");
    const after = keys();
    expect(duplicates(after)).toEqual([]);
    expect(after).toEqual(specKeys(spec));
    const deployment = await exported();
    expect(managedUrns(deployment)).toHaveLength(specKeys(spec).length);
    expect(deployment.pending_operations ?? []).toEqual([]);
    const preview = await t.stack.preview({ expectNoChanges: true, refresh: true });
    expect(preview.changeSummary).toEqual({ same: specKeys(spec).length + 1 });
  }, 300_000);
});
