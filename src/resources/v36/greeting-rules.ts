// A v3.6 greeting's rules: conditions chained with and/or in the order given, what each type of rule needs
// (a value, urls, or a session field), the reference's limits, and the wire form (session_field).
import * as z from "zod";
import type { Field } from "../../provider/declaration";
import { stableJson } from "../../provider/fields";
import {
  itemsOf,
  jsonSchemaOf,
  MAX,
  oneOf,
  problemOf,
  textOf,
  upTo,
  urlPattern,
} from "../../provider/schema";
import { OPERATORS } from "../greeting-rules";

export const RULE_TYPES = [
  "visit_time_site",
  "visit_time_page",
  "url_current",
  "url_visited",
  "url_funnel",
  "pages_view_number",
  "url_referrer",
  "geolocation",
  "visits_number",
  "search_keyword",
  "custom_variable",
  "ads_traffic",
  "url_match_page_view_number",
] as const;
export const ADS_PROVIDERS = ["microsoft", "facebook", "google", "twitter", "yahoo"] as const;

type Rule = Record<string, unknown>;

/** Rule types whose value is a whole number, and its largest value (seconds on a site or page: 900). */
const NUMERIC: Record<string, number> = {
  visit_time_site: 900,
  visit_time_page: 900,
  pages_view_number: Number.MAX_SAFE_INTEGER,
  visits_number: Number.MAX_SAFE_INTEGER,
  url_match_page_view_number: Number.MAX_SAFE_INTEGER,
};
const URL_VALUES = ["url_current", "url_visited", "url_referrer"];
/** Types that take a list of urls, and those that take a session field instead of a value. */
const WITH_URLS = ["url_funnel", "url_match_page_view_number"];
const WITH_SESSION_FIELD = ["custom_variable", "ads_traffic"];
const MAX_RULES = 10;
const MAX_URLS = 10;
const KEYS = ["condition", "type", "operator", "value", "urls", "sessionField"];
const sessionText = textOf({ max: 255 });
const operator = oneOf(OPERATORS);

const urlShape = z
  .object({
    url: z.string().meta({ description: "An address, or a part of one." }),
    operator: z.enum(OPERATORS).optional().meta({ description: "How it is compared: equals (default)." }),
  })
  .strict()
  .meta({
    id: "ActionRuleUrl",
    description: "One address of a url_funnel or url_match_page_view_number rule.",
  });

/** ruleProblem's rules by type, in JSON Schema (if the type is one of `types`, then ...), for editors. */
const when = (types: readonly string[], then: object) => ({
  if: { properties: { type: { enum: types } } },
  then,
});
const without = (key: string, types: readonly string[]) =>
  when(
    RULE_TYPES.filter((t) => !types.includes(t)),
    { not: { required: [key], properties: { [key]: true } } },
  );
const VALUE_TYPES = RULE_TYPES.filter((t) => t !== "url_funnel" && !WITH_SESSION_FIELD.includes(t));
const sessionJson = jsonSchemaOf(sessionText);
const RULES_BY_TYPE = [
  when(["url_funnel"], { not: { required: ["operator"], properties: { operator: true } } }),
  without("urls", WITH_URLS),
  without("sessionField", WITH_SESSION_FIELD),
  without("value", VALUE_TYPES),
  when(WITH_SESSION_FIELD, {
    required: ["sessionField"],
    properties: {
      sessionField: {
        type: "object",
        minProperties: 1,
        maxProperties: 1,
        propertyNames: sessionJson,
        additionalProperties: sessionJson,
      },
    },
  }),
  when(["ads_traffic"], {
    properties: { sessionField: { type: "object", propertyNames: { type: "string", enum: ADS_PROVIDERS } } },
  }),
  ...Object.entries(NUMERIC).map(([type, max]) =>
    when([type], {
      required: ["value"],
      properties: {
        value: {
          anyOf: [
            { type: "integer", minimum: 0, maximum: max },
            { type: "string", pattern: `^${upTo(max)}$` },
          ],
        },
      },
    }),
  ),
  when(URL_VALUES, { required: ["value"], properties: { value: jsonSchemaOf(urlPattern) } }),
  when(
    VALUE_TYPES.filter((t) => NUMERIC[t] === undefined && !URL_VALUES.includes(t)),
    { required: ["value"], properties: { value: jsonSchemaOf(textOf({ max: MAX.url })) } },
  ),
  when(WITH_URLS, {
    required: ["urls"],
    properties: {
      urls: {
        type: "array",
        minItems: 1,
        maxItems: MAX_URLS,
        items: { type: "object", properties: { url: jsonSchemaOf(urlPattern) } },
      },
    },
  }),
];

const ruleShape = z
  .object({
    condition: z.enum(["and", "or"]).optional().meta({
      description: "How the rule joins the others: and (default; all must match) or or (one is enough).",
    }),
    type: z.enum(RULE_TYPES).meta({ description: "What the rule looks at." }),
    operator: z.enum(OPERATORS).optional().meta({
      description:
        "How the value is compared: equals (default). url_funnel takes none (its urls have their own).",
    }),
    value: z
      .union([z.string(), z.int().min(0)])
      .optional()
      .meta({
        description:
          "The value to compare with: seconds (visit_time_site and visit_time_page, 0 to 900), a count, an " +
          "address, a place, a keyword. Every type but url_funnel, custom_variable and ads_traffic needs one.",
      }),
    urls: z.array(urlShape).optional().meta({
      description: "url_funnel and url_match_page_view_number rules: 1 to 10 addresses.",
    }),
    sessionField: z
      .record(z.string(), z.string())
      .optional()
      .meta({
        description:
          "custom_variable and ads_traffic rules: exactly one name and value (ads_traffic: the name is microsoft, " +
          "facebook, google, twitter or yahoo), at most 255 characters each.",
      }),
  })
  .strict()
  .meta({
    id: "ActionRule",
    description: "One condition of a greeting, joined to the ones before it by its condition (and, or).",
    allOf: RULES_BY_TYPE,
  });

function valueProblem(type: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return `of type ${type} needs a value`;
  const max = NUMERIC[type];
  if (max !== undefined) {
    const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
    const range = max === 900 ? "from 0 to 900" : "from 0 up";
    const what = max === 900 ? "seconds" : "a count";
    return Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= max
      ? undefined
      : `value must be a whole number ${range}, like 30 (${type} takes ${what})`;
  }
  const why = problemOf(URL_VALUES.includes(type) ? urlPattern : textOf({ max: MAX.url }), value);
  return why && `value ${why}`;
}

function urlsProblem(urls: unknown): string | undefined {
  if (!Array.isArray(urls) || urls.length === 0) return "needs urls: a list of 1 to 10 { url, operator }";
  if (urls.length > MAX_URLS) return `urls must have at most ${MAX_URLS} items (it has ${urls.length})`;
  for (const [j, u] of urls.entries()) {
    if (!u || typeof u !== "object" || Array.isArray(u)) return `urls[${j}] must be { url, operator }`;
    const extra = Object.keys(u).find((k) => k !== "url" && k !== "operator");
    if (extra) return `urls[${j}] has unknown key ${extra}; the keys are url, operator`;
    const why = problemOf(urlPattern, u.url);
    if (why) return `urls[${j}].url ${why}`;
    const badOperator = u.operator === undefined ? undefined : problemOf(operator, u.operator);
    if (badOperator) return `urls[${j}].operator ${badOperator}`;
  }
  return undefined;
}

function sessionFieldProblem(type: string, field: unknown): string | undefined {
  if (!field || typeof field !== "object" || Array.isArray(field) || Object.keys(field).length !== 1)
    return `of type ${type} needs sessionField: an object with exactly one name and its value`;
  const [[name, value]] = Object.entries(field);
  if (type === "ads_traffic" && !(ADS_PROVIDERS as readonly string[]).includes(name))
    return `sessionField of an ads_traffic rule must be named ${ADS_PROVIDERS.join(", ")}`;
  const badName = problemOf(sessionText, name);
  if (badName) return `sessionField's name ${badName}`;
  const badValue = problemOf(sessionText, value);
  return badValue && `sessionField's value ${badValue}`;
}

function ruleProblem(rule: Rule): string | undefined {
  if (!rule || typeof rule !== "object" || Array.isArray(rule)) return "must be an object with a type";
  const unknown = Object.keys(rule).find((k) => !KEYS.includes(k));
  if (unknown) return `has unknown key ${unknown}; the keys are ${KEYS.join(", ")}`;
  const badType = problemOf(oneOf(RULE_TYPES), rule.type);
  if (badType) return `type ${badType}`;
  const type = rule.type as string;
  const badCondition =
    rule.condition === undefined ? undefined : problemOf(oneOf(["and", "or"]), rule.condition);
  if (badCondition) return `condition ${badCondition}`;
  if (type === "url_funnel" && rule.operator !== undefined)
    return "of type url_funnel takes no operator: give each of its urls one";
  const badOperator = rule.operator === undefined ? undefined : problemOf(operator, rule.operator);
  if (badOperator) return `operator ${badOperator}`;
  const takes = (key: string) =>
    key === "urls"
      ? WITH_URLS.includes(type)
      : key === "sessionField"
        ? WITH_SESSION_FIELD.includes(type)
        : !["url_funnel", ...WITH_SESSION_FIELD].includes(type);
  const stray = ["value", "urls", "sessionField"].find((k) => rule[k] !== undefined && !takes(k));
  if (stray) return `of type ${type} takes no ${stray}`;
  if (WITH_SESSION_FIELD.includes(type)) return sessionFieldProblem(type, rule.sessionField);
  if (takes("value")) {
    const why = valueProblem(type, rule.value);
    if (why) return why;
  }
  return WITH_URLS.includes(type) ? urlsProblem(rule.urls) : undefined;
}

/** A rule as the server keeps it: condition and operators defaulted, the value as text. */
function canonicalRule(rule: Rule): Rule {
  const type = rule.type as string;
  const out: Rule = { condition: rule.condition ?? "and", type };
  if (type !== "url_funnel") out.operator = rule.operator ?? "equals";
  if (rule.value !== undefined && type !== "url_funnel" && !WITH_SESSION_FIELD.includes(type))
    out.value = String(rule.value);
  if (WITH_URLS.includes(type) && Array.isArray(rule.urls))
    out.urls = (rule.urls as Rule[]).map((u) => ({ url: u.url, operator: u.operator ?? "equals" }));
  if (WITH_SESSION_FIELD.includes(type)) out.sessionField = rule.sessionField;
  return out;
}

function ruleToWire(rule: Rule): Rule {
  const { sessionField, urls, operator: op, value, ...rest } = canonicalRule(rule);
  const wire: Rule = { ...rest };
  // Only the types that need one get a default operator: the others take theirs as given.
  if (op !== undefined && (rule.operator !== undefined || !WITH_SESSION_FIELD.includes(rule.type as string)))
    wire.operator = op;
  if (value !== undefined) wire.value = value;
  if (urls !== undefined) wire.urls = urls;
  if (sessionField !== undefined) wire.session_field = sessionField;
  return wire;
}

function ruleFromWire(wire: Rule): Rule {
  const rule: Rule = { condition: wire.condition, type: wire.type };
  for (const key of ["operator", "value", "urls"]) if (wire[key] !== undefined) rule[key] = wire[key];
  if (wire.session_field !== undefined) rule.sessionField = wire.session_field;
  return rule;
}

export const rules: Field = {
  doc:
    "When the greeting shows: 1 to 10 rules, in order, each joined to the ones before it by its condition " +
    "(and, or). Changed in place.",
  schema: itemsOf(ruleShape, (rule) => ruleProblem(rule as Rule), { max: MAX_RULES, noun: "rule" }),
  required: true,
  toWire: (v) => (v as Rule[]).map(ruleToWire),
  fromWire: (o) => (o.rules as Rule[] | undefined)?.map(ruleFromWire),
  // The order matters (conditions chain), so it is kept: the server answers rules in the order given.
  canonical: (v) => (v as Rule[]).map((r) => stableJson(canonicalRule(r))),
};
