// The v3.6-only objects in the snapshot, each section present only when it has something (so a licence
// that never used v3.6 exports exactly what it did before): webhooks registered per Client ID (with their
// secret keys), the Client IDs whose licence webhooks are disabled, bots (with their secrets), auto
// accesses in list order, property configurations and the licence's and groups' property values.

import type { Bot, PropertyValues, State } from "../model";
import { within, type Input } from "../validate";
import { parseAutoAccess, autoAccessesToV36 } from "./auto-access";
import { parseBotState, botState } from "./bot-snapshot";
import { groupNotFound, validation } from "./errors";
import { arrayOf, int, obj, str } from "./input";
import { parsePropertyConfig, propertyConfigToV36, propertyValue, findProperty } from "./property-configs";
import { newId, parseWebhook, webhookToV36 } from "./webhooks";

export interface V36Sections {
  client_webhooks?: unknown[];
  disabled_webhook_clients?: string[];
  bots?: unknown[];
  auto_accesses?: unknown[];
  properties?: unknown[];
  license_properties?: PropertyValues;
  group_properties?: unknown[];
}

export const V36_KEYS: (keyof V36Sections)[] = [
  "client_webhooks",
  "disabled_webhook_clients",
  "bots",
  "auto_accesses",
  "properties",
  "license_properties",
  "group_properties",
];

const nonEmpty = (values: PropertyValues): boolean =>
  Object.values(values).some((v) => Object.keys(v).length > 0);

export function exportV36(state: State): V36Sections {
  const out: V36Sections = {};
  if (state.clientWebhooks.length > 0) {
    out.client_webhooks = state.clientWebhooks.map((w) => ({ ...webhookToV36(w), secret_key: w.secretKey }));
  }
  if (state.disabledWebhookClients.length > 0)
    out.disabled_webhook_clients = [...state.disabledWebhookClients];
  if (state.bots.length > 0) out.bots = state.bots.map(botState);
  if (state.autoAccesses.length > 0) out.auto_accesses = autoAccessesToV36(state.autoAccesses);
  if (state.propertyConfigs.length > 0) {
    out.properties = state.propertyConfigs.map((p) => ({
      name: p.name,
      owner_client_id: p.ownerClientId,
      ...propertyConfigToV36(p),
    }));
  }
  if (nonEmpty(state.licenseProperties)) out.license_properties = structuredClone(state.licenseProperties);
  const groups = Object.entries(state.groupProperties).filter(([, values]) => nonEmpty(values));
  if (groups.length > 0) {
    out.group_properties = groups.map(([id, properties]) => ({
      id: Number(id),
      properties: structuredClone(properties),
    }));
  }
  return out;
}

/** {"<namespace>": {"<name>": value}} of registered (or test) properties. */
function propertyValues(state: State, value: unknown, name: string): PropertyValues {
  const out: PropertyValues = {};
  for (const [namespace, props] of Object.entries(obj(value, name))) {
    out[namespace] = {};
    for (const [prop, v] of Object.entries(obj(props, `${name}.${namespace}`))) {
      const config = findProperty(state, namespace, prop);
      if (!config) throw validation(`${name}: property ${namespace}.${prop} is not registered`);
      out[namespace][prop] = propertyValue(config)(v, `${name}.${namespace}.${prop}`);
    }
  }
  return out;
}

/** Adds (or, for an existing id, replaces) the v3.6-only objects of a seed. */
export function importV36(state: State, wire: Input): void {
  const items = (key: keyof V36Sections): unknown[] =>
    wire[key] === undefined ? [] : within(key, () => arrayOf((v) => v)(wire[key], key));
  items("client_webhooks").forEach((raw, i) =>
    within(`client_webhooks[${i}]`, () => {
      const input = obj(raw, "webhook");
      const id = input.id === undefined ? newId() : str(input.id, "id");
      const { id: _id, owner_client_id: owner, ...rest } = input;
      const hook = parseWebhook(rest, str(owner, "owner_client_id"), id);
      state.clientWebhooks = [...state.clientWebhooks.filter((w) => w.id !== id), hook];
    }),
  );
  items("bots").forEach((raw, i) =>
    within(`bots[${i}]`, () => {
      const bot: Bot = parseBotState(state, obj(raw, "bot"));
      state.bots = [...state.bots.filter((b) => b.id !== bot.id), bot];
    }),
  );
  items("auto_accesses").forEach((raw, i) =>
    within(`auto_accesses[${i}]`, () => {
      const input = obj(raw, "auto access");
      const { id, next_id: _next, ...rest } = input;
      const rule = parseAutoAccess(state, rest, id === undefined ? newId() : str(id, "id"));
      state.autoAccesses = [...state.autoAccesses.filter((r) => r.id !== rule.id), rule];
    }),
  );
  items("properties").forEach((raw, i) =>
    within(`properties[${i}]`, () => {
      const input = obj(raw, "property");
      const config = parsePropertyConfig(input, str(input.owner_client_id, "owner_client_id"));
      state.propertyConfigs = [
        ...state.propertyConfigs.filter(
          (p) => !(p.ownerClientId === config.ownerClientId && p.name === config.name),
        ),
        config,
      ];
    }),
  );
  if (wire.license_properties !== undefined) {
    within("license_properties", () => {
      const values = propertyValues(state, wire.license_properties, "license_properties");
      for (const [namespace, props] of Object.entries(values)) {
        state.licenseProperties[namespace] = { ...state.licenseProperties[namespace], ...props };
      }
    });
  }
  items("group_properties").forEach((raw, i) =>
    within(`group_properties[${i}]`, () => {
      const input = obj(raw, "group properties");
      const id = int(0)(input.id, "id");
      if (!state.groups.some((g) => g.id === id)) throw groupNotFound(id);
      state.groupProperties[String(id)] = propertyValues(state, input.properties, "properties");
    }),
  );
  items("disabled_webhook_clients").forEach((raw, i) =>
    within(`disabled_webhook_clients[${i}]`, () => {
      const client = str(raw, "client id");
      if (!state.disabledWebhookClients.includes(client)) state.disabledWebhookClients.push(client);
    }),
  );
}
