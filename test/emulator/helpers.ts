// Shared test plumbing: an in-process emulator and axios clients that never throw on HTTP errors.

import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import axios, { type AxiosInstance } from "axios";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator";

export const OWNER = "owner@example.com";
export const FORM = { headers: { "Content-Type": "application/x-www-form-urlencoded" } };

export const basic = (login: string, pat: string): string =>
  `Basic ${Buffer.from(`${login}:${pat}`).toString("base64")}`;

/** A client; by default authenticated as the owner with X-API-Version: 2. */
export function client(
  emu: RunningEmulator,
  headers: Record<string, string | undefined> = {},
): AxiosInstance {
  const defaults: Record<string, string | undefined> = {
    Authorization: basic(emu.credentials.login, emu.credentials.pat),
    "X-API-Version": "2",
    ...headers,
  };
  const clean = Object.fromEntries(Object.entries(defaults).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  return axios.create({
    baseURL: emu.url,
    headers: clean,
    validateStatus: () => true,
    // No keep-alive: a fresh socket per request keeps connection-fault tests independent.
    httpAgent: new http.Agent({ keepAlive: false }),
  });
}

export async function start(
  options: EmulatorOptions = {},
): Promise<{ emu: RunningEmulator; api: AxiosInstance }> {
  const emu = await startEmulator({ quiet: true, ...options });
  return { emu, api: client(emu) };
}

/** The control plane (no auth). */
export function control(emu: RunningEmulator): AxiosInstance {
  return axios.create({
    baseURL: `${emu.url}/_emulator`,
    validateStatus: () => true,
    httpAgent: new http.Agent({ keepAlive: false }),
  });
}

export const anyId = expect.any(Number);
export const hex32 = expect.stringMatching(/^[0-9a-f]{32}$/);

/** Calls a v3.6 method: POST /v3.6/configuration/action/<method>, Basic base64(account_id:PAT) by default. */
export type V36Call = (
  method: string,
  body?: unknown,
  headers?: Record<string, string | undefined>,
) => Promise<import("axios").AxiosResponse>;

export function v36(emu: RunningEmulator, defaults: Record<string, string | undefined> = {}): V36Call {
  const http36 = client(emu, {
    Authorization: basic(emu.accountId, emu.credentials.pat),
    "X-API-Version": undefined,
    ...defaults,
  });
  return (method, body = {}, headers = {}) =>
    http36.post(`/v3.6/configuration/action/${method}`, body, { headers: headers as Record<string, string> });
}

/**
 * The example answers of the v3.6 reference (its responses/<section>/<name>.json), copied (same JSON, prettier-formatted) into
 * fixtures/v3.6-responses so the tests do not depend on where the reference lives.
 */
export function v36Example(section: string, name: string): unknown {
  const file = path.join(__dirname, "fixtures", "v3.6-responses", section, `${name}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
