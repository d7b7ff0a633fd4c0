// /greetings. The server rewrites rules: each gets a new id and condition "and", values become
// strings, the alias "custom" becomes custom_variable, and the rules come back ordered by type
// (RULE_TYPES), not as sent. Answers do not include the greeting's group.

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
  isPlainObject,
  list,
  maxLength,
  object,
  oneOf,
  optional,
  required,
  scalarString,
  string,
  within,
  type Input,
} from "../validate";
import { existingGroup } from "./groups";

const MESSAGE = "greeting-message_text";
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

function ruleToWire(rule: GreetingRule): Input {
  switch (rule.type) {
    case "custom_variable":
      return {
        id: rule.id,
        type: rule.type,
        operator: rule.operator,
        condition: "and",
        variable_name: rule.variableName,
        variable_value: rule.variableValue,
      };
    case "url_funnel":
      return { id: rule.id, type: rule.type, condition: "and", urls: rule.urls?.map((u) => ({ ...u })) };
    default:
      return { id: rule.id, value: rule.value, type: rule.type, operator: rule.operator, condition: "and" };
  }
}

export function greetingToWire(greeting: Greeting): Input {
  return {
    id: greeting.id,
    active: greeting.active,
    name: greeting.name,
    rules: greeting.rules.map(ruleToWire),
    properties: { active: greeting.active ? "1" : "0", [MESSAGE]: greeting.message },
  };
}

function parseRule(raw: unknown, where: string): NewRule {
  const input = object(where)(raw);
  const at = (key: string) => `${where}.${key}`;
  const need = <T>(key: string, what: string, parse: (name: string) => (value: unknown) => T): T =>
    required(input, key, what, parse(at(key)), at(key));
  const types = [...RULE_TYPES, "custom"] as const;
  const given = need("type", `one of: ${types.join(", ")}`, (name) => oneOf(name, types));
  const type: RuleType = given === "custom" ? "custom_variable" : given;
  const operator = optional(input, "operator", oneOf(at("operator"), RULE_OPERATORS)) ?? "equals";
  const id = optional(input, "id", integer(at("id"), 1)); // kept by seeds only
  if (type === "url_funnel") {
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
    return { id, type, operator, urls };
  }
  if (type === "custom_variable") {
    const variableName = need("variable_name", "a non-empty string", (n) =>
      maxLength(n, MAX_VARIABLE, string(n)),
    );
    const variableValue = need("variable_value", "a value", (n) =>
      maxLength(n, MAX_VARIABLE, scalarString(n)),
    );
    return { id, type, operator, variableName, variableValue };
  }
  const value = need("value", "a value", scalarString);
  if (NUMERIC_RULES.includes(type)) integer(at("value"), 0)(value);
  return { id, type, operator, value };
}

/** Parses, orders by type (stable) and numbers the rules the way the server answers them. */
function parseRules(state: State, value: unknown, keepIds = false): GreetingRule[] {
  const raw = list("rules")(value);
  if (raw.length === 0) throw invalid("rules", "a non-empty list of rules");
  if (raw.length > MAX_RULES) throw invalid("rules", `a list of at most ${MAX_RULES} rules`);
  const rules = raw.map((r, i) => parseRule(r, `rules[${i}]`));
  const rank = (r: NewRule) => RULE_TYPES.indexOf(r.type);
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => rank(a.rule) - rank(b.rule) || a.index - b.index)
    .map(({ rule }) => {
      const id = keepIds && rule.id !== undefined ? rule.id : state.nextIds.rule;
      reserveId(state, "rule", id);
      return { ...rule, id };
    });
}

function message(input: Input): string | undefined {
  const properties = optional(input, "properties", object("properties"));
  return properties && optional(properties, MESSAGE, string(`properties[${MESSAGE}]`));
}

/** `active`, or else properties.active, so a client may send back the shape it read. */
function activeFlag(input: Input): boolean | undefined {
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

/** Seed/load: a greeting as GET answers it, plus optional `group` and `subtype` (which GET omits). */
export function importGreeting(state: State, wire: unknown, where: string): void {
  within(where, () => {
    if (!isPlainObject(wire)) throw badRequest("must be an object");
    const id = has(wire, "id") ? integer("id", 1)(wire.id) : state.nextIds.greeting;
    const subtype = optional(wire, "subtype", oneOf("subtype", ["announcement"] as const));
    const greeting: Greeting = {
      id,
      group: optional(wire, "group", (v) => existingGroup(state, v).id) ?? 0,
      active: activeFlag(wire) ?? true,
      name: required(wire, "name", "a non-empty string", string("name")),
      ...(subtype ? { subtype } : {}),
      message: message(wire) ?? DEFAULT_GREETING_MESSAGE,
      rules: required(wire, "rules", "a non-empty list of rules", (v) => parseRules(state, v, true)),
    };
    const index = state.greetings.findIndex((g) => g.id === id);
    if (index >= 0) state.greetings[index] = greeting;
    else state.greetings.push(greeting);
    state.greetings.sort((a, b) => a.id - b.id);
    reserveId(state, "greeting", id);
  });
}

export function greetingToState(greeting: Greeting): Input {
  return {
    ...greetingToWire(greeting),
    group: greeting.group,
    ...(greeting.subtype ? { subtype: "announcement" } : {}),
  };
}
