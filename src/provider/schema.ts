// The kinds of values resource fields take, as zod schemas: each gives the field's static type, its JSON
// Schema (for editors and the generated reference) and its runtime check. zod's own messages say what failed
// ("Invalid input: expected string"); ours complete "<field> ..." with what the value must be and how to fix it,
// and never repeat the value (it may be huge, or a secret). So each kind explains a value first, in these words,
// and the zod shape checks it second.
import * as z from "zod";
import { stableJson } from "./fields";

/** Why a value is wrong, completing "<field> ...", or undefined. */
export type Check = (value: unknown) => string | undefined;

/** A schema that explains a wrong value with `explain`, then checks it against `shape`. */
export function explained<T extends z.ZodType>(shape: T, explain: Check) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const message = explain(value);
      if (message) ctx.addIssue({ code: "custom", message, input: value });
    })
    .pipe(shape);
}

/** A kind's JSON Schema, for a resource's own JSON Schema rules (if/then) that use it. */
export function jsonSchemaOf(kind: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(kind, { io: "output", unrepresentable: "any" });
  return json;
}

/** Why a value does not fit a schema, completing "<field> ...": "[2] must be ...", ".monday.start must ...". */
export function problemOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const at = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return at ? `${at} ${issue.message}` : issue.message;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Control characters (C0, DEL, C1). */
const CONTROL = /\p{Cc}/u;
/** Control characters other than line breaks and tabs, for texts that may span lines. */
const CONTROL_BUT_LINES = /(?![\n\r\t])\p{Cc}/u;
/** Line and paragraph separators: line breaks that are not control characters. */
const SEPARATORS = /[\u2028\u2029]/;
/** Half of a UTF-16 surrogate pair on its own: not text, and no server can store it. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Characters that change the meaning of a URL path segment. */
const PATH_CHARACTERS = /[/?#%\\]/;

/** The longest values, where the reference documents none, chosen well above any real value. */
export const MAX = { line: 255, groupName: 180, text: 5000, url: 2048, webhookUrl: 500 } as const;

/** "a number", "a list", "an object", "true or false" - what a wrong value is, without the value. */
function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "boolean") return "true or false";
  return `a ${typeof v}`;
}

/** Length in characters as people count them (an emoji is one). */
const lengthOf = (s: string) => [...s].length;

// The JSON Schema patterns say what the checks say, for editors (which read them as ECMAScript regular
// expressions with the u flag, as ajv does): \p{Cc} is a control character, \p{Cs} a lone surrogate.
/** What one line of text must not contain: control characters, line and paragraph separators, lone surrogates. */
const NOT_IN_LINE = "\\p{Cc}\\p{Cs}\\u2028\\u2029";
/** What text must not start or end with: those, and spaces (servers trim them). */
const NOT_AT_EDGE = "\\s\\p{Cc}\\p{Cs}";

/**
 * The pattern of text that is not blank, does not start or end with spaces, and has no control characters
 * (but line breaks and tabs when `multiline`) or lone surrogates; nor any of the characters `more` lists.
 */
export function trimmed(multiline: boolean, more = ""): string {
  const edge = `[^${NOT_AT_EDGE}${more}]`;
  const inner = multiline ? `(?:[\\n\\r\\t]|[^\\p{Cc}\\p{Cs}${more}])` : `[^${NOT_IN_LINE}${more}]`;
  return `^${edge}(?:${inner}*${edge})?$`;
}

function textCheck(max: number, multiline: boolean): Check {
  return (v) => {
    if (typeof v !== "string") return `must be a non-empty string, not ${kindOf(v)}; put the value in quotes`;
    if (v.trim() === "") return "must be a non-empty string, not blank; give it a value";
    if (v !== v.trim())
      return `must not start or end with spaces${multiline ? " or line breaks (in YAML, use |- rather than |)" : ""}; remove them`;
    if (LONE_SURROGATE.test(v))
      return "must be valid Unicode text; it has a broken character (a lone surrogate)";
    if (multiline ? CONTROL_BUT_LINES.test(v) : CONTROL.test(v) || SEPARATORS.test(v))
      return multiline
        ? "must not contain control characters other than line breaks and tabs; remove them"
        : "must be one line without control characters (line breaks, tabs, ...); remove them";
    const length = lengthOf(v);
    if (length > max) return `must be at most ${max} characters long (it has ${length}); shorten it`;
    return undefined;
  };
}

/**
 * Text: a string, not blank, without spaces at either end (servers trim them, and the next comparison
 * would see a change), without control characters, at most `max` characters.
 */
export function textOf({ max = MAX.line as number, multiline = false } = {}) {
  const shape = z.string().meta({ minLength: 1, maxLength: max, pattern: trimmed(multiline) });
  return explained(shape, textCheck(max, multiline));
}

/** One line of text of up to 255 characters: names, titles, tags. */
export const text = textOf();

/**
 * Text that becomes a segment of a request path (a tag's name): besides `text`'s rules, no `.` or `..`
 * (URL normalisation turns `/tags/..` into `/`) and none of / ? # % \.
 */
export function pathSegment(max: number = MAX.line) {
  const asText = textCheck(max, false);
  // Text's pattern, without . and .. and the characters of PATH_CHARACTERS.
  const pattern = `^(?!\\.\\.?$)${trimmed(false, "/?#%\\\\").slice(1)}`;
  const shape = z.string().meta({ minLength: 1, maxLength: max, pattern });
  return explained(shape, (v) => {
    const why = asText(v);
    if (why) return why;
    if (v === "." || v === "..")
      return "must not be . or ..: such a name cannot be addressed in a URL; rename it";
    if (PATH_CHARACTERS.test(v as string))
      return "must not contain / ? # % or \\: it is part of a URL path; remove them";
    return undefined;
  });
}

/**
 * EMAIL without control characters and PATH_CHARACTERS, as a JSON Schema pattern. Not `format: email`: ajv's
 * form of it refuses addresses the check takes (non-ASCII ones) and takes some it refuses (with a / or %).
 */
const EMAIL_PART = "[^\\s@\\p{Cc}/?#%\\\\]+";
export const EMAIL_PATTERN = `^${EMAIL_PART}@${EMAIL_PART}\\.${EMAIL_PART}$`;

/** An e-mail address (a login), which is also part of a request path: no / ? # % or \. */
export const email = explained(z.string().meta({ maxLength: 254, pattern: EMAIL_PATTERN }), (v) => {
  if (typeof v !== "string") return `must be an e-mail address, not ${kindOf(v)}; like jenny.doe@example.com`;
  if (v !== v.trim()) return "must not start or end with spaces; remove them";
  if (CONTROL.test(v) || SEPARATORS.test(v))
    return "must be one line without control characters; remove them";
  if (!EMAIL.test(v)) return `must be an e-mail address, like jenny.doe@example.com`;
  // A login is also the agent's path in the API (/agents/<login>).
  if (PATH_CHARACTERS.test(v)) return "must not contain / ? # % or \\: it is part of a URL path; remove them";
  // In characters, as every other length here and JSON Schema's maxLength count (an emoji is one).
  const length = lengthOf(v);
  if (length > 254) return `must be at most 254 characters long (it has ${length}); shorten it`;
  return undefined;
});

/** A password: never repeated in a message, not even its length. */
export function password(min: number, max: number) {
  const shape = z.string().meta({ minLength: min, maxLength: max, pattern: "^\\P{Cc}*$", writeOnly: true });
  return explained(shape, (v) => {
    if (typeof v !== "string") return `must be a string, not ${kindOf(v)}; put the value in quotes`;
    if (CONTROL.test(v))
      return "must not contain line breaks or control characters; check for a trailing newline where it was read from";
    const length = lengthOf(v);
    if (length < min) return `must be at least ${min} characters long`;
    if (length > max) return `must be at most ${max} characters long; choose a shorter one`;
    return undefined;
  });
}

export const bool = explained(z.boolean(), (v) =>
  typeof v === "boolean" ? undefined : `must be true or false, not ${kindOf(v)}; write it without quotes`,
);

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return explained(z.enum(values), (v) =>
    typeof v === "string" && values.includes(v) ? undefined : `must be one of ${values.join(", ")}`,
  );
}

function integerCheck(min: number, max: number): Check {
  const range = `from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}`;
  return (v) => {
    if (Number.isInteger(v) && (v as number) >= min && (v as number) <= max) return undefined;
    if (typeof v !== "number")
      return `must be a whole number ${range}, not ${kindOf(v)}; write it without quotes`;
    return `must be a whole number ${range}`;
  };
}

export function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  const shape = max === Number.MAX_SAFE_INTEGER ? z.int().min(min) : z.int().min(min).max(max);
  return explained(shape, integerCheck(min, max));
}

/** A pattern of the numbers from 0 to `max` in digits, leading zeros and all: 0*(\d{1,2}|[0-1]\d\d|2[0-4]\d|25[0-5]) */
export function upTo(max: number): string {
  const digits = String(max);
  const shorter = digits.length > 1 ? [`\\d{1,${digits.length - 1}}`] : [];
  const below = [...digits].flatMap((d, i) => {
    const rest = digits.length - i - 1;
    return d === "0" ? [] : [`${digits.slice(0, i)}[0-${Number(d) - 1}]${rest ? `\\d{${rest}}` : ""}`];
  });
  return `0*(?:${[...shorter, ...below, digits].join("|")})`;
}

/** A whole number from `min` up, as a number or as a string of digits (the server stores it as text). */
export function digits(min = 0) {
  // As text: digits whose number is a safe integer from `min` (leading zeros and all), as the check says.
  const from = min > 0 ? `(?!${upTo(min - 1)}$)` : "";
  const shape = z.union([
    z.int().min(min),
    z.string().meta({ pattern: `^${from}${upTo(Number.MAX_SAFE_INTEGER)}$` }),
  ]);
  return explained(shape, (v) => {
    if (typeof v === "number") return integerCheck(min, Number.MAX_SAFE_INTEGER)(v);
    if (typeof v === "string" && /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) && Number(v) >= min)
      return undefined;
    return `must be a whole number from ${min} up, like 30`;
  });
}

/** The letters of `word` in either case, for a pattern: [Hh][Tt][Tt][Pp]. */
const caseless = (word: string) =>
  [...word].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join("");
/** `pattern` (anchored) as a lookahead, so that a value must match it and another pattern. */
const alsoMatching = (pattern: string) => `(?=${pattern.slice(1)})`;

/**
 * httpUrlOf's JSON Schema pattern: text, then http:// or https:// and an address without credentials (@). Not
 * `format: uri`: its RFC 3986 form refuses what the check and servers take (spaces, non-ASCII in a path).
 */
export const HTTP_URL_PATTERN = `^${alsoMatching(trimmed(false))}${caseless("http")}[Ss]?://[^@/?#]+(?:[/?#].*)?$`;
const HTTP_URL = new RegExp(HTTP_URL_PATTERN, "u");

/** An absolute http(s) URL, without credentials (they would be stored and shown), at most `max` characters. */
export function httpUrlOf(max: number) {
  const asText = textCheck(max, false);
  const shape = z.string().meta({ maxLength: max, pattern: HTTP_URL_PATTERN });
  return explained(shape, (v) => {
    if (typeof v !== "string") return `must be a URL, not ${kindOf(v)}; like https://example.com/path`;
    const why = asText(v);
    if (why) return why;
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      return "must be an absolute URL, like https://example.com/path";
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return "must be an http or https URL, like https://example.com/path";
    if (url.username || url.password || /^[a-z]+:\/\/[^/?#]*@/i.test(v))
      return "must not contain a user name or password (user:pass@); remove them, and keep credentials out of URLs";
    // The parser also takes https:/x, https:x and https:///x for https://x: the address is written whole, as
    // the JSON Schema's pattern says.
    if (!HTTP_URL.test(v)) return "must be an absolute URL written whole, like https://example.com/path";
    return undefined;
  });
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript|file):/i;

/**
 * urlPatternOf's JSON Schema pattern: text; not of an unsafe scheme; http:// or https:// or no scheme; and no @
 * before the first / ? or # after it (the credentials of user:pass@host).
 */
const URL_PATTERN_PATTERN =
  `^${alsoMatching(trimmed(false))}` +
  `(?!(?:${["javascript", "data", "vbscript", "file"].map(caseless).join("|")}):)` +
  `(?:${caseless("http")}[Ss]?://|(?![A-Za-z][A-Za-z0-9+.-]*://))[^@/?#]*(?:[/?#].*)?$`;

/**
 * An address or part of one, as substring-matching rules take it ("shop.com/thanks", "cart"): text, and when it
 * names a scheme, http or https; never with a user name or password.
 */
export function urlPatternOf(max: number = MAX.url) {
  const asText = textCheck(max, false);
  const shape = z.string().meta({ minLength: 1, maxLength: max, pattern: URL_PATTERN_PATTERN });
  return explained(shape, (v) => {
    const why = asText(v);
    if (why) return why;
    const s = v as string;
    const scheme = SCHEME.exec(s)?.[1].toLowerCase();
    if ((scheme && scheme !== "http" && scheme !== "https") || UNSAFE_SCHEME.test(s))
      return "must be an http or https address, or a part of one (like shop.example.com/thanks)";
    const authority = s.replace(SCHEME, "").split(/[/?#]/)[0];
    if (authority.includes("@"))
      return "must not contain a user name or password (user:pass@); remove them, and keep credentials out of URLs";
    return undefined;
  });
}

export const urlPattern = urlPatternOf();

// The same form the emulator accepts: the server's own codes (pt_BR, fil) must pass, or export fails.
const LANGUAGE = /^[a-z]{2,3}([_-][A-Za-z]{2,4})?$/;

/** A chat window language code: en, de, fil, pt_BR, pt-br. */
export const language = explained(z.string().regex(LANGUAGE), (v) =>
  typeof v === "string" && LANGUAGE.test(v)
    ? undefined
    : "must be a language code such as en, de, fil, pt_BR or pt-br (language in lower case)",
);

/** An object of the given shape, whose content `inner` explains (`what` it must be, when it is no object). */
export function objectOf<T extends z.ZodType>(shape: T, inner: Check, what = "an object") {
  return explained(shape, (v) =>
    v && typeof v === "object" && !Array.isArray(v) ? inner(v) : `must be ${what}, not ${kindOf(v)}`,
  );
}

/**
 * A list of 1 to `max` items (greeting rules), each first explained by `problem`, then checked against
 * `item`; messages call an item a `noun`.
 */
export function itemsOf<T extends z.ZodType>(
  item: T,
  problem: Check,
  { max, noun }: { max: number; noun: string },
) {
  return explained(z.array(item).min(1).max(max), (v) => {
    if (!Array.isArray(v) || v.length === 0) return `must be a list of at least one ${noun}`;
    if (v.length > max) return `must have at most ${max} ${noun}s (it has ${v.length}); remove some`;
    for (const [i, x] of v.entries()) {
      const why = problem(x);
      if (why) return `[${i}] ${why}`;
    }
    return undefined;
  });
}

/** A list whose items each fit `item`; `nonEmpty` requires at least one, `max` caps the count; no repeats. */
export function listOf<T extends z.ZodType>(item: T, { nonEmpty = false, max = Infinity } = {}) {
  let shape = z.array(item).meta({ uniqueItems: true });
  if (nonEmpty) shape = shape.min(1);
  if (max !== Infinity) shape = shape.max(max);
  return explained(shape, (v) => {
    if (!Array.isArray(v)) return `must be a list, not ${kindOf(v)}`;
    if (nonEmpty && v.length === 0) return "must have at least one item";
    if (v.length > max) return `must have at most ${max} items (it has ${v.length}); remove some`;
    for (const [i, x] of v.entries()) {
      const why = problemOf(item, x);
      if (why) return `[${i}] ${why}`;
    }
    if (new Set(v.map((x) => stableJson(x))).size !== v.length) return "must not repeat an item";
    return undefined;
  });
}
