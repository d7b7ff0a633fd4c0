// Greetings and the rules that trigger them: one model for v2 and v3.6. v3.6 adds the rule condition,
// schedules (active_from/active_until), more properties and a rich message, which v2 does not show.

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

/**
 * The server answers rules in this fixed order of types (see the v2 reference's examples). The last two
 * are v3.6's (v2 documents ads_traffic too but its emulator does not take it).
 */
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
  "ads_traffic",
  "url_match_page_view_number",
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export interface FunnelUrl {
  url: string;
  operator: RuleOperator;
}

export interface GreetingRule {
  id: number;
  type: RuleType;
  /** v2 always answers "and"; v3.6 takes "and" or "or". */
  condition: "and" | "or";
  operator: RuleOperator;
  value?: string;
  /** custom_variable and ads_traffic: v2's variable_name/variable_value, v3.6's session_field {name: value}. */
  variableName?: string;
  variableValue?: string;
  urls?: FunnelUrl[];
}

export interface Greeting {
  id: number;
  group: number;
  active: boolean;
  name: string;
  /** v2's subtype; v3.6's type "announcement" (else "normal"). */
  subtype?: "announcement";
  /** greeting-message_text (v3.6 answers it as properties.text). Absent if never given through v3.6. */
  message?: string;
  rules: GreetingRule[];
  /** RFC 3339, as given (v3.6 only). */
  activeFrom?: string;
  activeUntil?: string;
  /** v3.6's other properties (addon, is_exit_intent, greeting-message_json_key/phrase_key), as strings. */
  properties?: Record<string, string>;
  /** v3.6's rich message as stored (template_id included; button ids filled in). */
  richMessage?: Record<string, unknown>;
}

export const DEFAULT_GREETING_MESSAGE = "Hello, would you like to talk about our products?";
