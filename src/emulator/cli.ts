#!/usr/bin/env node
// livechat-emulator: runs the LiveChat Configuration API emulator (v2 and v3.6) until SIGINT/SIGTERM.
//   livechat-emulator --port 8080 --data ./state.json --stage 2=deprecated:2026-12-31

import { Command, InvalidArgumentError } from "commander";
import {
  DEFAULT_CLIENT_ID,
  DEFAULT_LICENCE,
  DEFAULT_LOGIN,
  defaultAccountId,
  defaultCredentials,
  startEmulator,
  type ApiStages,
  type Region,
} from "./index";
import { GENERATIONS, parseStages } from "./stages";

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

/** `2=deprecated:2026-12-31` or `3.6=legacy:2027-06-30`, collected into the stages option. */
function stage(value: string, previous: ApiStages = {}): ApiStages {
  const match = /^([^=]+)=(legacy|deprecated):(.+)$/.exec(value);
  if (!match || !(GENERATIONS as readonly string[]).includes(match[1])) {
    throw new InvalidArgumentError(`must be <${GENERATIONS.join("|")}>=<legacy|deprecated>:<YYYY-MM-DD>`);
  }
  try {
    return { ...previous, ...parseStages({ [match[1]]: { stage: match[2], until: match[3] } }) };
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
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
  accountId?: string;
  clientId: string;
  stage?: ApiStages;
  quiet?: boolean;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command()
    .name("livechat-emulator")
    .description("Local emulator of the LiveChat Configuration API, v2 and v3.6 on one account")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", port, 8080)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("-d, --data <file>", "keep the account in this JSON file across restarts")
    .option("--login <email>", "login of the licence owner (Basic auth user)", DEFAULT_LOGIN)
    .option("--pat <pat>", "personal access token accepted for --login (default: <region>:emulator-pat)")
    .option("--token <token...>", "OAuth bearer tokens to accept (default: <region>:emulator-token)")
    .option("--region <region>", "data center of the licence: dal or fra", region, "dal" as Region)
    .option("--licence <number>", "licence number", licence, DEFAULT_LICENCE)
    .option(
      "--account-id <id>",
      "the owner's account id, v3.6's Basic auth user (default: derived from --login)",
    )
    .option("--client-id <id>", "Client ID of the bearer tokens", DEFAULT_CLIENT_ID)
    .option(
      "--stage <v=stage:date...>",
      "Legacy/Deprecation header per API version, e.g. 2=deprecated:2026-12-31",
      stage,
    )
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
    accountId: opts.accountId ?? defaultAccountId(opts.login),
    clientId: opts.clientId,
    stages: opts.stage,
    quiet: !!opts.quiet,
  });

  console.log(`LiveChat Configuration API emulator (v2 and v3.6) listening on ${emulator.url}`);
  console.log(
    `  licence ${emulator.licence}, region ${emulator.region}, ${opts.data ? `state in ${opts.data}` : "state in memory"}`,
  );
  console.log("Point the provider at it:");
  console.log(
    `  export LIVECHAT_API_URL=${emulator.url} LIVECHAT_LOGIN=${credentials.login} LIVECHAT_PAT=${credentials.pat}` +
      ` LIVECHAT_ACCOUNT_ID=${emulator.accountId}`,
  );
  console.log(
    `  v3.6: POST ${emulator.url}/v3.6/configuration/action/<method> with Basic base64(${emulator.accountId}:<PAT>)`,
  );
  console.log(
    `Control plane: ${emulator.url}/_emulator/state (see also /reset, /seed, /requests, /faults, /stages, /account)`,
  );

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
