/** Replaces secrets in text. Applied to everything an error carries that came from outside. */
export type Redactor = (text: string) => string;

export const REDACTED = "[REDACTED]";

// A backstop for credentials we were not told about (another client's, a proxy's). The 16-character floor
// keeps prose such as "Basic authentication failed" readable.
const AUTH_VALUE = /\b(Basic|Bearer)(\s+)[A-Za-z0-9._~+/:=-]{16,}/gi;

/** A redactor for these secrets; longest first so a secret containing another is removed whole. */
export function createRedactor(secrets: readonly string[]): Redactor {
  const ordered = secrets.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of ordered) out = out.split(secret).join(REDACTED);
    return out.replace(AUTH_VALUE, `$1$2${REDACTED}`);
  };
}

/** Applies a redactor to every string (keys included) of a JSON-like value; returns a copy. */
export function redactDeep(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth > 20) return REDACTED; // untrusted bodies can nest absurdly deep
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact, depth + 1)]),
  );
}
