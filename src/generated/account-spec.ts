// Generated from the resource declarations by `npm run generate`: do not edit.

/** A whole LiveChat configuration in one file: objects refer to each other by name, so it applies to any license. */
export interface AccountSpec {
  /** `none` says that a spec without entries is meant: applying it deletes every object the stack manages. Without it, a spec with no entries is refused (a file cut short must not empty the account). */
  objects?: "none";
  /** Default for every entry's `adopt`. */
  adopt?: boolean;
  /** The account's groups. */
  groups?: GroupEntry[];
  /** The account's agents. */
  agents?: AgentEntry[];
  /** The account's goals. */
  goals?: GoalEntry[];
  /** The account's greetings. */
  greetings?: GreetingEntry[];
  /** The account's tags. */
  tags?: TagEntry[];
  /** The account's canned responses. */
  cannedResponses?: CannedResponseEntry[];
  /** The account's webhooks. */
  webhooks?: WebhookEntry[];
}

/** A group of agents, with its own chat window language. Use `groupId` to refer to it from agents, tags, greetings and canned responses. */
export interface GroupEntry {
  /** The group's name. */
  name: string;
  /** The chat window language of the group, a language code such as `en` or `de`. Default `en`. */
  language?: string;
  /** Logins of the group's members. Leave unset to manage membership from the agents' side (`Agent.groups`); set it here and the group's member list is kept exactly as given. */
  agents?: string[];
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
  /** The entry's name before a rename: the object keeps its identity and is updated in place. */
  renamedFrom?: string;
}

/** A LiveChat agent (a seat). The password is write-only and kept only as a secret. */
export interface AgentEntry {
  /** The agent's e-mail address, which is also their login. Changing it replaces the agent. */
  login: string;
  /** The agent's name. */
  name: string;
  /** administrator or normal (default). `owner` only describes an adopted owner; it cannot be given to anyone. One of: `administrator`, `normal`, `owner`. */
  permission?: string;
  /** Job title shown to visitors. Default "Support Agent". */
  jobTitle?: string;
  /** Status right after logging in: accepting chats (default) or not accepting chats. One of: `accepting chats`, `not accepting chats`. */
  loginStatus?: string;
  /** Password, at least 5 characters; without one LiveChat e-mails an activation link. Write-only: kept as a secret in state and compared with the value last applied, since the API never returns it. In a spec: `{ secret: <config key> }`. */
  password?: SecretRef;
  /** Ids of the groups the agent belongs to (a set). Leave unset to manage membership from `Group.agents`. In a spec, a group is named (when the spec declares it) or given by id. */
  groups?: GroupRef[];
  /** Which notifications the agent gets. */
  notifications?: AgentNotificationsEntry;
  /** Whether the agent gets a daily summary e-mail. Default true. */
  dailySummary?: boolean;
  /** How many chats the agent takes at once. Default 6. */
  maxChatsCount?: number;
  /** Work schedule per day, sunday to saturday (enterprise plans). Unmanaged when unset; only the days given are managed. */
  workScheduler?: Record<string, WorkDayEntry>;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** A secret from the stack's config: `{ secret: jennyPassword }` reads `pulumi config --secret jennyPassword`. */
export interface SecretRef {
  /** The stack config key that holds the secret. */
  secret: string;
}

/** A group: its name in this spec, or its numeric id (0 is all agents). */
export type GroupRef = string | number;

/** Which notifications an agent gets. */
export interface AgentNotificationsEntry {
  /** A new visitor arrives. Default true. */
  newVisitor?: boolean;
  /** A visitor comes back. Default true. */
  returningVisitor?: boolean;
  /** A visitor is queued. Default true. */
  queuedVisitor?: boolean;
  /** A visitor is typing. Default false. */
  visitorIsTyping?: boolean;
  /** A goal is reached. The API sets it only at creation: a difference later is a warning, never applied. Default true. */
  newGoal?: boolean;
  /** A chat comes in. The API sets it only at creation and never reports it. Default true. */
  incomingChat?: boolean;
}

/** One day of an agent's work schedule (enterprise plans). */
export interface WorkDayEntry {
  /** Whether the agent works that day. */
  enabled: boolean;
  /** When the day starts, as HH:MM. */
  start: string;
  /** When the day ends, as HH:MM. */
  end: string;
}

/** A goal: what counts as a chat's success (a page reached, a variable set, a sale, or an API call). */
export interface GoalEntry {
  /** The goal's name. */
  name: string;
  /** How the goal is reached. One of: `url`, `custom_variable`, `api`, `sales_tracker`. */
  type: string;
  /** Whether the goal is enabled. Default true. */
  active?: boolean;
  /** url goals (required): the address that marks success. */
  url?: string;
  /** url goals: substring (default) or exact. One of: `substring`, `exact`. */
  matchType?: string;
  /** custom_variable goals (required): the variable's name. */
  customVariableName?: string;
  /** custom_variable goals (required): the value that marks success. */
  customVariableValue?: string;
  /** sales_tracker goals: set, not_set or dynamic. Changing it replaces the goal. One of: `set`, `not_set`, `dynamic`. */
  valueType?: string;
  /** sales_tracker goals: the sale's value. Changing it replaces the goal. */
  value?: string;
  /** sales_tracker goals: the currency, such as USD. Changing it replaces the goal. */
  currency?: string;
  /** sales_tracker goals: the time range. Changing it replaces the goal. */
  timeRange?: string;
  /** sales_tracker goals: the order field's name. */
  orderFieldName?: string;
  /** sales_tracker goals: the value field's name. */
  valueFieldName?: string;
  /** sales_tracker goals: the sales tracker's id. */
  salesTrackerId?: string;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
  /** The entry's name before a rename: the object keeps its identity and is updated in place. */
  renamedFrom?: string;
}

/** A greeting: a message LiveChat shows visitors when its rules hold. */
export interface GreetingEntry {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  name: string;
  /** The conditions for showing the greeting; at least one. The server keeps them as a set. */
  rules: GreetingRuleEntry[];
  /** The message visitors see. Default: the server's "Hello, would you like to talk about our products?". */
  message?: string;
  /** Whether the greeting is enabled. Default true. */
  active?: boolean;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. In a spec, a group is named (when the spec declares it) or given by id. */
  group?: GroupRef;
  /** `announcement` for an announcement greeting (at most 10). Set at creation only: changing it replaces the greeting. One of: `announcement`. */
  subtype?: string;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
  /** The entry's name before a rename: the object keeps its identity and is updated in place. */
  renamedFrom?: string;
}

/** One condition of a greeting. All of a greeting's rules must hold for it to be shown. */
export interface GreetingRuleEntry {
  /** What the rule looks at (`custom` is another name for custom_variable). One of: `visit_time_site`, `visit_time_page`, `url_current`, `url_visited`, `pages_view_number`, `url_referrer`, `geolocation`, `visits_number`, `search_keyword`, `custom_variable`, `url_funnel`, `custom`. */
  type: string;
  /** How the value is compared: equals (default). Not used by url_funnel. One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
  /** The value to compare with (seconds, a URL, a count...). Required except for custom_variable and url_funnel. */
  value?: unknown;
  /** custom_variable rules: the variable's name. */
  variableName?: string;
  /** custom_variable rules: the value it must have. */
  variableValue?: unknown;
  /** url_funnel rules: the pages to visit, in order. */
  urls?: GreetingFunnelStepEntry[];
}

/** One page of a url_funnel rule. */
export interface GreetingFunnelStepEntry {
  /** An address, or a part of one. */
  url: string;
  /** How it is compared: equals (default). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
}

/** A tag agents put on chats and tickets. The API cannot edit tags: every change replaces the tag. */
export interface TagEntry {
  /** The tag's name. Changing it replaces the tag. */
  name: string;
  /** Id of the group the tag belongs to; 0, the default, is the group of all agents. Changing it replaces the tag. In a spec, a group is named (when the spec declares it) or given by id. */
  group?: GroupRef;
  /** Login of the agent recorded as the tag's author. Default: the login of the provider's credentials (with an OAuth token, the account's owner). Changing it replaces the tag. */
  author?: string;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** A prepared answer agents insert with a shortcut tag. */
export interface CannedResponseEntry {
  /** The response's text. */
  text: string;
  /** The shortcuts (tags) agents type to find the response; at least one. The server keeps them as a set. */
  tags: string[];
  /** Id of the group the response belongs to; 0, the default, is every agent. Changing it replaces the response. In a spec, a group is named (when the spec declares it) or given by id. */
  group?: GroupRef;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** A webhook LiveChat calls on an event. The API cannot edit webhooks: every change replaces the webhook. Its `token` (which LiveChat sends with every call) is kept as a secret. */
export interface WebhookEntry {
  /** The address LiveChat sends the event to. The server stores http addresses as https. */
  url: string;
  /** When the webhook fires. One of: `chat_started`, `chat_ended`, `chat_changed`, `visitor_queued`, `ticket_created`, `canned_response_changed`. */
  eventType: string;
  /** What the payload contains: chat, visitor, pre_chat_survey, ticket, canned_response (each allowed only with some event types). One of: `chat`, `visitor`, `pre_chat_survey`, `ticket`, `canned_response`. */
  dataTypes: string[];
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}
