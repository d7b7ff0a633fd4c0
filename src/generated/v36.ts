// Generated from the resource declarations by `npm run generate`: do not edit.

import * as pulumi from "@pulumi/pulumi";
import { registration, type AdoptArgs } from "../resources/resource";
import { groupV36Declaration } from "../resources/v36/group";
import { agentV36Declaration } from "../resources/v36/agent";
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
export class Group extends pulumi.dynamic.Resource {
  /** The group's name. */
  declare readonly name: pulumi.Output<string>;
  /** The chat window language, a language code such as `en` or `de`. Default `en`. */
  declare readonly languageCode: pulumi.Output<string>;
  /** Members and their routing priority, by agent or bot id (an agent's e-mail): `first` (bots, before everyone), `normal` (primary), `last` (secondary) or `supervisor` (no chats assigned). Leave unset to manage membership from the agents' side (`v36.Agent.groups`); set it and the group's members are kept exactly as given. */
  declare readonly agentPriorities: pulumi.Output<Record<string, string>>;
  /** The group's numeric id. */
  readonly groupId: pulumi.Output<number>;

  constructor(name: string, args: GroupArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(groupV36Declaration, name, args, opts));
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
export class Agent extends pulumi.dynamic.Resource {
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
    super(...registration(agentV36Declaration, name, args, opts));
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
  /** A value of your own to sort bots by. Default `chatbot`. Write-only: the API never returns it, so it is compared with the value last applied. */
  type?: pulumi.Input<string>;
  /** Working hours: a timezone (required for bots) and ranges of hours, several a day if need be. Unmanaged when unset. */
  workScheduler?: pulumi.Input<WorkScheduler>;
}

/** A bot (Configuration API v3.6): an agent driven by an application (its owner Client ID) through the Agent Chat API, with groups and routing priorities, working hours and a chat limit. Its `secret` (for issue_bot_token) is answered only when the bot is made, and kept as a secret output. */
export class Bot extends pulumi.dynamic.Resource {
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
  /** A value of your own to sort bots by. Default `chatbot`. Write-only: the API never returns it, so it is compared with the value last applied. */
  declare readonly type: pulumi.Output<string>;
  /** Working hours: a timezone (required for bots) and ranges of hours, several a day if need be. Unmanaged when unset. */
  declare readonly workScheduler: pulumi.Output<WorkSchedulerOutput | undefined>;
  /** The bot's secret, for issue_bot_token; known only for bots this stack made (secret). */
  declare readonly secret: pulumi.Output<string>;
  /** The timezone the bot's working hours are in. */
  declare readonly timezone: pulumi.Output<string>;
  /** The bot's id. */
  readonly botId: pulumi.Output<string>;

  constructor(name: string, args: BotArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(botV36Declaration, name, args, opts));
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
export class Webhook extends pulumi.dynamic.Resource {
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
    super(...registration(webhookV36Declaration, name, args, opts));
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
export class WebhookState extends pulumi.dynamic.Resource {
  /** The Client ID (application) whose licence webhooks this is. */
  declare readonly ownerClientId: pulumi.Output<string>;
  /** Whether the Client ID's licence webhooks are sent. Default true, the API's default. */
  declare readonly enabled: pulumi.Output<boolean>;

  constructor(name: string, args: WebhookStateArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(webhookStateV36Declaration, name, args, opts));
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
