import * as pulumi from "@pulumi/pulumi";
import { pathOf } from "../client";
import type { Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { byId, listGroups } from "./lists";
import { AdoptArgs, registration } from "./resource";
import { asSet, email, listOf, MAX, textOf } from "./validate";

/** A group of agents, with its own chat window language. */
export interface GroupArgs extends AdoptArgs {
  /** The group's name. */
  name: pulumi.Input<string>;
  /** The chat window language of the group, a language code such as `en` or `de`. Default `en`. */
  language?: pulumi.Input<string>;
  /**
   * Logins of the group's members. Leave unset to manage membership from the agents' side (`Agent.groups`);
   * set it here and the group's member list is kept exactly as given.
   */
  agents?: pulumi.Input<pulumi.Input<string>[]>;
}

const LIST = "Group";

export const groupDeclaration: ResourceDeclaration = {
  type: "Group",
  naturalKey: "name",
  keyFields: ["name"],
  fields: {
    name: { required: true, validate: textOf({ max: MAX.groupName }) },
    language: {
      default: "en",
      validate: (v) =>
        // The same form the emulator accepts: the server's own codes (pt_BR, fil) must pass, or export fails.
        typeof v === "string" && /^[a-z]{2,3}([_-][A-Za-z]{2,4})?$/.test(v)
          ? undefined
          : "must be a language code such as en, de, fil, pt_BR or pt-br (language in lower case)",
    },
    agents: { validate: listOf(email), canonical: asSet, fromWire: (o) => o.agents ?? [] },
  },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      // The API requires a member list on create; an unmanaged one starts empty.
      const group = await ctx.client.request<WireObject>("POST", "/groups", {
        body: { agents: [], ...body },
      });
      ctx.lists.upsert(LIST, group, byId(group.id));
      return group;
    },
    async read(ctx, id) {
      return (await listGroups(ctx)).find(byId(id));
    },
    async update(ctx, id, body) {
      const group = await ctx.client.request<WireObject>("PUT", pathOf("groups", id), { body });
      ctx.lists.upsert(LIST, group, byId(id));
      return group;
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("groups", id));
      ctx.lists.remove(LIST, byId(id));
    },
    async find(ctx, inputs: Props) {
      return (await listGroups(ctx)).find((g) => g.name === inputs.name && Number(g.id) !== 0);
    },
  },
};

/** A LiveChat agent group. Use `groupId` to refer to it from agents, tags, greetings and canned responses. */
export class Group extends pulumi.dynamic.Resource {
  /** The group's name. */
  declare readonly name: pulumi.Output<string>;
  /** The chat window language. */
  declare readonly language: pulumi.Output<string>;
  /** Logins of the group's members, as the account reports them. */
  declare readonly agents: pulumi.Output<string[]>;
  /** The group's numeric id; known during a preview whenever the group exists, even while it changes. */
  readonly groupId: pulumi.Output<number>;

  constructor(name: string, args: GroupArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(groupDeclaration, name, args, opts));
    this.groupId = this.id.apply(Number);
  }
}
