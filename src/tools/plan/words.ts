// A plan in the account's words: what each kind of object is called, which part of the account it belongs to for
// a reviewer, and how its values read (groups by name, people by name and login, rules as conditions).
import type { Section } from "../../account/types";
import type { Field, Props, ResourceDeclaration } from "../../provider/declaration";
import { isUnknown } from "../../provider/fields";
import { SECRET } from "../values";
import type { Names } from "./names";

/** The parts of a plan, in the order a reviewer reads them. */
export const TOPICS = {
  people: "People",
  groups: "Groups and routing",
  greetings: "Greetings and goals",
  responses: "Canned responses and tags",
  integrations: "Webhooks and integrations",
} as const;
export type Topic = keyof typeof TOPICS;

/** Each section's part of the plan and what one of its objects is called (the compiler sees every section). */
export const SECTION_WORDS: Record<Section, { topic: Topic; noun: string }> = {
  groups: { topic: "groups", noun: "group" },
  agents: { topic: "people", noun: "agent" },
  goals: { topic: "greetings", noun: "goal" },
  greetings: { topic: "greetings", noun: "greeting" },
  tags: { topic: "responses", noun: "tag" },
  cannedResponses: { topic: "responses", noun: "canned response" },
  webhooks: { topic: "integrations", noun: "webhook" },
  autoAccesses: { topic: "integrations", noun: "auto access rule" },
  licenseProperties: { topic: "integrations", noun: "license property" },
  groupProperties: { topic: "integrations", noun: "group property" },
  bots: { topic: "integrations", noun: "bot" },
  webhookStates: { topic: "integrations", noun: "webhook switch" },
};

export const wordsOf = (declaration: ResourceDeclaration) =>
  SECTION_WORDS[declaration.account.section as Section];

/** "maxChatsCount" as "max chats count". */
export const fieldWords = (name: string) => name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** A text cut to a line's worth. */
const short = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One value as a reviewer reads it: groups and people by name, secrets never, lists as lists. */
export function valueWords(
  field: Field | undefined,
  value: unknown,
  names: Names,
  dependsOn: string[] = [],
): string {
  if (value === undefined || value === null) return "(unset)";
  if (field?.secret || value === SECRET) return "(secret)";
  if (isUnknown(value)) return "(known after the change)";
  if (field?.refersTo === "group" && !field.refersAt) {
    if (Array.isArray(value)) return listWords(names.groupList(value, dependsOn));
    return names.groupOf(value, dependsOn);
  }
  if (field?.refersTo === "agent") {
    if (Array.isArray(value)) return listWords(value.map((v) => names.member(v)));
    if (typeof value === "object") return listWords(Object.keys(value).map((v) => names.member(v)));
  }
  if (typeof value === "string") return `"${short(value)}"`;
  if (typeof value === "boolean") return value ? "on" : "off";
  if (Array.isArray(value))
    return value.length ? value.map((v) => valueWords(undefined, v, names)).join(", ") : "none";
  if (typeof value === "object") return short(JSON.stringify(value), 80);
  return String(value);
}

export const listWords = (items: string[]) =>
  items.length === 0
    ? "none"
    : items.length === 1
      ? items[0]
      : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** What an object is called: "John Roe (john@example.com)", `greeting "Pricing page" in Sales`. */
export function label(
  declaration: ResourceDeclaration,
  props: Props,
  names: Names,
  memberId?: string,
): string {
  const { noun } = wordsOf(declaration);
  if (declaration.account.section === "agents") return names.member(memberId ?? props.login ?? props.agentId);
  if (declaration.account.section === "groups") return `group ${String(props.name)}`;
  const parts: string[] = [];
  let where = "";
  for (const key of declaration.keyFields) {
    const field = declaration.fields[key];
    const value = props[key];
    if (value === undefined) continue;
    if (field.refersTo === "group") where = ` in ${valueWords(field, value, names)}`;
    else if (key === "ownerClientId") where = ` (Client ID ${String(value)})`;
    else parts.push(typeof value === "string" ? `"${short(value)}"` : String(value));
  }
  return `${noun} ${parts.join(" ")}${where}`.replace(/\s+/g, " ").trim();
}

const RULE_WORDS: Record<string, string> = {
  url_current: "the page's address",
  url_visited: "an address visited",
  url_referrer: "the address the visitor came from",
  visit_time_site: "seconds on the site",
  visit_time_page: "seconds on the page",
  pages_view_number: "pages viewed",
  visits_number: "visits",
  geolocation: "the visitor's location",
  search_keyword: "the search keyword",
  custom_variable: "the variable",
  url_funnel: "the addresses visited in order",
};

/** A greeting's rules as the conditions they are: "the page's address contains /pricing". */
export function rulesWords(rules: unknown): string | undefined {
  if (!Array.isArray(rules) || rules.length === 0) return undefined;
  return rules
    .map((r: Props) => {
      const subject = RULE_WORDS[String(r.type)] ?? fieldWords(String(r.type));
      const value =
        r.type === "custom_variable"
          ? `${String(r.variableName)} ${String(r.operator ?? "equals").replace(/_/g, " ")} ${String(r.variableValue)}`
          : Array.isArray(r.urls)
            ? (r.urls as Props[]).map((u) => String(u.value ?? u.url ?? "")).join(" → ")
            : String(r.value ?? "");
      const operator = r.type === "custom_variable" ? "" : `${String(r.operator ?? "").replace(/_/g, " ")} `;
      return r.type === "custom_variable" ? `${subject} ${value}` : `${subject} ${operator}${value}`;
    })
    .join(" and ");
}
