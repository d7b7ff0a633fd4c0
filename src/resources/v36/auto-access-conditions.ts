// An auto access's conditions: the page's URL, its domain and the customer's geolocation. Inputs are
// camelCase (excludeValues, exactMatch, countryCode), the wire snake_case. Each list is a set: a condition
// matches when any of its items does, so order means nothing and is not compared.
import * as z from "zod";
import type { Field, Props, WireObject } from "../../provider/declaration";
import { stableJson } from "../../provider/fields";
import { explained, MAX, problemOf, textOf, trimmed, urlPatternOf } from "../../provider/schema";

const MATCH_KEYS = ["value", "exactMatch"];
const GEO_KEYS = ["country", "countryCode", "region", "city"] as const;
const COUNTRY_CODE = /^[A-Z]{2}$/;

const line = textOf({ max: MAX.line });
const urlValue = urlPatternOf(MAX.url);
/** A domain or part of one: what the customer's URL's host is matched against. */
const domainValue = explained(
  z.string().meta({ minLength: 1, maxLength: MAX.line, pattern: trimmed(false, "\\s/?#@") }),
  (v) => {
    const why = problemOf(line, v);
    if (why) return why;
    if (/:\/\/|[/\s?#@]/.test(v as string))
      return "must be a domain or a part of one, like shop.example.com, without a scheme, path or spaces";
    return undefined;
  },
);

// The JSON Schema says what the checks below say, but that no item repeats another once exactMatch's default
// is filled in: uniqueItems compares items as they are written.
const matchOf = (value: z.ZodType, id: string) =>
  z
    .object({
      value: value.meta({ description: "The text to match." }),
      exactMatch: z.boolean().optional().meta({
        description: "true: the whole value must equal it; false (default): it matches as a substring.",
      }),
    })
    .strict()
    .meta({ id, description: "A value to match, whole or as a substring." });
const matches = (match: z.ZodType) => z.array(match).min(1).meta({ uniqueItems: true });

const conditionOf = (match: z.ZodType, id: string, what: string) =>
  z
    .object({
      values: matches(match).optional().meta({ description: "Matches when any of them matches." }),
      excludeValues: matches(match)
        .optional()
        .meta({ description: "Matches when none of them matches. Not with values." }),
    })
    .strict()
    .meta({
      id,
      description: `A condition on the page's ${what}: values or excludeValues, not both.`,
      minProperties: 1,
      maxProperties: 1,
    });
const urlCondition = conditionOf(matchOf(urlValue.out, "AutoAccessMatch"), "AutoAccessUrlCondition", "URL");
const domainCondition = conditionOf(
  matchOf(domainValue.out, "AutoAccessDomainMatch"),
  "AutoAccessDomainCondition",
  "domain",
);

const geo = z
  .object({
    country: line.out.optional().meta({ description: 'The country\'s name, like "United States".' }),
    countryCode: z
      .string()
      .regex(COUNTRY_CODE)
      .optional()
      .meta({ description: 'The ISO country code, like "US".' }),
    region: line.out.optional().meta({ description: 'The region, like "California".' }),
    city: line.out.optional().meta({ description: 'The city, like "Mountain View".' }),
  })
  .strict()
  .meta({
    id: "AutoAccessPlace",
    description: "A place: every field given must match. At least one of them.",
    minProperties: 1,
  });

const shape = z
  .object({
    url: urlCondition
      .optional()
      .meta({ description: "On the page's URL (the customer's page at login, or the page they moved to)." }),
    domain: domainCondition.optional().meta({ description: "On the domain of the page's URL." }),
    geolocation: z
      .object({
        values: z.array(geo).min(1).meta({
          description: "The places: matches when the customer is in any of them.",
          uniqueItems: true,
        }),
      })
      .strict()
      .optional()
      .meta({ id: "AutoAccessGeolocation", description: "A condition on the customer's geolocation." }),
  })
  .strict()
  .meta({
    id: "AutoAccessConditions",
    description: "What a chat must match: at least one condition.",
    minProperties: 1,
  });

const isObject = (v: unknown): v is Props => !!v && typeof v === "object" && !Array.isArray(v);
const unknownKey = (v: Props, keys: readonly string[]) => {
  const extra = Object.keys(v).find((k) => !keys.includes(k));
  return extra && `has unknown key ${extra}; the keys are ${keys.join(", ")}`;
};

/** Why a non-empty list of items is wrong, each item explained by `item`; no item twice. */
function listProblem(v: unknown, what: string, item: (x: unknown) => string | undefined) {
  if (!Array.isArray(v) || v.length === 0) return ` must be a non-empty list of ${what}`;
  for (const [i, x] of v.entries()) {
    const why = item(x);
    if (why) return `[${i}]${why}`;
  }
  if (new Set(v.map((x) => stableJson(canonicalItem(x as Props)))).size !== v.length)
    return " must not repeat an item";
  return undefined;
}

function urlConditionProblem(v: unknown, value: z.ZodType): string | undefined {
  if (!isObject(v)) return " must be { values } or { excludeValues }";
  const extra = unknownKey(v, ["values", "excludeValues"]);
  if (extra) return ` ${extra}`;
  if ((v.values === undefined) === (v.excludeValues === undefined))
    return " must have values or excludeValues (exactly one: the API takes one kind of match per condition)";
  const key = v.values !== undefined ? "values" : "excludeValues";
  const why = listProblem(v[key], "{ value, exactMatch }", (m) => {
    if (!isObject(m)) return " must be { value, exactMatch }";
    const extraKey = unknownKey(m, MATCH_KEYS);
    if (extraKey) return ` ${extraKey}`;
    const bad = problemOf(value, m.value);
    if (bad) return `.value ${m.value === undefined ? "is required" : bad}`;
    if (m.exactMatch !== undefined && typeof m.exactMatch !== "boolean")
      return ".exactMatch must be true or false";
    return undefined;
  });
  return why && `.${key}${why}`;
}

function geolocationProblem(v: unknown): string | undefined {
  if (!isObject(v)) return " must be { values: [places] }";
  const extra = unknownKey(v, ["values"]);
  if (extra) return ` ${extra}`;
  const why = listProblem(v.values, "places { country, countryCode, region, city }", (p) => {
    if (!isObject(p)) return " must be { country, countryCode, region, city }";
    const extraKey = unknownKey(p, GEO_KEYS);
    if (extraKey) return ` ${extraKey}`;
    if (GEO_KEYS.every((k) => p[k] === undefined)) return ` must have at least one of ${GEO_KEYS.join(", ")}`;
    for (const k of GEO_KEYS) {
      const bad = p[k] === undefined ? undefined : problemOf(line, p[k]);
      if (bad) return `.${k} ${bad}`;
    }
    if (p.countryCode !== undefined && !COUNTRY_CODE.test(p.countryCode as string))
      return ".countryCode must be a two-letter ISO country code in capitals, like US";
    return undefined;
  });
  return why && `.values${why}`;
}

const schema = explained(shape, (v) => {
  if (!isObject(v)) return "must be an object with url, domain or geolocation";
  const extra = unknownKey(v, ["url", "domain", "geolocation"]);
  if (extra) return extra;
  if (v.url === undefined && v.domain === undefined && v.geolocation === undefined)
    return "must have at least one of url, domain, geolocation";
  const why =
    (v.url !== undefined && prefixed(".url", urlConditionProblem(v.url, urlValue))) ||
    (v.domain !== undefined && prefixed(".domain", urlConditionProblem(v.domain, domainValue))) ||
    (v.geolocation !== undefined && prefixed(".geolocation", geolocationProblem(v.geolocation)));
  return why || undefined;
});
const prefixed = (at: string, why: string | undefined) => why && `${at}${why}`;

// Wire and compared forms. Keys in a fixed order, so that equal items print (and sort) alike.
const GEO_WIRE: Record<(typeof GEO_KEYS)[number], string> = {
  country: "country",
  countryCode: "country_code",
  region: "region",
  city: "city",
};
const pick = (o: Props, pairs: [string, string][]) =>
  Object.fromEntries(pairs.filter(([from]) => o[from] !== undefined).map(([from, to]) => [to, o[from]]));
const geoPairs = GEO_KEYS.map((k) => [k, GEO_WIRE[k]] as [string, string]);
const reversed = (pairs: [string, string][]) => pairs.map(([a, b]) => [b, a] as [string, string]);

/** A match with its default filled in, or a place, in a fixed key order. */
function canonicalItem(x: Props): Props {
  if ("value" in x) return { value: x.value, exactMatch: x.exactMatch ?? false };
  return pick(
    x,
    GEO_KEYS.map((k) => [k, k]),
  );
}

const sortedSet = (items: Props[]) => items.map((x) => stableJson(canonicalItem(x))).sort();

/** A url or domain condition on the wire: snake_case, exact_match always sent (its default is documented only for updates). */
function urlToWire(c: Props): Props {
  const item = (m: Props) => ({ value: m.value, exact_match: m.exactMatch ?? false });
  const out: Props = {};
  if (c.values) out.values = (c.values as Props[]).map(item);
  if (c.excludeValues) out.exclude_values = (c.excludeValues as Props[]).map(item);
  return out;
}

function urlFromWire(c: Props): Props {
  const item = (m: Props) => ({
    value: m.value,
    ...(m.exact_match !== undefined ? { exactMatch: m.exact_match } : {}),
  });
  const out: Props = {};
  if (c.values) out.values = (c.values as Props[]).map(item);
  if (c.exclude_values) out.excludeValues = (c.exclude_values as Props[]).map(item);
  return out;
}

export const conditions: Field = {
  doc:
    "What a customer must match for the rule to apply: `url` (the page's URL) or `domain` (its domain), each " +
    "with `values` (matches any) or `excludeValues` (matches none) of `{ value, exactMatch }` (exactMatch " +
    "false, the default, matches a substring), and `geolocation` with places (`country`, `countryCode`, " +
    "`region`, `city`: all given must match; any place may). At least one condition; all given must match. " +
    "Lists are sets.",
  schema,
  required: true,
  toWire: (v) => {
    const c = v as Props;
    return {
      ...(c.url ? { url: urlToWire(c.url as Props) } : {}),
      ...(c.domain ? { domain: urlToWire(c.domain as Props) } : {}),
      ...(c.geolocation
        ? {
            geolocation: {
              values: ((c.geolocation as Props).values as Props[]).map((p) => pick(p, geoPairs)),
            },
          }
        : {}),
    };
  },
  fromWire: (o: WireObject) => {
    const c = o.conditions as Props | undefined;
    if (!c) return undefined;
    const out: Props = {};
    for (const key of ["url", "domain"]) if (c[key]) out[key] = urlFromWire(c[key] as Props);
    const places = (c.geolocation as Props | undefined)?.values as Props[] | undefined;
    if (places) out.geolocation = { values: places.map((p) => pick(p, reversed(geoPairs))) };
    return out;
  },
  canonical: (v) => {
    const c = v as Props;
    const out: Props = {};
    for (const key of ["url", "domain"]) {
      const u = c[key] as Props | undefined;
      if (!u) continue;
      out[key] = Object.fromEntries(
        ["values", "excludeValues"].filter((k) => u[k]).map((k) => [k, sortedSet(u[k] as Props[])]),
      );
    }
    const geolocation = c.geolocation as Props | undefined;
    if (geolocation) out.geolocation = sortedSet(geolocation.values as Props[]);
    return out;
  },
};
