import * as z from "zod";
import { pathOf } from "../client/path";
import type { Context, ResourceDeclaration, WireObject } from "../provider/declaration";
import { email, integer, pathSegment } from "../provider/schema";
import { listAgents } from "./agent";

const tags = (ctx: Context) => ctx.lists.of(tagDeclaration);
const listTags = (ctx: Context) => tags(ctx).get(() => ctx.client.request<WireObject[]>("GET", "/tags"));
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
  doc: "A tag agents put on chats and tickets. The API cannot edit tags: every change replaces the tag.",
  keyFields: ["name", "group"],
  fields: {
    name: {
      doc: "The tag's name. Changing it replaces the tag.",
      schema: pathSegment(),
      required: true,
      replace: true,
      wire: "tag",
      fromWire: (o) => o.name,
    },
    group: {
      doc: "Id of the group the tag belongs to; 0, the default, is the group of all agents. Changing it replaces the tag.",
      schema: integer(0),
      refersTo: "group",
      default: 0,
      replace: true,
      fromWire: (o) => Number(o.group),
    },
    author: {
      doc:
        "Login of the agent recorded as the tag's author. Default: the login of the provider's credentials (with " +
        "an OAuth token, the account's owner). Changing it replaces the tag.",
      schema: email,
      alwaysReturned: true,
      replace: true,
    },
  },
  outputs: { creationDate: { doc: "When the tag was created (unix seconds).", schema: z.number() } },
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
      tags(ctx).upsert(tag, sameTag(tag.name, Number(tag.group)));
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
      tags(ctx).remove(sameTag(name, group));
    },
    list: listTags,
  },
  account: {
    section: "tags",
    notRenamable:
      "the LiveChat API cannot rename a tag: a tag with another name is a new tag, and the old one is deleted",
    namePrefix: "tag",
    exportNote: "A new tag's author is the agent whose credentials apply the spec.",
    keyRule: {
      words: "LiveChat trims the spaces around tag names",
      apply: (i) => ({ ...i, name: String(i.name).trim() }),
    },
    describe: (o) => String(o.name),
    sameInV36: { idOf: (o) => String(o.name) },
    // The author is who made a tag, not what it is: a new tag's author is whoever applies the spec.
    exported: ({ author: _author, ...entry }) => entry,
  },
  examples: [
    { title: "minimal", inputs: { name: "vip" } },
    {
      title: "every field",
      inputs: { name: "spam", group: "Support", author: "jenny.doe@example.com" },
      changed: { name: "junk", group: "Billing", author: "john.roe@example.com" },
    },
  ],
};
