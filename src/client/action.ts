import { ApiVersion, HttpMethod } from "./http";

/** Per-call options of `LiveChatClient.action` and `LiveChatClient.batch`. */
export interface ActionOptions {
  /**
   * Whether sending the call twice leaves the same state as sending it once, so that a 5xx or a lost
   * connection may be retried and is not an ambiguous write. Default: true for reads (`get_*`, `list_*`),
   * false otherwise (every v3.6 action is a POST, so the HTTP method cannot tell).
   */
  idempotent?: boolean;
}

/** One HTTP call as the pipeline sends it, whichever the API generation. */
export interface Call {
  version: ApiVersion;
  method: HttpMethod;
  /** Path without query string, as errors and `onRequest` show it. */
  path: string;
  /** Path with query string, as sent. */
  url: string;
  data?: string;
  /** The v3.6 method, e.g. `create_agent`. */
  action?: string;
  idempotent: boolean;
}

// v3.6 method names are snake_case words; anything else could aim the request at another path.
const ACTION_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const READ_ACTION = /^(get|list)_/;

/** The path of a v3.6 method: `/v3.6/configuration/action/<method>`. */
export const actionPath = (action: string): string => `/v3.6/configuration/action/${action}`;

/** Refuses what is not a v3.6 method name, before anything is sent. */
export function assertActionName(method: string): void {
  if (typeof method !== "string" || !ACTION_NAME.test(method)) {
    throw new TypeError(
      `not a v3.6 method name (snake_case, e.g. "create_agent"): ${JSON.stringify(method)}`,
    );
  }
}

/** The call for a v3.6 method; idempotent by default only if it reads. */
export function actionCall(action: string, body: object, idempotent?: boolean): Call {
  assertActionName(action);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TypeError(`the body of ${action} must be a JSON object`);
  }
  const path = actionPath(action);
  // The API requires a JSON body (Content-Type: application/json) on every action, `{}` at least.
  const data = JSON.stringify(body);
  return {
    version: "3.6",
    method: "POST",
    path,
    url: path,
    data,
    action,
    idempotent: idempotent ?? READ_ACTION.test(action),
  };
}
