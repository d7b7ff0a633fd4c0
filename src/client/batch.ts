import { LiveChatError, LiveChatErrorInit } from "./errors";

/**
 * One request's outcome in a v3.6 batch, at that request's index. A failed request's error has the batch's
 * HTTP status (the item has none of its own), its `apiType`/`apiMessage`, and `batchIndex`.
 */
export type BatchResult<T = unknown> = { ok: true; value: T } | { ok: false; error: LiveChatError };

/** What every error of one batch shares: the call, its status, the redactor. */
export type BatchErrorInit = Omit<LiveChatErrorInit, "body" | "batchIndex" | "statusText">;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// A response object of a batched method never has an `error` key of its own (`{}`, `{"id": ...}`).
function isItemError(item: unknown): boolean {
  return isObject(item) && (isObject(item.error) || typeof item.error === "string");
}

/**
 * Splits a batch answer (`{"responses": [...]}`, in request order) into one result per request. Throws a
 * LiveChatError for the whole batch when the answer does not hold exactly one response per request:
 * which request a response belongs to would be a guess.
 */
export function batchResults<T>(answer: unknown, count: number, init: BatchErrorInit): BatchResult<T>[] {
  const responses = isObject(answer) ? answer.responses : undefined;
  if (!Array.isArray(responses) || responses.length !== count) {
    const got = Array.isArray(responses) ? `${responses.length} responses` : "no responses array";
    throw new LiveChatError({
      ...init,
      body: answer,
      statusText: `malformed batch answer: ${got} for ${count} requests`,
    });
  }
  return responses.map((item: unknown, batchIndex): BatchResult<T> =>
    isItemError(item)
      ? { ok: false, error: new LiveChatError({ ...init, body: item, batchIndex }) }
      : { ok: true, value: item as T },
  );
}
