import type { Credentials } from "./auth";
import { CONFIG_KEYS, ConfigKeyName } from "./config-keys";
import { LiveChatConfigError } from "./config-error";
import { credentialsOf } from "./credentials";
import { HttpMethod, hasControlCharacter } from "./http";
import type { ApiNotice } from "./notices";
import { Region, isRegion } from "./region";
import { RetryPolicy, resolveRetryPolicy } from "./retry";
import { ThrottlePolicy, resolveThrottlePolicy } from "./throttle";
import { DEFAULT_API_URL, parseApiUrl } from "./url";

/** What `onRequest` is told about each HTTP attempt. Never headers, never bodies. */
export interface RequestInfo {
  /** The request's method. */
  method: HttpMethod;
  /** The request's path, without query string: `/agents` (v2) or `/v3.6/configuration/action/list_agents`. */
  path: string;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  /** Network error code when status is 0. */
  code?: string;
  /** 1 for the first attempt of a call, 2 for its first retry or misdirection repeat, and so on. */
  attempt: number;
  /** Duration of this attempt in milliseconds. */
  ms: number;
}

/** How to reach and authenticate to the LiveChat Configuration API (REST v2 and v3.6). */
export interface ClientOptions {
  /** API base URL; https, or plain http to a loopback host (the emulator). Default https://api.livechatinc.com. */
  apiUrl?: string;
  /** Agent login (e-mail) for Personal Access Token auth; used with `pat`. */
  login?: string;
  /**
   * Personal Access Token; sent as HTTP Basic base64(login:pat) on v2 calls and base64(accountId:pat) on
   * v3.6 calls.
   */
  pat?: string;
  /**
   * Account ID (a UUID) of the PAT's owner, shown with the PAT in the Developer Console; needed by v3.6
   * calls with a PAT. Not a secret.
   */
  accountId?: string;
  /** OAuth access token, sent as `Bearer`. Wins over login/pat when both are given. */
  token?: string;
  /** Data center to address with `X-Region`; by default taken from the credential's `dal:`/`fra:` prefix. */
  region?: Region;
  /** Retry policy overrides; see `DEFAULT_RETRY_POLICY`. */
  retry?: Partial<RetryPolicy>;
  /** Client-side rate limit overrides; see `DEFAULT_THROTTLE_POLICY`. */
  throttle?: Partial<ThrottlePolicy>;
  /** Per-attempt timeout in milliseconds. Default 30000. */
  timeoutMs?: number;
  /** `User-Agent` header. Default `pulumi-livechat`. */
  userAgent?: string;
  /** Called after every HTTP attempt, for debug logging and metrics. Exceptions it throws are ignored. */
  onRequest?: (info: RequestInfo) => void;
  /**
   * Called once per distinct notice that an API version is legacy or deprecated (the `Legacy` and
   * `Deprecation` answer headers). Exceptions it throws are ignored.
   */
  onApiNotice?: (notice: ApiNotice) => void;
}

/** Options after validation, with every default applied. */
export interface ResolvedClientOptions {
  /** Validated base URL, without trailing slash. */
  baseUrl: URL;
  /** The one credential scheme in use. */
  credentials: Credentials;
  /** The explicit region, if any. */
  region?: Region;
  retry: RetryPolicy;
  throttle: ThrottlePolicy;
  timeoutMs: number;
  userAgent: string;
  onRequest?: (info: RequestInfo) => void;
  onApiNotice?: (notice: ApiNotice) => void;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = "pulumi-livechat";

/** Validates options and applies defaults. Throws LiveChatConfigError; no message quotes a credential. */
export function resolveClientOptions(options: ClientOptions): ResolvedClientOptions {
  if (options.region !== undefined && !isRegion(options.region)) {
    throw new LiveChatConfigError(
      "livechat:region",
      `stack config livechat:region must be "dal" or "fra"; got ${JSON.stringify(options.region)}`,
    );
  }
  return {
    baseUrl: parseApiUrl(options.apiUrl ?? DEFAULT_API_URL),
    credentials: credentialsOf(options),
    region: options.region,
    retry: checkedRetry(resolveRetryPolicy(options.retry)),
    throttle: checkedThrottle(resolveThrottlePolicy(options.throttle)),
    timeoutMs: check("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS, (n) => n > 0, "a positive number"),
    userAgent: headerSafe("userAgent", options.userAgent ?? DEFAULT_USER_AGENT),
    onRequest: options.onRequest,
    onApiNotice: options.onApiNotice,
  };
}

function headerSafe(key: string, value: string): string {
  if (hasControlCharacter(value)) throw new LiveChatConfigError(key, `${key} contains control characters`);
  return value;
}

/**
 * Refuses a bad number. `setting` names the stack config key the value comes from, so the message says
 * what to fix in the stack, not only the client option.
 */
function check(
  key: string,
  value: number,
  ok: (n: number) => boolean,
  what: string,
  setting?: ConfigKeyName,
): number {
  if (typeof value !== "number" || Number.isNaN(value) || !ok(value)) {
    const got =
      typeof value === "number" && Number.isNaN(value) ? "it is not a number" : `got ${String(value)}`;
    const where = setting
      ? `${CONFIG_KEYS[setting].key} (${CONFIG_KEYS[setting].env}; client option ${key})`
      : key;
    throw new LiveChatConfigError(key, `${where} must be ${what}; ${got}`);
  }
  return value;
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;
const isDuration = (n: number) => Number.isFinite(n) && n >= 0;

function checkedRetry(policy: RetryPolicy): RetryPolicy {
  check("retry.retries", policy.retries, isCount, "a whole number >= 0 (default 5)", "maxRetries");
  check("retry.baseMs", policy.baseMs, isDuration, "a number >= 0");
  check("retry.maxMs", policy.maxMs, isDuration, "a number >= 0");
  if (!Array.isArray(policy.doNotRetry) || !policy.doNotRetry.every((s) => Number.isInteger(s))) {
    throw new LiveChatConfigError(
      "retry.doNotRetry",
      "retry.doNotRetry must be an array of HTTP status codes",
    );
  }
  return policy;
}

function checkedThrottle(policy: ThrottlePolicy): ThrottlePolicy {
  check(
    "throttle.maxRequestsPerSecond",
    policy.maxRequestsPerSecond,
    (n) => n > 0,
    "a number > 0, e.g. 10 (default) or 2.5; Infinity turns pacing off",
    "maxRequestsPerSecond",
  );
  check(
    "throttle.maxConcurrent",
    policy.maxConcurrent,
    (n) => Number.isInteger(n) && n >= 1,
    "a whole number >= 1 (default 4)",
    "maxConcurrentRequests",
  );
  return policy;
}
