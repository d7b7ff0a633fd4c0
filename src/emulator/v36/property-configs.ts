// v3.6 property configurations, owned by a Client ID (their namespace): register, unregister, publish,
// list. All but list answer {}. Every licence also has the `test` namespace's four properties, readable
// and writable everywhere. Published properties cannot be unregistered.

import {
  PROPERTY_LOCATIONS,
  PROPERTY_TYPES,
  type PropertyConfig,
  type PropertyType,
  type PropertyValue,
  type State,
} from "../model";
import type { Input } from "../validate";
import { EMPTY, ownerClientId, read, write, type Action, type V36Context } from "./context";
import { alreadyExists, notFound, validation } from "./errors";
import { arrayOf, bad, int, obj, oneOf, onlyKeys, opt, req, setOf, str, text, type Parse } from "./input";

const EVERYWHERE = Object.fromEntries(
  PROPERTY_LOCATIONS.map((l) => [l, { agent: ["read", "write"], customer: ["read", "write"] }]),
);
export const TEST_PROPERTIES: PropertyConfig[] = (
  [
    ["bool_property", "bool"],
    ["int_property", "int"],
    ["string_property", "string"],
    ["tokenized_string_property", "tokenized_string"],
  ] as [string, PropertyType][]
).map(([name, type]) => ({ name, ownerClientId: "test", type, access: EVERYWHERE, description: "" }));

/** The configuration of `namespace`.`name`, registered or one of the test properties. */
export function findProperty(state: State, namespace: string, name: string): PropertyConfig | undefined {
  return [...TEST_PROPERTIES, ...state.propertyConfigs].find(
    (p) => p.ownerClientId === namespace && p.name === name,
  );
}

/** A value of the property's type, inside its domain or range. */
export function propertyValue(config: PropertyConfig): Parse<PropertyValue> {
  return (value, name) => {
    const typed = typedValue(config.type)(value, name);
    if (config.domain && !config.domain.includes(typed))
      throw bad(name, `one of the property's domain values`);
    const { from, to } = config.range ?? {};
    if (
      typeof typed === "number" &&
      ((from !== undefined && typed < from) || (to !== undefined && typed > to))
    ) {
      throw bad(name, `within the property's range ${from ?? ""}..${to ?? ""}`);
    }
    return typed;
  };
}

function typedValue(type: PropertyType): Parse<PropertyValue> {
  return (value, name) => {
    if (type === "int") return int(-(2 ** 31), 2 ** 31 - 1)(value, name);
    if (type === "bool") {
      if (typeof value !== "boolean") throw bad(name, "true or false");
      return value;
    }
    return text(value, name);
  };
}

const accessMap: Parse<Record<string, Record<string, string[]>>> = (value, name) => {
  const input = obj(value, name);
  const out: Record<string, Record<string, string[]>> = {};
  for (const [location, users] of Object.entries(input)) {
    oneOf(PROPERTY_LOCATIONS)(location, `${name} location`);
    const byUser = obj(users, `${name}.${location}`);
    onlyKeys(byUser, ["agent", "customer"], `${name}.${location}.`);
    out[location] = {};
    for (const [user, rights] of Object.entries(byUser)) {
      out[location][user] = setOf(oneOf(["read", "write"]))(rights, `${name}.${location}.${user}`);
    }
    if (Object.keys(out[location]).length === 0) throw validation(`\`${name}.${location}\` needs a user`);
  }
  if (Object.keys(out).length === 0) throw validation(`\`${name}\` needs at least one location`);
  return out;
};

export function parsePropertyConfig(input: Input, owner: string): PropertyConfig {
  const type = req(input, "type", oneOf(PROPERTY_TYPES));
  const access = req(input, "access", accessMap);
  const config: PropertyConfig = {
    name: req(input, "name", str),
    ownerClientId: owner,
    type,
    access,
    description: opt(input, "description", text) ?? "",
  };
  const domain = opt(input, "domain", arrayOf(typedValue(type)));
  if (domain) config.domain = domain;
  const range = opt(input, "range", obj);
  if (range) {
    if (type !== "int") throw validation("`range` works only for int properties");
    onlyKeys(range, ["from", "to"], "range.");
    config.range = { from: opt(range, "from", int(), "range."), to: opt(range, "to", int(), "range.") };
  }
  if (input.default_value !== undefined) {
    if (!access.license && !access.group) {
      throw validation("`default_value` needs the license or group location in `access`");
    }
    config.defaultValue = propertyValue(config)(input.default_value, "default_value");
  }
  const published = opt(input, "public_access", setOf(oneOf(["read", "write"])));
  if (published) config.publicAccess = published;
  return config;
}

export function propertyConfigToV36(config: PropertyConfig): Input {
  return {
    type: config.type,
    description: config.description,
    access: structuredClone(config.access),
    ...(config.domain ? { domain: [...config.domain] } : {}),
    ...(config.range ? { range: { ...config.range } } : {}),
    ...(config.defaultValue !== undefined ? { default_value: config.defaultValue } : {}),
    ...(config.publicAccess ? { public_access: [...config.publicAccess] } : {}),
  };
}

function owned(ctx: V36Context): PropertyConfig {
  const name = req(ctx.input, "name", str);
  const owner = ownerClientId(ctx, true);
  const config = ctx.store.state.propertyConfigs.find((p) => p.ownerClientId === owner && p.name === name);
  if (!config) throw notFound(`Property ${owner}.${name} not found`);
  return config;
}

function registerProperty(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, [
    "name",
    "owner_client_id",
    "type",
    "access",
    "description",
    "domain",
    "range",
    "default_value",
  ]);
  const config = parsePropertyConfig(ctx.input, ownerClientId(ctx, true));
  if (findProperty(state, config.ownerClientId, config.name)) {
    throw alreadyExists(`Property ${config.ownerClientId}.${config.name} already exists`);
  }
  state.propertyConfigs.push(config);
  return EMPTY;
}

function unregisterProperty(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["name", "owner_client_id"]);
  const config = owned(ctx);
  if (config.publicAccess) throw validation("Published properties cannot be unregistered");
  state.propertyConfigs = state.propertyConfigs.filter((p) => p !== config);
  // Its values go with it.
  delete state.licenseProperties[config.ownerClientId]?.[config.name];
  for (const values of Object.values(state.groupProperties))
    delete values[config.ownerClientId]?.[config.name];
  return EMPTY;
}

function publishProperty(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["name", "owner_client_id", "access_type"]);
  const config = owned(ctx);
  config.publicAccess = req(ctx.input, "access_type", setOf(oneOf(["read", "write"])));
  return EMPTY;
}

function listProperties(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["owner_client_id"]);
  const owner = ownerClientId(ctx, true);
  const configs = ctx.store.state.propertyConfigs.filter((p) => p.ownerClientId === owner);
  return Object.fromEntries(configs.map((p) => [p.name, propertyConfigToV36(p)]));
}

export const propertyConfigActions: Record<string, Action> = {
  register_property: write(registerProperty),
  unregister_property: write(unregisterProperty),
  publish_property: write(publishProperty),
  list_properties: read(listProperties),
};
