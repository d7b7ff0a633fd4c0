// Generated from the resource declarations by `npm run generate`: do not edit.

import * as pulumi from "@pulumi/pulumi";
import { registration, shortStacks, type AdoptArgs } from "../resources/resource";
import { groupV36Declaration } from "../resources/v36/group";
import { agentV36Declaration } from "../resources/v36/agent";
import { tagV36Declaration } from "../resources/v36/tag";
import { greetingV36Declaration } from "../resources/v36/greeting";
import { autoAccessV36Declaration } from "../resources/v36/auto-access";
import { licensePropertyV36Declaration } from "../resources/v36/license-property";
import { groupPropertyV36Declaration } from "../resources/v36/group-property";
import { botV36Declaration } from "../resources/v36/bot";
import { webhookV36Declaration } from "../resources/v36/webhook";
import { webhookStateV36Declaration } from "../resources/v36/webhook-state";

/** A group of agents and bots (Configuration API v3.6), with its chat window language and each member's routing priority. Use `groupId` to refer to it. */
export interface GroupArgs extends AdoptArgs {
  /** The group's name. */
  name: pulumi.Input<string>;
  /** The chat window language, a language code such as `en` or `de`. Default `en`. */
  languageCode?: pulumi.Input<string>;
  /** Members and their routing priority, by agent or bot id (an agent's e-mail): `first` (bots, before everyone), `normal` (primary), `last` (secondary) or `supervisor` (no chats assigned). Leave unset to manage membership from the agents' side (`v36.Agent.groups`); set it and the group's members are kept exactly as given. */
  agentPriorities?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** A group of agents and bots (Configuration API v3.6), with its chat window language and each member's routing priority. Use `groupId` to refer to it. */
export class Group extends pulumi.CustomResource {
  /** The group's name. */
  declare readonly name: pulumi.Output<string>;
  /** The chat window language, a language code such as `en` or `de`. Default `en`. */
  declare readonly languageCode: pulumi.Output<string>;
  /** Members and their routing priority, by agent or bot id (an agent's e-mail): `first` (bots, before everyone), `normal` (primary), `last` (secondary) or `supervisor` (no chats assigned). Leave unset to manage membership from the agents' side (`v36.Agent.groups`); set it and the group's members are kept exactly as given. */
  declare readonly agentPriorities: pulumi.Output<Record<string, string>>;
  /** The group's numeric id. */
  readonly groupId: pulumi.Output<number>;

  constructor(name: string, args: GroupArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(groupV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.groupId = this.id.apply(Number);
  }
}

/** A LiveChat agent (a seat), on the Configuration API v3.6: role, groups with routing priorities, notifications and e-mail summaries as sets, and working hours in a timezone. */
export interface AgentArgs extends AdoptArgs {
  /** The agent's id: their e-mail address, which is also their login. Changing it replaces the agent. */
  agentId: pulumi.Input<string>;
  /** The agent's name. v3.6 sets it only when the agent is made (update_agent takes no name): a different name later is a warning, never a new seat. */
  name: pulumi.Input<string>;
  /** viceowner, administrator or normal (default). `owner` only describes an adopted owner. One of: `viceowner`, `administrator`, `normal`, `owner`. */
  role?: pulumi.Input<string>;
  /** Status right after logging in: not accepting chats (v3.6's default) or accepting chats. One of: `accepting chats`, `not accepting chats`. */
  loginStatus?: pulumi.Input<string>;
  /** Job title shown to visitors. Unmanaged when unset. */
  jobTitle?: pulumi.Input<string>;
  /** The agent's mobile number. Unmanaged when unset. */
  mobile?: pulumi.Input<string>;
  /** How many chats the agent takes at once, at most 20. Default 6. */
  maxChatsCount?: pulumi.Input<number>;
  /** The groups the agent belongs to, each with the agent's routing priority (a set). Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`). */
  groups?: pulumi.Input<pulumi.Input<AgentGroup>[]>;
  /** The notifications the agent gets (a set). Unmanaged when unset: the server turns on its own defaults. One of: `new_visitor`, `incoming_chat`, `returning_visitor`, `queued_visitor`, `visitor_is_typing`, `new_goal`, `unassigned_chats`, `unassigned_chat_messages`, `ticket`, `inactive_notifications`, `mute_all_sounds`, `repeat_sound_notifications`, `ticket_notifications`, `incoming_message_for_focused_chat`. */
  notifications?: pulumi.Input<pulumi.Input<string>[]>;
  /** The summaries e-mailed to the agent (a set). Unmanaged when unset: the server subscribes new agents to the daily summary. One of: `daily_summary`, `weekly_summary`. */
  emailSubscriptions?: pulumi.Input<pulumi.Input<string>[]>;
  /** Working hours: a timezone and ranges of hours, several a day if need be. Unmanaged when unset. */
  workScheduler?: pulumi.Input<WorkScheduler>;
}

/** A LiveChat agent (a seat), on the Configuration API v3.6: role, groups with routing priorities, notifications and e-mail summaries as sets, and working hours in a timezone. */
export class Agent extends pulumi.CustomResource {
  /** The agent's id: their e-mail address, which is also their login. Changing it replaces the agent. */
  declare readonly agentId: pulumi.Output<string>;
  /** The agent's name. v3.6 sets it only when the agent is made (update_agent takes no name): a different name later is a warning, never a new seat. */
  declare readonly name: pulumi.Output<string>;
  /** viceowner, administrator or normal (default). `owner` only describes an adopted owner. One of: `viceowner`, `administrator`, `normal`, `owner`. */
  declare readonly role: pulumi.Output<string>;
  /** Status right after logging in: not accepting chats (v3.6's default) or accepting chats. One of: `accepting chats`, `not accepting chats`. */
  declare readonly loginStatus: pulumi.Output<string>;
  /** Job title shown to visitors. Unmanaged when unset. */
  declare readonly jobTitle: pulumi.Output<string | undefined>;
  /** The agent's mobile number. Unmanaged when unset. */
  declare readonly mobile: pulumi.Output<string | undefined>;
  /** How many chats the agent takes at once, at most 20. Default 6. */
  declare readonly maxChatsCount: pulumi.Output<number>;
  /** The groups the agent belongs to, each with the agent's routing priority (a set). Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`). */
  declare readonly groups: pulumi.Output<AgentGroupOutput[]>;
  /** The notifications the agent gets (a set). Unmanaged when unset: the server turns on its own defaults. One of: `new_visitor`, `incoming_chat`, `returning_visitor`, `queued_visitor`, `visitor_is_typing`, `new_goal`, `unassigned_chats`, `unassigned_chat_messages`, `ticket`, `inactive_notifications`, `mute_all_sounds`, `repeat_sound_notifications`, `ticket_notifications`, `incoming_message_for_focused_chat`. */
  declare readonly notifications: pulumi.Output<string[] | undefined>;
  /** The summaries e-mailed to the agent (a set). Unmanaged when unset: the server subscribes new agents to the daily summary. One of: `daily_summary`, `weekly_summary`. */
  declare readonly emailSubscriptions: pulumi.Output<string[] | undefined>;
  /** Working hours: a timezone and ranges of hours, several a day if need be. Unmanaged when unset. */
  declare readonly workScheduler: pulumi.Output<WorkSchedulerOutput | undefined>;
  /** The agent's account id, across LiveChat products. */
  declare readonly accountId: pulumi.Output<string>;
  /** Whether the agent is suspended. */
  declare readonly suspended: pulumi.Output<boolean>;
  /** Whether the agent waits for an owner's approval. */
  declare readonly awaitingApproval: pulumi.Output<boolean>;

  constructor(name: string, args: AgentArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(agentV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** A tag agents put on chats (Configuration API v3.6): one tag per name, in several groups, regrouped in place. The API cannot rename a tag: a new name replaces it. */
export interface TagArgs extends AdoptArgs {
  /** The tag's name, its id. A new name replaces the tag. LiveChat compares names without regard to letter case and cannot rename a tag, so a name that differs from the account's only in case is a warning. */
  name: pulumi.Input<string>;
  /** Ids of the groups the tag belongs to (a set; group 0 is the group of all agents). Default: none. A tag marks a chat only if they share a group. Changed in place. */
  groupIds?: pulumi.Input<pulumi.Input<number>[]>;
}

/** A tag agents put on chats (Configuration API v3.6): one tag per name, in several groups, regrouped in place. The API cannot rename a tag: a new name replaces it. */
export class Tag extends pulumi.CustomResource {
  /** The tag's name, its id. A new name replaces the tag. LiveChat compares names without regard to letter case and cannot rename a tag, so a name that differs from the account's only in case is a warning. */
  declare readonly name: pulumi.Output<string>;
  /** Ids of the groups the tag belongs to (a set; group 0 is the group of all agents). Default: none. A tag marks a chat only if they share a group. Changed in place. */
  declare readonly groupIds: pulumi.Output<number[]>;
  /** Id (e-mail) of the agent who made the tag; empty for the account's built-in tags. */
  declare readonly authorId: pulumi.Output<string>;
  /** When the tag was made (RFC 3339). */
  declare readonly createdAt: pulumi.Output<string>;

  constructor(name: string, args: TagArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(tagV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** A greeting (Configuration API v3.6): a message or rich message shown to visitors when its rules match, normal or an announcement, within an optional time window. Everything but its group changes in place. */
export interface GreetingArgs extends AdoptArgs {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  name: pulumi.Input<string>;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. */
  group?: pulumi.Input<number>;
  /** normal (default) or announcement (at most 10 in an account). Changed in place. One of: `normal`, `announcement`. */
  type?: pulumi.Input<string>;
  /** Whether the greeting is on. Default true. */
  active?: pulumi.Input<boolean>;
  /** When the greeting starts being active (RFC 3339). Unmanaged when unset: the API cannot clear it. */
  activeFrom?: pulumi.Input<string>;
  /** When the greeting stops being active (RFC 3339). Unmanaged when unset: the API cannot clear it. */
  activeUntil?: pulumi.Input<string>;
  /** When the greeting shows: 1 to 10 rules, in order, each joined to the ones before it by its condition (and, or). Changed in place. */
  rules: pulumi.Input<pulumi.Input<ActionRule>[]>;
  /** The greeting's properties: the message text, its JSON and phrase keys, the add-on, and whether it shows on exit intent. Set, they are kept exactly as given (the API replaces them whole); unset, unmanaged. */
  properties?: pulumi.Input<GreetingProperties>;
  /** The greeting's rich message: a template and up to 10 elements (title, subtitle, image, up to 13 buttons). The API never reports the template: it is compared with the value last applied. Buttons without an id get one from the server, kept across updates. Unmanaged when unset. */
  richMessage?: pulumi.Input<RichMessage>;
}

/** A greeting (Configuration API v3.6): a message or rich message shown to visitors when its rules match, normal or an announcement, within an optional time window. Everything but its group changes in place. */
export class Greeting extends pulumi.CustomResource {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  declare readonly name: pulumi.Output<string>;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. */
  declare readonly group: pulumi.Output<number>;
  /** normal (default) or announcement (at most 10 in an account). Changed in place. One of: `normal`, `announcement`. */
  declare readonly type: pulumi.Output<string>;
  /** Whether the greeting is on. Default true. */
  declare readonly active: pulumi.Output<boolean>;
  /** When the greeting starts being active (RFC 3339). Unmanaged when unset: the API cannot clear it. */
  declare readonly activeFrom: pulumi.Output<string | undefined>;
  /** When the greeting stops being active (RFC 3339). Unmanaged when unset: the API cannot clear it. */
  declare readonly activeUntil: pulumi.Output<string | undefined>;
  /** When the greeting shows: 1 to 10 rules, in order, each joined to the ones before it by its condition (and, or). Changed in place. */
  declare readonly rules: pulumi.Output<ActionRuleOutput[]>;
  /** The greeting's properties: the message text, its JSON and phrase keys, the add-on, and whether it shows on exit intent. Set, they are kept exactly as given (the API replaces them whole); unset, unmanaged. */
  declare readonly properties: pulumi.Output<GreetingPropertiesOutput | undefined>;
  /** The greeting's rich message: a template and up to 10 elements (title, subtitle, image, up to 13 buttons). The API never reports the template: it is compared with the value last applied. Buttons without an id get one from the server, kept across updates. Unmanaged when unset. */
  declare readonly richMessage: pulumi.Output<RichMessageOutput | undefined>;
  /** The greeting's numeric id. */
  readonly greetingId: pulumi.Output<number>;

  constructor(name: string, args: GreetingArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(greetingV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.greetingId = this.id.apply(Number);
  }
}

/** An auto access rule (Configuration API v3.6): chats whose customer matches its conditions (the page's URL or domain, the customer's geolocation) are routed to its groups. Rules are evaluated in the account's order; `nextId` places this rule right before another. The description is the rule's name: its natural key, unique in the account. */
export interface AutoAccessArgs extends AdoptArgs {
  /** The rule's description, which names it: `adopt: true` takes over the rule with this description, and a lost answer is looked up by it, so it must be unique among the account's auto accesses (the API itself does not require one; this resource does). */
  description: pulumi.Input<string>;
  /** The groups the chats go to (`access.groups`), by id; a set. */
  groups: pulumi.Input<pulumi.Input<number>[]>;
  /** What a customer must match for the rule to apply: `url` (the page's URL) or `domain` (its domain), each with `values` (matches any) or `excludeValues` (matches none) of `{ value, exactMatch }` (exactMatch false, the default, matches a substring), and `geolocation` with places (`country`, `countryCode`, `region`, `city`: all given must match; any place may). At least one condition; all given must match. Lists are sets. */
  conditions: pulumi.Input<AutoAccessConditions>;
  /** The id of the auto access right after this one (`other.id`), which places this rule right before it. Leave unset to leave the position unmanaged: a new rule then goes to the end of the list, and moves around it are not drift. Two rules naming the same nextId fight over the place: chain them instead (a before b, b before c). The account spec names the rule by its description instead. */
  nextId?: pulumi.Input<string>;
}

/** An auto access rule (Configuration API v3.6): chats whose customer matches its conditions (the page's URL or domain, the customer's geolocation) are routed to its groups. Rules are evaluated in the account's order; `nextId` places this rule right before another. The description is the rule's name: its natural key, unique in the account. */
export class AutoAccess extends pulumi.CustomResource {
  /** The rule's description, which names it: `adopt: true` takes over the rule with this description, and a lost answer is looked up by it, so it must be unique among the account's auto accesses (the API itself does not require one; this resource does). */
  declare readonly description: pulumi.Output<string>;
  /** The groups the chats go to (`access.groups`), by id; a set. */
  declare readonly groups: pulumi.Output<number[]>;
  /** What a customer must match for the rule to apply: `url` (the page's URL) or `domain` (its domain), each with `values` (matches any) or `excludeValues` (matches none) of `{ value, exactMatch }` (exactMatch false, the default, matches a substring), and `geolocation` with places (`country`, `countryCode`, `region`, `city`: all given must match; any place may). At least one condition; all given must match. Lists are sets. */
  declare readonly conditions: pulumi.Output<AutoAccessConditionsOutput>;
  /** The id of the auto access right after this one (`other.id`), which places this rule right before it. Leave unset to leave the position unmanaged: a new rule then goes to the end of the list, and moves around it are not drift. Two rules naming the same nextId fight over the place: chain them instead (a before b, b before c). The account spec names the rule by its description instead. */
  declare readonly nextId: pulumi.Output<string | undefined>;

  constructor(name: string, args: AutoAccessArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(autoAccessV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** The value of a property in the license (Configuration API v3.6), such as an integration's setting. The property itself is registered by its owner (a Client ID, its namespace); this resource sets, updates and deletes only the value. A property with a default value always has one in the account: declare it with `adopt: true`. Deleting the value brings the default back. */
export interface LicensePropertyArgs extends AdoptArgs {
  /** The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as `core` or `chats`). Changing it replaces the value (it is another property). */
  namespace: pulumi.Input<string>;
  /** The property's name, as registered in its namespace. Changing it replaces the value. */
  name: pulumi.Input<string>;
  /** The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number (32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one. */
  value: pulumi.Input<string | number | boolean>;
}

/** The value of a property in the license (Configuration API v3.6), such as an integration's setting. The property itself is registered by its owner (a Client ID, its namespace); this resource sets, updates and deletes only the value. A property with a default value always has one in the account: declare it with `adopt: true`. Deleting the value brings the default back. */
export class LicenseProperty extends pulumi.CustomResource {
  /** The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as `core` or `chats`). Changing it replaces the value (it is another property). */
  declare readonly namespace: pulumi.Output<string>;
  /** The property's name, as registered in its namespace. Changing it replaces the value. */
  declare readonly name: pulumi.Output<string>;
  /** The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number (32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one. */
  declare readonly value: pulumi.Output<string | number | boolean>;

  constructor(name: string, args: LicensePropertyArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(licensePropertyV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** The value of a property in one group (Configuration API v3.6), such as a routing setting of the `chats` namespace. The property itself is registered by its owner (a Client ID, its namespace) with the group location; this resource sets, updates and deletes only the value. A property with a default value always has one in the group: declare it with `adopt: true`. Deleting the value brings the default back. */
export interface GroupPropertyArgs extends AdoptArgs {
  /** The group's id (`v36.Group.groupId`; 0 is the group of all agents). Changing it replaces the value. */
  group: pulumi.Input<number>;
  /** The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as `core` or `chats`). Changing it replaces the value (it is another property). */
  namespace: pulumi.Input<string>;
  /** The property's name, as registered in its namespace. Changing it replaces the value. */
  name: pulumi.Input<string>;
  /** The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number (32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one. */
  value: pulumi.Input<string | number | boolean>;
}

/** The value of a property in one group (Configuration API v3.6), such as a routing setting of the `chats` namespace. The property itself is registered by its owner (a Client ID, its namespace) with the group location; this resource sets, updates and deletes only the value. A property with a default value always has one in the group: declare it with `adopt: true`. Deleting the value brings the default back. */
export class GroupProperty extends pulumi.CustomResource {
  /** The group's id (`v36.Group.groupId`; 0 is the group of all agents). Changing it replaces the value. */
  declare readonly group: pulumi.Output<number>;
  /** The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as `core` or `chats`). Changing it replaces the value (it is another property). */
  declare readonly namespace: pulumi.Output<string>;
  /** The property's name, as registered in its namespace. Changing it replaces the value. */
  declare readonly name: pulumi.Output<string>;
  /** The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number (32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one. */
  declare readonly value: pulumi.Output<string | number | boolean>;

  constructor(name: string, args: GroupPropertyArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(groupPropertyV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** A bot (Configuration API v3.6): an agent driven by an application (its owner Client ID) through the Agent Chat API, with groups and routing priorities, working hours and a chat limit. Its `secret` (for issue_bot_token) is answered only when the bot is made, and kept as a secret output. */
export interface BotArgs extends AdoptArgs {
  /** The Client ID (application) that owns the bot. Changing it replaces the bot. */
  ownerClientId: pulumi.Input<string>;
  /** The bot's display name. */
  name: pulumi.Input<string>;
  /** The address of the bot's avatar image. Unmanaged when unset. */
  avatar?: pulumi.Input<string>;
  /** The bot's job title. Unmanaged when unset. */
  jobTitle?: pulumi.Input<string>;
  /** How many chats the bot takes at once, at most 500. Default 6. */
  maxChatsCount?: pulumi.Input<number>;
  /** The bot's priority in groups that give it none: first, normal, last or supervisor. Unmanaged when unset. One of: `first`, `normal`, `last`, `supervisor`. */
  defaultGroupPriority?: pulumi.Input<string>;
  /** The groups the bot belongs to, each with the bot's routing priority (a set); every bot is also in group 0. Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`). */
  groups?: pulumi.Input<pulumi.Input<BotGroup>[]>;
  /** A value of your own to sort bots by; the API makes bots as `chatbot`. Unmanaged when unset. The API never returns it, so it is compared with the value last applied (and an adopted bot is taken to have it). */
  type?: pulumi.Input<string>;
  /** Working hours: a timezone (required for bots) and ranges of hours, several a day if need be. Unmanaged when unset. */
  workScheduler?: pulumi.Input<WorkScheduler>;
}

/** A bot (Configuration API v3.6): an agent driven by an application (its owner Client ID) through the Agent Chat API, with groups and routing priorities, working hours and a chat limit. Its `secret` (for issue_bot_token) is answered only when the bot is made, and kept as a secret output. */
export class Bot extends pulumi.CustomResource {
  /** The Client ID (application) that owns the bot. Changing it replaces the bot. */
  declare readonly ownerClientId: pulumi.Output<string>;
  /** The bot's display name. */
  declare readonly name: pulumi.Output<string>;
  /** The address of the bot's avatar image. Unmanaged when unset. */
  declare readonly avatar: pulumi.Output<string | undefined>;
  /** The bot's job title. Unmanaged when unset. */
  declare readonly jobTitle: pulumi.Output<string | undefined>;
  /** How many chats the bot takes at once, at most 500. Default 6. */
  declare readonly maxChatsCount: pulumi.Output<number>;
  /** The bot's priority in groups that give it none: first, normal, last or supervisor. Unmanaged when unset. One of: `first`, `normal`, `last`, `supervisor`. */
  declare readonly defaultGroupPriority: pulumi.Output<string | undefined>;
  /** The groups the bot belongs to, each with the bot's routing priority (a set); every bot is also in group 0. Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`). */
  declare readonly groups: pulumi.Output<BotGroupOutput[]>;
  /** A value of your own to sort bots by; the API makes bots as `chatbot`. Unmanaged when unset. The API never returns it, so it is compared with the value last applied (and an adopted bot is taken to have it). */
  declare readonly type: pulumi.Output<string | undefined>;
  /** Working hours: a timezone (required for bots) and ranges of hours, several a day if need be. Unmanaged when unset. */
  declare readonly workScheduler: pulumi.Output<WorkSchedulerOutput | undefined>;
  /** The bot's secret, for issue_bot_token; known only for bots this stack made (secret). */
  declare readonly secret: pulumi.Output<string>;
  /** The timezone the bot's working hours are in. */
  declare readonly timezone: pulumi.Output<string>;
  /** The bot's id. */
  readonly botId: pulumi.Output<string>;

  constructor(name: string, args: BotArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(botV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.botId = this.id;
  }
}

/** A webhook registered for a Client ID (Configuration API v3.6): LiveChat calls `url` on `action`, with `secretKey` to prove it. The API cannot edit a webhook: every change replaces it. At most three per action and Client ID. The secret key is write-only (list_webhooks never shows it) and kept as a secret. */
export interface WebhookArgs extends AdoptArgs {
  /** The Client ID (application) that owns the webhook. */
  ownerClientId: pulumi.Input<string>;
  /** The action that fires the webhook, such as incoming_chat, incoming_event or agent_created. One of: `incoming_chat`, `chat_deactivated`, `chat_access_updated`, `chat_transferred`, `user_added_to_chat`, `user_removed_from_chat`, `incoming_event`, `event_deleted`, `event_updated`, `incoming_rich_message_postback`, `chat_properties_updated`, `chat_properties_deleted`, `thread_properties_updated`, `thread_properties_deleted`, `event_properties_updated`, `event_properties_deleted`, `thread_tagged`, `thread_untagged`, `routing_status_set`, `customer_session_fields_updated`, `events_marked_as_seen`, `group_created`, `group_updated`, `group_deleted`, `agent_created`, `agent_updated`, `agent_deleted`, `agent_suspended`, `agent_unsuspended`, `agent_approved`, `bot_created`, `bot_updated`, `bot_deleted`, `auto_accesses_updated`, `tag_created`, `tag_deleted`, `tag_updated`, `thread_summary_set`. */
  action: pulumi.Input<string>;
  /** The address LiveChat calls, at most 500 characters. */
  url: pulumi.Input<string>;
  /** The secret LiveChat sends with every call, to verify where it comes from. Write-only: the API never returns it, so it is compared with the value last applied; changing it replaces the webhook. */
  secretKey: pulumi.Input<string>;
  /** `license` (the licence's events; default) or `bot` (the events of the owner's bots). One of: `license`, `bot`. */
  type?: pulumi.Input<string>;
  /** What the webhook is for. */
  description?: pulumi.Input<string>;
  /** When the webhook fires: `authorType`, `onlyMyChats`, `chatPresence` ({ userIds, myBots }), `sourceType` and `agentIds`, as the action takes them (see the reference's triggering actions). Lists are sets. Default: none (it fires on every such action). */
  filters?: pulumi.Input<WebhookFilters>;
  /** What else each call carries: chat_properties, chat_presence_user_ids (a set; not with agent_deleted). Default: nothing else. One of: `chat_properties`, `chat_presence_user_ids`. */
  additionalData?: pulumi.Input<pulumi.Input<string>[]>;
}

/** A webhook registered for a Client ID (Configuration API v3.6): LiveChat calls `url` on `action`, with `secretKey` to prove it. The API cannot edit a webhook: every change replaces it. At most three per action and Client ID. The secret key is write-only (list_webhooks never shows it) and kept as a secret. */
export class Webhook extends pulumi.CustomResource {
  /** The Client ID (application) that owns the webhook. */
  declare readonly ownerClientId: pulumi.Output<string>;
  /** The action that fires the webhook, such as incoming_chat, incoming_event or agent_created. One of: `incoming_chat`, `chat_deactivated`, `chat_access_updated`, `chat_transferred`, `user_added_to_chat`, `user_removed_from_chat`, `incoming_event`, `event_deleted`, `event_updated`, `incoming_rich_message_postback`, `chat_properties_updated`, `chat_properties_deleted`, `thread_properties_updated`, `thread_properties_deleted`, `event_properties_updated`, `event_properties_deleted`, `thread_tagged`, `thread_untagged`, `routing_status_set`, `customer_session_fields_updated`, `events_marked_as_seen`, `group_created`, `group_updated`, `group_deleted`, `agent_created`, `agent_updated`, `agent_deleted`, `agent_suspended`, `agent_unsuspended`, `agent_approved`, `bot_created`, `bot_updated`, `bot_deleted`, `auto_accesses_updated`, `tag_created`, `tag_deleted`, `tag_updated`, `thread_summary_set`. */
  declare readonly action: pulumi.Output<string>;
  /** The address LiveChat calls, at most 500 characters. */
  declare readonly url: pulumi.Output<string>;
  /** The secret LiveChat sends with every call, to verify where it comes from. Write-only: the API never returns it, so it is compared with the value last applied; changing it replaces the webhook. */
  declare readonly secretKey: pulumi.Output<string>;
  /** `license` (the licence's events; default) or `bot` (the events of the owner's bots). One of: `license`, `bot`. */
  declare readonly type: pulumi.Output<string>;
  /** What the webhook is for. */
  declare readonly description: pulumi.Output<string | undefined>;
  /** When the webhook fires: `authorType`, `onlyMyChats`, `chatPresence` ({ userIds, myBots }), `sourceType` and `agentIds`, as the action takes them (see the reference's triggering actions). Lists are sets. Default: none (it fires on every such action). */
  declare readonly filters: pulumi.Output<WebhookFiltersOutput>;
  /** What else each call carries: chat_properties, chat_presence_user_ids (a set; not with agent_deleted). Default: nothing else. One of: `chat_properties`, `chat_presence_user_ids`. */
  declare readonly additionalData: pulumi.Output<string[]>;
  /** The webhook's id. */
  readonly webhookId: pulumi.Output<string>;

  constructor(name: string, args: WebhookArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(webhookV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.webhookId = this.id;
  }
}

/** Whether the licence's webhooks of a Client ID are on (Configuration API v3.6). Every Client ID has this setting: creating the resource takes it over (no `adopt` needed), and one program may declare it once per Client ID. Destroying it turns the webhooks back on, the API's default: disabled webhooks stay off even after the application is reinstalled, so a stack that is gone must not leave them off unseen. */
export interface WebhookStateArgs extends AdoptArgs {
  /** The Client ID (application) whose licence webhooks this is. */
  ownerClientId: pulumi.Input<string>;
  /** Whether the Client ID's licence webhooks are sent. Default true, the API's default. */
  enabled?: pulumi.Input<boolean>;
}

/** Whether the licence's webhooks of a Client ID are on (Configuration API v3.6). Every Client ID has this setting: creating the resource takes it over (no `adopt` needed), and one program may declare it once per Client ID. Destroying it turns the webhooks back on, the API's default: disabled webhooks stay off even after the application is reinstalled, so a stack that is gone must not leave them off unseen. */
export class WebhookState extends pulumi.CustomResource {
  /** The Client ID (application) whose licence webhooks this is. */
  declare readonly ownerClientId: pulumi.Output<string>;
  /** Whether the Client ID's licence webhooks are sent. Default true, the API's default. */
  declare readonly enabled: pulumi.Output<boolean>;

  constructor(name: string, args: WebhookStateArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(webhookStateV36Declaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** A group the agent belongs to, with the agent's routing priority in it. */
export interface AgentGroup {
  /** The group's id. */
  groupId: pulumi.Input<number>;
  /** first (bots, before everyone), normal (primary), last (secondary) or supervisor (no chats). One of: `first`, `normal`, `last`, `supervisor`. */
  priority: pulumi.Input<string>;
}

/** A group the agent belongs to, with the agent's routing priority in it. */
export interface AgentGroupOutput {
  /** The group's id. */
  groupId: number;
  /** first (bots, before everyone), normal (primary), last (secondary) or supervisor (no chats). One of: `first`, `normal`, `last`, `supervisor`. */
  priority: string;
}

/** An agent's working hours in a timezone. */
export interface WorkScheduler {
  /** The schedule's timezone (an IANA name such as Europe/Warsaw); required when there are ranges. */
  timezone?: pulumi.Input<string>;
  /** The ranges of working hours (a set). */
  schedule: pulumi.Input<pulumi.Input<WorkRange>[]>;
}

/** An agent's working hours in a timezone. */
export interface WorkSchedulerOutput {
  /** The schedule's timezone (an IANA name such as Europe/Warsaw); required when there are ranges. */
  timezone?: string;
  /** The ranges of working hours (a set). */
  schedule: WorkRangeOutput[];
}

/** One range of working hours; a day may have several. */
export interface WorkRange {
  /** The day, sunday to saturday. One of: `sunday`, `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`. */
  day: pulumi.Input<string>;
  /** Whether the range is in use. */
  enabled: pulumi.Input<boolean>;
  /** When it starts, as HH:MM. */
  start: pulumi.Input<string>;
  /** When it ends, as HH:MM. */
  end: pulumi.Input<string>;
}

/** One range of working hours; a day may have several. */
export interface WorkRangeOutput {
  /** The day, sunday to saturday. One of: `sunday`, `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`. */
  day: string;
  /** Whether the range is in use. */
  enabled: boolean;
  /** When it starts, as HH:MM. */
  start: string;
  /** When it ends, as HH:MM. */
  end: string;
}

/** One condition of a greeting, joined to the ones before it by its condition (and, or). */
export interface ActionRule {
  /** How the rule joins the others: and (default; all must match) or or (one is enough). One of: `and`, `or`. */
  condition?: pulumi.Input<string>;
  /** What the rule looks at. One of: `visit_time_site`, `visit_time_page`, `url_current`, `url_visited`, `url_funnel`, `pages_view_number`, `url_referrer`, `geolocation`, `visits_number`, `search_keyword`, `custom_variable`, `ads_traffic`, `url_match_page_view_number`. */
  type: pulumi.Input<string>;
  /** How the value is compared: equals (default). url_funnel takes none (its urls have their own). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: pulumi.Input<string>;
  /** The value to compare with: seconds (visit_time_site and visit_time_page, 0 to 900), a count, an address, a place, a keyword. Every type but url_funnel, custom_variable and ads_traffic needs one. */
  value?: pulumi.Input<string | number>;
  /** url_funnel and url_match_page_view_number rules: 1 to 10 addresses. */
  urls?: pulumi.Input<pulumi.Input<ActionRuleUrl>[]>;
  /** custom_variable and ads_traffic rules: exactly one name and value (ads_traffic: the name is microsoft, facebook, google, twitter or yahoo), at most 255 characters each. */
  sessionField?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** One condition of a greeting, joined to the ones before it by its condition (and, or). */
export interface ActionRuleOutput {
  /** How the rule joins the others: and (default; all must match) or or (one is enough). One of: `and`, `or`. */
  condition?: string;
  /** What the rule looks at. One of: `visit_time_site`, `visit_time_page`, `url_current`, `url_visited`, `url_funnel`, `pages_view_number`, `url_referrer`, `geolocation`, `visits_number`, `search_keyword`, `custom_variable`, `ads_traffic`, `url_match_page_view_number`. */
  type: string;
  /** How the value is compared: equals (default). url_funnel takes none (its urls have their own). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
  /** The value to compare with: seconds (visit_time_site and visit_time_page, 0 to 900), a count, an address, a place, a keyword. Every type but url_funnel, custom_variable and ads_traffic needs one. */
  value?: string | number;
  /** url_funnel and url_match_page_view_number rules: 1 to 10 addresses. */
  urls?: ActionRuleUrlOutput[];
  /** custom_variable and ads_traffic rules: exactly one name and value (ads_traffic: the name is microsoft, facebook, google, twitter or yahoo), at most 255 characters each. */
  sessionField?: Record<string, string>;
}

/** One address of a url_funnel or url_match_page_view_number rule. */
export interface ActionRuleUrl {
  /** An address, or a part of one. */
  url: pulumi.Input<string>;
  /** How it is compared: equals (default). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: pulumi.Input<string>;
}

/** One address of a url_funnel or url_match_page_view_number rule. */
export interface ActionRuleUrlOutput {
  /** An address, or a part of one. */
  url: string;
  /** How it is compared: equals (default). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
}

/** A greeting's properties. */
export interface GreetingProperties {
  /** The message visitors see. */
  messageText?: pulumi.Input<string>;
  /** The JSON key of the message content. */
  messageJsonKey?: pulumi.Input<string>;
  /** The phrase key of the message content. */
  messagePhraseKey?: pulumi.Input<string>;
  /** The add-on the greeting belongs to. */
  addon?: pulumi.Input<string>;
  /** Whether it shows when a visitor is leaving. */
  isExitIntent?: pulumi.Input<boolean>;
}

/** A greeting's properties. */
export interface GreetingPropertiesOutput {
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
export interface RichMessage {
  /** How the message is shown: cards, sticker or quick_replies (or text, as the reference's examples send). One of: `cards`, `sticker`, `quick_replies`, `text`. */
  templateId: pulumi.Input<string>;
  /** At most 10 elements. */
  elements?: pulumi.Input<pulumi.Input<RichMessageElement>[]>;
}

/** A greeting's rich message. */
export interface RichMessageOutput {
  /** How the message is shown: cards, sticker or quick_replies (or text, as the reference's examples send). One of: `cards`, `sticker`, `quick_replies`, `text`. */
  templateId: string;
  /** At most 10 elements. */
  elements?: RichMessageElementOutput[];
}

/** One card of a rich message. */
export interface RichMessageElement {
  /** The element's title. */
  title: pulumi.Input<string>;
  /** The text under the title. */
  subtitle: pulumi.Input<string>;
  image?: pulumi.Input<RichMessageImage>;
  /** At most 13 buttons. */
  buttons?: pulumi.Input<pulumi.Input<RichMessageButton>[]>;
}

/** One card of a rich message. */
export interface RichMessageElementOutput {
  /** The element's title. */
  title: string;
  /** The text under the title. */
  subtitle: string;
  image?: RichMessageImageOutput;
  /** At most 13 buttons. */
  buttons?: RichMessageButtonOutput[];
}

/** The image of a rich message element. */
export interface RichMessageImage {
  /** The image's address. */
  url: pulumi.Input<string>;
  /** The file name. */
  name?: pulumi.Input<string>;
  /** Its media type, like image/png. */
  contentType?: pulumi.Input<string>;
  /** Its size in bytes. */
  size?: pulumi.Input<number>;
  /** Its width in pixels. */
  width?: pulumi.Input<number>;
  /** Its height in pixels. */
  height?: pulumi.Input<number>;
  /** The text shown in its place. */
  alternativeText?: pulumi.Input<string>;
}

/** The image of a rich message element. */
export interface RichMessageImageOutput {
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
export interface RichMessageButton {
  /** The button's text. */
  text: pulumi.Input<string>;
  /** What a click does: webview, message, url or phone. One of: `webview`, `message`, `url`, `phone`. */
  type: pulumi.Input<string>;
  /** What the type acts on: the message, the address, the number. */
  value: pulumi.Input<string>;
  /** Identifies the button in postback events. */
  postbackId: pulumi.Input<string>;
  /** The button's id; the server makes one if unset. */
  buttonId?: pulumi.Input<string>;
  /** default, primary or danger. One of: `default`, `primary`, `danger`. */
  role?: pulumi.Input<string>;
}

/** A button of a rich message element. */
export interface RichMessageButtonOutput {
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

/** What a chat must match: at least one condition. */
export interface AutoAccessConditions {
  /** On the page's URL (the customer's page at login, or the page they moved to). */
  url?: pulumi.Input<AutoAccessUrlCondition>;
  /** On the domain of the page's URL. */
  domain?: pulumi.Input<AutoAccessDomainCondition>;
  geolocation?: pulumi.Input<AutoAccessGeolocation>;
}

/** What a chat must match: at least one condition. */
export interface AutoAccessConditionsOutput {
  /** On the page's URL (the customer's page at login, or the page they moved to). */
  url?: AutoAccessUrlConditionOutput;
  /** On the domain of the page's URL. */
  domain?: AutoAccessDomainConditionOutput;
  geolocation?: AutoAccessGeolocationOutput;
}

/** A condition on the page's URL: values or excludeValues, not both. */
export interface AutoAccessUrlCondition {
  /** Matches when any of them matches. */
  values?: pulumi.Input<pulumi.Input<AutoAccessMatch>[]>;
  /** Matches when none of them matches. Not with values. */
  excludeValues?: pulumi.Input<pulumi.Input<AutoAccessMatch>[]>;
}

/** A condition on the page's URL: values or excludeValues, not both. */
export interface AutoAccessUrlConditionOutput {
  /** Matches when any of them matches. */
  values?: AutoAccessMatchOutput[];
  /** Matches when none of them matches. Not with values. */
  excludeValues?: AutoAccessMatchOutput[];
}

/** A value to match, whole or as a substring. */
export interface AutoAccessMatch {
  /** The text to match. */
  value: pulumi.Input<string>;
  /** true: the whole value must equal it; false (default): it matches as a substring. */
  exactMatch?: pulumi.Input<boolean>;
}

/** A value to match, whole or as a substring. */
export interface AutoAccessMatchOutput {
  /** The text to match. */
  value: string;
  /** true: the whole value must equal it; false (default): it matches as a substring. */
  exactMatch?: boolean;
}

/** A condition on the page's domain: values or excludeValues, not both. */
export interface AutoAccessDomainCondition {
  /** Matches when any of them matches. */
  values?: pulumi.Input<pulumi.Input<AutoAccessDomainMatch>[]>;
  /** Matches when none of them matches. Not with values. */
  excludeValues?: pulumi.Input<pulumi.Input<AutoAccessDomainMatch>[]>;
}

/** A condition on the page's domain: values or excludeValues, not both. */
export interface AutoAccessDomainConditionOutput {
  /** Matches when any of them matches. */
  values?: AutoAccessDomainMatchOutput[];
  /** Matches when none of them matches. Not with values. */
  excludeValues?: AutoAccessDomainMatchOutput[];
}

/** A value to match, whole or as a substring. */
export interface AutoAccessDomainMatch {
  /** The text to match. */
  value: pulumi.Input<string>;
  /** true: the whole value must equal it; false (default): it matches as a substring. */
  exactMatch?: pulumi.Input<boolean>;
}

/** A value to match, whole or as a substring. */
export interface AutoAccessDomainMatchOutput {
  /** The text to match. */
  value: string;
  /** true: the whole value must equal it; false (default): it matches as a substring. */
  exactMatch?: boolean;
}

/** A condition on the customer's geolocation. */
export interface AutoAccessGeolocation {
  /** The places: matches when the customer is in any of them. */
  values: pulumi.Input<pulumi.Input<AutoAccessPlace>[]>;
}

/** A condition on the customer's geolocation. */
export interface AutoAccessGeolocationOutput {
  /** The places: matches when the customer is in any of them. */
  values: AutoAccessPlaceOutput[];
}

/** A place: every field given must match. At least one of them. */
export interface AutoAccessPlace {
  /** The country's name, like "United States". */
  country?: pulumi.Input<string>;
  /** The ISO country code, like "US". */
  countryCode?: pulumi.Input<string>;
  /** The region, like "California". */
  region?: pulumi.Input<string>;
  /** The city, like "Mountain View". */
  city?: pulumi.Input<string>;
}

/** A place: every field given must match. At least one of them. */
export interface AutoAccessPlaceOutput {
  /** The country's name, like "United States". */
  country?: string;
  /** The ISO country code, like "US". */
  countryCode?: string;
  /** The region, like "California". */
  region?: string;
  /** The city, like "Mountain View". */
  city?: string;
}

/** A group the bot belongs to, with the bot's routing priority in it. */
export interface BotGroup {
  /** The group's id. */
  groupId: pulumi.Input<number>;
  /** first (before everyone), normal (primary), last (secondary) or supervisor (no chats). One of: `first`, `normal`, `last`, `supervisor`. */
  priority: pulumi.Input<string>;
}

/** A group the bot belongs to, with the bot's routing priority in it. */
export interface BotGroupOutput {
  /** The group's id. */
  groupId: number;
  /** first (before everyone), normal (primary), last (secondary) or supervisor (no chats). One of: `first`, `normal`, `last`, `supervisor`. */
  priority: string;
}

/** When the webhook fires; each action takes some of them. */
export interface WebhookFilters {
  /** Only events by a customer or an agent. One of: `customer`, `agent`. */
  authorType?: pulumi.Input<string>;
  /** Only chats whose source is the owning Client ID. */
  onlyMyChats?: pulumi.Input<boolean>;
  /** Only chats with (or without) these users. */
  chatPresence?: pulumi.Input<WebhookChatPresence>;
  /** Only what these sources caused: my_client, other_clients, system (a set). One of: `my_client`, `other_clients`, `system`. */
  sourceType?: pulumi.Input<pulumi.Input<string>[]>;
  /** routing_status_set only: the agents whose status it is. */
  agentIds?: pulumi.Input<WebhookUserIds>;
}

/** When the webhook fires; each action takes some of them. */
export interface WebhookFiltersOutput {
  /** Only events by a customer or an agent. One of: `customer`, `agent`. */
  authorType?: string;
  /** Only chats whose source is the owning Client ID. */
  onlyMyChats?: boolean;
  /** Only chats with (or without) these users. */
  chatPresence?: WebhookChatPresenceOutput;
  /** Only what these sources caused: my_client, other_clients, system (a set). One of: `my_client`, `other_clients`, `system`. */
  sourceType?: string[];
  /** routing_status_set only: the agents whose status it is. */
  agentIds?: WebhookUserIdsOutput;
}

/** Fires according to who is in the chat. */
export interface WebhookChatPresence {
  /** Fires by the users in the chat. */
  userIds?: pulumi.Input<WebhookUserIds>;
  /** Fires when a bot of the owning Client ID is in the chat. */
  myBots?: pulumi.Input<boolean>;
}

/** Fires according to who is in the chat. */
export interface WebhookChatPresenceOutput {
  /** Fires by the users in the chat. */
  userIds?: WebhookUserIdsOutput;
  /** Fires when a bot of the owning Client ID is in the chat. */
  myBots?: boolean;
}

/** Users by id: `values` (fires when any is in the chat) or `excludeValues` (not when any is), one of them. */
export interface WebhookUserIds {
  /** User ids (agents' e-mails, customers' ids). */
  values?: pulumi.Input<pulumi.Input<string>[]>;
  /** User ids (agents' e-mails, customers' ids). */
  excludeValues?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Users by id: `values` (fires when any is in the chat) or `excludeValues` (not when any is), one of them. */
export interface WebhookUserIdsOutput {
  /** User ids (agents' e-mails, customers' ids). */
  values?: string[];
  /** User ids (agents' e-mails, customers' ids). */
  excludeValues?: string[];
}
