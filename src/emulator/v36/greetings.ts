// v3.6 greetings. create_greeting answers {id}; update and delete answer {}. Answers follow the get example:
// properties.greeting-message_text comes back as properties.text, rules carry no ids, and the rich message
// comes back without its template_id. list_greetings pages with limit/page_id and answers found_greetings
// and next_page_id (the reference documents no previous_page_id). v2 shows the same greetings: see
// routes/greetings.ts for what it hides.

import type { Greeting, GreetingRule, State } from "../model";
import { findGroup } from "../routes/groups";
import { EMPTY, read, write, type Action, type V36Context } from "./context";
import { groupNotFound, limitReached, notFound, validation } from "./errors";
import { properties, richMessage, rules } from "./greeting-input";
import { arrayOf, bool, dateTime, int, oneOf, onlyKeys, opt, req, setOf, str, type Parse } from "./input";

const MAX_ANNOUNCEMENTS = 10;
const TYPES = ["normal", "announcement"] as const;
const MAX_PAGE = 100;

function ruleToV36(rule: GreetingRule): Record<string, unknown> {
  const { condition, type, operator } = rule;
  if (type === "url_funnel") return { condition, type, urls: rule.urls?.map((u) => ({ ...u })) };
  if (type === "custom_variable" || type === "ads_traffic") {
    return {
      condition,
      type,
      operator,
      session_field: { [rule.variableName ?? ""]: rule.variableValue ?? "" },
    };
  }
  if (type === "url_match_page_view_number") {
    return { condition, type, operator, value: rule.value, urls: rule.urls?.map((u) => ({ ...u })) };
  }
  return { condition, type, operator, value: rule.value };
}

function richMessageToV36(stored: Record<string, unknown>): Record<string, unknown> {
  const { template_id: _template, ...rest } = structuredClone(stored);
  return rest;
}

export function greetingToV36(greeting: Greeting): Record<string, unknown> {
  return {
    id: greeting.id,
    type: greeting.subtype ?? "normal",
    active: greeting.active,
    ...(greeting.activeFrom ? { active_from: greeting.activeFrom } : {}),
    ...(greeting.activeUntil ? { active_until: greeting.activeUntil } : {}),
    name: greeting.name,
    group: greeting.group,
    rules: greeting.rules.map(ruleToV36),
    properties: {
      ...(greeting.message !== undefined ? { text: greeting.message } : {}),
      ...greeting.properties,
    },
    ...(greeting.richMessage ? { rich_message: richMessageToV36(greeting.richMessage) } : {}),
  };
}

function checkAnnouncements(state: State, except?: Greeting): void {
  const count = state.greetings.filter((g) => g.subtype === "announcement" && g !== except).length;
  if (count >= MAX_ANNOUNCEMENTS) {
    throw limitReached(`At most ${MAX_ANNOUNCEMENTS} announcement greetings are allowed`);
  }
}

function greetingNamed(ctx: V36Context): Greeting {
  const id = req(ctx.input, "id", int(0));
  const greeting = ctx.store.state.greetings.find((g) => g.id === id);
  if (!greeting) throw notFound(`Greeting ${id} not found`);
  return greeting;
}

const COMMON = [
  "type",
  "active",
  "active_from",
  "active_until",
  "name",
  "rules",
  "properties",
  "rich_message",
];

function createGreeting(ctx: V36Context): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  onlyKeys(input, [...COMMON, "group"]);
  const type = req(input, "type", oneOf(TYPES));
  const active = req(input, "active", bool);
  const name = req(input, "name", str);
  const group = req(input, "group", int(0));
  if (!findGroup(state, group)) throw groupNotFound(group);
  const activeFrom = opt(input, "active_from", dateTime);
  const activeUntil = opt(input, "active_until", dateTime);
  const props = opt(input, "properties", properties);
  const rich = opt(input, "rich_message", richMessage);
  const parsedRules = req(input, "rules", rules(state));
  if (type === "announcement") checkAnnouncements(state);
  const greeting: Greeting = {
    id: ctx.store.nextId("greeting"),
    group,
    active,
    name,
    ...(type === "announcement" ? { subtype: "announcement" } : {}),
    ...(props?.message !== undefined ? { message: props.message } : {}),
    rules: parsedRules,
    ...(activeFrom ? { activeFrom } : {}),
    ...(activeUntil ? { activeUntil } : {}),
    ...(props && Object.keys(props.others).length > 0 ? { properties: props.others } : {}),
    ...(rich ? { richMessage: rich } : {}),
  };
  state.greetings.push(greeting);
  return { id: greeting.id };
}

function updateGreeting(ctx: V36Context): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  onlyKeys(input, ["id", ...COMMON]);
  const greeting = greetingNamed(ctx);
  const type = opt(input, "type", oneOf(TYPES));
  const active = opt(input, "active", bool);
  const name = opt(input, "name", str);
  const activeFrom = opt(input, "active_from", dateTime);
  const activeUntil = opt(input, "active_until", dateTime);
  const props = opt(input, "properties", properties);
  const rich = opt(input, "rich_message", richMessage);
  const parsedRules = opt(input, "rules", rules(state));
  if (type === "announcement" && greeting.subtype !== "announcement") checkAnnouncements(state, greeting);
  if (type !== undefined) {
    if (type === "announcement") greeting.subtype = "announcement";
    else delete greeting.subtype;
  }
  if (active !== undefined) greeting.active = active;
  if (name !== undefined) greeting.name = name;
  if (activeFrom !== undefined) greeting.activeFrom = activeFrom;
  if (activeUntil !== undefined) greeting.activeUntil = activeUntil;
  if (parsedRules !== undefined) greeting.rules = parsedRules;
  if (rich !== undefined) greeting.richMessage = rich;
  // properties replace the greeting's properties as a whole, message text included.
  if (props !== undefined) {
    if (props.message === undefined) delete greeting.message;
    else greeting.message = props.message;
    if (Object.keys(props.others).length > 0) greeting.properties = props.others;
    else delete greeting.properties;
  }
  return EMPTY;
}

function deleteGreeting(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id"]);
  const greeting = greetingNamed(ctx);
  ctx.store.state.greetings = ctx.store.state.greetings.filter((g) => g !== greeting);
  return EMPTY;
}

function getGreeting(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id"]);
  return greetingToV36(greetingNamed(ctx));
}

interface Page {
  groups?: number[];
  limit: number;
  offset: number;
}

/** page_id is opaque to clients: the groups and limit of the first request, and where the page starts. */
const encodePage = (page: Page): string => Buffer.from(JSON.stringify(page)).toString("base64url");

const decodePage: Parse<Page> = (value, name) => {
  try {
    const page = JSON.parse(Buffer.from(str(value, name), "base64url").toString("utf8")) as Page;
    int(1, MAX_PAGE)(page.limit, name);
    int(0)(page.offset, name);
    if (page.groups !== undefined) arrayOf(int(0))(page.groups, name);
    return page;
  } catch {
    throw validation(`\`${name}\` is not a page id this server gave`);
  }
};

function listGreetings(ctx: V36Context): unknown {
  const { input } = ctx;
  onlyKeys(input, ["groups", "page_id", "limit"]);
  const pageId = opt(input, "page_id", decodePage);
  if (pageId && (input.groups !== undefined || input.limit !== undefined)) {
    throw validation("`page_id` cannot be used with `groups` or `limit`");
  }
  const page: Page = pageId ?? {
    groups: opt(input, "groups", setOf(int(0))),
    limit: opt(input, "limit", int(1, MAX_PAGE)) ?? MAX_PAGE,
    offset: 0,
  };
  const found = [...ctx.store.state.greetings]
    .sort((a, b) => a.id - b.id)
    .filter((g) => !page.groups || page.groups.includes(g.group));
  const slice = found.slice(page.offset, page.offset + page.limit);
  const next = page.offset + page.limit;
  return {
    greetings: slice.map(greetingToV36),
    found_greetings: found.length,
    ...(next < found.length ? { next_page_id: encodePage({ ...page, offset: next }) } : {}),
  };
}

export const greetingActions: Record<string, Action> = {
  create_greeting: write(createGreeting),
  get_greeting: read(getGreeting),
  list_greetings: read(listGreetings),
  update_greeting: write(updateGreeting),
  delete_greeting: write(deleteGreeting),
};
