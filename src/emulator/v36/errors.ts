// v3.6's errors: {"error": {"type", "message", "data"?}} with the reference's types. Each type has one HTTP
// status. Errors raised outside the v3.6 handlers (authentication, injected faults, body parsing) are
// ApiErrors with a status only; toV36Body gives them the type their status stands for.

import { ApiError } from "../errors";

export const ERROR_STATUS = {
  validation: 400,
  unsupported_version: 400,
  authentication: 401,
  license_expired: 402,
  authorization: 403,
  limit_reached: 403,
  not_found: 404,
  group_not_found: 404,
  already_exists: 409,
  misdirected_request: 421,
  too_many_requests: 429,
  internal: 500,
} as const;
export type ErrorType = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { type: string; message: string; data?: unknown };
}

export class V36Error extends ApiError {
  constructor(
    readonly type: ErrorType,
    message: string,
    data?: Record<string, unknown>,
  ) {
    super(ERROR_STATUS[type], message, { error: { type, message, ...(data ? { data } : {}) } });
  }
}

export const validation = (message: string): V36Error => new V36Error("validation", message);
export const notFound = (message: string): V36Error => new V36Error("not_found", message);
export const alreadyExists = (message: string): V36Error => new V36Error("already_exists", message);
export const limitReached = (message: string): V36Error => new V36Error("limit_reached", message);
export const authorization = (message: string): V36Error => new V36Error("authorization", message);
export const groupNotFound = (id: number): V36Error =>
  new V36Error("group_not_found", `Group ${id} not found`);

function typeOfStatus(status: number): ErrorType {
  if (status >= 500) return "internal";
  const byStatus: Record<number, ErrorType> = {
    401: "authentication",
    402: "license_expired",
    403: "authorization",
    404: "not_found",
    409: "already_exists",
    421: "misdirected_request",
    429: "too_many_requests",
  };
  return byStatus[status] ?? "validation";
}

/** The v3.6 body of any error the emulator raised. */
export function toV36Body(error: ApiError): ErrorBody {
  const body = error.body as { error?: unknown } | undefined;
  const structured = body?.error as ErrorBody["error"] | undefined;
  if (structured && typeof structured === "object" && typeof structured.type === "string") {
    return { error: structured };
  }
  return { error: { type: typeOfStatus(error.status), message: error.message } };
}
