import * as z from "zod";
import type { Context, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { asSet, lowerCase } from "../../provider/fields";
import { integer, listOf, text } from "../../provider/schema";
import { listOnce } from "./calls";

const lists = (ctx: Context) => ctx.lists.of(tagV36Declaration);
const listTags = (ctx: Context) => listOnce(ctx, lists(ctx), "list_tags");
// update_tag and delete_tag match the name exactly: so does the id.
const named = (name: unknown) => (t: WireObject) => t.name === name;

export const tagV36Declaration: ResourceDeclaration = {
  type: "Tag",
  module: "v36",
  doc:
    "A tag agents put on chats (Configuration API v3.6): one tag per name, in several groups, regrouped in " +
    "place. The API cannot rename a tag: a new name replaces it.",
  keyFields: ["name"],
  fields: {
    name: {
      doc:
        "The tag's name, its id. A new name replaces the tag. LiveChat compares names without regard to letter " +
        "case and cannot rename a tag, so a name that differs from the account's only in case is a warning.",
      schema: text,
      required: true,
      replace: true,
      // create_tag matches names case-insensitively: Spam and spam cannot both exist, so they are one natural key.
      canonical: lowerCase,
      // The spelling is set when the tag is made: another case is the same tag, shown, never applied.
      fixedAtCreation: (desired, actual) =>
        typeof actual === "string" && actual !== desired && lowerCase(actual) === lowerCase(desired)
          ? [""]
          : [],
    },
    groupIds: {
      doc:
        "Ids of the groups the tag belongs to (a set; group 0 is the group of all agents). Default: none. A tag " +
        "marks a chat only if they share a group. Changed in place.",
      schema: listOf(integer(0)),
      refersTo: "group",
      default: [],
      alwaysReturned: true,
      canonical: asSet,
    },
  },
  outputs: {
    authorId: {
      doc: "Id (e-mail) of the agent who made the tag; empty for the account's built-in tags.",
      schema: z.string(),
    },
    createdAt: { doc: "When the tag was made (RFC 3339).", schema: z.string() },
  },
  computed: (o) => ({ authorId: o.author_id, createdAt: o.created_at }),
  idOf: (o) => String(o.name),
  api: {
    async create(ctx, body) {
      await ctx.client.action("create_tag", body);
      // create_tag answers nothing: its author and date are in the list, read afresh. The tag exists from
      // here on, so a failed read falls back to what was sent (a refresh fills in the rest).
      lists(ctx).invalidate();
      const listed = await listTags(ctx).catch(() => []);
      const tag = listed.find(named(body.name)) ?? { ...body };
      lists(ctx).upsert(tag, named(body.name));
      return tag;
    },
    async read(ctx, id) {
      return (await listTags(ctx)).find(named(id));
    },
    async update(ctx, id, body) {
      // The name never changes here (a new name replaces the tag): only the groups do.
      await ctx.client.action("update_tag", { ...body, name: id });
      const current = (await listTags(ctx)).find(named(id));
      if (!current) throw new Error(`v36.Tag ${id} no longer exists in the account; run pulumi refresh`);
      const tag = { ...current, ...body, name: id };
      lists(ctx).upsert(tag, named(id));
      return tag;
    },
    async remove(ctx, id) {
      await ctx.client.action("delete_tag", { name: id });
      lists(ctx).remove(named(id));
    },
    list: listTags,
  },
  account: {
    section: "tags",
    namePrefix: "tag",
    notRenamable:
      "the LiveChat API cannot rename a tag: a tag with another name is a new tag, and the old one is deleted",
    keyRule: { words: "LiveChat compares tag names without regard to letter case" },
    describe: (o) => String(o.name),
  },
  examples: [
    { title: "minimal", inputs: { name: "urgent" } },
    {
      title: "every field",
      inputs: { name: "refund", groupIds: ["Support", 0] },
      changed: { name: "refunds", groupIds: ["Billing"] },
    },
  ],
};
