import * as pulumi from "@pulumi/pulumi";
import type { ResourceDeclaration } from "../provider/declaration";
import { groupedApi } from "./lists";
import { AdoptArgs, registration } from "./resource";
import { bool, digits, integer, MAX, oneOf, text, textOf, urlPattern } from "./validate";

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

/** One condition of a greeting. All of a greeting's rules must hold for it to be shown. */
export interface GreetingRule {
  /** What the rule looks at: visit_time_site, visit_time_page, url_current, url_visited, pages_view_number, url_referrer, geolocation, visits_number, search_keyword, custom_variable or url_funnel. */
  type: pulumi.Input<string>;
  /** How the value is compared: equals (default), doesnt_equal, lower_than, lower_or_equal, greater_than, greater_or_equal, contains, doesnt_contain. Not used by url_funnel. */
  operator?: pulumi.Input<string>;
  /** The value to compare with (seconds, a URL, a count...). Required except for custom_variable and url_funnel. */
  value?: pulumi.Input<string | number>;
  /** custom_variable rules: the variable's name. */
  variableName?: pulumi.Input<string>;
  /** custom_variable rules: the value it must have. */
  variableValue?: pulumi.Input<string | number | boolean>;
  /** url_funnel rules: the pages to visit, in order. */
  urls?: pulumi.Input<pulumi.Input<{ url: pulumi.Input<string>; operator?: pulumi.Input<string> }>[]>;
}

/** A greeting: a message LiveChat shows visitors when its rules hold. */
export interface GreetingArgs extends AdoptArgs {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  name: pulumi.Input<string>;
  /** The conditions for showing the greeting; at least one. The server keeps them as a set. */
  rules: pulumi.Input<pulumi.Input<GreetingRule>[]>;
  /** The message visitors see. Default: the server's "Hello, would you like to talk about our products?". */
  message?: pulumi.Input<string>;
  /** Whether the greeting is enabled. Default true. */
  active?: pulumi.Input<boolean>;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. */
  group?: pulumi.Input<number>;
  /** `announcement` for an announcement greeting (at most 10). Set at creation only: changing it replaces the greeting. */
  subtype?: pulumi.Input<string>;
}

export const DEFAULT_MESSAGE = "Hello, would you like to talk about our products?";

type Rule = Record<string, unknown>;

/** Rule types whose value is a count or a number of seconds: the server takes only whole numbers from 0. */
const NUMERIC_RULES = ["visit_time_site", "visit_time_page", "pages_view_number", "visits_number"];
/** Rule types whose value is an address, or a part of one. */
const URL_RULES = ["url_current", "url_visited", "url_referrer"];
const RULE_KEYS = ["type", "operator", "value", "variableName", "variableValue", "urls"];
/** The server's limits (the reference: at most 10 rules, 10 funnel urls, 255 characters a variable). */
const MAX_RULES = 10;
const MAX_FUNNEL_URLS = 10;
const variableText = textOf({ max: 255 });

/** A custom variable's value: text, or a number or flag the server stores as text. */
const variableValue = (v: unknown) =>
  typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? undefined : variableText(v);

function validateRuleValue(type: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return `of type ${type} needs a value`;
  if (NUMERIC_RULES.includes(type)) {
    const why = digits(0)(value);
    return why && `value ${why} (${type} takes a count or seconds)`;
  }
  const why = URL_RULES.includes(type)
    ? urlPattern(value)
    : typeof value === "number" && Number.isFinite(value)
      ? undefined
      : textOf({ max: MAX.url })(value);
  return why && `value ${why}`;
}

function validateRule(rule: Rule): string | undefined {
  if (!rule || typeof rule !== "object" || Array.isArray(rule)) return "must be an object with a type";
  const unknown = Object.keys(rule).find((k) => !RULE_KEYS.includes(k));
  if (unknown) return `has unknown key ${unknown}; the keys are ${RULE_KEYS.join(", ")}`;
  const type = rule.type === "custom" ? "custom_variable" : rule.type;
  const badType = oneOf(RULE_TYPES)(type);
  if (badType) return `type ${badType}`;
  if (rule.operator !== undefined && oneOf(OPERATORS)(rule.operator))
    return `operator ${oneOf(OPERATORS)(rule.operator)}`;
  if (type === "custom_variable") {
    if (rule.variableName === undefined || rule.variableValue === undefined)
      return "of type custom_variable needs variableName and variableValue";
    const name = variableText(rule.variableName);
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
      const why = urlPattern(u.url);
      if (why) return `urls[${j}].url ${why}`;
      if (u.operator !== undefined && oneOf(OPERATORS)(u.operator))
        return `urls: operator ${oneOf(OPERATORS)(u.operator)}`;
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

export const greetingDeclaration: ResourceDeclaration = {
  type: "Greeting",
  naturalKey: "name and group",
  keyFields: ["name", "group"],
  fields: {
    name: { required: true, validate: text },
    rules: {
      required: true,
      validate: (v) => {
        if (!Array.isArray(v) || v.length === 0) return "must be a list of at least one rule";
        if (v.length > MAX_RULES)
          return `must have at most ${MAX_RULES} rules (it has ${v.length}); remove some`;
        for (const [i, rule] of v.entries()) {
          const why = validateRule(rule as Rule);
          if (why) return `[${i}] ${why}`;
        }
        return undefined;
      },
      toWire: (v) => (v as Rule[]).map(ruleToWire),
      fromWire: (o) => (o.rules as Rule[] | undefined)?.map(ruleFromWire),
      // The server returns rules in an order of its own: compare them as a set.
      canonical: (v) => (v as Rule[]).map((r) => JSON.stringify(canonicalRule(r))).sort(),
    },
    message: {
      default: DEFAULT_MESSAGE,
      validate: textOf({ max: MAX.text, multiline: true }),
      wire: "properties",
      toWire: (v) => ({ "greeting-message_text": v }),
      fromWire: (o) => (o.properties as Record<string, unknown> | undefined)?.["greeting-message_text"],
    },
    active: {
      default: true,
      validate: bool,
      toWire: (v) => (v ? 1 : 0),
      fromWire: (o) => o.active === true || Number(o.active) === 1,
    },
    group: { default: 0, replace: true, validate: integer(0) },
    subtype: { replace: true, writeOnly: true, validate: oneOf(["announcement"]) },
  },
  idOf: (o) => String(o.id),
  api: groupedApi("Greeting", "greetings", (o, inputs) => o.name === inputs.name),
};

/** A LiveChat greeting. */
export class Greeting extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly rules: pulumi.Output<GreetingRule[]>;
  declare readonly message: pulumi.Output<string>;
  declare readonly active: pulumi.Output<boolean>;
  declare readonly group: pulumi.Output<number>;
  /** The greeting's numeric id. */
  readonly greetingId: pulumi.Output<number>;

  constructor(name: string, args: GreetingArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(greetingDeclaration, name, args, opts));
    this.greetingId = this.id.apply(Number);
  }
}
