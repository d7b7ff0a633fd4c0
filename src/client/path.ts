import { hasControlCharacter } from "./http";

/**
 * Builds a request path from raw segments, encoding each one: `pathOf("tags", "VIP customers")` is
 * `/tags/VIP%20customers`. `@` stays readable (it is legal in a path segment), so agent paths read
 * `/agents/jane@example.com`. Empty, `.` and `..` segments are refused: URL normalisation would silently
 * turn `/tags/..` into `/`.
 */
export function pathOf(...segments: Array<string | number>): string {
  return segments
    .map((segment) => {
      const text = String(segment);
      if (text === "" || text === "." || text === "..") {
        throw new TypeError(`path segment ${JSON.stringify(text)} cannot be addressed in a URL`);
      }
      return "/" + encodeURIComponent(text).replace(/%40/g, "@");
    })
    .join("");
}

/**
 * Checks a path handed to the client: relative to the API base, no query (use `query`), nothing that
 * would let axios aim the request, and its Authorization header, at another host.
 */
export function assertApiPath(path: string): void {
  if (!/^\/(?!\/)[^?#\s\\]*$/.test(path) || hasControlCharacter(path)) {
    throw new TypeError(
      `not an API path (expected "/resource/...", no query, no host): ${JSON.stringify(path)}`,
    );
  }
}

/** `?a=1&b=x` from the defined entries of `query`, or "" when there are none. */
export function queryString(query: Record<string, string | number | undefined> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
