// The bench's report: a table per size, the curve across sizes (console and Markdown) and the chart's panels.
const { TARGETS } = require("./figures");

const fmt = (n) => (n === null || n === undefined ? "-" : Number.isInteger(n) ? String(n) : n.toFixed(2));
const verdict = (met) => (met ? "met" : "MISSED");
const mb = (processes, role) => processes?.[role]?.peakMb ?? null;
const cpu = (processes, role) => processes?.[role]?.cpuSeconds ?? null;

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

/** The table of one size: every figure, its floor and target. */
function printSize(f, rate) {
  const { baseline: b, up, refresh, state, noop_preview: p, ratios, verdicts: v } = f;
  const t = TARGETS;
  console.log(`\n${f.objects} objects (baseline = trivial dynamic provider, same CLI, same moment)`);
  console.log(`load average (1 min) at each step: ${f.load_1min.join(", ")}`);
  printTable([
    ["figure", "ours", "baseline", "ratio", "target", ""],
    [
      "no-op preview (s)",
      fmt(p.seconds),
      fmt(b.noop_preview_seconds),
      fmt(ratios.noop_preview_to_baseline),
      `<= ${t.ratioToBaseline}x`,
      verdict(v.noop_preview),
    ],
    [
      "up: before first call / create (s)",
      fmt(up.seconds_before_first_call),
      fmt(b.up_seconds_before_first_create),
      fmt(ratios.before_first_call_to_baseline),
      `<= ${t.ratioToBaseline}x`,
      verdict(v.before_first_call),
    ],
    [
      "up: API phase (s) / floor",
      fmt(up.api_phase_seconds),
      fmt(up.floor_seconds),
      fmt(ratios.api_phase_to_floor),
      `<= ${t.apiPhase}x`,
      verdict(v.api_phase),
    ],
    [
      "up: whole (s) / floor + baseline x1.2",
      fmt(up.seconds),
      fmt(b.up_seconds),
      fmt(ratios.up_to_floor),
      `<= ${fmt(ratios.up_allowed_seconds)} s`,
      verdict(v.whole_up),
    ],
    [
      "up: overhead over floor / baseline up",
      fmt(up.seconds - up.floor_seconds),
      fmt(b.up_seconds),
      fmt(ratios.up_overhead_to_baseline),
      `<= ${t.fixedCost}x`,
    ],
    [
      "up: after last call / create (s)",
      fmt(up.seconds_after_last_call),
      fmt(b.up_seconds_after_last_create),
    ],
    [`up: API calls (floor = calls / ${rate})`, up.api_calls],
    [
      "up: failed operations",
      up.failed_operations,
      fmt(b.up_failures),
      "",
      "0",
      verdict(v.no_failed_operations),
    ],
    ["up: retried answers (then 2xx)", up.retried_answers],
    [
      "refresh: API calls (2xx) / minimum",
      refresh.api_calls_2xx,
      "",
      "",
      `<= ${refresh.minimum_calls}`,
      verdict(v.refresh_minimum),
    ],
    [
      "refresh: wall (s), failed, retried",
      `${fmt(refresh.seconds)}, ${refresh.failed_operations}, ${refresh.retried_answers}`,
    ],
    ["state: bytes", state.bytes, b.state_bytes],
    [
      "state: bytes per object",
      state.bytes_per_object,
      b.state_bytes_per_object,
      "",
      `< ${t.objectBytes}`,
      verdict(v.state_per_object),
    ],
    [
      "state: __provider bytes per object",
      state.provider_bytes_per_object,
      "",
      "",
      `< ${t.providerBytes}`,
      verdict(v.provider_per_object),
    ],
    ["up: provider peak RSS (MB)", fmt(mb(up.processes, "provider")), fmt(mb(b.up_processes, "provider"))],
    ["up: program peak RSS (MB)", fmt(mb(up.processes, "program")), fmt(mb(b.up_processes, "program"))],
    ["up: engine peak RSS (MB)", fmt(mb(up.processes, "engine")), fmt(mb(b.up_processes, "engine"))],
    ["up: CPU s provider / program / engine", cpuOf(up.processes), cpuOf(b.up_processes)],
    ["preview: CPU s provider / program / engine", cpuOf(p.processes), cpuOf(b.preview_processes)],
    [
      "no-op previews, each (s)",
      p.seconds_each.map(fmt).join(" "),
      b.noop_preview_seconds_each.map(fmt).join(" "),
    ],
  ]);
}

const cpuOf = (ps) => ["provider", "program", "engine"].map((r) => fmt(cpu(ps, r))).join(" / ");

/** The curve's rows: one a size, the baseline's figure in brackets. */
function curveRows(all) {
  const pair = (ours, base) => `${fmt(ours)} (${fmt(base)})`;
  const head = [
    "objects",
    "up s (allowed)",
    "floor s",
    "API phase / floor",
    "before 1st call s",
    "no-op preview s",
    "up calls",
    "refresh calls",
    "failed, retried",
    "state KB",
    "provider MB",
    "program MB",
    "up CPU s: provider",
    "program",
    "engine",
    "load",
  ];
  const rows = all.map((f) => {
    const [u, b] = [f.up.processes, f.baseline.up_processes];
    return [
      f.objects,
      `${fmt(f.up.seconds)} (${fmt(f.ratios.up_allowed_seconds)})`,
      fmt(f.up.floor_seconds),
      fmt(f.ratios.api_phase_to_floor),
      pair(f.up.seconds_before_first_call, f.baseline.up_seconds_before_first_create),
      pair(f.noop_preview.seconds, f.baseline.noop_preview_seconds),
      f.up.api_calls,
      f.refresh.api_calls,
      `${f.up.failed_operations + f.refresh.failed_operations}, ${f.up.retried_answers + f.refresh.retried_answers}`,
      pair(Math.round(f.state.bytes / 1024), Math.round(f.baseline.state_bytes / 1024)),
      pair(mb(u, "provider"), mb(b, "provider")),
      pair(mb(u, "program"), mb(b, "program")),
      pair(cpu(u, "provider"), cpu(b, "provider")),
      pair(cpu(u, "program"), cpu(b, "program")),
      pair(cpu(u, "engine"), cpu(b, "engine")),
      fmt(Math.max(...f.load_1min)),
    ];
  });
  return [head, ...rows];
}

function markdownTable(rows) {
  const line = (r) => `| ${r.join(" | ")} |`;
  return [line(rows[0]), line(rows[0].map(() => "---")), ...rows.slice(1).map(line)].join("\n");
}

/** The chart's panels from the figures of every size. */
function chartPanels(all) {
  // A series; ours and the baseline's of one figure share a colour, the baseline's dashed.
  const s = (name, get, dashed, color) => ({
    name,
    dashed,
    color,
    points: all.map((f) => [f.objects, get(f) ?? 0]),
  });
  // Ours and the baseline's of each process, a colour per process: `read(processes, role)`.
  const perProcess = (read) =>
    ["provider", "program", "engine"].flatMap((role, color) => [
      s(`${role} (ours)`, (f) => read(f.up.processes, role), false, color),
      s(`${role} (baseline)`, (f) => read(f.baseline.up_processes, role), true, color),
    ]);
  return [
    {
      title: "up: wall time",
      unit: "seconds",
      series: [
        s("ours", (f) => f.up.seconds, false, 0),
        s("baseline (Pulumi's fixed cost)", (f) => f.baseline.up_seconds, true, 0),
        s("rate-limit floor", (f) => f.up.floor_seconds, true, 1),
        s("target: floor + 1.2 x baseline", (f) => f.ratios.up_allowed_seconds, true, 2),
      ],
    },
    {
      title: "no-op preview, and up's time before the first call",
      unit: "seconds",
      series: [
        s("preview (ours)", (f) => f.noop_preview.seconds, false, 0),
        s("preview (baseline)", (f) => f.baseline.noop_preview_seconds, true, 0),
        s("before 1st call (ours)", (f) => f.up.seconds_before_first_call, false, 1),
        s("before 1st create (baseline)", (f) => f.baseline.up_seconds_before_first_create, true, 1),
      ],
    },
    {
      title: "API calls",
      unit: "calls",
      series: [s("up", (f) => f.up.api_calls), s("refresh", (f) => f.refresh.api_calls)],
    },
    {
      title: "State size",
      unit: "KB",
      series: [
        s("ours", (f) => f.state.bytes / 1024, false, 0),
        s("baseline", (f) => f.baseline.state_bytes / 1024, true, 0),
      ],
    },
    {
      title: "Peak resident memory during up",
      unit: "MB",
      series: perProcess(mb),
    },
    {
      title: "CPU time during up",
      unit: "CPU seconds",
      series: perProcess(cpu),
    },
  ];
}

module.exports = { printSize, printTable, curveRows, markdownTable, chartPanels };
