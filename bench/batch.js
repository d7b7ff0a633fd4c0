// The batching bench: `pulumi up` of 300 v3.6 agents with the provider's batches (the default) and without
// (livechat:batchWindowMs = 0), each against a fresh emulator licence at the same rate limit. Reports the
// API calls and wall time of each. Run by `npm run bench` after the account bench; BENCH_BATCH_AGENTS and
// BENCH_BATCH_WINDOW (a window other than the default, in ms) try other settings.
const { startEmulator } = require("../dist/emulator");
const { throwawayStack } = require("./project");

const AGENTS = Number(process.env.BENCH_BATCH_AGENTS ?? 300);

const PROGRAM = `const pulumi = require("@pulumi/pulumi");
const { v36 } = require("pulumi-livechat");
const n = Number(new pulumi.Config("bench").require("agents"));
for (let i = 0; i < n; i++)
  new v36.Agent(\`agent-\${i}\`, { agentId: \`agent\${i}@bench.example.com\`, name: \`Agent \${i}\` });
`;

/** A throwaway project declaring `agents` v3.6 agents, pointed at `emulator`. */
function agentsStack(emulator, agents, config) {
  const files = {
    "Pulumi.yaml": "name: livechat-bench-batch\nruntime: nodejs\n",
    "package.json": '{ "name": "livechat-bench-batch", "main": "index.js" }\n',
    "index.js": PROGRAM,
  };
  return throwawayStack("livechat-bench-batch", files, emulator, {
    "bench:agents": String(agents),
    ...config,
  });
}

/** One `up` of the agents on a fresh licence: wall time, API calls by method, failures. */
async function upAgents(rate, config) {
  const emulator = await startEmulator();
  const { stack, cleanup } = await agentsStack(emulator, AGENTS, {
    "livechat:maxRequestsPerSecond": String(rate),
    ...config,
  });
  try {
    emulator.setFaults({ maxRequestsPerSecond: rate });
    emulator.clearRequests();
    const started = Date.now();
    const up = await stack.up();
    const seconds = (Date.now() - started) / 1000;
    const requests = emulator.requests();
    const byMethod = {};
    for (const r of requests) {
      const key = r.path.replace("/v3.6/configuration/action/", "");
      byMethod[key] = (byMethod[key] ?? 0) + 1;
    }
    const agents = emulator.state().agents.length - 1;
    return {
      seconds: Math.round(seconds * 100) / 100,
      api_calls: requests.length,
      calls_by_method: byMethod,
      non2xx: requests.filter((r) => r.status < 200 || r.status >= 300).length,
      agents_made: agents,
      created: up.summary.resourceChanges?.create ?? 0,
    };
  } finally {
    cleanup();
    await emulator.stop();
  }
}

/** Both runs, printed and returned for bench/results.json. */
async function batchBench(rate) {
  console.log(`bench: pulumi up of ${AGENTS} v3.6 agents at ${rate} requests/s, with batches`);
  const batched = await upAgents(
    rate,
    process.env.BENCH_BATCH_WINDOW ? { "livechat:batchWindowMs": process.env.BENCH_BATCH_WINDOW } : {},
  );
  console.log(`bench: the same without batches (livechat:batchWindowMs = 0)`);
  const single = await upAgents(rate, { "livechat:batchWindowMs": "0" });
  const rows = [
    ["v3.6 agents", "with batches", "without"],
    ["up: wall time (s)", batched.seconds, single.seconds],
    ["   API calls", batched.api_calls, single.api_calls],
    ["   agents made", batched.agents_made, single.agents_made],
    ["   non-2xx answers", batched.non2xx, single.non2xx],
  ];
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log("");
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(width[i])).join("  "));
  console.log("calls with batches:", JSON.stringify(batched.calls_by_method));
  console.log("calls without:", JSON.stringify(single.calls_by_method));
  return { agents: AGENTS, requests_per_second: rate, with_batches: batched, without_batches: single };
}

module.exports = { batchBench };

if (require.main === module) {
  batchBench(Number(process.env.BENCH_RATE ?? 20)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
