import type { AxiosInstance, AxiosStatic } from "axios";
import type { ApiVersion } from "./http";
import { Credentials, authorizationHeader, credentialsHint, secretForms, secretOf } from "./auth";
import { ActionOptions, Call, actionCall, assertActionName } from "./action";
import { BatchResult, batchResults } from "./batch";
import { misdirectedRegionOf } from "./error-body";
import { LiveChatError } from "./errors";
import { HttpMethod, IDEMPOTENT_METHODS, sleep } from "./http";
import { ApiNotice, ApiNoticeLog } from "./notices";
import { ClientOptions, RequestInfo, resolveClientOptions } from "./options";
import { assertApiPath, queryString } from "./path";
import { Redactor, createRedactor } from "./redact";
import { resolveRegion } from "./region";
import { RetryPolicy, parseRetryAfter, retryDelay } from "./retry";
import { Throttle } from "./throttle";
import { isLoopbackHost } from "./url";

// Loaded with the first client: Pulumi programs load this module (resources name their API paths through
// it) but never call the API, and axios alone takes about 100 ms to load (npm run bench, program start-up).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAxios = (): AxiosStatic => require("axios");

/** Query parameters; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

/** Per-call options of `LiveChatClient.request`. */
export interface RequestOptions {
  /** Query parameters. */
  query?: Query;
  /** JSON body (DELETE may carry one, e.g. `DELETE /tags/<name>` with `{"group": 1}`). */
  body?: unknown;
}

type Outcome =
  | { ok: true; data: unknown; status: number }
  | { ok: false; error: LiveChatError; sentRegion?: string; misdirectedTo?: string };

const METHODS: ReadonlySet<string> = new Set<HttpMethod>(["GET", "POST", "PUT", "DELETE"]);

/**
 * Client for the LiveChat Configuration API, REST v2 (`request`) and v3.6 (`action`, `batch`):
 * authentication, region, retries, throttling, errors and version notices, once for every resource.
 * Both generations share one throttle, the account's rate limit being one. Create it lazily inside
 * provider methods; never capture it in a closure Pulumi serializes.
 */
export class LiveChatClient {
  // ES private fields: util.inspect and JSON.stringify of a client show none of them, credential included.
  readonly #http: AxiosInstance;
  readonly #throttle: Throttle;
  readonly #retry: RetryPolicy;
  readonly #credentials: Credentials;
  readonly #userAgent: string;
  readonly #redact: Redactor;
  readonly #onRequest?: (info: RequestInfo) => void;
  readonly #notices: ApiNoticeLog;
  #region: string | undefined;

  constructor(options: ClientOptions) {
    const resolved = resolveClientOptions(options);
    this.#credentials = resolved.credentials;
    this.#redact = createRedactor(secretForms(resolved.credentials));
    this.#notices = new ApiNoticeLog(resolved.onApiNotice);
    this.#region = resolveRegion(resolved.region, secretOf(resolved.credentials));
    this.#retry = resolved.retry;
    this.#throttle = new Throttle(resolved.throttle);
    this.#userAgent = resolved.userAgent;
    this.#onRequest = resolved.onRequest;
    this.#http = loadAxios().create({
      baseURL: resolved.baseUrl.href,
      // Paths come from callers; never let one name another host and receive our Authorization header.
      allowAbsoluteUrls: false,
      // A redirect could carry credentials elsewhere, and the API does not redirect: a 3xx is an error.
      maxRedirects: 0,
      // Every status comes back as a response; `#attempt` turns non-2xx into LiveChatError.
      validateStatus: () => true,
      timeout: resolved.timeoutMs,
      transitional: { clarifyTimeoutError: true },
      // A proxy from HTTP_PROXY has no business with the emulator on loopback.
      proxy: isLoopbackHost(resolved.baseUrl.hostname) ? false : undefined,
    });
  }

  /**
   * Sends one v2 API call, with retries, throttling and misdirection handling, and returns the parsed JSON
   * answer. Fails with LiveChatError; `isAmbiguousWrite(e)` tells whether a failed POST may have applied.
   */
  async request<T>(method: HttpMethod, path: string, opts: RequestOptions = {}): Promise<T> {
    if (!METHODS.has(method)) throw new TypeError(`unsupported HTTP method ${JSON.stringify(method)}`);
    assertApiPath(path);
    const url = path + queryString(opts.query);
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const idempotent = IDEMPOTENT_METHODS.has(method);
    const outcome = await this.#send({ version: "2", method, path, url, data, idempotent });
    return outcome.data as T;
  }

  /**
   * Whether the credentials can call an API generation: a token calls both, a PAT v2 with the login and v3.6
   * with the Account ID.
   */
  canCall(version: ApiVersion): boolean {
    const c = this.#credentials;
    return c.kind === "token" || (version === "2" ? c.login : c.accountId) !== undefined;
  }

  /**
   * Calls a v3.6 method: POST `/v3.6/configuration/action/<method>` with `body` as JSON, through the same
   * throttle, retries, misdirection handling and redaction as `request`. Resolves to the parsed answer
   * (undefined when the answer is empty). Fails with LiveChatError (`action` names the method), or with
   * LiveChatConfigError when a PAT is configured without `livechat:accountId`.
   */
  async action<T>(method: string, body: object = {}, opts: ActionOptions = {}): Promise<T> {
    return (await this.#send(actionCall(method, body, opts.idempotent))).data as T;
  }

  /**
   * Calls `batch_<method>` with `{requests}` and returns one result per request, in request order. Give
   * the name as it follows `batch_`, which is plural (`batch("delete_agents", [{ id }])` for
   * `delete_agent`). A failed request is `{ ok: false, error }` with the batch's HTTP status; a failure of
   * the whole call throws as `action` does. Idempotent only if declared (default false). No requests, no call.
   */
  async batch<T = unknown>(
    method: string,
    requests: object[],
    opts: ActionOptions = {},
  ): Promise<BatchResult<T>[]> {
    assertActionName(method);
    if (method.startsWith("batch_")) {
      throw new TypeError(`give the batch method without its "batch_" prefix: ${JSON.stringify(method)}`);
    }
    if (!Array.isArray(requests)) throw new TypeError("batch requests must be an array");
    if (requests.length === 0) return []; // nothing to ask: no call
    const call = actionCall(`batch_${method}`, { requests }, opts.idempotent);
    const { data, status } = await this.#send(call);
    const { method: httpMethod, path, action, idempotent } = call;
    return batchResults<T>(data, requests.length, {
      method: httpMethod,
      path,
      status,
      action,
      idempotent,
      redact: this.#redact,
    });
  }

  /** Every distinct legacy or deprecation notice the API has sent this client, in the order first seen. */
  apiNotices(): ApiNotice[] {
    return this.#notices.list();
  }

  async #send(call: Call): Promise<{ data: unknown; status: number }> {
    // Per call: a PAT without the login (v2) or the Account ID (v3.6) fails only the generation needing it.
    const authorization = authorizationHeader(this.#credentials, call.version);
    const hint = credentialsHint(this.#credentials, call.version);
    let attempt = 0;
    let retriesDone = 0;
    let redirected = false;
    for (;;) {
      attempt += 1;
      const n = attempt;
      const outcome = await this.#throttle.schedule(() => this.#attempt(call, n, authorization, hint));
      if (outcome.ok) return outcome;
      const { error, sentRegion, misdirectedTo } = outcome;
      // The API tells us the account lives in another data center: follow once, and remember it. Compared
      // with the region this attempt carried: a concurrent call may have switched the client already.
      if (misdirectedTo && !redirected && misdirectedTo !== sentRegion) {
        redirected = true;
        this.#region = misdirectedTo;
        continue;
      }
      const delay = retryDelay(error, retriesDone, this.#retry);
      if (delay === undefined) throw error;
      if (error.status === 429 && error.retryAfterMs !== undefined) {
        this.#throttle.pauseUntil(Date.now() + delay);
      }
      retriesDone += 1;
      await sleep(delay);
    }
  }

  async #attempt(call: Call, attempt: number, authorization: string, hint: string): Promise<Outcome> {
    const { version, method, path, url, data, action, idempotent } = call;
    const headers: Record<string, string> = {
      // v3.6 carries its version in the path.
      ...(version === "2" ? { "X-API-Version": "2" } : {}),
      Accept: "application/json",
      "User-Agent": this.#userAgent,
      Authorization: authorization,
    };
    const sentRegion = this.#region;
    if (sentRegion) headers["X-Region"] = sentRegion;
    if (data !== undefined) headers["Content-Type"] = "application/json";
    const started = Date.now();
    const report = (status: number, code?: string) =>
      this.#report({ method, path, status, code, attempt, ms: Date.now() - started });
    try {
      const res = await this.#http.request({ method, url, data, headers });
      report(res.status);
      this.#notices.record(version, res.headers as Record<string, unknown>);
      if (res.status >= 200 && res.status < 300) {
        return { ok: true, data: res.data === "" ? undefined : res.data, status: res.status };
      }
      const error = new LiveChatError({
        method,
        path,
        status: res.status,
        statusText: res.statusText,
        body: res.data,
        retryAfterMs: parseRetryAfter(headerValue(res.headers["retry-after"])),
        redact: this.#redact,
        credentialsHint: hint,
        action,
        idempotent,
      });
      return { ok: false, error, sentRegion, misdirectedTo: misdirectedRegionOf(res.status, res.data) };
    } catch (cause) {
      const code = errorCode(cause);
      report(0, code);
      return {
        ok: false,
        error: new LiveChatError({
          method,
          path,
          status: 0,
          code,
          cause,
          redact: this.#redact,
          action,
          idempotent,
        }),
      };
    }
  }

  #report(info: RequestInfo): void {
    try {
      this.#onRequest?.(info);
    } catch {
      // A logging hook must not change the outcome of a call.
    }
  }
}

function headerValue(value: unknown): string | undefined {
  return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
}

function errorCode(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}
