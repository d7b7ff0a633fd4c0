/** The HTTP methods the LiveChat Configuration API v2 uses (v3.6 uses only POST). */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** The API generations the client speaks: REST v2 (`X-API-Version: 2`) and the v3.6 actions. */
export type ApiVersion = "2" | "3.6";

/** Methods that are safe to repeat: sending them twice leaves the same state as sending them once. */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(["GET", "PUT", "DELETE"]);

/** Transport failures worth another attempt (timeouts surface as ETIMEDOUT or, from axios, ECONNABORTED). */
export const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EPIPE",
  "EAI_AGAIN",
]);

/**
 * Failures that happen before a single byte of the request reaches the server (connection refused,
 * DNS lookup failed), so even a POST cannot have been applied and may be sent again.
 */
export const NOT_SENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "EAI_AGAIN",
  "ENOTFOUND",
]);

/** Resolves after `ms`; checks the clock so callers can rely on "at least that long". */
export async function sleep(ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, deadline - Date.now())));
  }
}

/** True if the text has a C0 control character or DEL, which HTTP headers and paths cannot carry. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
