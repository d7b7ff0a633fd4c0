import { apiMessageOf, apiTypeOf } from "./error-body";
import { HttpMethod, IDEMPOTENT_METHODS, NOT_SENT_NETWORK_CODES } from "./http";
import { Redactor, createRedactor, redactDeep } from "./redact";

// Symbol.for so that two loaded copies of this module recognise each other's errors.
const BRAND = Symbol.for("pulumi-livechat:LiveChatError");

// Without known secrets, the redactor still masks anything shaped like an Authorization value.
const BACKSTOP = createRedactor([]);

/** What the client knows about a failed call; everything textual in it is redacted on construction. */
export interface LiveChatErrorInit {
  /** The request's method. */
  method: HttpMethod;
  /** The request's path, without query string. */
  path: string;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  /** HTTP status text, used when the body has no message. */
  statusText?: string;
  /** The parsed response body, if any. */
  body?: unknown;
  /** Node/axios error code for network failures (ECONNRESET, ECONNREFUSED, ETIMEDOUT...). */
  code?: string;
  /** Delay the server asked for in `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
  /** The underlying error; only a redacted copy of its name, message, code and stack is kept. */
  cause?: unknown;
  /** Removes the client's credentials from text. */
  redact?: Redactor;
  /**
   * Which credentials the call used and how to fix them, by config key (never the values); added to the
   * message when the API refuses the credentials (see `isUnauthorized`).
   */
  credentialsHint?: string;
  /** The v3.6 method called (`create_agent`, `batch_delete_agents`); undefined for a v2 call. */
  action?: string;
  /** For one failed request of a v3.6 batch: its index in `requests`. */
  batchIndex?: number;
  /** Whether repeating the call is harmless; default: the HTTP method is GET, PUT or DELETE. */
  idempotent?: boolean;
}

/**
 * A failed LiveChat API call: an HTTP error answer or a network failure. Carries no request headers, and
 * its text has the client's credentials scrubbed out, so it is safe to print, log and serialize.
 */
export class LiveChatError extends Error {
  /** HTTP status, or 0 for a network failure (see `code`). */
  readonly status: number;
  /** The request's method. */
  readonly method: HttpMethod;
  /** The request's path, e.g. `/agents/jane@example.com` (no query string, no headers). */
  readonly path: string;
  /** The API's own error text, from `{"error": "..."}`, `{"error": {"message"}}` or `{"errors": [...]}`. */
  readonly apiMessage?: string;
  /** The API's error type when it sends one, e.g. `misdirected_request`. */
  readonly apiType?: string;
  /** Network error code (ECONNRESET, ECONNREFUSED, ETIMEDOUT...) when `status` is 0. */
  readonly code?: string;
  /** The parsed response body, redacted. */
  readonly body?: unknown;
  /** How long the server asked us to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number;
  /** The v3.6 method called, e.g. `create_agent`; undefined for a v2 call. */
  readonly action?: string;
  /**
   * Set when one request of a v3.6 batch failed while the batch itself succeeded: its index in `requests`.
   * `status` is then the batch's HTTP status (2xx), since the item has none of its own: read `apiType`.
   */
  readonly batchIndex?: number;
  /** Whether repeating the call is harmless (GET, PUT, DELETE; v3.6 reads, or what the caller declared). */
  readonly idempotent: boolean;

  constructor(init: LiveChatErrorInit) {
    const redact: Redactor = (text) => BACKSTOP(init.redact ? init.redact(text) : text);
    const body = init.body === undefined ? undefined : redactDeep(init.body, redact);
    const apiMessage = apiMessageOf(body);
    const path = redact(init.path);
    const cause = sanitizeCause(init.cause, init.code, redact);
    const apiType = apiTypeOf(body);
    const action = init.action === undefined ? undefined : redact(init.action);
    // v3.6 errors are known by their type (`validation`, `not_found`...): it leads, before the text.
    const described =
      action !== undefined && apiType !== undefined && apiType !== apiMessage
        ? `${apiType}${apiMessage ? `: ${apiMessage}` : ""}`
        : apiMessage;
    const reason =
      init.status === 0
        ? [init.code ?? "network error", cause && cause.message !== init.code ? cause.message : ""]
        : init.batchIndex !== undefined
          ? [described ?? "error"]
          : [String(init.status), described ?? init.statusText ?? ""];
    const refused = refusesCredentials(init.status, apiType, apiMessage);
    const hint = refused && init.credentialsHint ? `. ${init.credentialsHint}` : "";
    const call =
      action === undefined
        ? `${init.method} ${path}`
        : `v3.6 ${action}${init.batchIndex === undefined ? "" : ` requests[${init.batchIndex}]`}`;
    // The message is final before super(): V8 copies it into `stack` right away.
    super(`LiveChat API ${call} failed: ${reason.join(" ").trim()}${hint}`, { cause });
    this.status = init.status;
    this.method = init.method;
    this.path = path;
    this.apiMessage = apiMessage;
    this.apiType = apiType;
    this.code = init.code;
    this.body = body;
    this.retryAfterMs = init.retryAfterMs;
    this.action = action;
    this.batchIndex = init.batchIndex;
    this.idempotent = init.idempotent ?? IDEMPOTENT_METHODS.has(init.method);
  }

  /** True for a LiveChatError from any loaded copy of this module (`instanceof` is not). */
  static isInstance(e: unknown): e is LiveChatError {
    return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
  }

  /** The fields worth logging; never the cause (an axios error carries the request's headers). */
  toJSON(): Record<string, unknown> {
    const { name, message, status, method, path, apiMessage, apiType, code, retryAfterMs } = this;
    const { action, batchIndex } = this;
    return {
      name,
      message,
      status,
      method,
      path,
      apiMessage,
      apiType,
      code,
      retryAfterMs,
      action,
      batchIndex,
    };
  }
}

Object.defineProperty(LiveChatError.prototype, "name", { value: "LiveChatError" });
Object.defineProperty(LiveChatError.prototype, BRAND, { value: true });

// Keeping the original (an AxiosError) would let util.inspect print its config, headers included.
function sanitizeCause(cause: unknown, code: string | undefined, redact: Redactor): Error | undefined {
  if (cause === undefined) return undefined;
  const source = cause instanceof Error ? cause : new Error(String(cause));
  const copy = new Error(redact(source.message));
  copy.name = source.name;
  copy.stack = source.stack === undefined ? undefined : redact(source.stack);
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}

// The API documents 401 for bad credentials; a 403 is a missing role or scope, unless its text says the
// credential itself was refused (an expired or revoked token).
const REFUSED_CREDENTIAL =
  /\b(invalid|expired|revoked|unknown|bad)\b.*\b(token|credentials?|login|pat)\b|\b(token|credentials?)\b.*\b(invalid|expired|revoked)\b/i;

function refusesCredentials(status: number, apiType?: string, apiMessage?: string): boolean {
  if (status === 401) return true;
  if (status !== 403) return false;
  return apiType === "authentication" || REFUSED_CREDENTIAL.test(apiMessage ?? "");
}

/**
 * The API refused the credentials (401, or a 403 that says the credential is invalid or expired): fixing
 * them, not retrying, is the way out. The error's message already names the config keys to fix.
 */
export function isUnauthorized(e: unknown): e is LiveChatError {
  return LiveChatError.isInstance(e) && refusesCredentials(e.status, e.apiType, e.apiMessage);
}

/**
 * The object does not exist (HTTP 404, or on v3.6 the error type `not_found`, which is all a failed batch
 * request has): for `read`, a resource deleted outside Pulumi.
 */
export function isNotFound(e: unknown): e is LiveChatError {
  if (!LiveChatError.isInstance(e)) return false;
  return e.status === 404 || (e.action !== undefined && e.apiType === "not_found");
}

/**
 * A POST failed in a way where the server may nevertheless have applied it: a 5xx, a timeout, or a
 * connection lost after the request was sent. Look the object up before creating it again, or risk a
 * duplicate. Not set for refused connections or failed DNS (nothing was sent) nor for 4xx answers, nor
 * for v3.6 actions declared idempotent (every action is a POST; reads are idempotent).
 */
export function isAmbiguousWrite(e: unknown): e is LiveChatError {
  if (!LiveChatError.isInstance(e) || e.method !== "POST" || e.idempotent === true) return false;
  if (e.status >= 500) return true;
  return e.status === 0 && !NOT_SENT_NETWORK_CODES.has(e.code ?? "");
}
