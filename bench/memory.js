// Peak resident memory and CPU time of the processes a CLI operation starts, by role (Linux only: reads
// /proc). Polls the bench's descendants every 100 ms; a process's peak is the kernel's own high-water mark
// (VmHWM), so polling loses nothing of it unless the process lives less than one interval. Elsewhere the
// figures are null.
const fs = require("fs");
const { setInterval, clearInterval } = require("timers");

const INTERVAL_MS = 100;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Which process of the operation `cmdline` (argv joined by spaces) is, or undefined for helpers (sh, node -e). */
function roleOf(cmdline) {
  if (cmdline.includes("dynamic-provider")) return "provider";
  if (cmdline.includes("cmd/run")) return "program";
  if (cmdline.includes("pulumi-language-nodejs")) return "languageHost";
  if (/(^|\/)pulumi( |$)/.test(cmdline)) return "engine";
  return undefined;
}

function read(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** Parent pids by pid for every process now; a pid's parent is read once (a /proc walk costs ~20 ms). */
function parents(cache) {
  const alive = new Set();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    alive.add(pid);
    if (cache.has(pid)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name (2nd field) may hold spaces: the fields after it start past the last ")".
    if (stat) cache.set(pid, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
  }
  for (const pid of cache.keys()) if (!alive.has(pid)) cache.delete(pid); // a reused pid is read again
  return cache;
}

/** Starts sampling this process's descendants; `stop()` returns { role: { peakMb, cpuSeconds, processes } }. */
function sampleProcesses() {
  if (process.platform !== "linux") return { stop: () => null };
  const seen = new Map(); // pid -> { role, peakKb, ticks }
  const ppids = new Map();
  const poll = () => {
    const tree = parents(ppids);
    const mine = new Set([process.pid]);
    // Parents usually have lower pids, but not always: repeat until nothing new joins.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of tree) {
        if (mine.has(pid) || !mine.has(ppid)) continue;
        mine.add(pid);
        grew = true;
      }
    }
    for (const pid of mine) {
      if (pid === process.pid) continue;
      // Read every time: a child spawned a moment ago may still show its parent's command line (before exec).
      const role = roleOf((read(`/proc/${pid}/cmdline`) ?? "").split("\0").join(" "));
      if (!role) continue;
      let entry = seen.get(pid);
      // New, or exec'd into another role: what the parent's copy used does not count.
      if (entry?.role !== role) seen.set(pid, (entry = { role, peakKb: 0, ticks: 0 }));
      const hwm = /VmHWM:\s+(\d+)/.exec(read(`/proc/${pid}/status`) ?? "");
      if (hwm) entry.peakKb = Math.max(entry.peakKb, Number(hwm[1]));
      const stat = read(`/proc/${pid}/stat`);
      if (stat) {
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        entry.ticks = Number(f[11]) + Number(f[12]); // utime + stime
      }
    }
  };
  const timer = setInterval(poll, INTERVAL_MS);
  poll();
  return {
    stop() {
      clearInterval(timer);
      const roles = {};
      for (const { role, peakKb, ticks } of seen.values()) {
        const r = (roles[role] ??= { peakMb: 0, cpuSeconds: 0, processes: 0 });
        r.peakMb = Math.max(r.peakMb, Math.round(peakKb / 102.4) / 10);
        r.cpuSeconds = Math.round((r.cpuSeconds + ticks / TICKS_PER_SECOND) * 100) / 100;
        r.processes += 1;
      }
      return roles;
    },
  };
}

module.exports = { sampleProcesses };
