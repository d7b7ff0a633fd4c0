import { execFile, execFileSync } from "child_process";
import { promisify } from "util";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalWorkspace, type Stack } from "@pulumi/pulumi/automation";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { failureOf } from "./helpers/stack";

// A user's own project, as a new user makes it: `livechat-pulumi init` from this package's tarball, `npm
// install` from the registry (one copy of @pulumi/pulumi, this package as a peer), then `pulumi up`, `preview`
// and `destroy` on the newest Node.js, against an emulated account that already has objects.

const root = path.resolve(__dirname, "../..");
const ACCOUNT = path.join(__dirname, "fixtures/tools/account.json");
const WRITES = new Set(["POST", "PUT", "DELETE"]);
const run = promisify(execFile);

let emulator: RunningEmulator;
let work: string;
let tarball: string;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true });
  emulator.seed(JSON.parse(fs.readFileSync(ACCOUNT, "utf8")));
  work = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-user-"));
  execFileSync("npm", ["pack", "--pack-destination", work], { cwd: root, stdio: "ignore" });
  tarball = path.join(
    work,
    fs.readdirSync(work).find((f) => f.endsWith(".tgz"))!,
  );
  env = {
    LIVECHAT_API_URL: emulator.url,
    LIVECHAT_LOGIN: emulator.credentials.login,
    LIVECHAT_PAT: emulator.credentials.pat,
    PULUMI_BACKEND_URL: `file://${work}`,
    PULUMI_CONFIG_PASSPHRASE: "user-project",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
}, 120_000);
afterAll(async () => {
  await emulator?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/**
 * `livechat-pulumi init` as the package's bin, then `npm install` in the new folder; returns npm's output.
 * Asynchronous: the emulator answering init's reads runs in this process.
 */
async function initAndInstall(dir: string, ...flags: string[]): Promise<string> {
  const cli = path.join(root, "dist/tools/cli.js");
  await run(process.execPath, [cli, "init", dir, "--package", `file:${tarball}`, ...flags], {
    env: { ...process.env, ...env },
  });
  const npm = await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir });
  return npm.stdout + npm.stderr;
}

/** Every copy of a package installed under `dir`. */
function copiesOf(dir: string, name: string): string[] {
  const found: string[] = [];
  const walk = (modules: string) => {
    if (!fs.existsSync(modules)) return;
    if (fs.existsSync(path.join(modules, name, "package.json"))) found.push(path.join(modules, name));
    for (const entry of fs.readdirSync(modules)) {
      const scoped = entry.startsWith("@")
        ? fs.readdirSync(path.join(modules, entry)).map((e) => `${entry}/${e}`)
        : [entry];
      for (const e of scoped) walk(path.join(modules, e, "node_modules"));
    }
  };
  walk(path.join(dir, "node_modules"));
  return found;
}

const stackIn = (dir: string, name: string): Promise<Stack> =>
  LocalWorkspace.createStack(
    { stackName: name, workDir: dir },
    { pulumiHome: path.join(work, `home-${name}`), envVars: env },
  );

describe("a user's own project", () => {
  it("init --from-account, npm install, up adopts the whole account without a write, preview clean, destroy", async () => {
    const dir = path.join(work, "my-account");
    const npmOutput = await initAndInstall(dir, "--from-account");
    expect(fs.readdirSync(dir).sort()).toEqual(
      [
        ".gitignore",
        "Pulumi.yaml",
        "account.yaml",
        "index.js",
        "node_modules",
        "package-lock.json",
        "package.json",
      ].sort(),
    );
    expect(fs.readFileSync(path.join(dir, "account.yaml"), "utf8")).toMatch(/^adopt: true$/m);
    // One SDK in the project, the package sharing it; no install script of ours.
    expect(copiesOf(dir, "@pulumi/pulumi")).toEqual([path.join(dir, "node_modules/@pulumi/pulumi")]);
    expect(npmOutput).not.toMatch(/pulumi-livechat.*(install|prepare)/);
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, "node_modules/pulumi-livechat/package.json"), "utf8"))
        .scripts ?? {},
    ).not.toHaveProperty("prepare");

    const stack = await stackIn(dir, "prod");
    emulator.clearRequests();
    const up = await stack.up();
    expect(up.summary.result).toBe("succeeded");
    const objects = Object.values(up.outputs.objects.value as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(objects).toBeGreaterThan(5);
    expect(up.summary.resourceChanges).toEqual({ create: objects + 1 }); // adoptions, and the stack
    expect(emulator.requests().filter((r) => WRITES.has(r.method))).toEqual([]);

    const preview = await stack.preview();
    expect(preview.changeSummary).toEqual({ same: objects + 1 });

    // The policy pack the package ships starts from the install as it is: @pulumi/policy is one of its
    // dependencies, sharing the project's one SDK (docs/policy.md).
    expect(copiesOf(dir, "@pulumi/policy")).toEqual([path.join(dir, "node_modules/@pulumi/policy")]);
    const checked = await stack.preview({
      policyPacks: [path.join(dir, "node_modules/pulumi-livechat/policy")],
    });
    expect(checked.stdout).toMatch(/(✅|⚠️) livechat@v\d+\.\d+\.\d+ \(local: /);
    expect(checked.changeSummary).toEqual({ same: objects + 1 });

    const destroy = await stack.destroy();
    expect(destroy.summary.resourceChanges).toEqual({ delete: objects + 1 });
    expect((emulator.state().groups as { id: number }[]).filter((g) => g.id !== 0)).toEqual([]);
  }, 600_000);

  it("installed after the registry's newest SDK into an existing project: no peer conflict, one copy", async () => {
    // The SDK a user's project has updated to, whatever this package was tested with: the peer range is open
    // up to the next major, so npm never refuses it (ERESOLVE) the week Pulumi releases.
    const latest = (await run("npm", ["view", "@pulumi/pulumi@latest", "version"])).stdout.trim();
    process.stdout.write(`user project: the registry's newest @pulumi/pulumi is ${latest}\n`);
    const dir = path.join(work, "existing");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "existing", private: true }));
    const npmInstall = (what: string) =>
      run("npm", ["install", "--no-audit", "--no-fund", what], { cwd: dir });
    await npmInstall(`@pulumi/pulumi@${latest}`);
    const { stdout, stderr } = await npmInstall(tarball);
    expect(copiesOf(dir, "@pulumi/pulumi")).toEqual([path.join(dir, "node_modules/@pulumi/pulumi")]);
    expect(`${stdout}${stderr}`).not.toMatch(/ERESOLVE|peer dep/i);
    const deps = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).dependencies;
    expect(deps["@pulumi/pulumi"]).toMatch(new RegExp(`${latest.replace(/\./g, "\\.")}$`));
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, "node_modules/@pulumi/pulumi/package.json"), "utf8")).version,
    ).toBe(latest);
  }, 300_000);

  it("init --typescript: a TypeScript program whose preview plans its objects", async () => {
    const dir = path.join(work, "ts-account");
    await initAndInstall(dir, "--typescript");
    expect(fs.existsSync(path.join(dir, "tsconfig.json"))).toBe(true);
    const stack = await stackIn(dir, "dev");
    const preview = await stack.preview();
    expect(preview.changeSummary).toEqual({ create: 4 });
  }, 600_000);

  it("a program whose folder has no @pulumi/pulumi fails with a message that says so", async () => {
    const dir = path.join(work, "bare");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: bare\nruntime: nodejs\n");
    fs.writeFileSync(path.join(dir, "index.js"), 'require("@pulumi/pulumi");\n');
    const stack = await stackIn(dir, "dev");
    const error = await failureOf(() => stack.preview());
    expect(error).toMatch(/@pulumi\/pulumi/);
    expect(error).not.toMatch(/Unknown error/);
  }, 120_000);
});
