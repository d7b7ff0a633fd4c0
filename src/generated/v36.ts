// Generated from the resource declarations by `npm run generate`: do not edit.

import * as pulumi from "@pulumi/pulumi";
import { registration, type AdoptArgs } from "../resources/resource";
import { groupV36Declaration } from "../resources/v36/group";

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
