import { LiveChatConfigError } from "./config-error";

/** Where the LiveChat REST API lives unless `livechat:apiUrl` says otherwise. */
export const DEFAULT_API_URL = "https://api.livechatinc.com";

const KEY = "livechat:apiUrl";
const WHERE = `stack config ${KEY} or environment variable LIVECHAT_API_URL`;

/**
 * True for hosts that cannot leave this machine. Decided on the parsed hostname, never a prefix, so
 * `localhost.evil.com` and `127.0.0.1.evil.com` are not loopback. The WHATWG parser already turned
 * forms like `127.1` or `0x7f.1` into dotted quads.
 */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/**
 * Checks the API base URL and returns it without a trailing slash. Credentials travel in every request,
 * so plain http is allowed only to loopback hosts (the emulator, test servers).
 */
export function parseApiUrl(raw: string = DEFAULT_API_URL): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The raw text is not echoed: someone may have pasted a token into it.
    throw new LiveChatConfigError(KEY, `${WHERE} is not a valid absolute URL`);
  }
  if (url.username || url.password) {
    throw new LiveChatConfigError(
      KEY,
      `${WHERE} must not contain credentials; use livechat:login/pat or token`,
    );
  }
  if (url.search || url.hash) {
    throw new LiveChatConfigError(KEY, `${WHERE} must not have a query or fragment (${hostPart(url)})`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new LiveChatConfigError(
      KEY,
      `${WHERE} must use https (plain http only for localhost, 127.0.0.0/8 or [::1]); got ${hostPart(url)}`,
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

// `url.origin` is "null" for unknown schemes; this always shows what was given, minus path and secrets.
function hostPart(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
