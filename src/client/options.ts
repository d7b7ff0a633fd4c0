import { Credentials } from "./auth";
import { CONFIG_KEYS, ConfigKeyName } from "./config-keys";
import { LiveChatConfigError } from "./config-error";
import { HttpMethod, hasControlCharacter } from "./http";
import { Region, isRegion } from "./region";
import { RetryPolicy, resolveRetryPolicy } from "./retry";
import { ThrottlePolicy, resolveThrottlePolicy } from "./throttle";
import { DEFAULT_API_URL, parseApiUrl } from "./url";

/** What `onRequest` is told about each HTTP attempt. Never headers, never bodies. */
export interface RequestInfo {
  /** The request's method. */
  method: HttpMethod;
  /** The request's path, without query string. */
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

/** How to reach and authenticate to the LiveChat REST API (Configuration API v2). */
export interface ClientOptions {
  /** API base URL; https, or plain http to a loopback host (the emulator). Default https://api.livechatinc.com. */
  apiUrl?: string;
  /** Agent login (e-mail) for Personal Access Token auth; used with `pat`. */
  login?: string;
  /** Personal Access Token of `login`; sent as HTTP Basic base64(login:pat). */
  pat?: string;
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
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = "pulumi-livechat";

const MISSING_CREDENTIALS =
  "LiveChat credentials are missing: set stack config livechat:login and livechat:pat (a Personal Access " +
  "Token), or livechat:token (an OAuth access token); or the environment variables LIVECHAT_LOGIN and " +
  "LIVECHAT_PAT, or LIVECHAT_TOKEN";

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
  };
}

function credentialsOf(options: ClientOptions): Credentials {
  // Secrets pasted from files or terminals often carry a trailing newline.
  const token = options.token?.trim();
  const login = options.login?.trim();
  const pat = options.pat?.trim();
  if (token) return { kind: "token", token: credential("livechat:token", "LIVECHAT_TOKEN", token) };
  if (login && pat) {
    if (login.includes(":")) {
      throw new LiveChatConfigError("livechat:login", "livechat:login (LIVECHAT_LOGIN) must not contain ':'");
    }
    return {
      kind: "pat",
      login: credential("livechat:login", "LIVECHAT_LOGIN", login),
      pat: credential("livechat:pat", "LIVECHAT_PAT", pat),
    };
  }
  if (login) {
    throw new LiveChatConfigError(
      "livechat:pat",
      `${MISSING_CREDENTIALS}. livechat:login is set but livechat:pat (LIVECHAT_PAT) is not`,
    );
  }
  if (pat) {
    throw new LiveChatConfigError(
      "livechat:login",
      `${MISSING_CREDENTIALS}. livechat:pat is set but livechat:login (LIVECHAT_LOGIN) is not`,
    );
  }
  throw new LiveChatConfigError("livechat:token", MISSING_CREDENTIALS);
}

// Whitespace or control characters would corrupt the Authorization header; say where, not what.
function credential(key: string, env: string, value: string): string {
  if (/\s/.test(value) || hasControlCharacter(value)) {
    throw new LiveChatConfigError(key, `${key} (${env}) contains whitespace or control characters`);
  }
  return value;
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
