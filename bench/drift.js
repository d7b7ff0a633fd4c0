// The drift check's figures, part of `npm run bench` (or alone: `node bench/drift.js --sizes=100,300`): for each
// size, an account provisioned through the root program against an emulator limited to `rate` requests/s, then
// `livechat-pulumi drift` against the last deployment (no engine) and `drift --preview` (a preview with refresh),
// alternating, as real processes. The check's floor is the API calls it needs at the rate limit.
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { setInterval, clearInterval } = require("timers");
const YAML = require("yaml");
const { startEmulator } = require("../dist/emulator");
const { accountSpec } = require("./account");
const { countsFor, benchStack } = require("./sizes");
const { treeRss } = require("./rss");

const CLI = path.join(__dirname, "../dist/tools/cli.js");
const RUNS = 3;

/** `livechat-pulumi drift` on the stack, timed, with the peak memory of its process tree. */
function drift(stack, flags) {
  const env = { ...process.env, ...stack.workspace.envVars, PULUMI_HOME: stack.workspace.pulumiHome };
  const args = [CLI, "drift", "--stack", "bench", "--cwd", stack.workspace.workDir, "--json", ...flags];
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("node", args, { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({
        code,
        seconds: (Date.now() - started) / 1000,
        peakMB: Math.round(peak / 2 ** 20),
        stdout,
        stderr,
      });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The figures of one size: seconds (median of RUNS), API calls, the floor, and the preview path's seconds. */
async function driftSize(objects, rate) {
  const emulator = await startEmulator();
  const o = await benchStack(emulator, YAML.stringify(accountSpec(countsFor(objects))), rate);
  try {
    await o.stack.up();
    emulator.setFaults({ maxRequestsPerSecond: rate });
    const state = [];
    const preview = [];
    let calls = 0;
    for (let i = 0; i < RUNS; i++) {
      emulator.clearRequests();
      const s = await drift(o.stack, []);
      calls = emulator.requests().length;
      const p = await drift(o.stack, ["--preview"]);
      for (const r of [s, p])
        if (r.code !== 0) throw new Error(`drift exited ${r.code}: ${r.stderr.slice(-2000)}`);
      state.push(s);
      preview.push(p);
    }
    const seconds = median(state.map((r) => r.seconds));
    const floor = calls / rate;
    return {
      objects,
      calls,
      floorSeconds: floor,
      seconds,
      ratio: seconds / floor,
      previewSeconds: median(preview.map((r) => r.seconds)),
      peakMB: Math.max(...state.map((r) => r.peakMB)),
      previewPeakMB: Math.max(...preview.map((r) => r.peakMB)),
      runs: { state: state.map((r) => r.seconds), preview: preview.map((r) => r.seconds) },
    };
  } finally {
    o.cleanup();
    await emulator.stop();
  }
}

/** Every size's figures, printed as a table. */
async function driftBench(sizes, rate) {
  const rows = [];
  for (const objects of sizes) {
    console.log(
      `bench: ${objects} objects: drift against the last deployment and with --preview, ${RUNS} each`,
    );
    rows.push(await driftSize(objects, rate));
  }
  console.log(
    "\ndrift (the median of 3; floor: API calls / rate; peak: the check's process tree)\n" +
      "objects  drift s  API calls  floor s  drift / floor  peak MB  --preview s  --preview peak MB",
  );
  for (const r of rows)
    console.log(
      [
        String(r.objects).padStart(7),
        r.seconds.toFixed(2).padStart(7),
        String(r.calls).padStart(9),
        r.floorSeconds.toFixed(2).padStart(7),
        r.ratio.toFixed(2).padStart(13),
        String(r.peakMB).padStart(7),
        r.previewSeconds.toFixed(2).padStart(11),
        String(r.previewPeakMB).padStart(17),
      ].join("  "),
    );
  return rows;
}

module.exports = { driftBench };

if (require.main === module) {
  const arg = process.argv.find((a) => a.startsWith("--sizes="));
  const sizes = arg ? arg.slice(8).split(",").map(Number) : [100, 300];
  driftBench(sizes, 20)
    .then((rows) =>
      fs.writeFileSync(path.join(__dirname, "drift-results.json"), JSON.stringify(rows, null, 2) + "\n"),
    )
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
