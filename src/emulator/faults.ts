// Fault injection for API requests (never the control plane): a real per-second rate limit, added
// latency, and random connection resets, 429s, 5xxs and dropped answers after a write. Random
// faults draw from a seeded PRNG when `seed` is set, so a run can be reproduced. v3.6 calls are all POSTs:
// `actions` picks them by method name, and only its writes (not get_*/list_*) count as writes.

import type { NextFunction, Request, Response } from "express";
import { ApiError, badRequest } from "./errors";
import { isPlainObject, type Input } from "./validate";
import { actionOf, isReadAction } from "./v36/paths";

export interface FaultConfig {
  /** Delay before every matching request is handled. */
  latencyMs?: number;
  error5xxRate?: number;
  /** Status of injected server errors (default 503). */
  error5xxStatus?: number;
  tooManyRequestsRate?: number;
  /** Retry-After of injected 429s, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** A real limit over a sliding one-second window, for all API requests; over it answer 429. */
  maxRequestsPerSecond?: number;
  /** Destroy the socket without answering, before the request is applied. */
  connectionResetRate?: number;
  /** Apply a write (POST/PUT/DELETE), then destroy the socket without answering. */
  dropAfterWriteRate?: number;
  seed?: number;
  /** Limit the faults other than maxRequestsPerSecond to these methods... */
  methods?: string[];
  /** ...and to paths starting with this prefix... */
  pathPrefix?: string;
  /** ...and to these v3.6 methods (e.g. ["create_agent"]); v2 requests never match when it is set. */
  actions?: string[];
  /**
   * Faults aimed at requests, each at most `times` times (default 1), besides the random ones: the first rule
   * that matches a request and has times left answers it. GET /faults shows the times each has left.
   */
  rules?: FaultRule[];
}

/** A fault aimed at some requests: a server error before the request is applied, or its answer dropped after. */
export interface FaultRule {
  methods?: string[];
  pathPrefix?: string;
  actions?: string[];
  fault: "error5xx" | "dropAfterWrite";
  times?: number;
}

const RATES = ["error5xxRate", "tooManyRequestsRate", "connectionResetRate", "dropAfterWriteRate"] as const;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Validates a fault configuration from PUT /_emulator/faults. */
export function parseFaults(body: unknown): FaultConfig {
  if (!isPlainObject(body)) throw badRequest("The fault configuration must be a JSON object");
  const config: FaultConfig = {};
  const number = (key: string, min: number, max: number, integer = false): number | undefined => {
    const value = (body as Input)[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "number" || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw badRequest(
        `Invalid fault "${key}": must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`,
      );
    }
    return value;
  };
  for (const key of Object.keys(body)) {
    const known = [...RATES, "latencyMs", "error5xxStatus", "retryAfterSeconds", "maxRequestsPerSecond"];
    const lists = ["seed", "methods", "pathPrefix", "actions", "rules"];
    if (![...known, ...lists].includes(key)) {
      throw badRequest(`Unknown fault "${key}" (allowed: ${[...known, ...lists].join(", ")})`);
    }
  }
  for (const key of RATES) config[key] = number(key, 0, 1);
  config.latencyMs = number("latencyMs", 0, 600_000);
  config.error5xxStatus = number("error5xxStatus", 500, 599, true);
  config.retryAfterSeconds = number("retryAfterSeconds", 0, 86_400, true);
  config.maxRequestsPerSecond = number("maxRequestsPerSecond", 0, 1_000_000);
  config.seed = number("seed", 0, 2 ** 32 - 1, true);
  if (body.methods !== undefined) {
    if (!Array.isArray(body.methods) || !body.methods.every((m) => typeof m === "string")) {
      throw badRequest('Invalid fault "methods": must be an array of HTTP methods such as ["POST", "PUT"]');
    }
    config.methods = body.methods.map((m: string) => m.toUpperCase());
  }
  if (body.actions !== undefined) {
    if (!Array.isArray(body.actions) || !body.actions.every((m) => typeof m === "string")) {
      throw badRequest(
        'Invalid fault "actions": must be an array of v3.6 method names such as ["create_agent"]',
      );
    }
    config.actions = [...body.actions];
  }
  if (body.pathPrefix !== undefined) {
    if (typeof body.pathPrefix !== "string") throw badRequest('Invalid fault "pathPrefix": must be a string');
    config.pathPrefix = body.pathPrefix;
  }
  if (body.rules !== undefined) {
    if (!Array.isArray(body.rules)) throw badRequest('Invalid fault "rules": must be an array of rules');
    config.rules = body.rules.map(parseRule);
  }
  for (const key of Object.keys(config) as (keyof FaultConfig)[]) {
    if (config[key] === undefined) delete config[key];
  }
  return config;
}

const RULE_FAULTS = ["error5xx", "dropAfterWrite"] as const;

function parseRule(rule: unknown, i: number): FaultRule {
  const bad = (why: string) => badRequest(`Invalid fault rule ${i}: ${why}`);
  if (!isPlainObject(rule)) throw bad("must be a JSON object");
  const r = rule as Input;
  for (const key of Object.keys(r))
    if (!["methods", "pathPrefix", "actions", "fault", "times"].includes(key))
      throw bad(`unknown key "${key}" (allowed: methods, pathPrefix, actions, fault, times)`);
  if (!RULE_FAULTS.includes(r.fault as (typeof RULE_FAULTS)[number]))
    throw bad(`"fault" must be one of ${RULE_FAULTS.join(", ")}`);
  const strings = (key: string) => {
    const v = r[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
      throw bad(`"${key}" must be an array of strings`);
    return v as string[];
  };
  if (r.pathPrefix !== undefined && typeof r.pathPrefix !== "string")
    throw bad('"pathPrefix" must be a string');
  if (r.times !== undefined && !(Number.isInteger(r.times) && (r.times as number) >= 1))
    throw bad('"times" must be a whole number from 1');
  const out: FaultRule = {
    fault: r.fault as FaultRule["fault"],
    times: (r.times as number | undefined) ?? 1,
  };
  const methods = strings("methods");
  if (methods) out.methods = methods.map((m) => m.toUpperCase());
  const actions = strings("actions");
  if (actions) out.actions = actions;
  if (r.pathPrefix !== undefined) out.pathPrefix = r.pathPrefix as string;
  return out;
}

function isWrite(req: Request): boolean {
  const action = actionOf(req.path);
  return action === undefined ? WRITES.has(req.method) : req.method === "POST" && !isReadAction(action);
}

/** mulberry32: tiny, fast, and good enough to make fault sequences reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

export class FaultInjector {
  private config: FaultConfig = {};
  private random: () => number = Math.random;
  private window: number[] = [];

  get(): FaultConfig {
    return {
      ...this.config,
      ...(this.config.rules ? { rules: this.config.rules.map((r) => ({ ...r })) } : {}),
    };
  }

  /** Replaces the configuration (and restarts the PRNG and the rate window). */
  set(config: FaultConfig): FaultConfig {
    this.config = { ...config, ...(config.rules ? { rules: config.rules.map((r) => ({ ...r })) } : {}) };
    this.random = config.seed === undefined ? Math.random : seededRandom(config.seed);
    this.window = [];
    return this.get();
  }

  clear(): void {
    this.set({});
  }

  /** The first rule with times left that matches the request, which it uses up one of. */
  private aimedAt(req: Request): FaultRule | undefined {
    const rule = this.config.rules?.find(
      (r) => (r.times ?? 1) > 0 && (r.fault !== "dropAfterWrite" || isWrite(req)) && this.matches(req, r),
    );
    if (rule) rule.times = (rule.times ?? 1) - 1;
    return rule;
  }

  private matches(
    req: Request,
    scope: Pick<FaultConfig, "methods" | "pathPrefix" | "actions"> = this.config,
  ): boolean {
    const { methods, pathPrefix, actions } = scope;
    if (methods && !methods.includes(req.method.toUpperCase())) return false;
    if (actions && !actions.includes(actionOf(req.path) ?? "")) return false;
    return !pathPrefix || req.path.startsWith(pathPrefix);
  }

  private hit(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.random() < rate;
  }

  /** Over the limit: the 429 to answer; otherwise counts the request and returns undefined. */
  private rateLimit(): ApiError | undefined {
    const limit = this.config.maxRequestsPerSecond;
    if (limit === undefined) return undefined;
    const now = Date.now();
    this.window = this.window.filter((t) => now - t < 1000);
    if (this.window.length >= limit) {
      const wait = this.window.length > 0 ? this.window[0] + 1000 - now : 1000;
      const retryAfter = String(Math.max(1, Math.ceil(wait / 1000)));
      return new ApiError(429, `Too many requests: the limit is ${limit} per second`, undefined, {
        "Retry-After": retryAfter,
      });
    }
    this.window.push(now);
    return undefined;
  }

  middleware() {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const limited = this.rateLimit();
      if (limited) return next(limited);
      const rule = this.aimedAt(req);
      if (rule?.fault === "error5xx")
        return next(new ApiError(this.config.error5xxStatus ?? 503, "Service unavailable (injected fault)"));
      if (rule?.fault === "dropAfterWrite") {
        res.locals.dropAfterWrite = true;
        return next();
      }
      if (!this.matches(req)) return next();
      const c = this.config;
      // Draw every decision on arrival, in a fixed order, so a seed gives the same sequence
      // whatever the latency does to the order in which requests complete.
      const reset = this.hit(c.connectionResetRate);
      const tooMany = !reset && this.hit(c.tooManyRequestsRate);
      const serverError = !reset && !tooMany && this.hit(c.error5xxRate);
      const drop = !reset && !tooMany && !serverError && isWrite(req) && this.hit(c.dropAfterWriteRate);
      if (c.latencyMs) await sleep(c.latencyMs);
      if (reset) {
        req.socket.destroy();
        return;
      }
      if (tooMany) {
        const retryAfter = String(c.retryAfterSeconds ?? 1);
        return next(
          new ApiError(429, "Too many requests (injected fault)", undefined, { "Retry-After": retryAfter }),
        );
      }
      if (serverError)
        return next(new ApiError(c.error5xxStatus ?? 503, "Service unavailable (injected fault)"));
      res.locals.dropAfterWrite = drop;
      next();
    };
  }
}
