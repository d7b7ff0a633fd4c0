// Generated from the resource declarations by `npm run generate`: do not edit.

import * as pulumi from "@pulumi/pulumi";
import * as v36 from "./v36";
import { registration, shortStacks, type AdoptArgs } from "../resources/resource";
import { groupDeclaration } from "../resources/group";
import { agentDeclaration } from "../resources/agent";
import { goalDeclaration } from "../resources/goal";
import { greetingDeclaration } from "../resources/greeting";
import { tagDeclaration } from "../resources/tag";
import { cannedResponseDeclaration } from "../resources/canned-response";
import { webhookDeclaration } from "../resources/webhook";

/** A group of agents, with its own chat window language. Use `groupId` to refer to it from agents, tags, greetings and canned responses. */
export interface GroupArgs extends AdoptArgs {
  /** The group's name. */
  name: pulumi.Input<string>;
  /** The chat window language of the group, a language code such as `en` or `de`. Default `en`. */
  language?: pulumi.Input<string>;
  /** Logins of the group's members. Leave unset to manage membership from the agents' side (`Agent.groups`); set it here and the group's member list is kept exactly as given. */
  agents?: pulumi.Input<pulumi.Input<string>[]>;
}

/** A group of agents, with its own chat window language. Use `groupId` to refer to it from agents, tags, greetings and canned responses. */
export class Group extends pulumi.CustomResource {
  /** The group's name. */
  declare readonly name: pulumi.Output<string>;
  /** The chat window language of the group, a language code such as `en` or `de`. Default `en`. */
  declare readonly language: pulumi.Output<string>;
  /** Logins of the group's members. Leave unset to manage membership from the agents' side (`Agent.groups`); set it here and the group's member list is kept exactly as given. */
  declare readonly agents: pulumi.Output<string[]>;
  /** The group's numeric id; known during a preview whenever the group exists, even while it changes. */
  readonly groupId: pulumi.Output<number>;

  constructor(name: string, args: GroupArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(groupDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.groupId = this.id.apply(Number);
  }
}

/** A LiveChat agent (a seat). The password is write-only and kept only as a secret. */
export interface AgentArgs extends AdoptArgs {
  /** The agent's e-mail address, which is also their login. Changing it replaces the agent. */
  login: pulumi.Input<string>;
  /** The agent's name. */
  name: pulumi.Input<string>;
  /** administrator or normal (default). `owner` only describes an adopted owner; it cannot be given to anyone. One of: `administrator`, `normal`, `owner`. */
  permission?: pulumi.Input<string>;
  /** Job title shown to visitors. Default "Support Agent". */
  jobTitle?: pulumi.Input<string>;
  /** Status right after logging in: accepting chats (default) or not accepting chats. One of: `accepting chats`, `not accepting chats`. */
  loginStatus?: pulumi.Input<string>;
  /** Password, at least 5 characters; without one LiveChat e-mails an activation link. Write-only: kept as a secret in state and compared with the value last applied, since the API never returns it. */
  password?: pulumi.Input<string>;
  /** Ids of the groups the agent belongs to (a set). Leave unset to manage membership from `Group.agents`. */
  groups?: pulumi.Input<pulumi.Input<number>[]>;
  /** Which notifications the agent gets. */
  notifications?: pulumi.Input<AgentNotifications>;
  /** Whether the agent gets a daily summary e-mail. Default true. */
  dailySummary?: pulumi.Input<boolean>;
  /** How many chats the agent takes at once. Default 6. */
  maxChatsCount?: pulumi.Input<number>;
  /** Work schedule per day, sunday to saturday (enterprise plans). Unmanaged when unset; only the days given are managed. */
  workScheduler?: pulumi.Input<Record<string, pulumi.Input<WorkDay>>>;
}

/** A LiveChat agent (a seat). The password is write-only and kept only as a secret. */
export class Agent extends pulumi.CustomResource {
  /** The agent's e-mail address, which is also their login. Changing it replaces the agent. */
  declare readonly login: pulumi.Output<string>;
  /** The agent's name. */
  declare readonly name: pulumi.Output<string>;
  /** administrator or normal (default). `owner` only describes an adopted owner; it cannot be given to anyone. One of: `administrator`, `normal`, `owner`. */
  declare readonly permission: pulumi.Output<string>;
  /** Job title shown to visitors. Default "Support Agent". */
  declare readonly jobTitle: pulumi.Output<string>;
  /** Status right after logging in: accepting chats (default) or not accepting chats. One of: `accepting chats`, `not accepting chats`. */
  declare readonly loginStatus: pulumi.Output<string>;
  /** Password, at least 5 characters; without one LiveChat e-mails an activation link. Write-only: kept as a secret in state and compared with the value last applied, since the API never returns it. */
  declare readonly password: pulumi.Output<string | undefined>;
  /** Ids of the groups the agent belongs to (a set). Leave unset to manage membership from `Group.agents`. */
  declare readonly groups: pulumi.Output<number[]>;
  /** Which notifications the agent gets. */
  declare readonly notifications: pulumi.Output<AgentNotificationsOutput>;
  /** Whether the agent gets a daily summary e-mail. Default true. */
  declare readonly dailySummary: pulumi.Output<boolean>;
  /** How many chats the agent takes at once. Default 6. */
  declare readonly maxChatsCount: pulumi.Output<number>;
  /** Work schedule per day, sunday to saturday (enterprise plans). Unmanaged when unset; only the days given are managed. */
  declare readonly workScheduler: pulumi.Output<Record<string, WorkDayOutput> | undefined>;

  constructor(name: string, args: AgentArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(agentDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** A goal: what counts as a chat's success (a page reached, a variable set, a sale, or an API call). */
export interface GoalArgs extends AdoptArgs {
  /** The goal's name. */
  name: pulumi.Input<string>;
  /** How the goal is reached. One of: `url`, `custom_variable`, `api`, `sales_tracker`. */
  type: pulumi.Input<string>;
  /** Whether the goal is enabled. Default true. */
  active?: pulumi.Input<boolean>;
  /** url goals (required): the address that marks success. */
  url?: pulumi.Input<string>;
  /** url goals: substring (default) or exact. One of: `substring`, `exact`. */
  matchType?: pulumi.Input<string>;
  /** custom_variable goals (required): the variable's name. */
  customVariableName?: pulumi.Input<string>;
  /** custom_variable goals (required): the value that marks success. */
  customVariableValue?: pulumi.Input<string>;
  /** sales_tracker goals: set, not_set or dynamic. Changing it replaces the goal. One of: `set`, `not_set`, `dynamic`. */
  valueType?: pulumi.Input<string>;
  /** sales_tracker goals: the sale's value. Changing it replaces the goal. */
  value?: pulumi.Input<string>;
  /** sales_tracker goals: the currency, such as USD. Changing it replaces the goal. */
  currency?: pulumi.Input<string>;
  /** sales_tracker goals: the time range. Changing it replaces the goal. */
  timeRange?: pulumi.Input<string>;
  /** sales_tracker goals: the order field's name. */
  orderFieldName?: pulumi.Input<string>;
  /** sales_tracker goals: the value field's name. */
  valueFieldName?: pulumi.Input<string>;
  /** sales_tracker goals: the sales tracker's id. */
  salesTrackerId?: pulumi.Input<string>;
}

/** A goal: what counts as a chat's success (a page reached, a variable set, a sale, or an API call). */
export class Goal extends pulumi.CustomResource {
  /** The goal's name. */
  declare readonly name: pulumi.Output<string>;
  /** How the goal is reached. One of: `url`, `custom_variable`, `api`, `sales_tracker`. */
  declare readonly type: pulumi.Output<string>;
  /** Whether the goal is enabled. Default true. */
  declare readonly active: pulumi.Output<boolean>;
  /** url goals (required): the address that marks success. */
  declare readonly url: pulumi.Output<string | undefined>;
  /** url goals: substring (default) or exact. One of: `substring`, `exact`. */
  declare readonly matchType: pulumi.Output<string | undefined>;
  /** custom_variable goals (required): the variable's name. */
  declare readonly customVariableName: pulumi.Output<string | undefined>;
  /** custom_variable goals (required): the value that marks success. */
  declare readonly customVariableValue: pulumi.Output<string | undefined>;
  /** sales_tracker goals: set, not_set or dynamic. Changing it replaces the goal. One of: `set`, `not_set`, `dynamic`. */
  declare readonly valueType: pulumi.Output<string | undefined>;
  /** sales_tracker goals: the sale's value. Changing it replaces the goal. */
  declare readonly value: pulumi.Output<string | undefined>;
  /** sales_tracker goals: the currency, such as USD. Changing it replaces the goal. */
  declare readonly currency: pulumi.Output<string | undefined>;
  /** sales_tracker goals: the time range. Changing it replaces the goal. */
  declare readonly timeRange: pulumi.Output<string | undefined>;
  /** sales_tracker goals: the order field's name. */
  declare readonly orderFieldName: pulumi.Output<string | undefined>;
  /** sales_tracker goals: the value field's name. */
  declare readonly valueFieldName: pulumi.Output<string | undefined>;
  /** sales_tracker goals: the sales tracker's id. */
  declare readonly salesTrackerId: pulumi.Output<string | undefined>;
  /** The goal's numeric id. */
  readonly goalId: pulumi.Output<number>;

  constructor(name: string, args: GoalArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(goalDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.goalId = this.id.apply(Number);
  }
}

/** A greeting: a message LiveChat shows visitors when its rules hold. */
export interface GreetingArgs extends AdoptArgs {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  name: pulumi.Input<string>;
  /** The conditions for showing the greeting; at least one. The server keeps them as a set. */
  rules: pulumi.Input<pulumi.Input<GreetingRule>[]>;
  /** The message visitors see. Default: the server's "Hello, would you like to talk about our products?". */
  message?: pulumi.Input<string>;
  /** Whether the greeting is enabled. Default true. */
  active?: pulumi.Input<boolean>;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. */
  group?: pulumi.Input<number>;
  /** `announcement` for an announcement greeting (at most 10). Set at creation only: changing it replaces the greeting. One of: `announcement`. */
  subtype?: pulumi.Input<string>;
}

/** A greeting: a message LiveChat shows visitors when its rules hold. */
export class Greeting extends pulumi.CustomResource {
  /** The greeting's name in the LiveChat settings (visitors do not see it). */
  declare readonly name: pulumi.Output<string>;
  /** The conditions for showing the greeting; at least one. The server keeps them as a set. */
  declare readonly rules: pulumi.Output<GreetingRuleOutput[]>;
  /** The message visitors see. Default: the server's "Hello, would you like to talk about our products?". */
  declare readonly message: pulumi.Output<string>;
  /** Whether the greeting is enabled. Default true. */
  declare readonly active: pulumi.Output<boolean>;
  /** Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting. */
  declare readonly group: pulumi.Output<number>;
  /** `announcement` for an announcement greeting (at most 10). Set at creation only: changing it replaces the greeting. One of: `announcement`. */
  declare readonly subtype: pulumi.Output<string | undefined>;
  /** The greeting's numeric id. */
  readonly greetingId: pulumi.Output<number>;

  constructor(name: string, args: GreetingArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(greetingDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.greetingId = this.id.apply(Number);
  }
}

/** A tag agents put on chats and tickets. The API cannot edit tags: every change replaces the tag. */
export interface TagArgs extends AdoptArgs {
  /** The tag's name. Changing it replaces the tag. */
  name: pulumi.Input<string>;
  /** Id of the group the tag belongs to; 0, the default, is the group of all agents. Changing it replaces the tag. */
  group?: pulumi.Input<number>;
  /** Login of the agent recorded as the tag's author. Default: the login of the provider's credentials (with an OAuth token, the account's owner). Changing it replaces the tag. */
  author?: pulumi.Input<string>;
}

/** A tag agents put on chats and tickets. The API cannot edit tags: every change replaces the tag. */
export class Tag extends pulumi.CustomResource {
  /** The tag's name. Changing it replaces the tag. */
  declare readonly name: pulumi.Output<string>;
  /** Id of the group the tag belongs to; 0, the default, is the group of all agents. Changing it replaces the tag. */
  declare readonly group: pulumi.Output<number>;
  /** Login of the agent recorded as the tag's author. Default: the login of the provider's credentials (with an OAuth token, the account's owner). Changing it replaces the tag. */
  declare readonly author: pulumi.Output<string>;
  /** When the tag was created (unix seconds). */
  declare readonly creationDate: pulumi.Output<number>;

  constructor(name: string, args: TagArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(tagDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** A prepared answer agents insert with a shortcut tag. */
export interface CannedResponseArgs extends AdoptArgs {
  /** The response's text. */
  text: pulumi.Input<string>;
  /** The shortcuts (tags) agents type to find the response; at least one. The server keeps them as a set. */
  tags: pulumi.Input<pulumi.Input<string>[]>;
  /** Id of the group the response belongs to; 0, the default, is every agent. Changing it replaces the response. */
  group?: pulumi.Input<number>;
}

/** A prepared answer agents insert with a shortcut tag. */
export class CannedResponse extends pulumi.CustomResource {
  /** The response's text. */
  declare readonly text: pulumi.Output<string>;
  /** The shortcuts (tags) agents type to find the response; at least one. The server keeps them as a set. */
  declare readonly tags: pulumi.Output<string[]>;
  /** Id of the group the response belongs to; 0, the default, is every agent. Changing it replaces the response. */
  declare readonly group: pulumi.Output<number>;
  /** When it was created (unix seconds). */
  declare readonly creationDate: pulumi.Output<number>;
  /** Login of the agent who created it. */
  declare readonly createdBy: pulumi.Output<string>;
  /** The response's numeric id. */
  readonly cannedResponseId: pulumi.Output<number>;

  constructor(name: string, args: CannedResponseArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(cannedResponseDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.cannedResponseId = this.id.apply(Number);
  }
}

/** A webhook LiveChat calls on an event. The API cannot edit webhooks: every change replaces the webhook. Its `token` (which LiveChat sends with every call) is kept as a secret. */
export interface WebhookArgs extends AdoptArgs {
  /** The address LiveChat sends the event to. The server stores http addresses as https. */
  url: pulumi.Input<string>;
  /** When the webhook fires. One of: `chat_started`, `chat_ended`, `chat_changed`, `visitor_queued`, `ticket_created`, `canned_response_changed`. */
  eventType: pulumi.Input<string>;
  /** What the payload contains: chat, visitor, pre_chat_survey, ticket, canned_response (each allowed only with some event types). One of: `chat`, `visitor`, `pre_chat_survey`, `ticket`, `canned_response`. */
  dataTypes: pulumi.Input<pulumi.Input<string>[]>;
}

/** A webhook LiveChat calls on an event. The API cannot edit webhooks: every change replaces the webhook. Its `token` (which LiveChat sends with every call) is kept as a secret. */
export class Webhook extends pulumi.CustomResource {
  /** The address LiveChat sends the event to. The server stores http addresses as https. */
  declare readonly url: pulumi.Output<string>;
  /** When the webhook fires. One of: `chat_started`, `chat_ended`, `chat_changed`, `visitor_queued`, `ticket_created`, `canned_response_changed`. */
  declare readonly eventType: pulumi.Output<string>;
  /** What the payload contains: chat, visitor, pre_chat_survey, ticket, canned_response (each allowed only with some event types). One of: `chat`, `visitor`, `pre_chat_survey`, `ticket`, `canned_response`. */
  declare readonly dataTypes: pulumi.Output<string[]>;
  /** The token LiveChat sends with each call, to verify it (secret). */
  declare readonly token: pulumi.Output<string>;
  /** Whether LiveChat verified the address. */
  declare readonly verified: pulumi.Output<boolean>;
  /** The license (account) number. */
  declare readonly licence: pulumi.Output<number>;
  /** The webhook's id. */
  readonly webhookId: pulumi.Output<string>;

  constructor(name: string, args: WebhookArgs, opts?: pulumi.CustomResourceOptions) {
    const registered = registration(webhookDeclaration, name, args, opts);
    const stackTraceLimit = shortStacks();
    try {
      super(...registered);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.webhookId = this.id;
  }
}

/** Which notifications an agent gets. */
export interface AgentNotifications {
  /** A new visitor arrives. Default true. */
  newVisitor?: pulumi.Input<boolean>;
  /** A visitor comes back. Default true. */
  returningVisitor?: pulumi.Input<boolean>;
  /** A visitor is queued. Default true. */
  queuedVisitor?: pulumi.Input<boolean>;
  /** A visitor is typing. Default false. */
  visitorIsTyping?: pulumi.Input<boolean>;
  /** A goal is reached. The API sets it only at creation: a difference later is a warning, never applied. Default true. */
  newGoal?: pulumi.Input<boolean>;
  /** A chat comes in. The API sets it only at creation and never reports it. Default true. */
  incomingChat?: pulumi.Input<boolean>;
}

/** Which notifications an agent gets. */
export interface AgentNotificationsOutput {
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
export interface WorkDay {
  /** Whether the agent works that day. */
  enabled: pulumi.Input<boolean>;
  /** When the day starts, as HH:MM. */
  start: pulumi.Input<string>;
  /** When the day ends, as HH:MM. */
  end: pulumi.Input<string>;
}

/** One day of an agent's work schedule (enterprise plans). */
export interface WorkDayOutput {
  /** Whether the agent works that day. */
  enabled: boolean;
  /** When the day starts, as HH:MM. */
  start: string;
  /** When the day ends, as HH:MM. */
  end: string;
}

/** One condition of a greeting. All of a greeting's rules must hold for it to be shown. */
export interface GreetingRule {
  /** What the rule looks at (`custom` is another name for custom_variable). One of: `visit_time_site`, `visit_time_page`, `url_current`, `url_visited`, `pages_view_number`, `url_referrer`, `geolocation`, `visits_number`, `search_keyword`, `custom_variable`, `url_funnel`, `custom`. */
  type: pulumi.Input<string>;
  /** How the value is compared: equals (default). Not used by url_funnel. One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: pulumi.Input<string>;
  /** The value to compare with (seconds, a URL, a count...). Required except for custom_variable and url_funnel. */
  value?: pulumi.Input<unknown>;
  /** custom_variable rules: the variable's name. */
  variableName?: pulumi.Input<string>;
  /** custom_variable rules: the value it must have. */
  variableValue?: pulumi.Input<unknown>;
  /** url_funnel rules: the pages to visit, in order. */
  urls?: pulumi.Input<pulumi.Input<GreetingFunnelStep>[]>;
}

/** One condition of a greeting. All of a greeting's rules must hold for it to be shown. */
export interface GreetingRuleOutput {
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
  urls?: GreetingFunnelStepOutput[];
}

/** One page of a url_funnel rule. */
export interface GreetingFunnelStep {
  /** An address, or a part of one. */
  url: pulumi.Input<string>;
  /** How it is compared: equals (default). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: pulumi.Input<string>;
}

/** One page of a url_funnel rule. */
export interface GreetingFunnelStepOutput {
  /** An address, or a part of one. */
  url: string;
  /** How it is compared: equals (default). One of: `equals`, `doesnt_equal`, `lower_than`, `lower_or_equal`, `greater_than`, `greater_or_equal`, `contains`, `doesnt_contain`. */
  operator?: string;
}

/** Every resource an account spec declares, by section and resource name. */
export interface AccountResources {
  groups: Record<string, Group | v36.Group>;
  agents: Record<string, Agent | v36.Agent>;
  goals: Record<string, Goal>;
  greetings: Record<string, Greeting | v36.Greeting>;
  tags: Record<string, Tag | v36.Tag>;
  cannedResponses: Record<string, CannedResponse>;
  webhooks: Record<string, Webhook | v36.Webhook>;
  autoAccesses: Record<string, v36.AutoAccess>;
  licenseProperties: Record<string, v36.LicenseProperty>;
  groupProperties: Record<string, v36.GroupProperty>;
  bots: Record<string, v36.Bot>;
  webhookStates: Record<string, v36.WebhookState>;
}

/** The resource classes by registry key (`Agent`, `v36/Agent`). */
export const RESOURCE_CLASSES = {
  Group,
  Agent,
  Goal,
  Greeting,
  Tag,
  CannedResponse,
  Webhook,
  "v36/Group": v36.Group,
  "v36/Agent": v36.Agent,
  "v36/Tag": v36.Tag,
  "v36/Greeting": v36.Greeting,
  "v36/AutoAccess": v36.AutoAccess,
  "v36/LicenseProperty": v36.LicenseProperty,
  "v36/GroupProperty": v36.GroupProperty,
  "v36/Bot": v36.Bot,
  "v36/Webhook": v36.Webhook,
  "v36/WebhookState": v36.WebhookState,
};
