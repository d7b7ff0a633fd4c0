import Bottleneck from "bottleneck";
import { sleep } from "./http";

/** Client-side rate limit, so a large stack does not trip the API's own limits. Plain data. */
export interface ThrottlePolicy {
  /** Requests started per second at most (attempts, retries included); Infinity disables the pacing. */
  maxRequestsPerSecond: number;
  /** Requests in flight at once at most. */
  maxConcurrent: number;
}

export const DEFAULT_THROTTLE_POLICY: Readonly<ThrottlePolicy> = Object.freeze({
  maxRequestsPerSecond: 10,
  maxConcurrent: 4,
});

/** The defaults, overridden field by field. */
export function resolveThrottlePolicy(partial: Partial<ThrottlePolicy> = {}): ThrottlePolicy {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_THROTTLE_POLICY, ...defined };
}

/**
 * Paces attempts with bottleneck (the limiter behind octokit's plugin-throttling). One job is one HTTP
 * attempt: a retry waits its delay outside, then queues again, so it never jumps the line or holds a slot
 * while sleeping.
 */
export class Throttle {
  private readonly limiter: Bottleneck;
  private pausedUntil = 0;

  constructor(policy: ThrottlePolicy) {
    this.limiter = new Bottleneck({
      // 5% slower than the limit: servers count arrivals over a sliding second, and network jitter can
      // bunch requests sent exactly 1/rate apart into one window (the 21st of 20 gets a 429 and a pause).
      minTime: Number.isFinite(policy.maxRequestsPerSecond)
        ? Math.ceil(1050 / policy.maxRequestsPerSecond)
        : 0,
      maxConcurrent: policy.maxConcurrent,
    });
  }

  /** Runs one attempt when the pace, the concurrency limit and any pause allow. */
  async schedule<T>(attempt: () => Promise<T>): Promise<T> {
    // A loop: the pause may be extended by another 429 while we slept.
    while (Date.now() < this.pausedUntil) await sleep(this.pausedUntil - Date.now());
    return this.limiter.schedule(attempt);
  }

  /**
   * Holds back every request not yet queued until `epochMs`: after a 429 with Retry-After the limit is
   * account-wide, so the other requests of this client would only collect 429s too.
   */
  pauseUntil(epochMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, epochMs);
  }
}
