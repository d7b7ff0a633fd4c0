// Fault tests state their expectation: an up that must fail (and why), an up that must succeed, and the
// faults the emulator really injected, read from its request log. No "either outcome is fine".

import * as diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { EngineEvent, Stack, UpOptions, UpResult } from "@pulumi/pulumi/automation";
import type { FaultConfig, RequestRecord, RunningEmulator } from "../../../src/emulator";
import { errorsOf } from "./events";

/** What an up that had to fail left: its error text and the engine's error diagnostics, by resource name. */
export interface Failed {
  message: string;
  errors: { name: string; message: string }[];
  events: EngineEvent[];
}

/** `pulumi up`, which must fail; throws if it succeeds. */
export async function expectUpFails(stack: Stack, opts: UpOptions = {}): Promise<Failed> {
  const events: EngineEvent[] = [];
  let result: UpResult;
  try {
    result = await stack.up({
      ...opts,
      onEvent: (e) => {
        events.push(e);
        opts.onEvent?.(e);
      },
    });
  } catch (e) {
    return { message: String(e), errors: errorsOf(events), events };
  }
  throw new Error(
    `expected the up to fail, but it succeeded: ${JSON.stringify(result.summary.resourceChanges)}`,
  );
}

/** `pulumi up`, which must succeed; its failure is rethrown with the engine's errors by resource. */
export async function expectUpSucceeds(
  stack: Stack,
  opts: UpOptions = {},
): Promise<UpResult & { events: EngineEvent[] }> {
  const events: EngineEvent[] = [];
  try {
    const up = await stack.up({
      ...opts,
      onEvent: (e) => {
        events.push(e);
        opts.onEvent?.(e);
      },
    });
    return { ...up, events };
  } catch (e) {
    const errors = errorsOf(events).map((x) => `${x.name}: ${x.message.trim()}`);
    throw new Error(
      `expected the up to succeed, but it failed:\n${errors.join("\n")}\n${String(e).slice(0, 3000)}`,
    );
  }
}

/** A request as `METHOD /path status`, the form the assertions on the request log compare. */
export const line = (r: Pick<RequestRecord, "method" | "path" | "status">) =>
  `${r.method} ${r.path} ${r.status}`;

/** The requests of the log, from index `from`, as lines; `which` keeps some. */
export const requestLines = (
  emulator: RunningEmulator,
  which: (r: RequestRecord) => boolean = () => true,
  from = 0,
): string[] => emulator.requests().slice(from).filter(which).map(line);

/** The faults the emulator can inject into one request. */
export type Fault = "reset" | "429" | "5xx" | "drop";

/** What the request log shows for a request that met each fault: no answer (0) for a reset and a drop. */
export const STATUS_OF: Record<Fault, number> = { reset: 0, "429": 429, "5xx": 503, drop: 0 };

const CONFIG_OF: Record<Fault, FaultConfig> = {
  reset: { connectionResetRate: 1 },
  "429": { tooManyRequestsRate: 1, retryAfterSeconds: 1 },
  "5xx": { error5xxRate: 1 },
  drop: { dropAfterWriteRate: 1 },
};

/** An API request as it arrived, numbered among those of the same method and path (from 1). */
export interface Arrival {
  method: string;
  path: string;
  nth: number;
  fault?: Fault;
}

/** A fault plan in force: what arrived (in order), and whether two requests were ever in flight at once. */
export interface FaultPlan {
  arrivals: Arrival[];
  /** Requests that arrived while another was in flight: the plan cannot tell which one a fault hits. */
  overlapping: string[];
  stop(): void;
}

/**
 * Faults decided per request, by the request itself: as each API request arrives, `plan(method, path, nth)`
 * says which fault (if any) it meets, the nth among requests of that method and path. The emulator's own
 * fault injection applies it (set at rate 1 for that one request), so the request log records it like any
 * injected fault. Which requests get a fault is then a function of the requests, not of their order or of a
 * random draw; it needs the requests to come one at a time (livechat:maxConcurrentRequests 1), which
 * `overlapping` checks. Works with an emulator of this process (startEmulator), seen through Node's HTTP
 * server diagnostics channel.
 */
export function planFaults(
  emulator: RunningEmulator,
  plan: (method: string, path: string, nth: number) => Fault | undefined,
): FaultPlan {
  const arrivals: Arrival[] = [];
  const overlapping: string[] = [];
  const seen = new Map<string, number>();
  let inFlight = 0;
  const onStart = (message: unknown) => {
    const { request, response, server } = message as {
      request: IncomingMessage;
      response: ServerResponse;
      server: Server;
    };
    if ((server.address() as AddressInfo | null)?.port !== emulator.port) return;
    const path = (request.url ?? "").split("?")[0];
    if (path.startsWith("/_emulator")) return;
    const method = request.method ?? "";
    const key = `${method} ${path}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    if (inFlight > 0) overlapping.push(`${key} #${nth}`);
    inFlight += 1;
    response.once("close", () => (inFlight -= 1));
    const fault = plan(method, path, nth);
    arrivals.push({ method, path, nth, ...(fault ? { fault } : {}) });
    emulator.setFaults(fault ? CONFIG_OF[fault] : {});
  };
  diagnostics.subscribe("http.server.request.start", onStart);
  return {
    arrivals,
    overlapping,
    stop: () => {
      diagnostics.unsubscribe("http.server.request.start", onStart);
      emulator.clearFaults();
    },
  };
}
