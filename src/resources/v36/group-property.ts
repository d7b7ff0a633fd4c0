import type { Context, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { integer } from "../../provider/schema";
import { checkValue, flatten, name, namespace, splitId, value, writing } from "./properties";

const lists = (ctx: Context) => ctx.lists.of(groupPropertyV36Declaration);
// Every group's values (an empty group_ids lists them all), with the defaults of properties never set.
const listValues = (ctx: Context) =>
  lists(ctx).get(async () =>
    (
      await ctx.client.action<{ id: number; properties: unknown }[]>("list_groups_properties", {
        group_ids: [],
      })
    ).flatMap((g) => flatten(g.properties, { group_id: g.id })),
  );
const named = (group: unknown, ns: unknown, n: unknown) => (o: WireObject) =>
  Number(o.group_id) === Number(group) && o.namespace === ns && o.name === n;

/** Sets the value in the group (update_group_properties merges); answers the value as set. */
async function set(ctx: Context, id: string, desired: WireObject): Promise<WireObject> {
  const who = `GroupProperty ${id}`;
  const { group_id: group, namespace: ns, name: n, value: v } = desired;
  await checkValue(ctx, lists(ctx), who, "group", { namespace: ns, name: n, value: v });
  await writing(who, "group", () =>
    ctx.client.action("update_group_properties", {
      group_id: Number(group),
      properties: { [String(ns)]: { [String(n)]: v } },
    }),
  );
  const object = { group_id: Number(group), namespace: ns, name: n, value: v };
  lists(ctx).upsert(object, named(group, ns, n));
  return object;
}

export const groupPropertyV36Declaration: ResourceDeclaration = {
  type: "GroupProperty",
  module: "v36",
  doc:
    "The value of a property in one group (Configuration API v3.6), such as a routing setting of the `chats` " +
    "namespace. The property itself is registered by its owner (a Client ID, its namespace) with the group " +
    "location; this resource sets, updates and deletes only the value. A property with a default value " +
    "always has one in the group: declare it with `adopt: true`. Deleting the value brings the default back.",
  keyFields: ["group", "namespace", "name"],
  fields: {
    group: {
      doc: "The group's id (`v36.Group.groupId`; 0 is the group of all agents). Changing it replaces the value.",
      schema: integer(0),
      required: true,
      refersTo: "group",
      replace: true,
      wire: "group_id",
      fromWire: (o) => Number(o.group_id),
    },
    namespace,
    name,
    value,
  },
  idOf: (o) => `${o.group_id}:${o.namespace}:${o.name}`,
  api: {
    create: (ctx, body) => set(ctx, `${body.group_id}:${body.namespace}:${body.name}`, body),
    async read(ctx, id) {
      const [group, ns, n] = splitId(id, 2);
      return (await listValues(ctx)).find(named(group, ns, n));
    },
    update: (ctx, id, _body, desired) =>
      set(ctx, id, {
        group_id: desired.group,
        namespace: desired.namespace,
        name: desired.name,
        value: desired.value,
      }),
    async remove(ctx, id) {
      const [group, ns, n] = splitId(id, 2);
      await ctx.client.action("delete_group_properties", { id: Number(group), properties: { [ns]: [n] } });
      lists(ctx).invalidate();
    },
    async list(ctx, { group }) {
      const values = await listValues(ctx);
      return group === undefined ? values : values.filter((o) => Number(o.group_id) === Number(group));
    },
  },
  account: {
    section: "groupProperties",
    namePrefix: "group-property",
    notListed: "every installed application gives the groups property values with defaults",
    notRenamable: "a group property is known by its namespace and name: another name is another property",
    describe: (o) => `${o.namespace}.${o.name}`,
  },
  examples: [
    {
      title: "minimal",
      inputs: { group: "Support", namespace: "test", name: "string_property", value: "EU" },
    },
    {
      title: "every field",
      inputs: { group: "Billing", namespace: "test", name: "int_property", value: 7 },
      changed: { group: "Support", namespace: "core", name: "tokenized_string_property", value: 9 },
    },
  ],
};
