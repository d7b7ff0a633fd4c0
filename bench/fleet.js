// npm run bench:fleet: a fleet of 20 licenses of about 100 objects each, every one on its own in-process
// emulator (20 requests per second, like bench/run.js), driven by the real `livechat-pulumi fleet` CLI.
// Measures `fleet up` one license after another (--concurrency 1) and at the default, `fleet drift` (against the
// last deployment, no engine) at several bounds and against its floor (the slowest license's calls at 20 per
// second), and `fleet drift --preview` (the engine's path) for comparison; for each run: wall time, the peak
// memory of the CLI's whole process tree, and API calls per license. Prints a table and writes
// bench/fleet-results.json. Needs dist/ and the Pulumi CLI on PATH.
// Knobs: FLEET_LICENSES (20), FLEET_CONCURRENCIES (drift bounds, "1,4,<drift default>"), FLEET_PREVIEW_BOUNDS
// (drift --preview bounds, "2"), FLEET_UP_BOUNDS ("1,<default>").
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { setInterval, clearInterval } = require("timers");
const { LocalWorkspace } = require("@pulumi/pulumi/automation");
const { startEmulator } = require("../dist/emulator");
const { DEFAULT_CONCURRENCY, DRIFT_CONCURRENCY } = require("../dist/tools/fleet");
const { accountYaml, objectCount } = require("./account");
const { treeRss } = require("./rss");

const repoRoot = path.resolve(__dirname, "..");
const LICENSES = Number(process.env.FLEET_LICENSES ?? 20);
const bounds = (text) => text.split(",").filter(Boolean).map(Number);
const DRIFT_BOUNDS = bounds(process.env.FLEET_CONCURRENCIES ?? `1,4,${DRIFT_CONCURRENCY}`);
const PREVIEW_BOUNDS = bounds(process.env.FLEET_PREVIEW_BOUNDS ?? "2");
const UP_BOUNDS = bounds(process.env.FLEET_UP_BOUNDS ?? `1,${DEFAULT_CONCURRENCY}`);
const RATE = 20;
/** About 100 objects, in bench/account.js's proportions. */
const COUNTS = {
  groups: 7,
  agents: 20,
  goals: 10,
  greetings: 10,
  tags: 20,
  cannedResponses: 27,
  webhooks: 6,
};
const RESULTS = path.join(__dirname, "fleet-results.json");

/** Runs the CLI with `args`, sampling its process tree's memory; resolves with the exit code, output and peak. */
function runCli(args, env) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("node", [path.join(repoRoot, "dist/tools/cli.js"), ...args], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 250);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, peak, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => Math.round(bytes / 2 ** 20);

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-fleet-bench-"));
  const dir = path.join(root, "project");
  fs.mkdirSync(dir);
  fs.copyFileSync(path.join(repoRoot, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  for (const link of ["dist", "node_modules"])
    fs.symlinkSync(path.join(repoRoot, link), path.join(dir, link), "dir");
  fs.writeFileSync(path.join(dir, "account.yaml"), accountYaml(COUNTS));
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("LIVECHAT_"))),
    PULUMI_BACKEND_URL: `file://${path.join(root, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: "bench-passphrase",
    PULUMI_HOME: path.join(root, "home"),
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  fs.mkdirSync(path.join(root, "backend"));
  const emulators = [];
  try {
    process.stderr.write(`setting up ${LICENSES} licenses of ${objectCount(COUNTS)} objects…\n`);
    for (let i = 0; i < LICENSES; i++) {
      const emulator = await startEmulator({ licence: 10000 + i });
      emulator.setFaults({ maxRequestsPerSecond: RATE });
      emulators.push(emulator);
      const stack = await LocalWorkspace.createStack(
        { stackName: `license-${String(i + 1).padStart(2, "0")}`, workDir: dir },
        { pulumiHome: env.PULUMI_HOME, envVars: env },
      );
      const { login, pat } = emulator.credentials;
      await stack.setAllConfig({
        spec: { value: "account.yaml" },
        "livechat:apiUrl": { value: emulator.url },
        "livechat:login": { value: login },
        "livechat:pat": { value: pat, secret: true },
        "livechat:maxRequestsPerSecond": { value: String(RATE) },
      });
    }

    const runs = [];
    const measure = async (operation, concurrency, ...flags) => {
      emulators.forEach((e) => e.clearRequests());
      process.stderr.write(`fleet ${operation} ${flags.join(" ")} --concurrency ${concurrency}… `);
      const args = [
        "fleet",
        operation,
        ...flags,
        "--cwd",
        dir,
        "--concurrency",
        String(concurrency),
        "--json",
        "--yes",
      ];
      const { code, stdout, stderr, peak, seconds } = await runCli(args, env);
      const calls = emulators.map((e) => e.requests().length);
      const report = code === 0 || code === 2 ? JSON.parse(stdout) : undefined;
      const failed = report ? report.licenses.filter((l) => l.status === "failed").length : LICENSES;
      const run = {
        operation: [operation, ...flags].join(" "),
        concurrency,
        seconds,
        peakMB: mb(peak),
        callsPerLicense: { min: Math.min(...calls), median: median(calls), max: Math.max(...calls) },
        failed,
        exitCode: code,
      };
      if (!report) run.error = stderr.slice(-2000);
      process.stderr.write(`${seconds.toFixed(1)} s, peak ${run.peakMB} MB, exit ${code}\n`);
      runs.push(run);
      return run;
    };

    // `fleet up` at each bound on fresh accounts (one license after another first); `fleet drift` at each bound.
    for (const [i, bound] of UP_BOUNDS.entries()) {
      if (i > 0) {
        await measure("destroy", DEFAULT_CONCURRENCY);
        emulators.forEach((e) => e.reset() || e.setFaults({ maxRequestsPerSecond: RATE }));
      }
      await measure("up", bound);
      if (i === 0) {
        for (const d of DRIFT_BOUNDS) await measure("drift", d);
        for (const d of PREVIEW_BOUNDS) await measure("drift", d, "--preview");
      }
    }
    const sequentialUp = runs.find((r) => r.operation === "up" && r.concurrency === 1);
    const fleetUp = runs.find((r) => r.operation === "up" && r.concurrency === DEFAULT_CONCURRENCY);
    const sequentialDrift = runs.find((r) => r.operation === "drift" && r.concurrency === 1);
    const fleetDrift = runs.find((r) => r.operation === "drift" && r.concurrency === DRIFT_CONCURRENCY);
    const previewDrift = runs.find((r) => r.operation === "drift --preview");

    const lines = [
      `Fleet bench: ${LICENSES} licenses × ${objectCount(COUNTS)} objects, each on its own emulator at ${RATE} ` +
        `requests per second; ${os.cpus().length} cores, ${mb(os.totalmem())} MB memory.`,
      "",
      "operation        at once  wall time  peak memory  API calls per license (min/median/max)  failed",
      ...runs.map(
        (r) =>
          `${r.operation.padEnd(15)}  ${String(r.concurrency).padStart(7)}  ${`${r.seconds.toFixed(1)} s`.padStart(9)}  ` +
          `${`${r.peakMB} MB`.padStart(11)}  ${`${r.callsPerLicense.min}/${r.callsPerLicense.median}/${r.callsPerLicense.max}`.padStart(38)}  ${r.failed}`,
      ),
      "",
      sequentialUp && fleetUp
        ? `up: ${fleetUp.seconds.toFixed(1)} s at ${DEFAULT_CONCURRENCY} at once against ${sequentialUp.seconds.toFixed(1)} s one after another ` +
          `(${(sequentialUp.seconds / fleetUp.seconds).toFixed(1)}x).`
        : "",
    ];
    if (fleetDrift) {
      // The floor: the slowest license's API calls at the rate limit (licenses run side by side).
      const floor = fleetDrift.callsPerLicense.max / RATE;
      lines.push(
        `drift: ${fleetDrift.seconds.toFixed(1)} s at ${DRIFT_CONCURRENCY} at once (the slowest license's floor ` +
          `${floor.toFixed(1)} s: ${fleetDrift.callsPerLicense.max} calls at ${RATE} per second; ` +
          `${(fleetDrift.seconds / floor).toFixed(2)}x), peak ${fleetDrift.peakMB} MB` +
          (sequentialDrift ? `; ${sequentialDrift.seconds.toFixed(1)} s one after another` : "") +
          (previewDrift
            ? `; --preview (the engine's path): ${previewDrift.seconds.toFixed(1)} s at ${previewDrift.concurrency}, ` +
              `peak ${previewDrift.peakMB} MB`
            : "") +
          ".",
      );
    }
    process.stdout.write(lines.join("\n") + "\n");
    const out = {
      licenses: LICENSES,
      objects: objectCount(COUNTS),
      rate: RATE,
      cores: os.cpus().length,
      runs,
    };
    fs.writeFileSync(RESULTS, JSON.stringify(out, null, 2) + "\n");
    if (runs.some((r) => r.failed > 0)) process.exitCode = 1;
  } finally {
    for (const e of emulators) await e.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
