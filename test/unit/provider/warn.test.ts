// The one place the provider uses Pulumi's private machinery (README, "What remains of Pulumi's internals"): the
// dynamic provider host does not hand the engine's address to pulumi.log, so provider/warn.ts calls the engine's
// Log service itself, with the SDK's generated gRPC stubs. This test stands an engine up with those same stubs
// and fails the day an SDK moves or changes them, instead of users' warnings silently going to stderr.
import type * as grpcTypes from "@grpc/grpc-js";

/* eslint-disable @typescript-eslint/no-require-imports -- the SDK's generated modules, as warn.ts loads them */
const sdk = require.resolve("@pulumi/pulumi");
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdk] })) as typeof grpcTypes;
const { EngineService } = require("@pulumi/pulumi/proto/engine_grpc_pb");
const { LogSeverity } = require("@pulumi/pulumi/proto/engine_pb");
const { Empty } = require(require.resolve("google-protobuf/google/protobuf/empty_pb", { paths: [sdk] }));
/* eslint-enable @typescript-eslint/no-require-imports */

describe("a warning from the provider process", () => {
  let server: grpcTypes.Server;
  let address: string;
  const received: { severity: number; message: string }[] = [];
  const argv = process.argv;

  beforeAll(async () => {
    server = new grpc.Server();
    server.addService(EngineService, {
      log: (
        call: { request: { getSeverity(): number; getMessage(): string } },
        done: (e: null, r: unknown) => void,
      ) => {
        received.push({ severity: call.request.getSeverity(), message: call.request.getMessage() });
        done(null, new Empty());
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) =>
        e ? reject(e) : resolve(p),
      ),
    );
    address = `127.0.0.1:${port}`;
  });
  afterAll(() => {
    process.argv = argv;
    server.forceShutdown();
  });

  it("reaches the engine's Log service as a warning, once per message", async () => {
    // The dynamic provider host is started with the engine's address as its first argument.
    process.argv = [argv[0], "host", address];
    let warn!: (message: string) => Promise<void>;
    jest.isolateModules(() => {
      warn = require("../../../src/provider/warn").warn; // eslint-disable-line @typescript-eslint/no-require-imports
    });
    await warn("v36.Agent a@example.com will be replaced: agentId cannot change in place");
    await warn("v36.Agent a@example.com will be replaced: agentId cannot change in place");
    expect(received).toEqual([
      {
        severity: LogSeverity.WARNING,
        message: "v36.Agent a@example.com will be replaced: agentId cannot change in place",
      },
    ]);
  });
});
