import { pathOf } from "../client/path";
import type { Context, ResourceDeclaration, WireObject } from "../provider/declaration";
import { asSet } from "../provider/fields";
import { email, language, listOf, MAX, textOf } from "../provider/schema";
import { byId } from "./match";

const groups = (ctx: Context) => ctx.lists.of(groupDeclaration);

/** The account's groups, read once per run. */
export const listGroups = (ctx: Context) =>
  groups(ctx).get(() => ctx.client.request<WireObject[]>("GET", "/groups"));

export const groupDeclaration: ResourceDeclaration = {
  type: "Group",
  doc: "A group of agents, with its own chat window language. Use `groupId` to refer to it from agents, tags, greetings and canned responses.",
  keyFields: ["name"],
  fields: {
    name: { doc: "The group's name.", schema: textOf({ max: MAX.groupName }), required: true },
    language: {
      doc: "The chat window language of the group, a language code such as `en` or `de`. Default `en`.",
      schema: language,
      default: "en",
    },
    agents: {
      doc:
        "Logins of the group's members. Leave unset to manage membership from the agents' side (`Agent.groups`); " +
        "set it here and the group's member list is kept exactly as given.",
      schema: listOf(email),
      refersTo: "agent",
      canonical: asSet,
      alwaysReturned: true,
      fromWire: (o) => o.agents ?? [],
    },
  },
  idOutput: {
    name: "groupId",
    doc: "The group's numeric id; known during a preview whenever the group exists, even while it changes.",
    numeric: true,
  },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      // The API requires a member list on create; an unmanaged one starts empty.
      const group = await ctx.client.request<WireObject>("POST", "/groups", {
        body: { agents: [], ...body },
      });
      groups(ctx).upsert(group, byId(group.id));
      return group;
    },
    async read(ctx, id) {
      return (await listGroups(ctx)).find(byId(id));
    },
    async update(ctx, id, body) {
      const group = await ctx.client.request<WireObject>("PUT", pathOf("groups", id), { body });
      groups(ctx).upsert(group, byId(id));
      return group;
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("groups", id));
      groups(ctx).remove(byId(id));
    },
    list: listGroups,
  },
  account: {
    section: "groups",
    namePrefix: "group",
    exportNote: "Group 0 (all agents) is part of every account: it is not declared.",
    builtIn: (o) => Number(o.id) === 0,
    describe: (o) => String(o.name),
    sameInV36: {},
    // Membership is declared on the agents, so the group's member list stays unmanaged.
    exported: ({ agents: _agents, ...entry }) => entry,
  },
  examples: [
    { title: "minimal", inputs: { name: "Marketing" } },
    {
      title: "every field",
      inputs: { name: "Sales", language: "de", agents: ["jenny.doe@example.com"] },
      changed: {
        name: "Sales team",
        language: "fr",
        agents: ["jenny.doe@example.com", "john.roe@example.com"],
      },
    },
  ],
};
