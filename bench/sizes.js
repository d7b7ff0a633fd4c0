// One account size of the bench: the baseline (Pulumi's floor) and our account program, each through the
// real CLI on a fresh stack, the account against a fresh emulator licence limited to `rate` requests/s.
const fs = require("fs");
const os = require("os");
const path = require("path");
const YAML = require("yaml");
const { startEmulator } = require("../dist/emulator");
const { BENCH_COUNTS, accountSpec } = require("./account");
const { baselineStack, createTimes } = require("./baseline");
const { measure, exportedState, stateSizes } = require("./measure");
const { throwawayStack } = require("./project");

/** BENCH_COUNTS scaled to `objects` in all (largest remainders, so the parts add up). */
function countsFor(objects) {
  const total = Object.values(BENCH_COUNTS).reduce((n, c) => n + c, 0);
  const exact = Object.entries(BENCH_COUNTS).map(([k, c]) => [k, (c * objects) / total]);
  const counts = Object.fromEntries(exact.map(([k, v]) => [k, Math.floor(v)]));
  let left = objects - Object.values(counts).reduce((n, c) => n + c, 0);
  for (const [k] of [...exact].sort(([, a], [, b]) => (b % 1) - (a % 1))) if (left-- > 0) counts[k] += 1;
  return counts;
}

/** A throwaway copy of the root program (the account from a spec file) on a file backend. */
function benchStack(emulator, yaml, clientRate, env) {
  const files = {
    "Pulumi.yaml": "name: livechat-bench\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n",
    "package.json": '{ "name": "livechat-bench", "main": "index.js" }\n',
    // The root program, loaded from the package as installed in node_modules (scripts/link-self.js).
    "index.js": 'module.exports = require("pulumi-livechat/program");\n',
    "account.yaml": yaml,
  };
  const config = {
    "livechat-bench:spec": "account.yaml",
    "livechat:maxRequestsPerSecond": String(clientRate),
  };
  return throwawayStack("livechat-bench", files, emulator, config, env);
}

/**
 * With `profileDir`, every Node process of an operation (language host, program, provider host) writes its
 * CPU profile (bench/profile-hook.js) and the engine a trace (`pulumi --tracing`) into
 * <profileDir>/<name>/<operation>/. `opts(stack, op)` gives the operation's options.
 */
function profiling(profileDir, name) {
  if (!profileDir) return { env: {}, opts: () => ({}), keep: () => {} };
  const dirOf = (op) => path.join(profileDir, name, op);
  return {
    env: { NODE_OPTIONS: `--require ${path.join(__dirname, "profile-hook.js")}` },
    opts(stack, op) {
      const dir = dirOf(op);
      fs.mkdirSync(dir, { recursive: true });
      stack.workspace.envVars.BENCH_PROFILE_DIR = dir;
      return { tracing: `file://${path.join(dir, "engine.trace.json")}` };
    },
    /** Writes the operation's marks (wall ms) as the profiles' clock (monotonic µs) for profile-summary.js. */
    keep(op, marks) {
      const offsetUs = Number(process.hrtime.bigint() / 1000n) - Date.now() * 1000;
      const mono = Object.fromEntries(Object.entries(marks).map(([k, ms]) => [k, ms * 1000 + offsetUs]));
      fs.writeFileSync(path.join(dirOf(op), "marks.json"), JSON.stringify(mono));
    },
  };
}

const marksOf = (r) => ({
  start: r.started,
  firstCall: r.firstCallAt,
  lastAnswer: r.lastAnswerAt,
  end: r.ended,
});

function reportFailure(what, result) {
  if (result.error) console.error(`bench: ${what} failed:\n${String(result.error).slice(0, 4000)}`);
}

/** The median of the operations' wall times, and the operation that took it. */
function median(results) {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Both at `objects` objects, interleaved so that both meet the same load on a shared machine: the baseline's
 * up, then ours (up, refresh), then `previews` no-op previews of each, alternating (their medians count).
 */
async function runSize(objects, { rate, clientRate, profileDir, env = {}, previews = 3, tunedBaseline }) {
  const counts = countsFor(objects);
  const spec = accountSpec(counts);
  const dir = profileDir && path.join(profileDir, String(objects));
  const bProf = profiling(dir, "baseline");
  const oProf = profiling(dir, "ours");
  const emulator = await startEmulator();
  const b = await baselineStack(spec, { ...bProf.env, ...env }, tunedBaseline);
  const o = await benchStack(emulator, YAML.stringify(spec), clientRate, { ...oProf.env, ...env });
  const load = [];
  try {
    emulator.setFaults({ maxRequestsPerSecond: rate });
    console.log(`bench: ${objects} objects: up of the baseline (a trivial dynamic provider)`);
    load.push(os.loadavg()[0]);
    const bUp = await measure(undefined, (onEvent) => b.stack.up({ onEvent, ...bProf.opts(b.stack, "up") }));
    reportFailure("baseline up", bUp);
    const bState = await exportedState(b.stack);
    const times = createTimes(bState);
    const bMarks = { start: bUp.started, end: bUp.ended };
    bProf.keep("up", times ? { ...bMarks, firstCreate: times.first, lastCreate: times.last } : bMarks);

    console.log(
      `bench: ${objects} objects: up of ours (emulator ${rate} requests/s, provider ${clientRate})`,
    );
    load.push(os.loadavg()[0]);
    const up = await measure(emulator, (onEvent) => o.stack.up({ onEvent, ...oProf.opts(o.stack, "up") }));
    reportFailure("up", up);
    oProf.keep("up", marksOf(up));
    console.log(`bench: ${objects} objects: refresh of ours`);
    const refresh = await measure(emulator, (onEvent) =>
      o.stack.refresh({ onEvent, ...oProf.opts(o.stack, "refresh") }),
    );
    reportFailure("refresh", refresh);
    oProf.keep("refresh", marksOf(refresh));
    const sizes = stateSizes(await exportedState(o.stack));

    console.log(`bench: ${objects} objects: ${previews} no-op previews of each, alternating`);
    const bPreviews = [];
    const oPreviews = [];
    for (let i = 1; i <= previews; i++) {
      load.push(os.loadavg()[0]);
      const bp = await measure(undefined, (onEvent) =>
        b.stack.preview({ onEvent, expectNoChanges: true, ...bProf.opts(b.stack, `preview${i}`) }),
      );
      reportFailure("baseline preview", bp);
      bProf.keep(`preview${i}`, { start: bp.started, end: bp.ended });
      const op = await measure(emulator, (onEvent) =>
        o.stack.preview({ onEvent, expectNoChanges: true, ...oProf.opts(o.stack, `preview${i}`) }),
      );
      reportFailure("preview", op);
      oProf.keep(`preview${i}`, marksOf(op));
      bPreviews.push(bp);
      oPreviews.push(op);
    }
    load.push(os.loadavg()[0]);
    const baseline = {
      up: bUp,
      preview: median(bPreviews),
      previewSeconds: bPreviews.map((p) => p.seconds),
      // The engine's first and last create stand where our first and last API calls do.
      beforeSeconds: times ? (times.first - bUp.started) / 1000 : NaN,
      createSeconds: times ? (times.last - times.first) / 1000 : NaN,
      afterSeconds: times ? (bUp.ended - times.last) / 1000 : NaN,
      sizes: stateSizes(bState, "pulumi-nodejs:dynamic/baseline:"),
    };
    const preview = median(oPreviews);
    const ours = { up, refresh, preview, previewSeconds: oPreviews.map((p) => p.seconds), sizes };
    return { objects, counts, spec, baseline, ours, load };
  } finally {
    b.cleanup();
    o.cleanup();
    await emulator.stop();
  }
}

module.exports = { countsFor, benchStack, runSize };
