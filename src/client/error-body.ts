// Reading LiveChat error bodies. The API answers in three shapes:
//   {"error": "text"}
//   {"error": {"type": "...", "message": "...", "data": {...}}}
//   {"errors": ["text", {"field": "message"}, {"message": "..."}]}

const MAX_TEXT = 300;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat;
}

function describeItem(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (!isObject(item)) return item === undefined || item === null ? undefined : JSON.stringify(item);
  if (typeof item.message === "string") {
    const field = item.field ?? item.property ?? item.param;
    return typeof field === "string" ? `${field}: ${item.message}` : item.message;
  }
  return Object.entries(item)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(", ");
}

/** The API's own description of what went wrong, on one line; undefined when the body has none. */
export function apiMessageOf(body: unknown): string | undefined {
  let text: string | undefined;
  if (typeof body === "string") {
    // A proxy's HTML error page says nothing the status does not.
    text = body.trimStart().startsWith("<") ? undefined : body;
  } else if (isObject(body)) {
    const { error, errors } = body;
    if (typeof error === "string") text = error;
    else if (isObject(error)) text = describeItem(error.message) ?? describeItem(error.type);
    else if (Array.isArray(errors)) text = errors.map(describeItem).filter(Boolean).join("; ");
    else if (isObject(errors)) text = describeItem(errors);
    else if (typeof body.message === "string") text = body.message;
  }
  return text ? oneLine(text) || undefined : undefined;
}

/** The machine-readable error type (`{"error": {"type": ...}}`), e.g. `misdirected_request`. */
export function apiTypeOf(body: unknown): string | undefined {
  return isObject(body) && isObject(body.error) && typeof body.error.type === "string"
    ? body.error.type
    : undefined;
}

/**
 * The region a misdirected request should go to: HTTP 421 or error type `misdirected_request`, naming the
 * region in `error.data.region` (or a top-level `region`). Only header-safe names are accepted.
 */
export function misdirectedRegionOf(status: number, body: unknown): string | undefined {
  if (status !== 421 && apiTypeOf(body) !== "misdirected_request") return undefined;
  if (!isObject(body)) return undefined;
  const data = isObject(body.error) && isObject(body.error.data) ? body.error.data : undefined;
  const region = data?.region ?? body.region;
  return typeof region === "string" && /^[a-z][a-z0-9-]{0,31}$/.test(region) ? region : undefined;
}
