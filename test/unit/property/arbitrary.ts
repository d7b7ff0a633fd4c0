// Values near a JSON Schema, for fast-check: mostly values of the schema's shape, with edge cases (boundary
// lengths and numbers, unicode, emoji, control characters, spaces, `.`/`..`, path and URL characters) and
// near misses (a wrong type, a missing or extra key, one item too many). The generator reads only the subset of
// JSON Schema that zod emits (type, enum, const, pattern, format, minLength/maxLength, minimum/maximum, items,
// uniqueItems, minItems/maxItems, properties/required/additionalProperties, propertyNames, anyOf/oneOf, $ref),
// so a new field or kind is covered without new test code. It never decides validity: the tests ask the JSON
// Schema (ajv) and the check, and compare their answers.
import fc from "fast-check";

export type JsonSchema = Record<string, unknown>;
type Arb = fc.Arbitrary<unknown>;

/** Characters and fragments that the kinds of values treat specially. */
export const EDGE_PIECES = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u009f",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\u200b",
  "\ufeff",
  "\ud800",
  "\udc00",
  "😀",
  "👨‍👩‍👧",
  "é",
  "e\u0301",
  "中文",
  "ß",
  "İ",
  ".",
  "..",
  "/",
  "?",
  "#",
  "%",
  "%41",
  "\\",
  "@",
  ":",
  "-",
  "_",
  "'",
  '"',
  "<",
  "|",
  "{",
  "[",
  "]",
  "^",
  "`",
  "~",
  "+",
  "=",
  "&",
  "*",
  "http://",
  "https://",
  "HTTP://",
  "javascript:",
  "data:",
  "ftp://",
  "user:pw@",
  "0",
  "42",
  "Z",
];
const LETTERS = "abcxyzABCXYZ0123456789";

const word = (max = 8) => fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: max });
/** A mix of plain words and edge pieces. */
const soup = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: word(6) }, { weight: 2, arbitrary: fc.constantFrom(...EDGE_PIECES) }),
    {
      minLength: 0,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(""));

/** `s` with `piece` put in at a position chosen by `at` (0..1): start, middle or end. */
const insertAt = (s: string, piece: string, at: number) => {
  const chars = [...s];
  const i = Math.round(at * chars.length);
  return [...chars.slice(0, i), piece, ...chars.slice(i)].join("");
};

/** One edit that may or may not keep a value valid. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, fc.constantFrom(...EDGE_PIECES), fc.constantFrom(0, 0.5, 1, 0.3), fc.nat(3))
    .map(([s, piece, at, how]) =>
      how === 0
        ? insertAt(s, piece, at)
        : how === 1
          ? piece
          : how === 2
            ? `${s}${piece}${s}`
            : s.toUpperCase(),
    );

/** `s` grown or cut to `length` characters (code points) with `filler` in its middle, so its ends stay. */
function toLength(s: string, length: number, filler: string): string {
  const chars = [...(s || "a")];
  if (chars.length >= length)
    return chars.slice(0, Math.max(0, length - 1)).join("") + chars[chars.length - 1];
  const half = Math.floor(chars.length / 2);
  const grown = [
    ...chars.slice(0, half),
    ...Array<string>(length - chars.length).fill(filler),
    ...chars.slice(half),
  ];
  return grown.join("");
}

/** A pattern without what fast-check's stringMatching cannot read (lookaheads), for values of its shape. */
function matching(pattern: string): fc.Arbitrary<string> | undefined {
  // Lookarounds only narrow a match: dropping them leaves a pattern whose matches are near the original's.
  let simple = pattern;
  for (let i = simple.indexOf("(?"); i >= 0; i = simple.indexOf("(?", i)) {
    if (simple[i + 2] !== "!" && simple[i + 2] !== "=") {
      i += 2;
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < simple.length; j++) {
      if (simple[j] === "\\") j++;
      else if (simple[j] === "(") depth++;
      else if (simple[j] === ")" && --depth === 0) break;
    }
    simple = simple.slice(0, i) + simple.slice(j + 1);
  }
  // Unicode properties as ranges: fast-check reads \p{Cs} as no character at all, and \P{Cc} slowly.
  simple = simple
    .replaceAll("\\P{Cc}", "[^\\x00-\\x1f\\x7f-\\x9f]")
    .replaceAll("\\p{Cc}", "\\x00-\\x1f\\x7f-\\x9f")
    .replaceAll("\\p{Cs}", "\\ud800-\\udfff");
  try {
    const arb = fc.stringMatching(new RegExp(simple, "u"));
    fc.sample(arb, 1);
    return arb;
  } catch {
    return undefined;
  }
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** An e-mail address, or something close to one. */
const email = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: word() }, { weight: 1, arbitrary: soup }),
    fc.oneof({ weight: 6, arbitrary: word() }, { weight: 1, arbitrary: soup }),
    fc.oneof({ weight: 6, arbitrary: word(4) }, { weight: 1, arbitrary: soup }),
    fc.constantFrom("@", "@", "@", "", "@@"),
    fc.constantFrom(".", ".", ".", "", ".."),
  )
  .map(([local, domain, tld, at, dot]) => `${local}${at}${domain}${dot}${tld}`);

/** An absolute URL, or something close to one: schemes, credentials, hosts, ports, paths and queries. */
const url = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("https://", "http://", "") },
      {
        weight: 1,
        arbitrary: fc.constantFrom("HTTPS://", "Http://", "ftp://", "javascript:", "https:/", "https:"),
      },
    ),
    fc.constantFrom("", "", "", "", "", "", "", "user:pw@", "@", "user@"),
    fc.oneof(
      { weight: 6, arbitrary: fc.tuple(word(), word(4)).map(([a, b]) => `${a}.${b}`) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          "localhost",
          "127.0.0.1",
          "[::1]",
          "xn--bcher-kva.example",
          "bücher.example",
          "a_b.example",
          "-a.example",
          "a..b",
          "256.1.1.1",
          "%41.example",
          "exa mple.com",
          "",
        ),
      },
      { weight: 1, arbitrary: soup },
    ),
    fc.constantFrom("", "", "", ":8080", ":65535", ":99999", ":", ":x"),
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("", "/", "/path", "/a/b?x=1#top", "?q=a b", "#f", "/ä/😀") },
      { weight: 1, arbitrary: soup.map((s) => `/${s}`) },
    ),
  )
  .map((parts) => parts.join(""));

/** The values of those three formats meant to fit: their edge cases only (unicode, ports, leap days). */
const FITTING = {
  email: fc
    .tuple(word(), fc.constantFrom("", "é", "😀", "+tag"), word(), word(4))
    .map(([local, more, domain, tld]) => `${local}${more}@${domain}.${tld}`),
  url: fc
    .tuple(
      fc.constantFrom("https://", "http://", "HTTPS://"),
      fc.oneof(
        fc.tuple(word(), word(4)).map(([a, b]) => `${a}.${b}`),
        fc.constantFrom("localhost", "127.0.0.1", "[::1]", "bücher.example", "xn--bcher-kva.example"),
      ),
      fc.constantFrom("", "", ":8080", ":65535"),
      fc.constantFrom("", "/", "/path", "/a/b?x=1#top", "?q=a b", "#f", "/ä/😀", "/a@b"),
    )
    .map((parts) => parts.join("")),
  dateTime: fc
    .tuple(
      fc.oneof(fc.constantFrom(0, 4, 1900, 2000, 2024, 9999), fc.integer({ min: 0, max: 9999 })),
      fc.integer({ min: 1, max: 12 }),
      fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constantFrom(29, 30, 31)),
      fc.constantFrom("T", "t"),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom("", ".5", ".123456789"),
      fc.constantFrom("Z", "z", "+02:00", "-05:30", "+23:59"),
    )
    .map(
      ([y, mo, d, t, h, mi, s, frac, tz]) =>
        `${String(y).padStart(4, "0")}-${pad2(mo)}-${pad2(d)}${t}${pad2(h)}:${pad2(mi)}:${pad2(s)}${frac}${tz}`,
    ),
};

/** An RFC 3339 date and time, or something close to one: leap days, hour 24, leap seconds, odd offsets. */
const dateTime = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(0, 4, 100, 1900, 1970, 2000, 2023, 2024, 9999),
      fc.integer({ min: 0, max: 9999 }),
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 13) },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 28 }) },
      { weight: 2, arbitrary: fc.constantFrom(29, 30, 31) },
      { weight: 1, arbitrary: fc.constantFrom(0, 32) },
    ),
    fc.constantFrom("T", "T", "T", "T", "T", "t", " ", "_"),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 23 }) },
      { weight: 1, arbitrary: fc.constantFrom(24, 25) },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 59 }) },
      { weight: 1, arbitrary: fc.constantFrom(60) },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 59 }) },
      { weight: 1, arbitrary: fc.constantFrom(60, 61) },
    ),
    fc.constantFrom("", "", "", ".5", ".123456789", "."),
    fc.constantFrom(
      "Z",
      "Z",
      "Z",
      "z",
      "+02:00",
      "-05:30",
      "+00:00",
      "+0200",
      "+02",
      "+23:59",
      "+24:00",
      "-00:60",
      "",
    ),
  )
  .map(
    ([y, mo, d, t, h, mi, s, frac, tz]) =>
      `${String(y).padStart(4, "0")}-${pad2(mo)}-${pad2(d)}${t}${pad2(h)}:${pad2(mi)}:${pad2(s)}${frac}${tz}`,
  );

/** What values are made: near the schema (edge cases and near misses), or valid ones, mostly. */
interface Ctx {
  defs: Record<string, JsonSchema>;
  /** Near misses too (a wrong type, a missing key, one item too many); without, only values meant to fit. */
  near: boolean;
}

/** The arbitraries whose `near` flag is set, or all when `ctx.near`. */
const choose = <T>(ctx: Ctx, arbs: (fc.WeightedArbitrary<T> & { near?: boolean })[]) =>
  fc.oneof(
    ...arbs.filter((a) => ctx.near || !a.near).map(({ weight, arbitrary }) => ({ weight, arbitrary })),
  );

function stringNear(schema: JsonSchema, ctx: Ctx): Arb {
  const pattern = typeof schema.pattern === "string" ? schema.pattern : undefined;
  // The formats, and the patterns that say them (an address's scheme, an e-mail's @), get values of their shape.
  const shaped: fc.Arbitrary<string> =
    schema.format === "uri" || pattern?.includes("[Hh][Tt][Tt][Pp]")
      ? ctx.near
        ? url
        : FITTING.url
      : schema.format === "email" || pattern?.includes("]+@[")
        ? ctx.near
          ? email
          : FITTING.email
        : schema.format === "date-time"
          ? ctx.near
            ? dateTime
            : FITTING.dateTime
          : ((pattern ? matching(pattern) : undefined) ?? word());
  // Plain words too, but where values are meant to fit a pattern or format.
  const base: fc.Arbitrary<string> =
    ctx.near || !(pattern || schema.format)
      ? fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: word() })
      : shaped;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const min = typeof schema.minLength === "number" ? schema.minLength : undefined;
  const lengths = (ctx.near ? [max, max && max + 1, max && max - 1, min, min && min - 1] : [max, min]).filter(
    (n): n is number => typeof n === "number" && n >= 0,
  );
  // Fillers that keep text text, and (near) some that do not.
  const fillers = ctx.near ? ["a", "é", "😀", " ", "\n", "x"] : ["a", "é", "😀", "x"];
  const arbs: (fc.WeightedArbitrary<unknown> & { near?: boolean })[] = [
    { weight: ctx.near ? 8 : 16, arbitrary: base },
    { weight: 4, arbitrary: mutated(base), near: true },
    { weight: 1, arbitrary: soup, near: true },
  ];
  // Values at the longest: less often where they are meant to fit (they are big, and costly to compare).
  if (lengths.length)
    arbs.push({
      weight: ctx.near ? 2 : 1,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...lengths), fc.constantFrom(...fillers))
        .map(([s, n, filler]) => toLength(s, n, filler)),
    });
  return choose(ctx, arbs);
}

function numberNear(schema: JsonSchema, ctx: Ctx): Arb {
  const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  const lo = min ?? -1000;
  const hi = max === undefined ? lo + 2000 : Math.min(max, lo + 1_000_000);
  const edges = [
    min,
    max,
    min !== undefined ? min - 1 : -1,
    max !== undefined ? max + 1 : 2 ** 53,
    0,
    -1,
    1,
    900,
    901,
  ];
  edges.push(2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e21);
  const inRange = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  return choose<unknown>(ctx, [
    { weight: 6, arbitrary: fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        ...edges.filter((n): n is number => n !== undefined && (ctx.near || inRange(n))),
      ),
    },
    {
      weight: 1,
      near: true,
      arbitrary: fc
        .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
        .filter((n) => !Object.is(n, -0)),
    },
    {
      weight: 1,
      near: true,
      arbitrary: fc
        .oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(min ?? 0, 2 ** 53 - 1, 2 ** 53, 1e16, 1e20))
        .map((n) => n.toLocaleString("fullwide", { useGrouping: false })),
    },
    // Digits as text: leading zeros, past the safe integers.
    {
      weight: 1,
      near: true,
      arbitrary: fc.constantFrom(
        "0",
        "00",
        "01",
        "007",
        "9007199254740991",
        "9007199254740992",
        "09007199254740991",
        "99999999999999999999",
        "",
      ),
    },
  ]);
}

const WRONG_KIND = fc.constantFrom<unknown>(null, 0, 1.5, "", "x", true, [], {}, ["x"], { x: 1 });

/** A key of an object whose keys are free (a record): its propertyNames, or words and edge pieces. */
const keyNear = (names: JsonSchema | undefined, ctx: Ctx) =>
  (names ? valueOf(names, ctx) : fc.oneof(word(), soup, email)).filter(
    (k): k is string => typeof k === "string",
  );

function objectNear(schema: JsonSchema, ctx: Ctx): Arb {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  const extra = schema.additionalProperties;
  const names = Object.keys(properties);
  const model = Object.fromEntries(names.map((n) => [n, valueOf(properties[n], ctx)]));
  // Some keys (the optional ones at random), and every key, for when too few were picked.
  const entries = fc.tuple(
    fc.record(model, { requiredKeys: required, noNullPrototype: true }),
    fc.record(model, { noNullPrototype: true }),
  );
  const free =
    extra && typeof extra === "object"
      ? fc.dictionary(
          keyNear(schema.propertyNames as JsonSchema | undefined, ctx),
          valueOf(extra as JsonSchema, ctx),
          {
            maxKeys: 4,
            noNullPrototype: true,
          },
        )
      : fc.constant({} as Record<string, unknown>);
  // Near misses: a required key left out, a key the schema does not know.
  const miss = choose(ctx, [
    { weight: 14, arbitrary: fc.constant("none") },
    { weight: 1, arbitrary: fc.constant("drop"), near: true },
    { weight: 1, arbitrary: fc.constant("add"), near: true },
  ]);
  const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  const maxProperties = typeof schema.maxProperties === "number" ? schema.maxProperties : Infinity;
  return fc.tuple(entries, free, miss, fc.nat()).map(([[known, every], more, how, pick]) => {
    const value: Record<string, unknown> = { ...more, ...known };
    // Now and then only what is required: objects whose keys depend on each other fit more often so.
    if (pick % 6 === 1) for (const key of names) if (!required.includes(key)) delete value[key];
    // Mostly within minProperties and maxProperties: keys past the most left out, a key added to none.
    if (pick % 10 !== 0 || !ctx.near) {
      for (const key of Object.keys(value).slice(maxProperties)) delete value[key];
      if (Object.keys(value).length < minProperties && names.length)
        value[names[pick % names.length]] = every[names[pick % names.length]];
    }
    if (how === "drop" && required.length) delete value[required[pick % required.length]];
    if (how === "add") value[["unknown", "Name", "__proto__x", "type"][pick % 4]] = "x";
    return value;
  });
}

function arrayNear(schema: JsonSchema, ctx: Ctx): Arb {
  const item = schema.items ? valueOf(schema.items as JsonSchema, ctx) : fc.jsonValue({ maxDepth: 1 });
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
  const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : undefined;
  const upTo = (n: number) => (maxItems === undefined ? n : Math.min(n, maxItems));
  // Sets (uniqueItems) without repeats, but where near misses are made.
  const listOf = (constraints: { minLength?: number; maxLength?: number }) =>
    schema.uniqueItems && !ctx.near
      ? fc.uniqueArray(item, { ...constraints, selector: (x) => JSON.stringify(x) })
      : fc.array(item, constraints);
  const arbs: (fc.WeightedArbitrary<unknown[]> & { near?: boolean })[] = [
    { weight: 6, arbitrary: listOf({ minLength: minItems, maxLength: upTo(minItems + 2) }) },
  ];
  if (minItems > 0)
    arbs.push({ weight: 1, near: true, arbitrary: fc.array(item, { maxLength: minItems - 1 }) });
  if (maxItems !== undefined)
    arbs.push({
      weight: 1,
      arbitrary: listOf({ minLength: maxItems, maxLength: ctx.near ? maxItems + 1 : maxItems }),
    });
  // A repeated item, for lists that are sets.
  arbs.push({
    weight: 1,
    near: true,
    // A JSON copy: in jest, structuredClone makes objects of another realm, which deep equality tells apart.
    arbitrary: fc
      .array(item, { minLength: 1, maxLength: 3 })
      .map((a) => [...a, JSON.parse(JSON.stringify(a[0]))]),
  });
  return choose(ctx, arbs);
}

/** Values near `schema`, edge cases and near misses; `defs` resolves `$ref`s (`#/$defs/...`). */
export const nearValue = (schema: JsonSchema, defs: Record<string, JsonSchema> = {}): Arb =>
  valueOf(schema, { defs, near: true });

/**
 * Values meant to fit `schema` (its edge cases, no near misses), for properties over valid values: they still
 * filter by the check, which the schema may not say all of.
 */
export const fittingValue = (schema: JsonSchema, defs: Record<string, JsonSchema> = {}): Arb =>
  valueOf(schema, { defs, near: false });

function valueOf(schema: JsonSchema, ctx: Ctx): Arb {
  return choose(ctx, [
    { weight: 40, arbitrary: shapedNear(schema, ctx) },
    { weight: 1, arbitrary: WRONG_KIND, near: true },
  ]);
}

/**
 * An object schema whose allOf says, by the value of one property (`if: { properties: { type: { enum } } }`),
 * what the rest must be (`then`): values that pick the property's value first, then follow the rules for it.
 */
function byCase(schema: JsonSchema): ((ctx: Ctx) => Arb) | undefined {
  type Case = { if?: { properties?: Record<string, JsonSchema> }; then?: JsonSchema };
  const rules = ((schema.allOf ?? []) as Case[]).filter((c) => c.if?.properties && c.then);
  const keys = [...new Set(rules.map((c) => Object.keys(c.if!.properties!)).flat())];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  if (schema.type !== "object" || keys.length !== 1 || !Array.isArray(properties[keys[0]]?.enum))
    return undefined;
  const [key] = keys;
  const { allOf: _, ...plain } = schema;
  return (ctx) =>
    fc.constantFrom(...(properties[key].enum as unknown[])).chain((picked) => {
      const merged: Record<string, JsonSchema> = { ...properties, [key]: { const: picked } };
      let required = [...((schema.required ?? []) as string[])];
      for (const rule of rules) {
        const condition = rule.if!.properties![key];
        if (!(condition.enum as unknown[] | undefined)?.includes(picked) && condition.const !== picked)
          continue;
        const then = rule.then!;
        for (const [name, s] of Object.entries((then.properties ?? {}) as Record<string, JsonSchema>))
          merged[name] =
            typeof s === "object" && merged[name] && !s.type && !s.anyOf ? { ...merged[name], ...s } : s;
        required = [...required, ...((then.required ?? []) as string[])];
        const not = then.not as JsonSchema | undefined;
        for (const name of (not?.required ?? []) as string[]) {
          delete merged[name];
          required = required.filter((r) => r !== name);
        }
      }
      // Mostly by the rules; (near) sometimes a value of another case's shape, which the rules should refuse.
      return choose(ctx, [
        {
          weight: 5,
          arbitrary: objectNear({ ...plain, properties: merged, required: [...new Set(required)] }, ctx),
        },
        {
          weight: 1,
          near: true,
          arbitrary: objectNear({ ...plain, properties: { ...properties, [key]: { const: picked } } }, ctx),
        },
      ]);
    });
}

function shapedNear(schema: JsonSchema, ctx: Ctx): Arb {
  if (typeof schema.$ref === "string") {
    const target = ctx.defs[schema.$ref.replace("#/$defs/", "")];
    if (!target) throw new Error(`no definition for ${schema.$ref}`);
    return shapedNear(target, ctx);
  }
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) return fc.oneof(...union.map((s) => shapedNear(s, ctx)));
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => shapedNear({ ...schema, type }, ctx)));
  const cases = byCase(schema);
  if (cases) return cases(ctx);
  if (schema.const !== undefined)
    return choose(ctx, [
      { weight: 12, arbitrary: fc.constant(schema.const) },
      { weight: 1, arbitrary: soup, near: true },
    ]);
  // Examples the schema gives (timezones, ...) are values of the shape that no pattern says.
  if (Array.isArray(schema.examples) && schema.type === "string") {
    const { examples, ...rest } = schema;
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...(examples as unknown[])) },
      { weight: 1, arbitrary: shapedNear(rest, ctx) },
    );
  }
  if (Array.isArray(schema.enum)) {
    const values = schema.enum as unknown[];
    const near = fc
      .tuple(fc.constantFrom(...values), fc.nat(3))
      .map(([v, how]) =>
        typeof v !== "string"
          ? v
          : how === 0
            ? v.toUpperCase()
            : how === 1
              ? ` ${v}`
              : how === 2
                ? `${v}x`
                : v.slice(1),
      );
    return choose(ctx, [
      { weight: 8, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: near, near: true },
    ]);
  }
  switch (schema.type) {
    case "string":
      return stringNear(schema, ctx);
    case "integer":
    case "number":
      return numberNear(schema, ctx);
    case "boolean":
      return choose<unknown>(ctx, [
        { weight: 8, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.constantFrom("true", 1, 0), near: true },
      ]);
    case "array":
      return arrayNear(schema, ctx);
    case "object":
      return objectNear(schema, ctx);
    case undefined:
      return fc.jsonValue({ maxDepth: 2 });
  }
  throw new Error(`no generator for the JSON Schema type ${JSON.stringify(schema.type)}`);
}
