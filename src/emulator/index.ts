// In-process entry point: startEmulator() runs a LiveChat Configuration API emulator (v2 and v3.6, one
// account) on a local port and returns its URL plus helpers to inspect and steer it from tests.

import * as http from "http";
import type { AddressInfo } from "net";
import { createApp } from "./app";
import type { Credentials, Region } from "./auth";
import { FaultInjector, parseFaults, type FaultConfig } from "./faults";
import { RequestLog, type RequestRecord } from "./request-log";
import { StageHeaders, parseStages, type ApiStages } from "./stages";
import type { WireState } from "./snapshot";
import { Store } from "./store";
import { accountIdFor } from "./model";

export type { FaultConfig } from "./faults";
export type { RequestRecord } from "./request-log";
export type { WireState } from "./snapshot";
export type { Credentials, Region } from "./auth";
export type { ApiStages, StageHeader } from "./stages";
export { ApiError } from "./errors";

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Load the state from this file if it exists, and save every change to it. */
  dataFile?: string;
  credentials?: { login: string; pat: string; tokens?: string[] };
  /** The owner's account id, v3.6's Basic-auth user (default: derived from the login, see DEFAULT_ACCOUNT_ID). */
  accountId?: string;
  /** The Client ID the Bearer tokens belong to (v3.6 methods default owner_client_id to it). */
  clientId?: string;
  /** Legacy/Deprecation headers per API generation, e.g. {"2": {stage: "deprecated", until: "2026-12-31"}}. */
  stages?: ApiStages;
  /** Region of the licence, and of credentials without a dal:/fra: prefix. Default "dal". */
  region?: Region;
  licence?: number;
  /** Print nothing (the default); the CLI turns request logging on. */
  quiet?: boolean;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  host: string;
  port: number;
  region: Region;
  licence: number;
  credentials: Credentials;
  /** The owner's account id: v3.6 authenticates with Basic base64(accountId:PAT). */
  accountId: string;
  /** The Client ID of the Bearer tokens. */
  clientId: string;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
  /** The whole state in wire format (as GET /_emulator/state). */
  state(): WireState;
  /** The API request log (as GET /_emulator/requests). */
  requests(): RequestRecord[];
  clearRequests(): void;
  /** Fresh licence: initial state, no faults, empty request log. */
  reset(): void;
  /** Adds objects in wire format (as POST /_emulator/seed); throws ApiError (400) on bad input. */
  seed(objects: unknown): WireState;
  setFaults(config: FaultConfig): FaultConfig;
  clearFaults(): void;
  /** Replaces the lifecycle headers (as PUT /_emulator/stages); reset() restores the option's. */
  setStages(stages: ApiStages): ApiStages;
}

export const DEFAULT_LOGIN = "owner@example.com";
export const DEFAULT_LICENCE = 12345;

export const DEFAULT_CLIENT_ID = "0805e283233042b37f460ed8fbf22160";

/** The default account id of a login: a stable UUID, so it survives restarts. */
export const defaultAccountId = (login: string): string => accountIdFor(login);

export function defaultCredentials(region: Region = "dal"): Credentials {
  return { login: DEFAULT_LOGIN, pat: `${region}:emulator-pat`, tokens: [`${region}:emulator-token`] };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const region = options.region ?? "dal";
  const licence = options.licence ?? DEFAULT_LICENCE;
  const defaults = defaultCredentials(region);
  const credentials: Credentials = options.credentials
    ? { ...options.credentials, tokens: options.credentials.tokens ?? defaults.tokens }
    : defaults;
  const quiet = options.quiet ?? true;
  const accountId = options.accountId ?? defaultAccountId(credentials.login);
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  const stages = new StageHeaders(parseStages(options.stages ?? {}));

  const store = new Store({ ownerLogin: credentials.login, licence, accountId }, options.dataFile);
  const faults = new FaultInjector();
  const log = new RequestLog(
    quiet
      ? undefined
      : (r) => console.log(`${r.time} ${r.method} ${r.path} ${r.status || "dropped"} ${r.ms}ms`),
  );
  const app = createApp({
    store,
    faults,
    log,
    auth: { credentials, region, accountId, clientId },
    stages,
    onError: (err) => console.error("livechat-emulator: unexpected error:", err),
  });

  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;

  let stopped: Promise<void> | undefined;
  return {
    url,
    host,
    port: address.port,
    region,
    licence,
    credentials,
    accountId,
    clientId,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
    state: () => store.snapshot(),
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    reset() {
      store.reset();
      faults.clear();
      log.clear();
      stages.reset();
    },
    seed(objects) {
      store.seed(objects);
      return store.snapshot();
    },
    setFaults: (config) => faults.set(parseFaults(config)),
    clearFaults: () => faults.clear(),
    setStages: (value) => stages.set(parseStages(value)),
  };
}
