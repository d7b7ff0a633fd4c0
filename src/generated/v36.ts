// Generated from the resource declarations by `npm run generate`: do not edit.

import * as pulumi from "@pulumi/pulumi";
import { registration, type AdoptArgs } from "../resources/resource";
import { groupV36Declaration } from "../resources/v36/group";
import { agentV36Declaration } from "../resources/v36/agent";

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
