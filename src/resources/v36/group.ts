import type { Context, ResourceDeclaration } from "../../provider/declaration";
import { language, MAX, textOf } from "../../provider/schema";
import { groupDeclaration } from "../group";
import { listOnce, updated } from "./calls";
import { byId } from "../match";
import { agentPriorities } from "./priorities";

const lists = (ctx: Context) => ctx.lists.of(groupV36Declaration);
const listGroups = (ctx: Context) =>
  listOnce(ctx, lists(ctx), "list_groups", { fields: ["agent_priorities"] });

export const groupV36Declaration: ResourceDeclaration = {
  type: "Group",
  module: "v36",
  doc:
    "A group of agents and bots (Configuration API v3.6), with its chat window language and each member's " +
    "routing priority. Use `groupId` to refer to it.",
  keyFields: ["name"],
  fields: {
    name: { doc: "The group's name.", schema: textOf({ max: MAX.groupName }), required: true },
    languageCode: {
      doc: "The chat window language, a language code such as `en` or `de`. Default `en`.",
      schema: language,
      default: "en",
    },
    agentPriorities: {
      doc:
        "Members and their routing priority, by agent or bot id (an agent's e-mail): `first` (bots, before " +
        "everyone), `normal` (primary), `last` (secondary) or `supervisor` (no chats assigned). Leave unset to " +
        "manage membership from the agents' side (`v36.Agent.groups`); set it and the group's members are kept " +
        "exactly as given.",
      ...agentPriorities,
    },
  },
  idOutput: { name: "groupId", doc: "The group's numeric id.", numeric: true },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      // create_group requires the member map; an unmanaged one starts empty. It answers only the id.
      const sent = { agent_priorities: {}, ...body };
      const { id } = await ctx.client.action<{ id: number }>("create_group", sent);
      const group = { ...sent, id };
      lists(ctx).upsert(group, byId(id));
      return group;
    },
    async read(ctx, id) {
      return (await listGroups(ctx)).find(byId(id));
    },
    async update(ctx, id, body) {
      await ctx.client.action("update_group", { id: Number(id), ...body });
      return updated(lists(ctx), "v36.Group", () => listGroups(ctx), id, body);
    },
    async remove(ctx, id) {
      await ctx.client.action("delete_group", { id: Number(id) });
      lists(ctx).remove(byId(id));
    },
    list: listGroups,
  },
  account: {
    ...groupDeclaration.account,
    exported: ({ agentPriorities: _members, ...entry }) => entry,
  },
  examples: [
    { title: "minimal", inputs: { name: "Partners" } },
    {
      title: "every field",
      inputs: {
        name: "Enterprise",
        languageCode: "de",
        agentPriorities: { "jenny.doe@example.com": "normal", "john.roe@example.com": "supervisor" },
      },
      changed: {
        name: "Enterprise EU",
        languageCode: "fr",
        agentPriorities: { "jenny.doe@example.com": "last" },
      },
    },
  ],
};
