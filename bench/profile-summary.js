// Summarizes the CPU profiles `npm run bench -- --profile` leaves under bench/profile/<size>/<stack>/: for
// each Node process (language host, program, provider host), its role, its life, and its CPU time by where
// the code lives (a package under node_modules, a folder of this package's dist/, Node's internals), with
// the costliest functions. Usage: node bench/profile-summary.js [bench/profile/300/ours] [--top=15]
const fs = require("fs");
const path = require("path");

/** Where a script lives: "pkg:@pulumi/pulumi/runtime", "ours:provider", "node:internal", ... */
function placeOf(url) {
  if (!url) return "(native/gc/idle)";
  const file = url.replace(/^file:\/\//, "");
  const nm = file.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = file.slice(nm + 13).split("/");
    const pkg = parts[0].startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    if (pkg === "pulumi-livechat") return `ours:${parts[2] ?? parts[1]}`;
    if (pkg === "@pulumi/pulumi") return `pulumi:${parts[2]}`;
    return `pkg:${pkg}`;
  }
  if (file.includes("/dist/")) return `ours:${file.split("/dist/")[1].split("/")[0]}`;
  if (file.startsWith("node:")) return "node:internal";
  return file.includes("[eval]") || !file.includes("/") ? "(eval)" : path.basename(file);
}

function roleOf(profile) {
  const urls = profile.nodes.map((n) => n.callFrame.url);
  if (urls.some((u) => u.includes("cmd/dynamic-provider"))) return "provider";
  if (urls.some((u) => u.includes("cmd/run"))) return "program";
  if (urls.some((u) => u.includes("pulumi-language-nodejs"))) return "languageHost";
  return "other";
}

/** One process's profile pieces (bench/profile-hook.js writes <pid>.<piece>.cpuprofile), summed. */
function summarize(files, top, marks) {
  const places = {};
  const fns = {};
  const early = {}; // places before the first API call (or the baseline's first create)
  const cut = marks?.firstCall ?? marks?.firstCreate ?? Infinity;
  let busy = 0;
  let role = "other";
  let first = Infinity;
  let last = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, "utf8"));
    if (role === "other") role = roleOf(profile);
    first = Math.min(first, profile.startTime);
    last = Math.max(last, profile.endTime);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let t = profile.startTime;
    // Sample i was taken at startTime + timeDeltas[0..i] and lasted timeDeltas[i + 1] microseconds.
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i];
      const { callFrame: f } = byId.get(id);
      const us = profile.timeDeltas[i + 1] ?? 0;
      if (f.functionName === "(idle)" || f.functionName === "(program)") return;
      busy += us;
      const place = placeOf(f.url);
      places[place] = (places[place] ?? 0) + us;
      if (t < cut) early[place] = (early[place] ?? 0) + us;
      const fn = `${f.functionName || "(anonymous)"} ${place} ${path.basename(f.url)}:${f.lineNumber + 1}`;
      fns[fn] = (fns[fn] ?? 0) + us;
    });
  }
  const ms = (us) => Math.round(us / 1000);
  const sorted = (o) => Object.entries(o).sort(([, a], [, b]) => b - a);
  const pid = path.basename(files[0]).split(".")[0];
  const at = (us) => (marks ? `+${(us - marks.start) / 1e6}`.slice(0, 6) + " s" : "");
  console.log(`\n${pid}: ${role}, profiled ${at(first)} to ${at(last)}, busy ${ms(busy)} ms`);
  if (marks && cut !== Infinity) {
    const sum = Object.values(early).reduce((n, us) => n + us, 0);
    console.log(`  before the first call/create (${at(cut)}): busy ${ms(sum)} ms`);
    for (const [place, us] of sorted(early).slice(0, 8))
      console.log(`  ${String(ms(us)).padStart(6)} ms  ${place}`);
    console.log("  whole operation:");
  }
  for (const [place, us] of sorted(places).slice(0, top))
    console.log(`  ${String(ms(us)).padStart(6)} ms  ${place}`);
  console.log("  costliest functions (self time):");
  for (const [fn, us] of sorted(fns).slice(0, top)) console.log(`  ${String(ms(us)).padStart(6)} ms  ${fn}`);
}

const args = process.argv.slice(2);
const top = Number((args.find((a) => a.startsWith("--top=")) ?? "--top=12").slice(6));
const dirs = args.filter((a) => !a.startsWith("--"));
for (const dir of dirs.length ? dirs : [path.join(__dirname, "profile")]) {
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".cpuprofile"));
  const byProcess = {};
  for (const f of files.sort()) {
    const key = path.join(path.dirname(String(f)), path.basename(String(f)).split(".")[0]);
    (byProcess[key] ??= []).push(path.join(dir, String(f)));
  }
  for (const [key, pieces] of Object.entries(byProcess)) {
    const marksFile = path.join(dir, path.dirname(key), "marks.json");
    const marks = fs.existsSync(marksFile) ? JSON.parse(fs.readFileSync(marksFile, "utf8")) : undefined;
    console.log(`\n== ${key}`);
    summarize(pieces, top, marks);
  }
}
