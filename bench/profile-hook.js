// Preloaded into every Node process of a profiled bench operation (NODE_OPTIONS=--require): writes its CPU
// profile to $BENCH_PROFILE_DIR in one-second pieces. `--cpu-prof` alone loses the provider host's profile,
// because the engine ends plugins with SIGKILL; so does this, but only the last second of it.
const fs = require("fs");
const inspector = require("inspector");
const path = require("path");
const { setInterval } = require("timers");

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let piece = 0;
  const start = () => {
    session.post("Profiler.enable");
    session.post("Profiler.setSamplingInterval", { interval: 1000 });
    session.post("Profiler.start");
  };
  // An in-thread session answers synchronously, so this works in an 'exit' handler too.
  const flush = () =>
    session.post("Profiler.stop", (err, result) => {
      if (err) return;
      const name = `${process.pid}.${String(piece++).padStart(4, "0")}.cpuprofile`;
      fs.writeFileSync(path.join(dir, name), JSON.stringify(result.profile));
    });
  start();
  setInterval(() => (flush(), start()), 1000).unref();
  process.on("exit", flush);
}
