// npm run bench: for 100 and 300 objects (and 1000 with `-- --large`), provisions an account through the
// real Pulumi CLI against the in-process emulator limited to 20 requests per second, then measures a refresh,
// the state and a no-op preview; beside each, Pulumi's own floor (bench/baseline.js: a trivial dynamic
// provider declaring as many resources). Prints the tables, writes bench/results.json and the chart
// bench/results.svg, then runs the batching bench. Options:
//   --large, --sizes=100,300   the sizes
//   --profile                  CPU profiles of every Node process and the engine's trace under bench/profile/
//                              (bench/profile-summary.js reads them)
//   --skip-checkpoints         both stacks with Pulumi's PULUMI_SKIP_CHECKPOINTS
//   --tuned-baseline           the baseline without the SDK's leak-report stack traces, as ours makes resources
//   --no-batch                 without the batching bench
//   --no-drift                 without the drift bench (bench/drift.js: the check against the last deployment)
//   --readme                   the curve's table into README.md, the chart into docs/performance.svg
//   --redraw                   only the table, the chart (and README) again, from bench/results.json
// Needs `npm run build` and the CLI on PATH; the npm script does both.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { batchBench } = require("./batch");
const { driftBench } = require("./drift");
const { chartSvg } = require("./chart");
const { TARGETS, figuresOf } = require("./figures");
const { printSize, printTable, curveRows, markdownTable, chartPanels } = require("./report");
const { runSize } = require("./sizes");

const RATE = 20;
// The provider's own pace (livechat:maxRequestsPerSecond); BENCH_CLIENT_RPS tries another, e.g. 19.
const CLIENT_RATE = Number(process.env.BENCH_CLIENT_RPS ?? RATE);
const RESULTS = path.join(__dirname, "results.json");
const CHART = path.join(__dirname, "results.svg");
const README = path.join(__dirname, "..", "README.md");
// The README's copy of the chart: the README ships in the package, bench/ does not.
const README_CHART = path.join(__dirname, "..", "docs", "performance.svg");

function options(argv) {
  const flag = (name) => argv.includes(`--${name}`);
  const sizes = argv.find((a) => a.startsWith("--sizes="));
  return {
    sizes: sizes ? sizes.slice(8).split(",").map(Number) : flag("large") ? [100, 300, 1000] : [100, 300],
    profileDir: flag("profile") ? path.join(__dirname, "profile") : undefined,
    batch: !flag("no-batch"),
    drift: !flag("no-drift"),
    readme: flag("readme"),
    redraw: flag("redraw"),
    // Pulumi's PULUMI_SKIP_CHECKPOINTS: the state is written once at the end instead of after every step.
    env: flag("skip-checkpoints") ? { PULUMI_SKIP_CHECKPOINTS: "true" } : {},
    tunedBaseline: flag("tuned-baseline"),
  };
}

function machine() {
  const version = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  };
  return {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    loadavg_at_start: os.loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.version,
    pulumi_sdk: require("@pulumi/pulumi/package.json").version,
    pulumi_cli: version(process.env.PULUMI_CLI ?? "pulumi", ["version"]),
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Replaces what lies between the README's bench markers with `text`. */
function updateReadme(text) {
  const [start, end] = ["<!-- bench:start -->", "<!-- bench:end -->"];
  const readme = fs.readFileSync(README, "utf8");
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} section`);
  fs.writeFileSync(README, readme.slice(0, a + start.length) + "\n" + text + "\n" + readme.slice(b));
}

/** The curve's table on the console, the chart, and with --readme the README's table. */
function report(results, readme) {
  console.log("\nthe curve (the baseline in brackets; load: the highest 1-minute load average seen):");
  const rows = curveRows(results.sizes);
  printTable(rows);
  const m = results.machine;
  const tuned = results.tuned_baseline ? ", baseline tuned as ours (--tuned-baseline)" : "";
  const caption = `pulumi-livechat bench, ${results.rate} requests/s, ${m.cpus} cores, Node ${m.node}, CLI ${m.pulumi_cli}, SDK ${m.pulumi_sdk}, ${results.date.slice(0, 10)}${tuned}`;
  const sizes = results.sizes.map((f) => f.objects);
  fs.writeFileSync(CHART, chartSvg(chartPanels(results.sizes), sizes, caption));
  const legend =
    "the baseline's figure in brackets; `up s (allowed)`: ours (its target, floor + 1.2 × the baseline's up); " +
    "`failed, retried`: failed operations, answers retried then 2xx (up and refresh); `load`: the highest " +
    "1-minute load average seen";
  if (!readme) return;
  fs.copyFileSync(CHART, README_CHART);
  updateReadme(`${caption} (${legend}):\n\n${markdownTable(rows)}\n\n![the curve](docs/performance.svg)`);
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts.redraw) return report(JSON.parse(fs.readFileSync(RESULTS, "utf8")), opts.readme);
  const results = { date: new Date().toISOString(), machine: machine(), rate: RATE, targets: TARGETS };
  results.environment = opts.env;
  results.tuned_baseline = opts.tunedBaseline;
  results.provider_max_requests_per_second = CLIENT_RATE;
  console.log(`bench: sizes ${opts.sizes.join(", ")}; ${JSON.stringify(results.machine)}`);
  const all = [];
  let failed = false;
  for (const objects of opts.sizes) {
    const raw = await runSize(objects, { rate: RATE, clientRate: CLIENT_RATE, ...opts });
    const figures = figuresOf(raw, RATE);
    failed ||= Boolean(raw.ours.up.error || raw.ours.refresh.error || raw.ours.preview.error);
    failed ||= Boolean(raw.baseline.up.error || raw.baseline.preview.error);
    printSize(figures, RATE);
    all.push(figures);
  }
  results.sizes = all;
  results.machine.loadavg_at_end = os.loadavg().map((n) => Math.round(n * 100) / 100);
  report(results, opts.readme);
  const write = () => fs.writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
  write();
  if (opts.batch) {
    console.log("");
    results.batching = await batchBench(RATE);
    write();
  }
  if (opts.drift) {
    console.log("");
    results.drift = await driftBench(opts.sizes, RATE);
    write();
  }
  console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)} and ${path.relative(process.cwd(), CHART)}`);
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
