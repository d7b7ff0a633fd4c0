// Measuring one CLI operation: wall time and its phases, the API calls it made (from the emulator's log),
// retried answers apart from failed operations, and the peak memory and CPU time of its processes.
const { Buffer } = require("buffer");
const { execFile } = require("child_process");
const { promisify } = require("util");
const { sampleProcesses } = require("./memory");

/**
 * Answers the provider retries (429, 5xx, dropped connections) that a later 2xx for the same method and path
 * followed: they cost time, not correctness, and are reported apart from failed operations.
 */
function retriedAnswers(requests) {
  const retryable = (s) => s === 429 || s === 0 || s >= 500;
  return requests.filter(
    (r, i) =>
      retryable(r.status) &&
      requests
        .slice(i + 1)
        .some((later) => later.method === r.method && later.path === r.path && later.status < 300),
  );
}

/**
 * For each 429: how many calls arrived in the second before it and the shortest gap between two of them
 * (the client starts calls at least 1050/rate ms apart, so gaps far shorter mean the calls bunched on the way,
 * e.g. while the in-process emulator's event loop was busy).
 */
function bunching(requests) {
  const at = requests.map((r) => Date.parse(r.time));
  return requests.flatMap((r, i) => {
    if (r.status !== 429) return [];
    const window = at.filter((t) => t > at[i] - 1000 && t <= at[i]).sort((a, b) => a - b);
    const gaps = window.slice(1).map((t, j) => t - window[j]);
    return [
      { arrivals_in_second_before: window.length, shortest_gap_ms: gaps.length ? Math.min(...gaps) : null },
    ];
  });
}

/** Runs one CLI operation and returns its figures. `emulator` may be absent (the baseline makes no calls). */
async function measure(emulator, run) {
  emulator?.clearRequests();
  const failedOps = [];
  const onEvent = (e) => {
    if (e.resOpFailedEvent) failedOps.push(e.resOpFailedEvent.metadata.urn);
  };
  const sampler = sampleProcesses();
  const started = Date.now();
  let error;
  try {
    await run(onEvent);
  } catch (e) {
    error = e;
  }
  const ended = Date.now();
  const processes = sampler.stop();
  const requests = emulator?.requests() ?? [];
  const non2xx = requests.filter((r) => r.status < 200 || r.status >= 300);
  const retried = retriedAnswers(requests);
  const starts = requests.map((r) => Date.parse(r.time));
  const firstCall = requests.length ? Math.min(...starts) : ended;
  const lastAnswer = requests.length ? Math.max(...requests.map((r, i) => starts[i] + r.ms)) : ended;
  return {
    started,
    ended,
    firstCallAt: requests.length ? firstCall : undefined,
    lastAnswerAt: requests.length ? lastAnswer : undefined,
    seconds: (ended - started) / 1000,
    // Where the time goes: before the first API call (CLI, language host, program, provider host start-up),
    // between the first and the last (the API phase, paced by the throttle), and after (final checkpoint, exit).
    beforeSeconds: (firstCall - started) / 1000,
    apiSeconds: (lastAnswer - firstCall) / 1000,
    afterSeconds: (ended - lastAnswer) / 1000,
    requests,
    non2xx,
    retried,
    bunching: bunching(requests),
    failedOps,
    // Failed operations and the run's own error; a retried answer that then succeeded is not a failure.
    failures: failedOps.length + (error ? 1 : 0),
    processes,
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

/** Sizes of the resources of types starting with `prefix` in a deployment, and of the whole state file. */
function stateSizes(deployment, prefix = "pulumi-nodejs:dynamic/livechat:") {
  const resources = deployment.resources.filter((r) => r.type.startsWith(prefix));
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
  return {
    count: resources.length,
    total,
    provider,
    largest: Math.max(...resources.map(bytes)),
    perType,
    stateBytes: bytes(deployment),
  };
}

module.exports = { measure, byEndpoint, byStatus, exportedState, stateSizes, retriedAnswers, bunching };
