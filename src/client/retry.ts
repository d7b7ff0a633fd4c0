import { HttpMethod, IDEMPOTENT_METHODS, NOT_SENT_NETWORK_CODES, RETRYABLE_NETWORK_CODES } from "./http";

/** When and how long to retry. Plain data so tests can shrink it (`{ baseMs: 1 }`). */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  retries: number;
  /** Backoff before the first retry; doubles with each retry (full jitter: a random delay up to it). */
  baseMs: number;
  /** Ceiling of the backoff. A longer `Retry-After` from the server is still honoured, up to 60 s. */
  maxMs: number;
  /** Statuses never retried even if they would otherwise be. */
  doNotRetry: number[];
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  retries: 5,
  baseMs: 500,
  maxMs: 20_000,
  doNotRetry: [400, 401, 403, 404, 409, 410, 421, 422],
});

/** A `Retry-After` longer than this is cut to it: waiting longer would look like a hang. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** The defaults, overridden field by field. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_RETRY_POLICY, doNotRetry: [...DEFAULT_RETRY_POLICY.doNotRetry], ...defined };
}

/** A `Retry-After` value (delta seconds or HTTP date) in milliseconds; undefined if absent or invalid. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The facts about a failed attempt that decide whether to try again (a LiveChatError has them). */
export interface AttemptFailure {
  method: HttpMethod;
  /** HTTP status, 0 for a network failure. */
  status: number;
  /** Network error code when status is 0. */
  code?: string;
  /** The server's `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
  /**
   * Whether sending the call twice leaves the same state as sending it once. Defaults to the method's
   * (GET, PUT, DELETE); v3.6 actions are all POST, so they say it themselves (reads do).
   */
  idempotent?: boolean;
}

/**
 * Whether another attempt may be sent. 429 means "not processed", so any method may repeat it, and a
 * refused connection means nothing was sent. A 5xx or a connection lost mid-request may have been applied:
 * only idempotent methods repeat those; a POST is left to the caller (see `isAmbiguousWrite`).
 */
export function isRetryable(failure: AttemptFailure, policy: RetryPolicy): boolean {
  const { method, status, code } = failure;
  if (policy.doNotRetry.includes(status)) return false;
  const idempotent = failure.idempotent ?? IDEMPOTENT_METHODS.has(method);
  if (status === 429) return true;
  if (status >= 500) return idempotent;
  if (status !== 0 || code === undefined || !RETRYABLE_NETWORK_CODES.has(code)) return false;
  return idempotent || NOT_SENT_NETWORK_CODES.has(code);
}

/**
 * Milliseconds to wait before retry number `retriesDone + 1`, or undefined to give up. The server's
 * `Retry-After` is honoured exactly (capped at 60 s, or maxMs if larger); otherwise exponential backoff
 * with full jitter, so that many clients that failed together do not come back together.
 */
export function retryDelay(
  failure: AttemptFailure,
  retriesDone: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number | undefined {
  if (retriesDone >= policy.retries || !isRetryable(failure, policy)) return undefined;
  if (failure.retryAfterMs !== undefined) {
    return Math.min(failure.retryAfterMs, Math.max(policy.maxMs, MAX_RETRY_AFTER_MS));
  }
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** retriesDone);
  return Math.floor(random() * ceiling);
}
