// Generated from the resource declarations by `npm run generate`: do not edit.

/** A whole LiveChat configuration in one file: objects refer to each other by name, so it applies to any license. */
export interface AccountSpec {
  /** `none` says that a spec without entries is meant: applying it deletes every object the stack manages. Without it, a spec with no entries is refused (a file cut short must not empty the account). */
  objects?: "none";
  /** Default for every entry's `adopt`. */
  adopt?: boolean;
  /** The LiveChat API generation the spec's objects are declared with: `v2` (the default) or `v3.6`, for every section both have (groups, agents, greetings, tags, webhooks), or per section (`api: { agents: v3.6 }`). Goals and canned responses exist only in v2; bots, auto accesses, properties and webhook states only in v3.6. */
  api?:
    | string
    | {
        /** One of: `v2`, `v3.6`. */
        groups?: string; /** One of: `v2`, `v3.6`. */
        agents?: string; /** One of: `v2`, `v3.6`. */
        greetings?: string; /** One of: `v2`, `v3.6`. */
        tags?: string; /** One of: `v2`, `v3.6`. */
        webhooks?: string;
      };
  /** The account's groups (their fields follow the section's `api`). */
  groups?: GroupEntry[] | V36GroupEntry[];
  /** The account's agents (their fields follow the section's `api`). */
  agents?: AgentEntry[] | V36AgentEntry[];
  /** The account's goals. */
  goals?: GoalEntry[];
  /** The account's greetings (their fields follow the section's `api`). */
  greetings?: GreetingEntry[] | V36GreetingEntry[];
  /** The account's tags (their fields follow the section's `api`). */
  tags?: TagEntry[] | V36TagEntry[];
  /** The account's canned responses. */
  cannedResponses?: CannedResponseEntry[];
  /** The account's webhooks (their fields follow the section's `api`). */
  webhooks?: WebhookEntry[] | V36WebhookEntry[];
  /** The account's auto accesses. */
  autoAccesses?: V36AutoAccessEntry[];
  /** The account's license properties. */
  licenseProperties?: V36LicensePropertyEntry[];
  /** The account's group properties. */
  groupProperties?: V36GroupPropertyEntry[];
  /** The account's bots. */
  bots?: V36BotEntry[];
  /** The account's webhook states. */
  webhookStates?: V36WebhookStateEntry[];
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

/** A group of agents and bots (Configuration API v3.6), with its chat window language and each member's routing priority. Use `groupId` to refer to it. */
export interface V36GroupEntry {
  /** The group's name. */
  name: string;
  /** The chat window language, a language code such as `en` or `de`. Default `en`. */
  languageCode?: string;
  /** Members and their routing priority, by agent or bot id (an agent's e-mail): `first` (bots, before everyone), `normal` (primary), `last` (secondary) or `supervisor` (no chats assigned). Leave unset to manage membership from the agents' side (`v36.Agent.groups`); set it and the group's members are kept exactly as given. */
  agentPriorities?: Record<string, string>;
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

/** A LiveChat agent (a seat), on the Configuration API v3.6: role, groups with routing priorities, notifications and e-mail summaries as sets, and working hours in a timezone. */
export interface V36AgentEntry {
  /** The agent's id: their e-mail address, which is also their login. Changing it replaces the agent. */
  agentId: string;
  /** The agent's name. v3.6 sets it only when the agent is made (update_agent takes no name): a different name later is a warning, never a new seat. */
  name: string;
  /** viceowner, administrator or normal (default). `owner` only describes an adopted owner. One of: `viceowner`, `administrator`, `normal`, `owner`. */
  role?: string;
  /** Status right after logging in: not accepting chats (v3.6's default) or accepting chats. One of: `accepting chats`, `not accepting chats`. */
  loginStatus?: string;
  /** Job title shown to visitors. Unmanaged when unset. */
  jobTitle?: string;
  /** The agent's mobile number. Unmanaged when unset. */
  mobile?: string;
  /** How many chats the agent takes at once, at most 20. Default 6. */
  maxChatsCount?: number;
  /** The groups the agent belongs to, each with the agent's routing priority (a set). Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`). In a spec, a group is named (when the spec declares it) or given by id. */
  groups?: AgentGroupEntry[];
  /** The notifications the agent gets (a set). Unmanaged when unset: the server turns on its own defaults. One of: `new_visitor`, `incoming_chat`, `returning_visitor`, `queued_visitor`, `visitor_is_typing`, `new_goal`, `unassigned_chats`, `unassigned_chat_messages`, `ticket`, `inactive_notifications`, `mute_all_sounds`, `repeat_sound_notifications`, `ticket_notifications`, `incoming_message_for_focused_chat`. */
  notifications?: string[];
  /** The summaries e-mailed to the agent (a set). Unmanaged when unset: the server subscribes new agents to the daily summary. One of: `daily_summary`, `weekly_summary`. */
  emailSubscriptions?: string[];
  /** Working hours: a timezone and ranges of hours, several a day if need be. Unmanaged when unset. */
  workScheduler?: WorkSchedulerEntry;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** A group the agent belongs to, with the agent's routing priority in it. */
export interface AgentGroupEntry {
  groupId: GroupRef;
  /** first (bots, before everyone), normal (primary), last (secondary) or supervisor (no chats). One of: `first`, `normal`, `last`, `supervisor`. */
  priority: string;
}

/** An agent's working hours in a timezone. */
export interface WorkSchedulerEntry {
  /** The schedule's timezone (an IANA name such as Europe/Warsaw); required when there are ranges. */
  timezone?: string;
  /** The ranges of working hours (a set). */
  schedule: WorkRangeEntry[];
}

/** One range of working hours; a day may have several. */
export interface WorkRangeEntry {
  /** The day, sunday to saturday. One of: `sunday`, `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`. */
  day: string;
  /** Whether the range is in use. */
  enabled: boolean;
  /** When it starts, as HH:MM. */
  start: string;
  /** When it ends, as HH:MM. */
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

/** A greeting (Configuration API v3.6): a message or rich message shown to visitors when its rules match, normal or an announcement, within an optional time window. Everything but its group changes in place. */
export interface V36GreetingEntry {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  name: string;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. In a spec, a group is named (when the spec declares it) or given by id. */
  group?: GroupRef;
  /** normal (default) or announcement (at most 10 in an account). Changed in place. One of: `normal`, `announcement`. */
  type?: string;
  /** Whether the greeting is on. Default true. */
  active?: boolean;
  /** When the greeting starts being active (RFC 3339). Unmanaged when unset: the API cannot clear it. */
  activeFrom?: string;
  /** When the greeting stops being active (RFC 3339). Unmanaged when unset: the API cannot clear it. */
  activeUntil?: string;
  /** When the greeting shows: 1 to 10 rules, in order, each joined to the ones before it by its condition (and, or). Changed in place. */
  rules: ActionRuleEntry[];
  /** The greeting's properties: the message text, its JSON and phrase keys, the add-on, and whether it shows on exit intent. Set, they are kept exactly as given (the API replaces them whole); unset, unmanaged. */
  properties?: GreetingPropertiesEntry;
  /** The greeting's rich message: a template and up to 10 elements (title, subtitle, image, up to 13 buttons). The API never reports the template: it is compared with the value last applied. Buttons without an id get one from the server, kept across updates. Unmanaged when unset. */
  richMessage?: RichMessageEntry;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
  /** The entry's name before a rename: the object keeps its identity and is updated in place. */
  renamedFrom?: string;
}

/** One condition of a greeting, joined to the ones before it by its condition (and, or). */
export interface ActionRuleEntry {
  /** How the rule joins the others: and (default; all must match) or or (one is enough). One of: `and`, `or`. */
  condition?: string;
  /** What the rule looks at. One of: `visit_time_site`, `visit_time_page`, `url_current`, `url_visited`, `url_funnel`, `pages_view_number`, `url_referrer`, `geolocation`, `visits_number`, `search_keyword`, `custom_variable`, `ads_traffic`, `url_match_page_view_number`. */
  type: string;
  /** How the value is compared: equals (default). url_funnel takes none (its urls have their own). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
  /** The value to compare with: seconds (visit_time_site and visit_time_page, 0 to 900), a count, an address, a place, a keyword. Every type but url_funnel, custom_variable and ads_traffic needs one. */
  value?: string | number;
  /** url_funnel and url_match_page_view_number rules: 1 to 10 addresses. */
  urls?: ActionRuleUrlEntry[];
  /** custom_variable and ads_traffic rules: exactly one name and value (ads_traffic: the name is microsoft, facebook, google, twitter or yahoo), at most 255 characters each. */
  sessionField?: Record<string, string>;
}

/** One address of a url_funnel or url_match_page_view_number rule. */
export interface ActionRuleUrlEntry {
  /** An address, or a part of one. */
  url: string;
  /** How it is compared: equals (default). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
}

/** A greeting's properties. */
export interface GreetingPropertiesEntry {
  /** The message visitors see. */
  messageText?: string;
  /** The JSON key of the message content. */
  messageJsonKey?: string;
  /** The phrase key of the message content. */
  messagePhraseKey?: string;
  /** The add-on the greeting belongs to. */
  addon?: string;
  /** Whether it shows when a visitor is leaving. */
  isExitIntent?: boolean;
}

/** A greeting's rich message. */
export interface RichMessageEntry {
  /** How the message is shown: cards, sticker or quick_replies (or text, as the reference's examples send). One of: `cards`, `sticker`, `quick_replies`, `text`. */
  templateId: string;
  /** At most 10 elements. */
  elements?: RichMessageElementEntry[];
}

/** One card of a rich message. */
export interface RichMessageElementEntry {
  /** The element's title. */
  title: string;
  /** The text under the title. */
  subtitle: string;
  image?: RichMessageImageEntry;
  /** At most 13 buttons. */
  buttons?: RichMessageButtonEntry[];
}

/** The image of a rich message element. */
export interface RichMessageImageEntry {
  /** The image's address. */
  url: string;
  /** The file name. */
  name?: string;
  /** Its media type, like image/png. */
  contentType?: string;
  /** Its size in bytes. */
  size?: number;
  /** Its width in pixels. */
  width?: number;
  /** Its height in pixels. */
  height?: number;
  /** The text shown in its place. */
  alternativeText?: string;
}

/** A button of a rich message element. */
export interface RichMessageButtonEntry {
  /** The button's text. */
  text: string;
  /** What a click does: webview, message, url or phone. One of: `webview`, `message`, `url`, `phone`. */
  type: string;
  /** What the type acts on: the message, the address, the number. */
  value: string;
  /** Identifies the button in postback events. */
  postbackId: string;
  /** The button's id; the server makes one if unset. */
  buttonId?: string;
  /** default, primary or danger. One of: `default`, `primary`, `danger`. */
  role?: string;
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

/** A tag agents put on chats (Configuration API v3.6): one tag per name, in several groups, regrouped in place. The API cannot rename a tag: a new name replaces it. */
export interface V36TagEntry {
  /** The tag's name, its id. A new name replaces the tag. LiveChat compares names without regard to letter case and cannot rename a tag, so a name that differs from the account's only in case is a warning. */
  name: string;
  /** Ids of the groups the tag belongs to (a set; group 0 is the group of all agents). Default: none. A tag marks a chat only if they share a group. Changed in place. In a spec, a group is named (when the spec declares it) or given by id. */
  groupIds?: GroupRef[];
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

/** A webhook registered for a Client ID (Configuration API v3.6): LiveChat calls `url` on `action`, with `secretKey` to prove it. The API cannot edit a webhook: every change replaces it. At most three per action and Client ID. The secret key is write-only (list_webhooks never shows it) and kept as a secret. */
export interface V36WebhookEntry {
  /** The Client ID (application) that owns the webhook. */
  ownerClientId: string;
  /** The action that fires the webhook, such as incoming_chat, incoming_event or agent_created. One of: `incoming_chat`, `chat_deactivated`, `chat_access_updated`, `chat_transferred`, `user_added_to_chat`, `user_removed_from_chat`, `incoming_event`, `event_deleted`, `event_updated`, `incoming_rich_message_postback`, `chat_properties_updated`, `chat_properties_deleted`, `thread_properties_updated`, `thread_properties_deleted`, `event_properties_updated`, `event_properties_deleted`, `thread_tagged`, `thread_untagged`, `routing_status_set`, `customer_session_fields_updated`, `events_marked_as_seen`, `group_created`, `group_updated`, `group_deleted`, `agent_created`, `agent_updated`, `agent_deleted`, `agent_suspended`, `agent_unsuspended`, `agent_approved`, `bot_created`, `bot_updated`, `bot_deleted`, `auto_accesses_updated`, `tag_created`, `tag_deleted`, `tag_updated`, `thread_summary_set`. */
  action: string;
  /** The address LiveChat calls, at most 500 characters. */
  url: string;
  /** The secret LiveChat sends with every call, to verify where it comes from. Write-only: the API never returns it, so it is compared with the value last applied; changing it replaces the webhook. In a spec: `{ secret: <config key> }`. */
  secretKey: SecretRef;
  /** `license` (the licence's events; default) or `bot` (the events of the owner's bots). One of: `license`, `bot`. */
  type?: string;
  /** What the webhook is for. */
  description?: string;
  /** When the webhook fires: `authorType`, `onlyMyChats`, `chatPresence` ({ userIds, myBots }), `sourceType` and `agentIds`, as the action takes them (see the reference's triggering actions). Lists are sets. Default: none (it fires on every such action). */
  filters?: WebhookFiltersEntry;
  /** What else each call carries: chat_properties, chat_presence_user_ids (a set; not with agent_deleted). Default: nothing else. One of: `chat_properties`, `chat_presence_user_ids`. */
  additionalData?: string[];
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** When the webhook fires; each action takes some of them. */
export interface WebhookFiltersEntry {
  /** Only events by a customer or an agent. One of: `customer`, `agent`. */
  authorType?: string;
  /** Only chats whose source is the owning Client ID. */
  onlyMyChats?: boolean;
  /** Only chats with (or without) these users. */
  chatPresence?: WebhookChatPresenceEntry;
  /** Only what these sources caused: my_client, other_clients, system (a set). One of: `my_client`, `other_clients`, `system`. */
  sourceType?: string[];
  /** routing_status_set only: the agents whose status it is. */
  agentIds?: WebhookUserIdsEntry;
}

/** Fires according to who is in the chat. */
export interface WebhookChatPresenceEntry {
  /** Fires by the users in the chat. */
  userIds?: WebhookUserIdsEntry;
  /** Fires when a bot of the owning Client ID is in the chat. */
  myBots?: boolean;
}

/** Users by id: `values` (fires when any is in the chat) or `excludeValues` (not when any is), one of them. */
export interface WebhookUserIdsEntry {
  /** User ids (agents' e-mails, customers' ids). */
  values?: string[];
  /** User ids (agents' e-mails, customers' ids). */
  excludeValues?: string[];
}

/** An auto access rule (Configuration API v3.6): chats whose customer matches its conditions (the page's URL or domain, the customer's geolocation) are routed to its groups. Rules are evaluated in the account's order; `nextId` places this rule right before another. The description is the rule's name: its natural key, unique in the account. */
export interface V36AutoAccessEntry {
  /** The rule's description, which names it: `adopt: true` takes over the rule with this description, and a lost answer is looked up by it, so it must be unique among the account's auto accesses (the API itself does not require one; this resource does). */
  description: string;
  /** The groups the chats go to (`access.groups`), by id; a set. In a spec, a group is named (when the spec declares it) or given by id. */
  groups: GroupRef[];
  /** What a customer must match for the rule to apply: `url` (the page's URL) or `domain` (its domain), each with `values` (matches any) or `excludeValues` (matches none) of `{ value, exactMatch }` (exactMatch false, the default, matches a substring), and `geolocation` with places (`country`, `countryCode`, `region`, `city`: all given must match; any place may). At least one condition; all given must match. Lists are sets. */
  conditions: AutoAccessConditionsEntry;
  /** The id of the auto access right after this one (`other.id`), which places this rule right before it. Leave unset to leave the position unmanaged: a new rule then goes to the end of the list, and moves around it are not drift. Two rules naming the same nextId fight over the place: chain them instead (a before b, b before c). The account spec names the rule by its description instead. */
  nextId?: string;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** What a chat must match: at least one condition. */
export interface AutoAccessConditionsEntry {
  /** On the page's URL (the customer's page at login, or the page they moved to). */
  url?: AutoAccessUrlConditionEntry;
  /** On the domain of the page's URL. */
  domain?: AutoAccessDomainConditionEntry;
  geolocation?: AutoAccessGeolocationEntry;
}

/** A condition on the page's URL: values or excludeValues, not both. */
export interface AutoAccessUrlConditionEntry {
  /** Matches when any of them matches. */
  values?: AutoAccessMatchEntry[];
  /** Matches when none of them matches. Not with values. */
  excludeValues?: AutoAccessMatchEntry[];
}

/** A value to match, whole or as a substring. */
export interface AutoAccessMatchEntry {
  /** The text to match. */
  value: string;
  /** true: the whole value must equal it; false (default): it matches as a substring. */
  exactMatch?: boolean;
}

/** A condition on the page's domain: values or excludeValues, not both. */
export interface AutoAccessDomainConditionEntry {
  /** Matches when any of them matches. */
  values?: AutoAccessDomainMatchEntry[];
  /** Matches when none of them matches. Not with values. */
  excludeValues?: AutoAccessDomainMatchEntry[];
}

/** A value to match, whole or as a substring. */
export interface AutoAccessDomainMatchEntry {
  /** The text to match. */
  value: string;
  /** true: the whole value must equal it; false (default): it matches as a substring. */
  exactMatch?: boolean;
}

/** A condition on the customer's geolocation. */
export interface AutoAccessGeolocationEntry {
  /** The places: matches when the customer is in any of them. */
  values: AutoAccessPlaceEntry[];
}

/** A place: every field given must match. At least one of them. */
export interface AutoAccessPlaceEntry {
  /** The country's name, like "United States". */
  country?: string;
  /** The ISO country code, like "US". */
  countryCode?: string;
  /** The region, like "California". */
  region?: string;
  /** The city, like "Mountain View". */
  city?: string;
}

/** The value of a property in the license (Configuration API v3.6), such as an integration's setting. The property itself is registered by its owner (a Client ID, its namespace); this resource sets, updates and deletes only the value. A property with a default value always has one in the account: declare it with `adopt: true`. Deleting the value brings the default back. */
export interface V36LicensePropertyEntry {
  /** The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as `core` or `chats`). Changing it replaces the value (it is another property). */
  namespace: string;
  /** The property's name, as registered in its namespace. Changing it replaces the value. */
  name: string;
  /** The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number (32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one. */
  value: string | number | boolean;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** The value of a property in one group (Configuration API v3.6), such as a routing setting of the `chats` namespace. The property itself is registered by its owner (a Client ID, its namespace) with the group location; this resource sets, updates and deletes only the value. A property with a default value always has one in the group: declare it with `adopt: true`. Deleting the value brings the default back. */
export interface V36GroupPropertyEntry {
  /** The group's id (`v36.Group.groupId`; 0 is the group of all agents). Changing it replaces the value. In a spec, a group is named (when the spec declares it) or given by id. */
  group: GroupRef;
  /** The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as `core` or `chats`). Changing it replaces the value (it is another property). */
  namespace: string;
  /** The property's name, as registered in its namespace. Changing it replaces the value. */
  name: string;
  /** The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number (32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one. */
  value: string | number | boolean;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}

/** A bot (Configuration API v3.6): an agent driven by an application (its owner Client ID) through the Agent Chat API, with groups and routing priorities, working hours and a chat limit. Its `secret` (for issue_bot_token) is answered only when the bot is made, and kept as a secret output. */
export interface V36BotEntry {
  /** The Client ID (application) that owns the bot. Changing it replaces the bot. */
  ownerClientId: string;
  /** The bot's display name. */
  name: string;
  /** The address of the bot's avatar image. Unmanaged when unset. */
  avatar?: string;
  /** The bot's job title. Unmanaged when unset. */
  jobTitle?: string;
  /** How many chats the bot takes at once, at most 500. Default 6. */
  maxChatsCount?: number;
  /** The bot's priority in groups that give it none: first, normal, last or supervisor. Unmanaged when unset. One of: `first`, `normal`, `last`, `supervisor`. */
  defaultGroupPriority?: string;
  /** The groups the bot belongs to, each with the bot's routing priority (a set); every bot is also in group 0. Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`). In a spec, a group is named (when the spec declares it) or given by id. */
  groups?: BotGroupEntry[];
  /** A value of your own to sort bots by; the API makes bots as `chatbot`. Unmanaged when unset. The API never returns it, so it is compared with the value last applied (and an adopted bot is taken to have it). */
  type?: string;
  /** Working hours: a timezone (required for bots) and ranges of hours, several a day if need be. Unmanaged when unset. */
  workScheduler?: WorkSchedulerEntry;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
  /** The entry's name before a rename: the object keeps its identity and is updated in place. */
  renamedFrom?: string;
}

/** A group the bot belongs to, with the bot's routing priority in it. */
export interface BotGroupEntry {
  groupId: GroupRef;
  /** first (before everyone), normal (primary), last (secondary) or supervisor (no chats). One of: `first`, `normal`, `last`, `supervisor`. */
  priority: string;
}

/** Whether the licence's webhooks of a Client ID are on (Configuration API v3.6). Every Client ID has this setting: creating the resource takes it over (no `adopt` needed), and one program may declare it once per Client ID. Destroying it turns the webhooks back on, the API's default: disabled webhooks stay off even after the application is reinstalled, so a stack that is gone must not leave them off unseen. */
export interface V36WebhookStateEntry {
  /** The Client ID (application) whose licence webhooks this is. */
  ownerClientId: string;
  /** Whether the Client ID's licence webhooks are sent. Default true, the API's default. */
  enabled?: boolean;
  /** Take over an existing object with the same natural key. Default: the spec's `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
}
