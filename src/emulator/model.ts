// Domain model of one emulated LiveChat licence. camelCase here; the wire (snake_case) shapes are
// produced by the serializers in routes/*.ts.

export type Flag = 0 | 1;

export const AGENT_STATUSES = ["accepting chats", "not accepting chats", "offline"] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
export const LOGIN_STATUSES = ["accepting chats", "not accepting chats"] as const;
export type LoginStatus = (typeof LOGIN_STATUSES)[number];
export const PERMISSIONS = ["owner", "administrator", "normal"] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Notifications {
  newVisitor: Flag;
  returningVisitor: Flag;
  queuedVisitor: Flag;
  visitorIsTyping: Flag;
  newGoal: Flag;
}

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export interface WorkDay {
  enabled: Flag;
  start: string;
  end: string;
}
export type WorkScheduler = Record<Weekday, WorkDay>;

export interface Agent {
  login: string;
  name: string;
  loginStatus: LoginStatus;
  permission: Permission;
  dailySummary: Flag;
  jobTitle: string;
  avatar: string;
  notifications: Notifications;
  maxChatsCount: number;
  /** Absent until the agent is first updated: the real server only returns it after a PUT. */
  workScheduler?: WorkScheduler;
  status: AgentStatus;
  lastLogout: number;
}

/** Membership lives only here (group.agents); agent.groups is derived, so the two always agree. */
export interface Group {
  id: number;
  name: string;
  language: string;
  agents: string[];
}

export const GOAL_TYPES = ["url", "custom_variable", "api", "sales_tracker"] as const;
export type GoalType = (typeof GOAL_TYPES)[number];
export const MATCH_TYPES = ["substring", "exact"] as const;
export const VALUE_TYPES = ["set", "not_set", "dynamic"] as const;

export interface SalesTracker {
  salesTrackerId?: string;
  valueType?: (typeof VALUE_TYPES)[number];
  value?: string;
  currency?: string;
  timeRange?: string;
  orderFieldName?: string;
  valueFieldName?: string;
}

export interface Goal {
  id: number;
  name: string;
  active: Flag;
  type: GoalType;
  url?: string;
  matchType?: (typeof MATCH_TYPES)[number];
  customVariableName?: string;
  customVariableValue?: string;
  salesTracker?: SalesTracker;
}

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

export interface Tag {
  name: string;
  group: number;
  author: string;
  creationDate: number;
}

export interface CannedResponse {
  id: number;
  group: number;
  text: string;
  tags: string[];
  creationDate: number;
  createdBy: string;
  modificationDate?: number;
  modifiedBy?: string;
}

export const EVENT_TYPES = [
  "chat_started",
  "chat_ended",
  "chat_changed",
  "visitor_queued",
  "ticket_created",
  "canned_response_changed",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Which event types each webhook data type may be used with. */
export const DATA_TYPE_EVENTS: Record<string, readonly EventType[]> = {
  chat: ["chat_started", "chat_changed", "chat_ended"],
  visitor: ["chat_started", "chat_ended", "chat_changed", "visitor_queued"],
  pre_chat_survey: ["chat_started", "chat_ended"],
  ticket: ["ticket_created"],
  canned_response: ["canned_response_changed"],
};

export interface Webhook {
  id: string;
  token: string;
  licence: number;
  eventType: EventType;
  dataTypes: string[];
  url: string;
  verified: boolean;
}

export interface NextIds {
  group: number;
  goal: number;
  greeting: number;
  rule: number;
  cannedResponse: number;
}

export interface State {
  agents: Agent[];
  groups: Group[];
  goals: Goal[];
  greetings: Greeting[];
  tags: Tag[];
  cannedResponses: CannedResponse[];
  webhooks: Webhook[];
  nextIds: NextIds;
}

// Where each id sequence starts and how it steps. The reference's ids for goals, greetings, rules and
// canned responses all end in 1 (1041, 2291, 8201, 3151...), i.e. they step by 10; groups step by 1.
export const ID_SEQUENCES: Record<keyof NextIds, { start: number; step: number }> = {
  group: { start: 1, step: 1 },
  goal: { start: 1001, step: 10 },
  greeting: { start: 2001, step: 10 },
  rule: { start: 8001, step: 10 },
  cannedResponse: { start: 3001, step: 10 },
};

export const DEFAULT_AVATAR =
  "livechat.s3.amazonaws.com/default/avatars/45bcb5f592dbf5aac8f88dcfd6bc937c.png";
export const DEFAULT_JOB_TITLE = "Support Agent";
export const DEFAULT_GREETING_MESSAGE = "Hello, would you like to talk about our products?";
export const DEFAULT_NOTIFICATIONS: Notifications = {
  newVisitor: 1,
  returningVisitor: 1,
  queuedVisitor: 1,
  visitorIsTyping: 0,
  newGoal: 1,
};

export function defaultWorkScheduler(): WorkScheduler {
  const day = (enabled: Flag, start = "09:00"): WorkDay => ({ enabled, start, end: "17:00" });
  return {
    sunday: day(0, "11:00"),
    monday: day(1),
    tuesday: day(1),
    wednesday: day(1),
    thursday: day(1),
    friday: day(1),
    saturday: day(0),
  };
}

export function ownerAgent(login: string): Agent {
  return {
    login,
    name: "Account Owner",
    loginStatus: "accepting chats",
    permission: "owner",
    dailySummary: 1,
    jobTitle: DEFAULT_JOB_TITLE,
    avatar: DEFAULT_AVATAR,
    notifications: { ...DEFAULT_NOTIFICATIONS },
    maxChatsCount: 6,
    status: "accepting chats",
    lastLogout: 0,
  };
}

function firstIds(): NextIds {
  const ids = {} as NextIds;
  for (const key of Object.keys(ID_SEQUENCES) as (keyof NextIds)[]) ids[key] = ID_SEQUENCES[key].start;
  return ids;
}

/** A fresh licence: the owner and group 0, which always exists and holds every agent implicitly. */
export function initialState(ownerLogin: string): State {
  return {
    agents: [ownerAgent(ownerLogin)],
    groups: [{ id: 0, name: "All operators", language: "en", agents: [] }],
    goals: [],
    greetings: [],
    tags: [],
    cannedResponses: [],
    webhooks: [],
    nextIds: firstIds(),
  };
}

/** A licence with only group 0, the base on which a saved or seeded state is imported. */
export function emptyState(): State {
  return { ...initialState("nobody@example.com"), agents: [] };
}

/** After importing an object with a given id, makes sure the sequence never hands that id out again. */
export function reserveId(state: State, kind: keyof NextIds, id: number): void {
  if (id >= state.nextIds[kind]) state.nextIds[kind] = id + ID_SEQUENCES[kind].step;
}

/** Logins are e-mail addresses, so they match case-insensitively. */
export function findAgent(state: State, login: string): Agent | undefined {
  const wanted = login.toLowerCase();
  return state.agents.find((a) => a.login.toLowerCase() === wanted);
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
