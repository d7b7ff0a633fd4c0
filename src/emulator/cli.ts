#!/usr/bin/env node
// livechat-emulator: runs the LiveChat Configuration API v2 emulator until SIGINT/SIGTERM.
//   livechat-emulator --port 8080 --data ./state.json

import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_LICENCE, DEFAULT_LOGIN, defaultCredentials, startEmulator, type Region } from "./index";

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError("must be a port number (0 picks a free one)");
  return n;
}

function region(value: string): Region {
  if (value !== "dal" && value !== "fra") throw new InvalidArgumentError("must be dal or fra");
  return value;
}

function licence(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("must be a number");
  return Number(value);
}

interface CliOptions {
  port: number;
  host: string;
  data?: string;
  login: string;
  pat?: string;
  token?: string[];
  region: Region;
  licence: number;
  quiet?: boolean;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command()
    .name("livechat-emulator")
    .description("Local emulator of the LiveChat REST Configuration API v2 (agents, groups, goals, ...)")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", port, 8080)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("-d, --data <file>", "keep the account in this JSON file across restarts")
    .option("--login <email>", "login of the licence owner (Basic auth user)", DEFAULT_LOGIN)
    .option("--pat <pat>", "personal access token accepted for --login (default: <region>:emulator-pat)")
    .option("--token <token...>", "OAuth bearer tokens to accept (default: <region>:emulator-token)")
    .option("--region <region>", "data center of the licence: dal or fra", region, "dal" as Region)
    .option("--licence <number>", "licence number", licence, DEFAULT_LICENCE)
    .option("-q, --quiet", "do not log requests")
    .parse(argv);
  const opts = program.opts<CliOptions>();
  const defaults = defaultCredentials(opts.region);
  const credentials = {
    login: opts.login,
    pat: opts.pat ?? defaults.pat,
    tokens: opts.token ?? defaults.tokens,
  };

  const emulator = await startEmulator({
    port: opts.port,
    host: opts.host,
    dataFile: opts.data,
    credentials,
    region: opts.region,
    licence: opts.licence,
    quiet: !!opts.quiet,
  });

  console.log(`LiveChat Configuration API v2 emulator listening on ${emulator.url}`);
  console.log(
    `  licence ${emulator.licence}, region ${emulator.region}, ${opts.data ? `state in ${opts.data}` : "state in memory"}`,
  );
  console.log("Point the provider at it:");
  console.log(
    `  export LIVECHAT_API_URL=${emulator.url} LIVECHAT_LOGIN=${credentials.login} LIVECHAT_PAT=${credentials.pat}`,
  );
  console.log(`Control plane: ${emulator.url}/_emulator/state (see also /reset, /seed, /requests, /faults)`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, stopping`);
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`livechat-emulator: ${(err as Error).message}`);
    process.exit(1);
  });
}
