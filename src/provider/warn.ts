// Warnings from the provider process to the person running Pulumi. The dynamic provider host gets the
// engine's address as its first argument but does not hand it to `pulumi.log`, so the provider speaks to the
// engine's Log service itself, with the SDK's own gRPC stubs. Each distinct warning is sent once per process.

/* eslint-disable @typescript-eslint/no-require-imports -- loaded lazily, only inside the provider process */
type Engine = { log(req: unknown, done: (err: unknown) => void): void };

const sent = new Set<string>();
let engine: Engine | null | undefined;

function connect(): Engine | null {
  const address = process.argv[2];
  if (!address || !/^[\w.-]+:\d+$/.test(address)) return null;
  try {
    const sdk = require.resolve("@pulumi/pulumi");
    const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdk] }));
    const { EngineClient } = require("@pulumi/pulumi/proto/engine_grpc_pb");
    return new EngineClient(address, grpc.credentials.createInsecure());
  } catch {
    return null;
  }
}

/** Shows `message` as a Pulumi warning (on stderr when no engine is reachable, as in unit tests). */
export function warn(message: string): Promise<void> {
  if (sent.has(message)) return Promise.resolve();
  sent.add(message);
  if (engine === undefined) engine = connect();
  if (!engine) {
    process.stderr.write(`warning: ${message}\n`);
    return Promise.resolve();
  }
  const { LogRequest, LogSeverity } = require("@pulumi/pulumi/proto/engine_pb");
  const req = new LogRequest();
  req.setSeverity(LogSeverity.WARNING);
  req.setMessage(message);
  return new Promise((resolve) => engine!.log(req, () => resolve()));
}
