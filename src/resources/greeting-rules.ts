// A greeting's rules: the conditions for showing it, with the server's limits, its own order and wire form.
import * as z from "zod";
import type { Field } from "../provider/declaration";
import { stableJson } from "../provider/fields";
import { digits, itemsOf, jsonSchemaOf, MAX, oneOf, problemOf, textOf, urlPattern } from "../provider/schema";

export const RULE_TYPES = [
  "visit_time_site",
  "visit_time_page",
  "url_current",
  "url_visited",
  "pages_view_number",
  "url_referrer",
  "geolocation",
  "visits_number",
  "search_keyword",
  "custom_variable",
  "url_funnel",
] as const;
export const OPERATORS = [
  "equals",
  "doesnt_equal",
  "lower_than",
  "lower_or_equal",
  "greater_than",
  "greater_or_equal",
  "contains",
  "doesnt_contain",
] as const;

export type Rule = Record<string, unknown>;

/** Rule types whose value is a count or a number of seconds: the server takes only whole numbers from 0. */
const NUMERIC_RULES = ["visit_time_site", "visit_time_page", "pages_view_number", "visits_number"];
/** Rule types whose value is an address, or a part of one. */
const URL_RULES = ["url_current", "url_visited", "url_referrer"];
const RULE_KEYS = ["type", "operator", "value", "variableName", "variableValue", "urls"];
/** The server's limits (the reference: at most 10 rules, 10 funnel urls, 255 characters a variable). */
const MAX_RULES = 10;
const MAX_FUNNEL_URLS = 10;
const variableText = textOf({ max: 255 });
const operator = oneOf(OPERATORS);

/** A custom variable's value: text, or a number or flag the server stores as text. */
const variableValue = (v: unknown) =>
  typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))
    ? undefined
    : problemOf(variableText, v);

/** validateRule's rules by type, in JSON Schema (if the type is one of `types`, then ...), for editors. */
const when = (types: readonly string[], then: object) => ({
  if: { properties: { type: { enum: types } } },
  then,
});
const OTHER_RULES = RULE_TYPES.filter(
  (t) => !["custom_variable", "url_funnel", ...NUMERIC_RULES, ...URL_RULES].includes(t),
);
const RULES_BY_TYPE = [
  when(["custom_variable", "custom"], {
    required: ["variableName", "variableValue"],
    properties: {
      variableName: jsonSchemaOf(variableText),
      variableValue: { anyOf: [{ type: ["boolean", "number"] }, jsonSchemaOf(variableText)] },
    },
  }),
  when(["url_funnel"], {
    required: ["urls"],
    properties: {
      urls: {
        type: "array",
        minItems: 1,
        maxItems: MAX_FUNNEL_URLS,
        items: { type: "object", properties: { url: jsonSchemaOf(urlPattern) } },
      },
    },
  }),
  when(NUMERIC_RULES, { required: ["value"], properties: { value: jsonSchemaOf(digits(0)) } }),
  when(URL_RULES, { required: ["value"], properties: { value: jsonSchemaOf(urlPattern) } }),
  when(OTHER_RULES, {
    required: ["value"],
    properties: { value: { anyOf: [{ type: "number" }, jsonSchemaOf(textOf({ max: MAX.url }))] } },
  }),
];

/** One condition of a greeting. All of a greeting's rules must hold for it to be shown. */
const ruleShape = z
  .object({
    type: z.enum([...RULE_TYPES, "custom"]).meta({
      description: "What the rule looks at (`custom` is another name for custom_variable).",
    }),
    operator: z
      .enum(OPERATORS)
      .optional()
      .meta({ description: "How the value is compared: equals (default). Not used by url_funnel." }),
    value: z.union([z.string(), z.number()]).optional().meta({
      description:
        "The value to compare with (seconds, a URL, a count...). Required except for custom_variable and url_funnel.",
    }),
    variableName: z.string().optional().meta({ description: "custom_variable rules: the variable's name." }),
    variableValue: z
      .union([z.string(), z.number(), z.boolean()])
      .optional()
      .meta({ description: "custom_variable rules: the value it must have." }),
    urls: z
      .array(
        z
          .object({
            url: z.string().meta({ description: "An address, or a part of one." }),
            operator: z
              .enum(OPERATORS)
              .optional()
              .meta({ description: "How it is compared: equals (default)." }),
          })
          .strict()
          .meta({ id: "GreetingFunnelStep", description: "One page of a url_funnel rule." }),
      )
      .optional()
      .meta({ description: "url_funnel rules: the pages to visit, in order." }),
  })
  .strict()
  .meta({
    id: "GreetingRule",
    description: "One condition of a greeting. All of a greeting's rules must hold for it to be shown.",
    allOf: RULES_BY_TYPE,
  });

function validateRuleValue(type: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return `of type ${type} needs a value`;
  if (NUMERIC_RULES.includes(type)) {
    const why = problemOf(digits(0), value);
    return why && `value ${why} (${type} takes a count or seconds)`;
  }
  const why = URL_RULES.includes(type)
    ? problemOf(urlPattern, value)
    : typeof value === "number" && Number.isFinite(value)
      ? undefined
      : problemOf(textOf({ max: MAX.url }), value);
  return why && `value ${why}`;
}

function validateRule(rule: Rule): string | undefined {
  if (!rule || typeof rule !== "object" || Array.isArray(rule)) return "must be an object with a type";
  const unknown = Object.keys(rule).find((k) => !RULE_KEYS.includes(k));
  if (unknown) return `has unknown key ${unknown}; the keys are ${RULE_KEYS.join(", ")}`;
  const type = rule.type === "custom" ? "custom_variable" : rule.type;
  const badType = problemOf(oneOf(RULE_TYPES), type);
  if (badType) return `type ${badType}`;
  const badOperator = rule.operator === undefined ? undefined : problemOf(operator, rule.operator);
  if (badOperator) return `operator ${badOperator}`;
  if (type === "custom_variable") {
    if (rule.variableName === undefined || rule.variableValue === undefined)
      return "of type custom_variable needs variableName and variableValue";
    const name = problemOf(variableText, rule.variableName);
    if (name) return `variableName ${name}`;
    const value = variableValue(rule.variableValue);
    if (value) return `variableValue ${value}`;
  } else if (type === "url_funnel") {
    const urls = rule.urls as Rule[] | undefined;
    if (!Array.isArray(urls) || urls.length === 0)
      return "of type url_funnel needs urls: a list of { url, operator }";
    if (urls.length > MAX_FUNNEL_URLS)
      return `urls must have at most ${MAX_FUNNEL_URLS} items (it has ${urls.length}); remove some`;
    for (const [j, u] of urls.entries()) {
      if (!u || typeof u !== "object" || Array.isArray(u) || u.url === undefined)
        return "urls: every item needs a url";
      const extra = Object.keys(u).find((k) => k !== "url" && k !== "operator");
      if (extra) return `urls[${j}] has unknown key ${extra}; the keys are url, operator`;
      const why = problemOf(urlPattern, u.url);
      if (why) return `urls[${j}].url ${why}`;
      const badOperator = u.operator === undefined ? undefined : problemOf(operator, u.operator);
      if (badOperator) return `urls: operator ${badOperator}`;
    }
  } else {
    return validateRuleValue(type as string, rule.value);
  }
  return undefined;
}

/** A rule as the server keeps it: alias resolved, operator defaulted, values as strings, no id. */
function canonicalRule(rule: Rule): Rule {
  const type = rule.type === "custom" ? "custom_variable" : rule.type;
  if (type === "url_funnel") {
    const urls = (rule.urls as Rule[]).map((u) => ({ url: u.url, operator: u.operator ?? "equals" }));
    return { type, urls };
  }
  const out: Rule = { type, operator: rule.operator ?? "equals" };
  if (type === "custom_variable") {
    out.variableName = rule.variableName;
    out.variableValue = String(rule.variableValue);
  } else {
    out.value = String(rule.value);
  }
  return out;
}

const ruleToWire = (rule: Rule): Rule => {
  const { variableName, variableValue, ...rest } = rule;
  return { ...rest, variable_name: variableName, variable_value: variableValue };
};

const ruleFromWire = (rule: Rule): Rule => {
  const out: Rule = { type: rule.type };
  if (rule.operator !== undefined) out.operator = rule.operator;
  if (rule.value !== undefined) out.value = rule.value;
  if (rule.variable_name !== undefined) out.variableName = rule.variable_name;
  if (rule.variable_value !== undefined) out.variableValue = rule.variable_value;
  if (rule.urls !== undefined) out.urls = rule.urls;
  return out;
};

/** A rule as the account spec writes it: without the server's default operator (equals), numbers as numbers. */
export function ruleEntry(rule: Rule): Rule {
  const out: Rule = { ...rule };
  if (out.operator === "equals") delete out.operator;
  if (NUMERIC_RULES.includes(String(out.type)) && /^\d+$/.test(String(out.value)))
    out.value = Number(out.value);
  if (Array.isArray(out.urls))
    out.urls = (out.urls as Rule[]).map(({ url, operator }) =>
      operator && operator !== "equals" ? { url, operator } : { url },
    );
  return out;
}

export const rules: Field = {
  doc: "The conditions for showing the greeting; at least one. The server keeps them as a set.",
  schema: itemsOf(ruleShape, (rule) => validateRule(rule as Rule), { max: MAX_RULES, noun: "rule" }),
  required: true,
  toWire: (v) => (v as Rule[]).map(ruleToWire),
  fromWire: (o) => (o.rules as Rule[] | undefined)?.map(ruleFromWire),
  // The server returns rules in an order of its own: compare them as a set.
  canonical: (v) => (v as Rule[]).map((r) => stableJson(canonicalRule(r))).sort(),
};
