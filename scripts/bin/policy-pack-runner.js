// RunPlugin of the stand-in language host (pulumi-language-nodejs beside this file), for policy packs: how the
// engine starts a Node.js pack given with `--policy-pack DIR` when it finds a nodejs language host. It mirrors the
// Go host of Pulumi 3.277 (sdk/nodejs/cmd/pulumi-language-nodejs RunPlugin and sdk/policy_proxy.go):
// - RunPlugin is a server-streaming call: the plugin's stdout and stderr go back as messages, and the end of the
//   stream is its exit (an error status for a non-zero code). The engine reads a port from the first stdout line.
// - That first line is the port of a proxy Analyzer server of this host, not of the pack: @pulumi/policy reads
//   the stack (PULUMI_NODEJS_STACK...) and its config (PULUMI_CONFIG) from its environment, which only the
//   engine's ConfigureStack call tells. So the proxy waits for that call (or any other), then starts
//   `node @pulumi/pulumi/cmd/run-policy-pack <engine> <pack dir>` in the pack's folder, reads the pack's own port
//   from its stdout, forwards ConfigureStack to it and every later call; the rest of its stdout is passed on.
"use strict";
const { spawn } = require("child_process");
const { Buffer } = require("buffer");
const path = require("path");

const sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdkDir] }));
const langproto = require("@pulumi/pulumi/proto/language_pb");
const analyzerproto = require("@pulumi/pulumi/proto/analyzer_pb");
const analyzerrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb");

function runPolicyPack(call) {
  const req = call.request;
  const dir = req.getInfo().getProgramDirectory();
  let ended = false;
  const finish = (error) => {
    if (ended) return;
    ended = true;
    if (error) call.emit("error", { code: grpc.status.UNKNOWN, details: error });
    else call.end();
  };
  const send = (setter) => (bytes) => {
    if (ended || call.cancelled) return;
    const resp = new langproto.RunPluginResponse();
    resp[setter](bytes);
    call.write(resp);
  };
  const stdout = send("setStdout");
  let runPath;
  try {
    // From the pack's folder, as the Go host's locateModule (`node -e "require.resolve(...)"` run there).
    runPath = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
  } catch {
    return finish(`It looks like the Pulumi SDK has not been installed. Have you run npm install in ${dir}?`);
  }
  const options = req.getInfo().getOptions() ? req.getInfo().getOptions().toJavaScript() : {};
  // The engine's environment, whole: the Go host gives the pack req.Env, not its own.
  const env = {};
  for (const kv of req.getEnvList()) env[kv.slice(0, kv.indexOf("="))] = kv.slice(kv.indexOf("=") + 1);
  if (options.typescript !== false) env.PULUMI_NODEJS_TYPESCRIPT = "true";
  if (options.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = options.tsconfig;
  // As the Go host orders them: node args after the script (split by shlex there, by spaces here), the engine's
  // address (req.Args), the pack's folder last.
  const nodeargs = String(options.nodeargs || "")
    .split(/\s+/)
    .filter(Boolean);
  const args = [runPath, ...nodeargs, ...req.getArgsList(), dir];

  const proxy = startProxy(stdout, finish);
  let child;
  call.on("cancelled", () => {
    // The engine ends a run by cancelling the call; the Go host's exec.CommandContext then kills the pack.
    if (child) child.kill("SIGKILL");
    proxy.close();
  });
  proxy.configured.then((config) => {
    if (call.cancelled) return;
    if (config) Object.assign(env, stackEnv(config));
    child = spawn(process.execPath, args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stderr.on("data", send("setStderr"));
    proxy.attach(child, config);
    child.on("error", (e) =>
      finish(`Problem executing plugin program (could not run language executor): ${e.message}`),
    );
    // "close", not "exit": every byte of stdout and stderr is sent before the stream ends.
    child.on("close", (code, signal) => {
      proxy.close();
      if (code === 0) finish();
      else if (code !== null) finish(`Program exited with non-zero exit code: ${code}`);
      else finish(`Program exited unexpectedly: signal: ${signal}`);
    });
  });
}

/** The variables the Go host adds from the engine's ConfigureStack request (PolicyProxy.AwaitConfiguration). */
function stackEnv(config) {
  const env = {};
  const add = (k, v) => v && (env[k] = v);
  add("PULUMI_NODEJS_ORGANIZATION", config.getOrganization());
  add("PULUMI_NODEJS_PROJECT", config.getProject());
  add("PULUMI_NODEJS_STACK", config.getStack());
  add("PULUMI_NODEJS_DRY_RUN", String(config.getDryRun()));
  add("PULUMI_CONFIG", JSON.stringify(Object.fromEntries(config.getConfigMap().entries())));
  return env;
}

/**
 * An Analyzer server that the engine talks to: it answers Handshake and ConfigureStack itself, and forwards every
 * other call to the pack once attached. `configured` settles with the ConfigureStack request, or null when
 * another call came first (as `pulumi policy publish` does).
 */
function startProxy(stdout, finish) {
  let configure;
  const configured = new Promise((resolve) => (configure = resolve));
  let attached;
  const client = new Promise((resolve, reject) => (attached = { resolve, reject }));
  client.catch(() => {}); // a pack that never started fails its calls, not this process
  const forward = (method) => (call, callback) => {
    configure(null);
    client.then(
      (c) => c[method](call.request, callback),
      (e) => callback({ code: grpc.status.UNKNOWN, details: `policy pack not started: ${e.message}` }),
    );
  };
  const handlers = Object.fromEntries(Object.keys(analyzerrpc.AnalyzerService).map((m) => [m, forward(m)]));
  handlers.handshake = (_call, callback) => callback(null, new analyzerproto.AnalyzerHandshakeResponse());
  handlers.configureStack = (call, callback) => {
    configure(call.request);
    callback(null, new analyzerproto.AnalyzerStackConfigureResponse());
  };
  const server = new grpc.Server();
  server.addService(analyzerrpc.AnalyzerService, handlers);
  server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) return finish(`could not start policy pack proxy: ${err.message}`);
    stdout(Buffer.from(`${port}\n`));
  });

  /** Reads the pack's port from its first stdout line, connects, and forwards the stack's configuration. */
  function attach(child, config) {
    let head = "";
    let port;
    child.stdout.on("data", (chunk) => {
      if (port !== undefined) return stdout(chunk);
      head += chunk.toString("utf8");
      const newline = head.indexOf("\n");
      if (newline < 0) return;
      port = Number.parseInt(head.slice(0, newline), 10);
      if (head.length > newline + 1) stdout(Buffer.from(head.slice(newline + 1)));
      if (!Number.isInteger(port)) return attached.reject(new Error("could not read policy pack port"));
      const c = new analyzerrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
      if (!config) return attached.resolve(c);
      c.configureStack(config, (e) =>
        // UNIMPLEMENTED is fine: older packs do not take ConfigureStack.
        e && e.code !== grpc.status.UNIMPLEMENTED
          ? attached.reject(new Error(`policy pack configuration failed: ${e.message}`))
          : attached.resolve(c),
      );
    });
    child.on(
      "close",
      () => port === undefined && attached.reject(new Error("could not read policy pack port")),
    );
  }
  return { configured, attach, close: () => server.tryShutdown(() => {}) };
}

module.exports = { runPolicyPack };
