// Waiting for the event a test stands on (a request reaching the emulator, a change in its state, a process
// ending), never for a fixed time: each wait ends as soon as the event happens, or fails after a generous
// timeout saying what it waited for.

import * as diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RunningEmulator } from "../../../src/emulator";

/** `promise`, or a failure naming `what` (said when the time is up) after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string | (() => string)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const said = typeof what === "string" ? what : what();
      reject(new Error(`timed out after ${ms / 1000} s waiting for ${said}`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Checks `check` until it answers something other than undefined or false (answered), every `everyMs`; fails
 * naming `what` (and the last answer) after `ms`. For a condition no event announces, such as the emulator's
 * state after a held request is applied.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  ms = 60_000,
  everyMs = 25,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Resolves once `count` API requests for which `which(method, path)` holds have reached the emulator with
 * their whole body (the server has what it needs to apply them, whatever happens to their client); fails
 * naming `what` after `ms`. Call it before the requests can start. Works with an emulator of this process
 * (startEmulator), seen through Node's HTTP server diagnostics channel.
 */
export function whenReceived(
  emulator: RunningEmulator,
  which: (method: string, path: string) => boolean,
  count: number,
  what: string,
  ms = 120_000,
): Promise<void> {
  let received = 0;
  let onStart: (message: unknown) => void = () => undefined;
  const all = new Promise<void>((resolve) => {
    onStart = (message: unknown) => {
      const { request, server } = message as { request: IncomingMessage; server: Server };
      if ((server.address() as AddressInfo | null)?.port !== emulator.port) return;
      if (!which(request.method ?? "", (request.url ?? "").split("?")[0])) return;
      // "end": the body parser has read the whole body.
      request.once("end", () => {
        received += 1;
        if (received === count) resolve();
      });
    };
    diagnostics.subscribe("http.server.request.start", onStart);
  });
  return within(all, ms, () => `${what} (${count} requests; ${received} received)`).finally(() =>
    diagnostics.unsubscribe("http.server.request.start", onStart),
  );
}
