// The world a matrix cell runs in: an emulator holding the fixture (the groups and agents the examples name), a
// stack of a program (the resources fixture, which declares resources from JSON, or the root program with an
// account spec), `livechat-pulumi` run as a real process against it, and a client for what happens in the
// account behind the stack's back.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalWorkspace, type EngineEvent, type Stack } from "@pulumi/pulumi/automation";
import { LiveChatClient } from "../../../src/client";
import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import type { Context } from "../../../src/provider/declaration";
import { ListCache } from "../../../src/provider/list-cache";
import { fixture } from "../../matrix/examples";
import { backendEnv } from "../fixtures/tools/project";

const repoRoot = path.resolve(__dirname, "../../..");
const CLI = path.join(repoRoot, "dist/tools/cli.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface World {
  emulator: RunningEmulator;
  /** The fixture's group ids by name. */
  groupIds: Map<string, number>;
  /** A client of the account with every credential (v2 and v3.6), for changes behind the stack's back. */
  api: LiveChatClient;
  /** A fresh context for the declarations' API calls (no cached lists). */
  context(): Context;
  stack: Stack;
  /** The stack's project folder. */
  dir: string;
  /** Everything the CLI printed. */
  output: string[];
  /** `livechat-pulumi ...args` as a real process against the stack's project; never rejects. */
  cli(args: string[], env?: Record<string, string>): Promise<CliResult>;
  /** The environment a process needs to run Pulumi against this project's backend. */
  env: Record<string, string>;
  /** Another stack of the root program in its own folder, on the same account and backend. */
  rootStack(
    name: string,
    spec: string,
    config?: Record<string, string>,
  ): Promise<{ stack: Stack; dir: string }>;
  close(): Promise<void>;
}

/** Seeds the fixture: the groups (ids from 1) and agents the examples name. */
function seedFixture(emulator: RunningEmulator): Map<string, number> {
  const { groups, agents } = fixture();
  const ids = new Map(groups.map((name, i) => [name, i + 1]));
  emulator.seed({
    groups: groups.map((name) => ({ id: ids.get(name), name, language: "en", agents: [] })),
    agents: agents.map((login) => ({ login, name: login.split("@")[0].replace(/\./g, " ") })),
  });
  return ids;
}

/**
 * Opens a world whose stack runs `program`: "resources" (test/e2e/fixtures/resources, whose resources come from
 * the stack config `test:resources`) or "root" (the repo's root program, with `spec.yaml` as its spec).
 */
export async function openWorld(
  program: "resources" | "root",
  config: Record<string, string> = {},
): Promise<World> {
  if (!process.env.PULUMI_CLI) throw new Error("run the e2e tests through scripts/with-pulumi.sh");
  const emulator = await startEmulator();
  const groupIds = seedFixture(emulator);
  const { login, pat } = emulator.credentials;
  const { accountId } = emulator;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-matrix-"));
  fs.mkdirSync(path.join(root, "backend"));
  const env = backendEnv(root);
  const credentials = {
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    "livechat:accountId": accountId,
    "livechat:maxRequestsPerSecond": "200",
  };
  let count = 0;
  /** A project folder: a copy of the program with the repo's node_modules (and dist, for the root program). */
  const project = (kind: "resources" | "root") => {
    const dir = path.join(root, `project-${++count}`);
    if (kind === "resources")
      fs.cpSync(path.join(repoRoot, "test/e2e/fixtures/resources"), dir, { recursive: true });
    else {
      fs.mkdirSync(dir);
      fs.copyFileSync(path.join(repoRoot, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
      fs.symlinkSync(path.join(repoRoot, "dist"), path.join(dir, "dist"), "dir");
    }
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
    return dir;
  };
  const newStack = async (name: string, dir: string, values: Record<string, string>) => {
    const stack = await LocalWorkspace.createStack(
      { stackName: name, workDir: dir },
      { pulumiHome: env.PULUMI_HOME, envVars: env },
    );
    for (const [key, value] of Object.entries({ ...credentials, ...values }))
      await stack.setConfig(key, { value, secret: /pat|token|password|secret/i.test(key) });
    return stack;
  };

  const dir = project(program);
  const stack = await newStack(
    "test",
    dir,
    program === "resources" ? { "test:resources": "[]", ...config } : { spec: "spec.yaml", ...config },
  );
  const api = new LiveChatClient({ apiUrl: emulator.url, login, pat, accountId, retry: { retries: 0 } });
  return {
    emulator,
    groupIds,
    api,
    context: () => ({ client: api, lists: new ListCache() }),
    stack,
    dir,
    output: [],
    env,
    cli(args, extra = {}) {
      // Asynchronous: the emulator answers from this process, so it must not be blocked while the CLI runs.
      const childEnv: Record<string, string> = { ...env, ...extra };
      for (const [k, v] of Object.entries(process.env))
        if (v !== undefined && !k.startsWith("LIVECHAT_") && !(k in childEnv)) childEnv[k] = v;
      return new Promise((resolve) => {
        execFile("node", [CLI, ...args], { env: childEnv, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
          resolve({ code, stdout, stderr });
        });
      });
    },
    async rootStack(name, spec, values = {}) {
      const at = project("root");
      fs.writeFileSync(path.join(at, "spec.yaml"), spec);
      return { stack: await newStack(name, at, { spec: "spec.yaml", ...values }), dir: at };
    },
    close: async () => {
      fs.rmSync(root, { recursive: true, force: true });
      await emulator.stop();
    },
  };
}

/** Every event of an operation, and what the CLI printed, kept for the assertions. */
export function recorder(world: World) {
  const events: EngineEvent[] = [];
  return {
    events,
    onEvent: (e: EngineEvent) => events.push(e),
    onOutput: (line: string) => world.output.push(line),
  };
}
