// /greetings. The server rewrites rules: each gets a new id and condition "and", values become
// strings, the alias "custom" becomes custom_variable, and the rules come back ordered by type
// (RULE_TYPES), not as sent. Answers do not include the greeting's group. Of what v3.6 adds, v2 shows a
// rule's condition and v3.6's rule types; schedules, other properties and rich messages stay hidden, and
// a greeting made through v3.6 without a message text shows v2's default text.

import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import {
  DEFAULT_GREETING_MESSAGE,
  RULE_OPERATORS,
  RULE_TYPES,
  reserveId,
  type Greeting,
  type GreetingRule,
  type RuleType,
  type State,
} from "../model";
import {
  flag,
  has,
  integer,
  invalid,
  list,
  maxLength,
  object,
  oneOf,
  optional,
  required,
  scalarString,
  string,
  type Input,
} from "../validate";
import { existingGroup } from "./groups";

export const MESSAGE = "greeting-message_text";
const MAX_ANNOUNCEMENTS = 10;
// The reference: at most 10 rules, 10 funnel urls, and 255 characters for a variable's name and value.
const MAX_RULES = 10;
const MAX_FUNNEL_URLS = 10;
const MAX_VARIABLE = 255;
const NUMERIC_RULES: RuleType[] = [
  "visit_time_site",
  "visit_time_page",
  "pages_view_number",
  "visits_number",
];

type NewRule = Omit<GreetingRule, "id"> & { id?: number };

/** The rule types v2 takes in requests (v3.6's ads_traffic and url_match_page_view_number only in seeds). */
const V2_RULE_TYPES = RULE_TYPES.slice(0, RULE_TYPES.indexOf("search_keyword") + 1);

export function ruleToWire(rule: GreetingRule): Input {
  const { id, type, operator, condition } = rule;
  switch (type) {
    case "custom_variable":
    case "ads_traffic":
      return {
        id,
        type,
        operator,
        condition,
        variable_name: rule.variableName,
        variable_value: rule.variableValue,
      };
    case "url_funnel":
      return { id, type, condition, urls: rule.urls?.map((u) => ({ ...u })) };
    case "url_match_page_view_number":
      return { id, value: rule.value, type, operator, condition, urls: rule.urls?.map((u) => ({ ...u })) };
    default:
      return { id, value: rule.value, type, operator, condition };
  }
}

/** v2 answers rules ordered by type (v3.6 keeps the order they were given in, their conditions chain). */
const byType = <T extends { type: RuleType }>(rules: T[]): T[] =>
  rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => RULE_TYPES.indexOf(a.rule.type) - RULE_TYPES.indexOf(b.rule.type) || a.index - b.index)
    .map(({ rule }) => rule);

export function greetingToWire(greeting: Greeting): Input {
  return {
    id: greeting.id,
    active: greeting.active,
    name: greeting.name,
    rules: byType(greeting.rules).map(ruleToWire),
    properties: {
      active: greeting.active ? "1" : "0",
      [MESSAGE]: greeting.message ?? DEFAULT_GREETING_MESSAGE,
    },
  };
}

function parseRule(raw: unknown, where: string, seed: boolean): NewRule {
  const input = object(where)(raw);
  const at = (key: string) => `${where}.${key}`;
  const need = <T>(key: string, what: string, parse: (name: string) => (value: unknown) => T): T =>
    required(input, key, what, parse(at(key)), at(key));
  const types = [...(seed ? RULE_TYPES : V2_RULE_TYPES), "custom"] as const;
  const given = need("type", `one of: ${types.join(", ")}`, (name) => oneOf(name, types));
  const type = (given === "custom" ? "custom_variable" : given) as RuleType;
  const operator = optional(input, "operator", oneOf(at("operator"), RULE_OPERATORS)) ?? "equals";
  // Kept by seeds only: v2 requests get new ids and condition "and".
  const id = seed ? optional(input, "id", integer(at("id"), 1)) : undefined;
  const condition =
    (seed && optional(input, "condition", oneOf(at("condition"), ["and", "or"] as const))) || "and";
  if (type === "url_funnel" || type === "url_match_page_view_number") {
    const urls = need("urls", "a list of {url, operator}", list).map((item, i) => {
      const url = object(at(`urls[${i}]`))(item);
      const name = at(`urls[${i}].url`);
      return {
        url: required(url, "url", "a non-empty string", string(name), name),
        operator: optional(url, "operator", oneOf(at(`urls[${i}].operator`), RULE_OPERATORS)) ?? "equals",
      };
    });
    if (urls.length === 0) throw invalid(at("urls"), "a non-empty list of {url, operator}");
    if (urls.length > MAX_FUNNEL_URLS) throw invalid(at("urls"), `a list of at most ${MAX_FUNNEL_URLS} urls`);
    if (type === "url_funnel") return { id, type, condition, operator, urls };
    return { id, type, condition, operator, urls, value: need("value", "a value", scalarString) };
  }
  if (type === "custom_variable" || type === "ads_traffic") {
    const variableName = need("variable_name", "a non-empty string", (n) =>
      maxLength(n, MAX_VARIABLE, string(n)),
    );
    const variableValue = need("variable_value", "a value", (n) =>
      maxLength(n, MAX_VARIABLE, scalarString(n)),
    );
    return { id, type, condition, operator, variableName, variableValue };
  }
  const value = need("value", "a value", scalarString);
  if (NUMERIC_RULES.includes(type)) integer(at("value"), 0)(value);
  return { id, type, condition, operator, value };
}

/**
 * Parses, orders by type (stable) and numbers the rules the way the server answers them. A seed
 * (`keepIds`) keeps its ids and its order, which v3.6 shows.
 */
export function parseRules(state: State, value: unknown, keepIds = false): GreetingRule[] {
  const raw = list("rules")(value);
  if (raw.length === 0) throw invalid("rules", "a non-empty list of rules");
  if (raw.length > MAX_RULES) throw invalid("rules", `a list of at most ${MAX_RULES} rules`);
  const rules = raw.map((r, i) => parseRule(r, `rules[${i}]`, keepIds));
  return (keepIds ? rules : byType(rules)).map((rule) => {
    const id = keepIds && rule.id !== undefined ? rule.id : state.nextIds.rule;
    reserveId(state, "rule", id);
    return { ...rule, id };
  });
}

export function message(input: Input): string | undefined {
  const properties = optional(input, "properties", object("properties"));
  return properties && optional(properties, MESSAGE, string(`properties[${MESSAGE}]`));
}

/** `active`, or else properties.active, so a client may send back the shape it read. */
export function activeFlag(input: Input): boolean | undefined {
  const direct = optional(input, "active", flag("active"));
  if (direct !== undefined) return direct === 1;
  const properties = optional(input, "properties", object("properties"));
  const nested = properties && optional(properties, "active", flag("properties[active]"));
  return nested === undefined ? undefined : nested === 1;
}

function pathGreeting(ctx: RequestContext): Greeting {
  const raw = ctx.params.id;
  const greeting = /^\d+$/.test(raw)
    ? ctx.store.state.greetings.find((g) => g.id === Number(raw))
    : undefined;
  if (!greeting) throw notFound(`Greeting ${raw} not found`);
  return greeting;
}

export function listGreetings(ctx: RequestContext): unknown {
  const group = optional(ctx.input, "group", integer("group", 0));
  return ctx.store.state.greetings
    .filter((g) => group === undefined || g.group === group)
    .map(greetingToWire);
}

export function getGreeting(ctx: RequestContext): unknown {
  return greetingToWire(pathGreeting(ctx));
}

export function createGreeting(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  const name = required(input, "name", "a non-empty string", string("name"));
  const group = optional(input, "group", (v) => existingGroup(state, v).id) ?? 0;
  const subtype = optional(input, "subtype", oneOf("subtype", ["announcement"] as const));
  if (subtype && state.greetings.filter((g) => g.subtype === "announcement").length >= MAX_ANNOUNCEMENTS) {
    throw badRequest(
      `Invalid parameter "subtype": at most ${MAX_ANNOUNCEMENTS} announcement greetings are allowed`,
    );
  }
  const active = activeFlag(input) ?? true;
  const text = message(input) ?? DEFAULT_GREETING_MESSAGE;
  if (!has(input, "rules"))
    throw badRequest('Missing required parameter "rules" (a non-empty list of rules)');
  const rules = parseRules(state, input.rules);
  const id = ctx.store.nextId("greeting");
  const greeting: Greeting = {
    id,
    group,
    active,
    name,
    ...(subtype ? { subtype } : {}),
    message: text,
    rules,
  };
  state.greetings.push(greeting);
  return greetingToWire(greeting);
}

export function updateGreeting(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  const greeting = pathGreeting(ctx);
  const name = optional(input, "name", string("name"));
  const active = activeFlag(input);
  const text = message(input);
  const rules = optional(input, "rules", (v) => parseRules(state, v));
  if (name !== undefined) greeting.name = name;
  if (active !== undefined) greeting.active = active;
  if (text !== undefined) greeting.message = text;
  if (rules !== undefined) greeting.rules = rules;
  return greetingToWire(greeting);
}

export function deleteGreeting(ctx: RequestContext): unknown {
  const greeting = pathGreeting(ctx);
  ctx.store.state.greetings = ctx.store.state.greetings.filter((g) => g !== greeting);
  return { ok: true };
}
