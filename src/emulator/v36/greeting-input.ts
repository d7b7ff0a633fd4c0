// What create_greeting / update_greeting bodies hold: rules (with conditions, session_field for
// custom_variable and ads_traffic, urls for url_funnel and url_match_page_view_number), the documented
// properties, and the rich message (button ids filled in when missing).

import { randomUUID } from "crypto";
import { RULE_OPERATORS, RULE_TYPES, type GreetingRule, type RuleType, type State } from "../model";
import type { Input } from "../validate";
import { arrayOf, bad, int, maxLen, obj, oneOf, onlyKeys, opt, req, str, text, type Parse } from "./input";

const MAX_RULES = 10;
const MAX_URLS = 10;
const MAX_SESSION_FIELD = 255;
const ADS_PROVIDERS = ["microsoft", "facebook", "google", "twitter", "yahoo"];
const NO_OPERATOR: RuleType[] = ["url_funnel", "custom_variable", "ads_traffic"];
/** Rule types whose value is a number, and its bounds. */
const NUMERIC: Partial<Record<RuleType, [number, number]>> = {
  visit_time_site: [0, 900],
  visit_time_page: [0, 900],
  pages_view_number: [0, Number.MAX_SAFE_INTEGER],
  visits_number: [0, Number.MAX_SAFE_INTEGER],
  url_match_page_view_number: [0, Number.MAX_SAFE_INTEGER],
};
export const PROPERTY_KEYS = [
  "addon",
  "is_exit_intent",
  "greeting-message_text",
  "greeting-message_json_key",
  "greeting-message_phrase_key",
];

const urls: Parse<{ url: string; operator: (typeof RULE_OPERATORS)[number] }[]> = (value, name) => {
  const list = arrayOf((item, n) => {
    const u = obj(item, n);
    onlyKeys(u, ["url", "operator"], `${n}.`);
    return { url: req(u, "url", str, `${n}.`), operator: req(u, "operator", oneOf(RULE_OPERATORS), `${n}.`) };
  }, MAX_URLS)(value, name);
  if (list.length === 0) throw bad(name, `an array of 1 to ${MAX_URLS} urls`);
  return list;
};

function sessionField(type: RuleType): Parse<[string, string]> {
  return (value, name) => {
    const entries = Object.entries(obj(value, name));
    if (entries.length !== 1) throw bad(name, "an object with exactly one key");
    const [[key, v]] = entries;
    if (type === "ads_traffic" && !ADS_PROVIDERS.includes(key)) {
      throw bad(name, `keyed by one of: ${ADS_PROVIDERS.join(", ")}`);
    }
    if (type === "custom_variable") maxLen(MAX_SESSION_FIELD)(key, `${name} key`);
    return [key, maxLen(MAX_SESSION_FIELD, text)(v, `${name}.${key}`)];
  };
}

function rule(state: State): Parse<GreetingRule> {
  return (value, name) => {
    const input = obj(value, name);
    const p = `${name}.`;
    onlyKeys(input, ["condition", "type", "operator", "value", "urls", "session_field"], p);
    const condition = req(input, "condition", oneOf(["and", "or"] as const), p);
    const type = req(input, "type", oneOf(RULE_TYPES), p);
    const operator = NO_OPERATOR.includes(type)
      ? (opt(input, "operator", oneOf(RULE_OPERATORS), p) ?? "equals")
      : req(input, "operator", oneOf(RULE_OPERATORS), p);
    const id = state.nextIds.rule;
    state.nextIds.rule += 10;
    if (type === "url_funnel") return { id, type, condition, operator, urls: req(input, "urls", urls, p) };
    if (type === "custom_variable" || type === "ads_traffic") {
      const [variableName, variableValue] = req(input, "session_field", sessionField(type), p);
      return { id, type, condition, operator, variableName, variableValue };
    }
    const given = req(input, "value", str, p);
    const bounds = NUMERIC[type];
    if (bounds && !/^\d+$/.test(given)) throw bad(`${p}value`, "a whole number (as a string)");
    if (bounds) int(...bounds)(Number(given), `${p}value`);
    if (type === "url_match_page_view_number") {
      return { id, type, condition, operator, value: given, urls: req(input, "urls", urls, p) };
    }
    return { id, type, condition, operator, value: given };
  };
}

/** 1 to 10 rules, kept in the order given (their conditions chain). */
export function rules(state: State): Parse<GreetingRule[]> {
  return (value, name) => {
    const list = arrayOf(rule(state), MAX_RULES)(value, name);
    if (list.length === 0) throw bad(name, `an array of 1 to ${MAX_RULES} rules`);
    return list;
  };
}

/** The documented keys; values are kept as strings. greeting-message_text is returned apart. */
export const properties: Parse<{ message?: string; others: Record<string, string> }> = (value, name) => {
  const input = obj(value, name);
  onlyKeys(input, PROPERTY_KEYS, `${name}.`);
  const others: Record<string, string> = {};
  let message: string | undefined;
  for (const [key, v] of Object.entries(input)) {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
      throw bad(`${name}.${key}`, "a string");
    }
    if (key === "greeting-message_text") message = String(v);
    else others[key] = String(v);
  }
  return { message, others };
};

const button: Parse<Input> = (value, name) => {
  const b = obj(value, name);
  const p = `${name}.`;
  onlyKeys(b, ["text", "type", "value", "postback_id", "button_id", "role"], p);
  req(b, "text", str, p);
  req(b, "type", oneOf(["webview", "message", "url", "phone"]), p);
  req(b, "value", text, p);
  req(b, "postback_id", str, p);
  opt(b, "role", oneOf(["default", "primary", "danger"]), p);
  // "A button identifier, automatically generated if not provided."
  return { ...b, button_id: opt(b, "button_id", str, p) ?? randomUUID() };
};

const element: Parse<Input> = (value, name) => {
  const e = obj(value, name);
  const p = `${name}.`;
  onlyKeys(e, ["title", "subtitle", "image", "buttons"], p);
  req(e, "title", text, p);
  req(e, "subtitle", text, p);
  const image = opt(e, "image", obj, p);
  if (image) req(image, "url", str, `${p}image.`);
  const buttons = opt(e, "buttons", arrayOf(button, 13), p);
  return buttons ? { ...e, buttons } : { ...e };
};

/**
 * {template_id, elements[]}. The table lists cards, sticker and quick_replies; both examples send "text",
 * which is taken too. Elements need title and subtitle; image is optional (the table says required, but
 * every example leaves it out).
 */
export const richMessage: Parse<Input> = (value, name) => {
  const input = obj(value, name);
  onlyKeys(input, ["template_id", "elements"], `${name}.`);
  const template = req(
    input,
    "template_id",
    oneOf(["cards", "sticker", "quick_replies", "text"]),
    `${name}.`,
  );
  const elements = opt(input, "elements", arrayOf(element, 10), `${name}.`);
  return { template_id: template, ...(elements ? { elements } : {}) };
};
