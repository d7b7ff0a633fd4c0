// One account size of the bench: the baseline (Pulumi's floor) and our account program, each through the
// real CLI on a fresh stack, the account against a fresh emulator licence limited to `rate` requests/s.
const fs = require("fs");
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

/** Pulumi's floor at this size: up and a no-op preview of the trivial provider. */
async function runBaseline(spec, profileDir) {
  const prof = profiling(profileDir, "baseline");
  const { stack, cleanup } = await baselineStack(spec, prof.env);
  try {
    const up = await measure(undefined, (onEvent) => stack.up({ onEvent, ...prof.opts(stack, "up") }));
    reportFailure("baseline up", up);
    const deployment = await exportedState(stack);
    const times = createTimes(deployment);
    const marks = { start: up.started, end: up.ended };
    prof.keep("up", times ? { ...marks, firstCreate: times.first, lastCreate: times.last } : marks);
    const preview = await measure(undefined, (onEvent) =>
      stack.preview({ onEvent, expectNoChanges: true, ...prof.opts(stack, "preview") }),
    );
    reportFailure("baseline preview", preview);
    prof.keep("preview", { start: preview.started, end: preview.ended });
    return {
      up,
      preview,
      // The engine's first and last create stand where our first and last API calls do.
      beforeSeconds: times ? (times.first - up.started) / 1000 : NaN,
      createSeconds: times ? (times.last - times.first) / 1000 : NaN,
      afterSeconds: times ? (up.ended - times.last) / 1000 : NaN,
      sizes: stateSizes(deployment, "pulumi-nodejs:dynamic/baseline:"),
    };
  } finally {
    cleanup();
  }
}

/** Ours at this size: up, refresh, the state, a no-op preview. */
async function runOurs(spec, rate, clientRate, profileDir) {
  const prof = profiling(profileDir, "ours");
  const emulator = await startEmulator();
  const { stack, cleanup } = await benchStack(emulator, YAML.stringify(spec), clientRate, prof.env);
  try {
    emulator.setFaults({ maxRequestsPerSecond: rate });
    const up = await measure(emulator, (onEvent) => stack.up({ onEvent, ...prof.opts(stack, "up") }));
    reportFailure("up", up);
    prof.keep("up", marksOf(up));
    const refresh = await measure(emulator, (onEvent) =>
      stack.refresh({ onEvent, ...prof.opts(stack, "refresh") }),
    );
    reportFailure("refresh", refresh);
    prof.keep("refresh", marksOf(refresh));
    const sizes = stateSizes(await exportedState(stack));
    const preview = await measure(emulator, (onEvent) =>
      stack.preview({ onEvent, expectNoChanges: true, ...prof.opts(stack, "preview") }),
    );
    reportFailure("preview", preview);
    prof.keep("preview", marksOf(preview));
    return { up, refresh, preview, sizes };
  } finally {
    cleanup();
    await emulator.stop();
  }
}

/** Both at `objects` objects: the baseline first, then ours, at the same moment on the same machine. */
async function runSize(objects, { rate, clientRate, profileDir }) {
  const counts = countsFor(objects);
  const spec = accountSpec(counts);
  const dir = profileDir && path.join(profileDir, String(objects));
  console.log(`bench: ${objects} objects: the baseline (trivial dynamic provider), up and no-op preview`);
  const baseline = await runBaseline(spec, dir);
  console.log(
    `bench: ${objects} objects: ours, up (emulator ${rate} requests/s, provider ${clientRate}), refresh, no-op preview`,
  );
  const ours = await runOurs(spec, rate, clientRate, dir);
  return { objects, counts, spec, baseline, ours };
}

module.exports = { countsFor, benchStack, runSize };
