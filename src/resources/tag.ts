import * as pulumi from "@pulumi/pulumi";
import { pathOf } from "../client";
import type { Context, Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { listAgents } from "./lists";
import { AdoptArgs, registration } from "./resource";
import { email, integer, pathSegment } from "./validate";

/** A tag agents put on chats and tickets. The API cannot edit tags: every change replaces the tag. */
export interface TagArgs extends AdoptArgs {
  /** The tag's name. Changing it replaces the tag. */
  name: pulumi.Input<string>;
  /** Id of the group the tag belongs to; 0, the default, is the group of all agents. Changing it replaces the tag. */
  group?: pulumi.Input<number>;
  /**
   * Login of the agent recorded as the tag's author. Default: the login of the provider's credentials (with
   * an OAuth token, the account's owner). Changing it replaces the tag.
   */
  author?: pulumi.Input<string>;
}

const LIST = "Tag";
const listTags = (ctx: Context) =>
  ctx.lists.get(LIST, () => ctx.client.request<WireObject[]>("GET", "/tags"));
const sameTag = (name: unknown, group: unknown) => (t: WireObject) =>
  t.name === name && Number(t.group) === group;

/** Pulumi id of a tag: its group and name (tag names are unique per group). */
const tagId = (group: unknown, name: unknown) => `${group}:${name}`;
function parseTagId(id: string): { group: number; name: string } {
  const at = id.indexOf(":");
  return { group: Number(id.slice(0, at)), name: id.slice(at + 1) };
}

export const tagDeclaration: ResourceDeclaration = {
  type: "Tag",
  naturalKey: "name and group",
  keyFields: ["name", "group"],
  fields: {
    name: { required: true, replace: true, validate: pathSegment(), wire: "tag", fromWire: (o) => o.name },
    group: { default: 0, replace: true, validate: integer(0), fromWire: (o) => Number(o.group) },
    author: { replace: true, validate: email },
  },
  computedOutputs: ["creationDate"],
  computed: (o) => ({ creationDate: o.creation_date }),
  idOf: (o) => tagId(Number(o.group), o.name),
  api: {
    async create(ctx, body) {
      // With an OAuth token the provider does not know its own login: the account's owner signs the tag.
      const author =
        body.author ?? ctx.login ?? (await listAgents(ctx)).find((a) => a.permission === "owner")?.login;
      if (!author)
        throw new Error("Tag: no author given and the account's owner could not be found; set author");
      const tag = await ctx.client.request<WireObject>("POST", "/tags", { body: { ...body, author } });
      ctx.lists.upsert(LIST, tag, sameTag(tag.name, Number(tag.group)));
      return tag;
    },
    async read(ctx, id) {
      const { group, name } = parseTagId(id);
      return (await listTags(ctx)).find(sameTag(name, group));
    },
    async update() {
      throw new Error("Tag: the LiveChat API cannot edit a tag; every change replaces it");
    },
    async remove(ctx, id) {
      const { group, name } = parseTagId(id);
      await ctx.client.request("DELETE", pathOf("tags", name), { body: { group } });
      ctx.lists.remove(LIST, sameTag(name, group));
    },
    async find(ctx, inputs: Props) {
      return (await listTags(ctx)).find(sameTag(inputs.name, inputs.group));
    },
  },
};

/** A LiveChat tag. */
export class Tag extends pulumi.dynamic.Resource {
  /** The tag's name. */
  declare readonly name: pulumi.Output<string>;
  /** Id of the tag's group. */
  declare readonly group: pulumi.Output<number>;
  /** Login of the tag's author. */
  declare readonly author: pulumi.Output<string>;
  /** When the tag was created (unix seconds). */
  declare readonly creationDate: pulumi.Output<number>;

  constructor(name: string, args: TagArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(tagDeclaration, name, args, opts));
  }
}
