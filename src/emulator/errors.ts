// Errors the emulator answers with. Every error is `{"error": "<message>"}` except where the real
// server uses a structured body (421 misdirected request), which callers pass as `body`.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  toBody(): unknown {
    return this.body ?? { error: this.message };
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const unauthorized = (message: string): ApiError => new ApiError(401, message);
export const notFound = (message: string): ApiError => new ApiError(404, message);

export function misdirected(region: string): ApiError {
  const message = `Misdirected request: use X-Region: ${region}`;
  return new ApiError(421, message, { error: { type: "misdirected_request", message, data: { region } } });
}

/** Maps anything thrown while handling a request (ours, body-parser's, or a bug) to an ApiError. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { status?: unknown; type?: unknown; message?: unknown };
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500) {
    // body-parser errors carry a status; their messages never contain credentials.
    if (e.type === "entity.parse.failed") return badRequest("Request body is not valid JSON");
    return new ApiError(e.status, typeof e.message === "string" ? e.message : "Bad request");
  }
  return new ApiError(500, "Internal emulator error");
}
