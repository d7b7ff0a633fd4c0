import axios, { AxiosInstance } from "axios";
import { authorizationHeader, credentialsHint, secretForms, secretOf } from "./auth";
import { misdirectedRegionOf } from "./error-body";
import { LiveChatError } from "./errors";
import { HttpMethod, sleep } from "./http";
import { ClientOptions, RequestInfo, resolveClientOptions } from "./options";
import { assertApiPath, queryString } from "./path";
import { Redactor, createRedactor } from "./redact";
import { resolveRegion } from "./region";
import { RetryPolicy, parseRetryAfter, retryDelay } from "./retry";
import { Throttle } from "./throttle";
import { isLoopbackHost } from "./url";

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
  | { ok: true; data: unknown }
  | { ok: false; error: LiveChatError; sentRegion?: string; misdirectedTo?: string };

const METHODS: ReadonlySet<string> = new Set<HttpMethod>(["GET", "POST", "PUT", "DELETE"]);

/**
 * Client for the LiveChat REST Configuration API v2: authentication, region, retries, throttling and
 * errors, once for every resource. Create it lazily inside provider methods; never capture it in a
 * closure Pulumi serializes.
 */
export class LiveChatClient {
  // ES private fields: util.inspect and JSON.stringify of a client show none of them, credential included.
  readonly #http: AxiosInstance;
  readonly #throttle: Throttle;
  readonly #retry: RetryPolicy;
  readonly #authorization: string;
  readonly #userAgent: string;
  readonly #redact: Redactor;
  readonly #credentialsHint: string;
  readonly #onRequest?: (info: RequestInfo) => void;
  #region: string | undefined;

  constructor(options: ClientOptions) {
    const resolved = resolveClientOptions(options);
    this.#authorization = authorizationHeader(resolved.credentials);
    this.#redact = createRedactor(secretForms(resolved.credentials));
    this.#credentialsHint = credentialsHint(resolved.credentials);
    this.#region = resolveRegion(resolved.region, secretOf(resolved.credentials));
    this.#retry = resolved.retry;
    this.#throttle = new Throttle(resolved.throttle);
    this.#userAgent = resolved.userAgent;
    this.#onRequest = resolved.onRequest;
    this.#http = axios.create({
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
   * Sends one API call, with retries, throttling and misdirection handling, and returns the parsed JSON
   * answer. Fails with LiveChatError; `isAmbiguousWrite(e)` tells whether a failed POST may have applied.
   */
  async request<T>(method: HttpMethod, path: string, opts: RequestOptions = {}): Promise<T> {
    if (!METHODS.has(method)) throw new TypeError(`unsupported HTTP method ${JSON.stringify(method)}`);
    assertApiPath(path);
    const url = path + queryString(opts.query);
    const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    let attempt = 0;
    let retriesDone = 0;
    let redirected = false;
    for (;;) {
      attempt += 1;
      const outcome = await this.#throttle.schedule(() => this.#attempt(method, path, url, data, attempt));
      if (outcome.ok) return outcome.data as T;
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

  async #attempt(
    method: HttpMethod,
    path: string,
    url: string,
    data: string | undefined,
    attempt: number,
  ): Promise<Outcome> {
    const headers: Record<string, string> = {
      "X-API-Version": "2",
      Accept: "application/json",
      "User-Agent": this.#userAgent,
      Authorization: this.#authorization,
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
      if (res.status >= 200 && res.status < 300) {
        return { ok: true, data: res.data === "" ? undefined : res.data };
      }
      const error = new LiveChatError({
        method,
        path,
        status: res.status,
        statusText: res.statusText,
        body: res.data,
        retryAfterMs: parseRetryAfter(headerValue(res.headers["retry-after"])),
        redact: this.#redact,
        credentialsHint: this.#credentialsHint,
      });
      return { ok: false, error, sentRegion, misdirectedTo: misdirectedRegionOf(res.status, res.data) };
    } catch (cause) {
      const code = errorCode(cause);
      report(0, code);
      return {
        ok: false,
        error: new LiveChatError({ method, path, status: 0, code, cause, redact: this.#redact }),
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
