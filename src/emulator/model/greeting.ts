// Greetings and the rules that trigger them.

export const RULE_OPERATORS = [
  "equals",
  "doesnt_equal",
  "lower_than",
  "lower_or_equal",
  "greater_than",
  "greater_or_equal",
  "contains",
  "doesnt_contain",
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** The server answers rules in this fixed order of types (see the reference's examples). */
export const RULE_TYPES = [
  "custom_variable",
  "visits_number",
  "visit_time_site",
  "visit_time_page",
  "url_current",
  "url_visited",
  "url_referrer",
  "url_funnel",
  "pages_view_number",
  "geolocation",
  "search_keyword",
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export interface FunnelUrl {
  url: string;
  operator: RuleOperator;
}

export interface GreetingRule {
  id: number;
  type: RuleType;
  operator: RuleOperator;
  value?: string;
  variableName?: string;
  variableValue?: string;
  urls?: FunnelUrl[];
}

export interface Greeting {
  id: number;
  group: number;
  active: boolean;
  name: string;
  subtype?: "announcement";
  message: string;
  rules: GreetingRule[];
}

export const DEFAULT_GREETING_MESSAGE = "Hello, would you like to talk about our products?";
