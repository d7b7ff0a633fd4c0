import type { Context, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { checkValue, flatten, name, namespace, splitId, value, writing } from "./properties";

const lists = (ctx: Context) => ctx.lists.of(licensePropertyV36Declaration);
// Values set, and the defaults of properties never set: a property with a default always has a value.
const listValues = (ctx: Context) =>
  lists(ctx).get(async () => flatten(await ctx.client.action("list_license_properties", {})));
const named = (ns: unknown, n: unknown) => (o: WireObject) => o.namespace === ns && o.name === n;

/** Sets the value (update_license_properties merges: other values stay); answers the value as set. */
async function set(ctx: Context, id: string, ns: unknown, n: unknown, v: unknown): Promise<WireObject> {
  const who = `LicenseProperty ${id}`;
  await checkValue(ctx, lists(ctx), who, "license", { namespace: ns, name: n, value: v });
  await writing(who, "license", () =>
    ctx.client.action("update_license_properties", { properties: { [String(ns)]: { [String(n)]: v } } }),
  );
  const object = { namespace: ns, name: n, value: v };
  lists(ctx).upsert(object, named(ns, n));
  return object;
}

export const licensePropertyV36Declaration: ResourceDeclaration = {
  type: "LicenseProperty",
  module: "v36",
  doc:
    "The value of a property in the license (Configuration API v3.6), such as an integration's setting. The " +
    "property itself is registered by its owner (a Client ID, its namespace); this resource sets, updates " +
    "and deletes only the value. A property with a default value always has one in the account: declare it " +
    "with `adopt: true`. Deleting the value brings the default back.",
  keyFields: ["namespace", "name"],
  fields: { namespace, name, value },
  idOf: (o) => `${o.namespace}:${o.name}`,
  api: {
    create: (ctx, body) => set(ctx, `${body.namespace}:${body.name}`, body.namespace, body.name, body.value),
    async read(ctx, id) {
      const [ns, n] = splitId(id, 1);
      return (await listValues(ctx)).find(named(ns, n));
    },
    update: (ctx, id, _body, desired) => set(ctx, id, desired.namespace, desired.name, desired.value),
    async remove(ctx, id) {
      const [ns, n] = splitId(id, 1);
      await ctx.client.action("delete_license_properties", { properties: { [ns]: [n] } });
      // A default may show again.
      lists(ctx).invalidate();
    },
    list: listValues,
  },
  account: {
    section: "licenseProperties",
    namePrefix: "license-property",
    notListed: "every installed application gives the license property values with defaults",
    notRenamable: "a license property is known by its namespace and name: another name is another property",
    describe: (o) => `${o.namespace}.${o.name}`,
  },
  examples: [
    { title: "minimal", inputs: { namespace: "test", name: "string_property", value: "Welcome" } },
    {
      title: "every field",
      inputs: { namespace: "test", name: "int_property", value: 30 },
      changed: { namespace: "core", name: "tokenized_string_property", value: 45 },
    },
    {
      title: "a true-or-false property",
      inputs: { namespace: "test", name: "bool_property", value: true },
      changed: { value: false },
    },
  ],
};
