// npm run bench: provisions a 300-object account through the real Pulumi CLI against the in-process
// emulator limited to 20 requests per second, then measures a refresh, the state's size and a no-change
// preview. Prints a table and writes bench/results.json. Needs `npm run build` (dist/) and the CLI on PATH
// (scripts/with-pulumi.sh); the npm script does both.
const { Buffer } = require("buffer");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFile } = require("child_process");
const { promisify } = require("util");
const YAML = require("yaml");
const { startEmulator } = require("../dist/emulator");
const { BENCH_COUNTS, accountSpec, objectCount } = require("./account");
const { batchBench } = require("./batch");
const { throwawayStack } = require("./project");

const RATE = 20;
// The provider's own pace (livechat:maxRequestsPerSecond); BENCH_CLIENT_RPS tries another, e.g. 19.
const CLIENT_RATE = Number(process.env.BENCH_CLIENT_RPS ?? RATE);
const TARGETS = { ratio: 1.3, providerBytes: 1024, objectBytes: 3072 };
const RESULTS = path.join(__dirname, "results.json");

/** A throwaway copy of the root program (the account from a spec file) on a file backend. */
function benchStack(emulator, yaml) {
  const project = [
    "name: livechat-bench",
    "runtime:",
    "  name: nodejs",
    "  options:",
    "    typescript: false",
  ];
  const files = {
    "Pulumi.yaml": project.join("\n") + "\n",
    "package.json": '{ "name": "livechat-bench", "main": "index.js" }\n',
    // The root program, loaded from the package as installed in node_modules (scripts/link-self.js).
    "index.js": 'module.exports = require("pulumi-livechat/program");\n',
    "account.yaml": yaml,
  };
  return throwawayStack("livechat-bench", files, emulator, {
    "livechat-bench:spec": "account.yaml",
    "livechat:maxRequestsPerSecond": String(CLIENT_RATE),
  });
}

/** Runs one CLI operation and returns its wall time, the API calls it made and the operations that failed. */
async function measure(emulator, run) {
  emulator.clearRequests();
  const failedOps = [];
  const onEvent = (e) => {
    if (e.resOpFailedEvent) failedOps.push(e.resOpFailedEvent.metadata.urn);
  };
  const started = Date.now();
  let error;
  try {
    await run(onEvent);
  } catch (e) {
    error = e;
  }
  const ended = Date.now();
  const requests = emulator.requests();
  const non2xx = requests.filter((r) => r.status < 200 || r.status >= 300);
  const starts = requests.map((r) => Date.parse(r.time));
  const firstCall = requests.length ? Math.min(...starts) : ended;
  const lastAnswer = requests.length ? Math.max(...requests.map((r, i) => starts[i] + r.ms)) : ended;
  return {
    seconds: (ended - started) / 1000,
    // Where the time goes: before the first API call (CLI, language host, program, provider host start-up),
    // between the first and the last (the API phase, paced by the throttle), and after (final checkpoint, exit).
    beforeSeconds: (firstCall - started) / 1000,
    apiSeconds: (lastAnswer - firstCall) / 1000,
    afterSeconds: (ended - lastAnswer) / 1000,
    requests,
    non2xx,
    failures: non2xx.length + failedOps.length + (error ? 1 : 0),
    error,
  };
}

/** Calls by "METHOD /collection[/:id]", for the report. */
function byEndpoint(requests) {
  const counts = {};
  for (const r of requests) {
    const parts = r.path.split("/");
    const key = `${r.method} /${parts[1]}${parts.length > 2 ? "/:id" : ""}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}

function byStatus(requests) {
  const counts = {};
  for (const r of requests) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/**
 * The fewest calls a refresh can make: one per agent and per goal (their lists lack the details), one list
 * of groups, tags and webhooks each, and one list of greetings and of canned responses per group they use.
 */
function refreshMinimum(spec) {
  const groupsOf = (entries) => new Set(entries.map((e) => String(e.group ?? 0))).size;
  return (
    spec.agents.length + spec.goals.length + 3 + groupsOf(spec.greetings) + groupsOf(spec.cannedResponses)
  );
}

/** The stack's state as `pulumi stack export` gives it (secrets encrypted, as stored). */
async function exportedState(stack) {
  const ws = stack.workspace;
  const { stdout } = await promisify(execFile)(
    process.env.PULUMI_CLI ?? "pulumi",
    ["stack", "export", "--stack", stack.name, "--non-interactive"],
    {
      cwd: ws.workDir,
      env: { ...process.env, ...ws.envVars, PULUMI_HOME: ws.pulumiHome },
      maxBuffer: 1 << 28,
    },
  );
  return JSON.parse(stdout).deployment;
}

function stateSizes(deployment) {
  const resources = deployment.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/livechat:"));
  const bytes = (v) => (v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v)));
  const total = resources.reduce((n, r) => n + bytes(r), 0);
  // Pulumi keeps `__provider` twice per object: in the inputs and in the outputs.
  const provider = resources.reduce(
    (n, r) => n + bytes(r.inputs?.__provider) + bytes(r.outputs?.__provider),
    0,
  );
  const perType = {};
  for (const r of resources) {
    const type = r.type.split(":").pop();
    perType[type] = Math.max(perType[type] ?? 0, bytes(r));
  }
  return { count: resources.length, total, provider, largest: Math.max(...resources.map(bytes)), perType };
}

const round = (n) => Math.round(n * 100) / 100;
const fmt = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const verdict = (met) => (met ? "met" : "MISSED");

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? "").length)));
  const line = (r) =>
    r
      .map((cell, c) => String(cell ?? "").padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}

function reportFailure(what, result) {
  if (result.error) console.error(`bench: ${what} failed:\n${String(result.error).slice(0, 4000)}`);
}

async function main() {
  const emulator = await startEmulator();
  const spec = accountSpec(BENCH_COUNTS);
  const objects = objectCount(BENCH_COUNTS);
  const { stack, cleanup } = await benchStack(emulator, YAML.stringify(spec));
  try {
    emulator.setFaults({ maxRequestsPerSecond: RATE });
    console.log(
      `bench: pulumi up of ${objects} objects, emulator limited to ${RATE} requests/s, provider to ${CLIENT_RATE}`,
    );
    const up = await measure(emulator, (onEvent) => stack.up({ onEvent }));
    reportFailure("up", up);
    const floor = up.requests.length / RATE;

    console.log("bench: pulumi refresh");
    const refresh = await measure(emulator, (onEvent) => stack.refresh({ onEvent }));
    reportFailure("refresh", refresh);
    const refreshMin = refreshMinimum(spec);

    const sizes = stateSizes(await exportedState(stack));

    console.log("bench: pulumi preview with no changes");
    const preview = await measure(emulator, (onEvent) => stack.preview({ onEvent, expectNoChanges: true }));
    reportFailure("preview", preview);

    const results = {
      objects,
      provider_max_requests_per_second: CLIENT_RATE,
      up_ratio_to_floor: round(up.seconds / floor),
      up_failures: up.failures,
      refresh_api_calls: refresh.requests.length,
      state_bytes_per_object: Math.round(sizes.total / sizes.count),
      provider_bytes_per_object: Math.round(sizes.provider / sizes.count),
      noop_preview_api_calls: preview.requests.length,
      noop_preview_seconds: round(preview.seconds),
      // The details behind those figures.
      up_seconds: round(up.seconds),
      up_api_calls: up.requests.length,
      up_floor_seconds: round(floor),
      up_seconds_before_first_call: round(up.beforeSeconds),
      up_api_phase_seconds: round(up.apiSeconds),
      up_api_phase_ratio_to_floor: round(up.apiSeconds / floor),
      up_seconds_after_last_call: round(up.afterSeconds),
      up_non2xx_by_status: byStatus(up.non2xx),
      up_calls_by_endpoint: byEndpoint(up.requests),
      refresh_seconds: round(refresh.seconds),
      refresh_minimum_calls: refreshMin,
      refresh_failures: refresh.failures,
      refresh_calls_by_endpoint: byEndpoint(refresh.requests),
      state_objects: sizes.count,
      state_bytes_largest_object: sizes.largest,
      state_bytes_largest_by_type: sizes.perType,
      noop_preview_failed: Boolean(preview.error),
      machine: { cpus: os.cpus().length, node: process.version, loadavg: os.loadavg().map(round) },
    };
    const refreshOk = refresh.requests.filter((r) => r.status < 300).length <= refreshMin;
    console.log("");
    printTable([
      ["figure", "value", "target", ""],
      ["objects", objects],
      ["1. up: wall time (s)", fmt(up.seconds)],
      ["   API calls", up.requests.length],
      [`   rate-limit floor: calls / ${RATE} (s)`, fmt(floor)],
      [
        "   ratio wall time / floor",
        fmt(up.seconds / floor),
        `<= ${TARGETS.ratio}`,
        verdict(up.seconds / floor <= TARGETS.ratio),
      ],
      ["   failures (non-2xx + failed operations)", up.failures, "0", verdict(up.failures === 0)],
      ["   before the first API call (s)", fmt(up.beforeSeconds)],
      ["   first to last API call (s)", fmt(up.apiSeconds)],
      ["   ratio API phase / floor", fmt(up.apiSeconds / floor)],
      ["   after the last API call (s)", fmt(up.afterSeconds)],
      ["2. refresh: API calls", refresh.requests.length, `<= ${refreshMin} (2xx)`, verdict(refreshOk)],
      ["   wall time (s)", fmt(refresh.seconds)],
      ["   failures", refresh.failures],
      [
        "3. state: bytes per object",
        results.state_bytes_per_object,
        `< ${TARGETS.objectBytes}`,
        verdict(results.state_bytes_per_object < TARGETS.objectBytes),
      ],
      [
        "   largest object (bytes)",
        sizes.largest,
        `< ${TARGETS.objectBytes}`,
        verdict(sizes.largest < TARGETS.objectBytes),
      ],
      [
        "   __provider bytes per object (in + out)",
        results.provider_bytes_per_object,
        `< ${TARGETS.providerBytes}`,
        verdict(results.provider_bytes_per_object < TARGETS.providerBytes),
      ],
      ["4. no-op preview: API calls", preview.requests.length, "", preview.error ? "FAILED" : ""],
      ["   wall time (s)", fmt(preview.seconds)],
    ]);
    console.log("\nup calls:", JSON.stringify(results.up_calls_by_endpoint));
    if (up.non2xx.length)
      console.log("up non-2xx answers by status:", JSON.stringify(results.up_non2xx_by_status));
    console.log("refresh calls:", JSON.stringify(results.refresh_calls_by_endpoint));
    console.log("largest object by type (bytes):", JSON.stringify(sizes.perType));
    console.log("");
    results.batching = await batchBench(RATE);
    fs.writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
    console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
    if (up.error || refresh.error || preview.error) process.exitCode = 1;
  } finally {
    cleanup();
    await emulator.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { benchStack, measure, exportedState, stateSizes };
