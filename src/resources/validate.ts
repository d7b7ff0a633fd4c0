// Field validators: each returns why a value is wrong (completing "<field> ..."), or undefined.

type Check = (value: unknown) => string | undefined;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const text: Check = (v) =>
  typeof v === "string" && v.trim() !== "" ? undefined : "must be a non-empty string";

export const email: Check = (v) =>
  typeof v === "string" && EMAIL.test(v)
    ? undefined
    : `must be an e-mail address, like jenny.doe@example.com`;

export const bool: Check = (v) => (typeof v === "boolean" ? undefined : "must be true or false");

export function oneOf(values: readonly string[]): Check {
  return (v) =>
    typeof v === "string" && values.includes(v) ? undefined : `must be one of ${values.join(", ")}`;
}

export function integer(min: number, max = Number.MAX_SAFE_INTEGER): Check {
  return (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : `must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}`;
}

export function minLength(n: number): Check {
  return (v) =>
    typeof v === "string" && v.length >= n ? undefined : `must be at least ${n} characters long`;
}

export const httpUrl: Check = (v) => {
  if (typeof v !== "string") return "must be a URL";
  try {
    const url = new URL(v);
    return url.protocol === "http:" || url.protocol === "https:" ? undefined : "must be an http or https URL";
  } catch {
    return "must be an absolute URL, like https://example.com/path";
  }
};

/** A list whose items each pass `item`; `nonEmpty` requires at least one. */
export function listOf(item: Check, { nonEmpty = false } = {}): Check {
  return (v) => {
    if (!Array.isArray(v)) return "must be a list";
    if (nonEmpty && v.length === 0) return "must have at least one item";
    for (const [i, x] of v.entries()) {
      const why = item(x);
      if (why) return `[${i}] ${why}`;
    }
    if (new Set(v.map((x) => JSON.stringify(x))).size !== v.length) return "must not repeat an item";
    return undefined;
  };
}

/** Sorted copy: for lists the server treats as sets. */
export function asSet(v: unknown): unknown {
  return Array.isArray(v) ? [...v].map((x) => (typeof x === "object" ? JSON.stringify(x) : x)).sort() : v;
}
