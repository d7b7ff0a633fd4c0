// v3.6 property values of the licence and of groups: {"<namespace>": {"<name>": value}}. Updates merge
// (they "don't overwrite the existing values"), deletes take {"<namespace>": ["<name>", ...]}, both answer
// {}. Lists answer the values set plus the defaults of properties never set. A property must be registered
// (or be a test property) with the license or group location in its access.

import type { PropertyValues, State } from "../model";
import { findGroup } from "../routes/groups";
import type { Input } from "../validate";
import { EMPTY, read, write, type Action, type V36Context } from "./context";
import { groupNotFound, notFound, validation } from "./errors";
import { arrayOf, int, obj, onlyKeys, opt, req, setOf, str, text, type Parse } from "./input";
import { TEST_PROPERTIES, findProperty, propertyValue } from "./property-configs";

type Location = "license" | "group";

function config(state: State, location: Location, namespace: string, name: string) {
  const found = findProperty(state, namespace, name);
  if (!found) throw notFound(`Property ${namespace}.${name} not found`);
  if (!found.access[location])
    throw validation(`Property ${namespace}.${name} cannot be set in a ${location}`);
  return found;
}

function updates(state: State, location: Location): Parse<PropertyValues> {
  return (value, name) => {
    const out: PropertyValues = {};
    for (const [namespace, values] of Object.entries(obj(value, name))) {
      out[namespace] = {};
      for (const [prop, v] of Object.entries(obj(values, `${name}.${namespace}`))) {
        const where = `${name}.${namespace}.${prop}`;
        out[namespace][prop] = propertyValue(config(state, location, namespace, prop))(v, where);
      }
    }
    return out;
  };
}

function deletions(state: State, location: Location): Parse<Record<string, string[]>> {
  return (value, name) => {
    const out: Record<string, string[]> = {};
    for (const [namespace, names] of Object.entries(obj(value, name))) {
      out[namespace] = arrayOf(str)(names, `${name}.${namespace}`);
      for (const prop of out[namespace]) config(state, location, namespace, prop);
    }
    return out;
  };
}

function merge(target: PropertyValues, values: PropertyValues): void {
  for (const [namespace, props] of Object.entries(values))
    target[namespace] = { ...target[namespace], ...props };
}

function remove(target: PropertyValues, names: Record<string, string[]>): void {
  for (const [namespace, props] of Object.entries(names)) {
    for (const prop of props) delete target[namespace]?.[prop];
    if (target[namespace] && Object.keys(target[namespace]).length === 0) delete target[namespace];
  }
}

/** Values set plus defaults, filtered by namespace and name prefix. */
function withDefaults(
  state: State,
  location: Location,
  values: PropertyValues,
  input: Input,
): PropertyValues {
  const namespace = opt(input, "namespace", text);
  const prefix = opt(input, "name_prefix", text) ?? "";
  const out: PropertyValues = {};
  for (const p of [...TEST_PROPERTIES, ...state.propertyConfigs]) {
    if ((namespace !== undefined && p.ownerClientId !== namespace) || !p.name.startsWith(prefix)) continue;
    const value = values[p.ownerClientId]?.[p.name] ?? (p.access[location] ? p.defaultValue : undefined);
    if (value !== undefined) out[p.ownerClientId] = { ...out[p.ownerClientId], [p.name]: value };
  }
  return out;
}

function groupValues(state: State, id: number): PropertyValues {
  return (state.groupProperties[String(id)] ??= {});
}

function existingGroupId(state: State): Parse<number> {
  return (value, name) => {
    const id = int(0)(value, name);
    if (!findGroup(state, id)) throw groupNotFound(id);
    return id;
  };
}

export const propertyValueActions: Record<string, Action> = {
  update_license_properties: write((ctx: V36Context) => {
    const { state } = ctx.store;
    onlyKeys(ctx.input, ["properties"]);
    merge(state.licenseProperties, req(ctx.input, "properties", updates(state, "license")));
    return EMPTY;
  }),
  list_license_properties: read((ctx) => {
    const { state } = ctx.store;
    onlyKeys(ctx.input, ["namespace", "name_prefix"]);
    return withDefaults(state, "license", state.licenseProperties, ctx.input);
  }),
  delete_license_properties: write((ctx) => {
    const { state } = ctx.store;
    onlyKeys(ctx.input, ["properties"]);
    remove(state.licenseProperties, req(ctx.input, "properties", deletions(state, "license")));
    return EMPTY;
  }),
  update_group_properties: write((ctx) => {
    const { state } = ctx.store;
    onlyKeys(ctx.input, ["group_id", "properties"]);
    const id = req(ctx.input, "group_id", existingGroupId(state));
    merge(groupValues(state, id), req(ctx.input, "properties", updates(state, "group")));
    return EMPTY;
  }),
  list_groups_properties: read((ctx) => {
    const { state } = ctx.store;
    onlyKeys(ctx.input, ["group_ids", "namespace", "name_prefix"]);
    const ids = req(ctx.input, "group_ids", setOf(existingGroupId(state)));
    const groups = ids.length > 0 ? ids : state.groups.map((g) => g.id).sort((a, b) => a - b);
    return groups.map((id) => ({
      id,
      properties: withDefaults(state, "group", state.groupProperties[String(id)] ?? {}, ctx.input),
    }));
  }),
  delete_group_properties: write((ctx) => {
    const { state } = ctx.store;
    onlyKeys(ctx.input, ["id", "properties"]);
    const id = req(ctx.input, "id", existingGroupId(state));
    remove(groupValues(state, id), req(ctx.input, "properties", deletions(state, "group")));
    return EMPTY;
  }),
};
