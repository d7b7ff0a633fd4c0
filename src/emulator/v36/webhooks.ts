// v3.6 webhooks: registered per Client ID (owner_client_id), up to three per action. register_webhook
// answers {id}; unregister and the licence state switches answer {}. list_webhooks answers the
// webhooks of one Client ID, without their secret keys (as its example). These are not v2's /webhooks,
// which are licence-wide "push" webhooks with another model (event_type, data_types); neither generation
// lists the other's.

import { randomBytes } from "crypto";
import type { ClientWebhook } from "../model";
import type { Input } from "../validate";
import { EMPTY, ownerClientId, read, write, type Action, type V36Context } from "./context";
import { V36Error, limitReached, notFound, validation } from "./errors";
import {
  arrayOf,
  bad,
  bool,
  maxLen,
  obj,
  oneOf,
  onlyKeys,
  opt,
  req,
  setOf,
  str,
  text,
  type Parse,
} from "./input";
import { ADDITIONAL_DATA, WEBHOOK_ACTIONS, WITHOUT_ADDITIONAL_DATA, webhookNames } from "./webhook-catalog";

const MAX_PER_ACTION = 3;
export const newId = (): string => randomBytes(16).toString("hex");

const url: Parse<string> = (value, name) => {
  const given = maxLen(500)(value, name);
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw bad(name, "an http:// or https:// URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw bad(name, "an http:// or https:// URL");
  return given;
};

/** {values} or {exclude_values}: one of them, a list of ids. */
const idMatch: Parse<Input> = (value, name) => {
  const input = obj(value, name);
  onlyKeys(input, ["values", "exclude_values"], `${name}.`);
  const keys = Object.keys(input);
  if (keys.length !== 1) throw validation(`\`${name}\` takes exactly one of values, exclude_values`);
  return { [keys[0]]: arrayOf(str)(input[keys[0]], `${name}.${keys[0]}`) };
};

function filters(action: string): Parse<Input> {
  return (value, name) => {
    const input = obj(value, name);
    const allowed = WEBHOOK_ACTIONS[action];
    for (const key of Object.keys(input)) {
      if (!allowed.includes(key)) {
        throw validation(
          `\`${name}.${key}\` is not available for ${action} (available: ${allowed.join(", ")})`,
        );
      }
    }
    const p = `${name}.`;
    const out: Input = {};
    const authorType = opt(input, "author_type", oneOf(["customer", "agent"]), p);
    if (authorType !== undefined) out.author_type = authorType;
    const onlyMine = opt(input, "only_my_chats", bool, p);
    if (onlyMine !== undefined) out.only_my_chats = onlyMine;
    const presence = opt(input, "chat_presence", obj, p);
    if (presence) {
      onlyKeys(presence, ["user_ids", "my_bots"], `${p}chat_presence.`);
      const userIds = opt(presence, "user_ids", idMatch, `${p}chat_presence.`);
      const myBots = opt(presence, "my_bots", bool, `${p}chat_presence.`);
      out.chat_presence = {
        ...(userIds ? { user_ids: userIds } : {}),
        ...(myBots !== undefined ? { my_bots: myBots } : {}),
      };
    }
    const sources = opt(input, "source_type", setOf(oneOf(SOURCE_TYPES)), p);
    if (sources) out.source_type = inOrderOf(SOURCE_TYPES, sources);
    const agentIds = opt(input, "agent_ids", idMatch, p);
    if (agentIds) out.agent_ids = agentIds;
    return out;
  };
}

export function webhookToV36(hook: ClientWebhook): Input {
  return {
    id: hook.id,
    url: hook.url,
    ...(hook.description !== undefined ? { description: hook.description } : {}),
    action: hook.action,
    ...(hook.filters ? { filters: structuredClone(hook.filters) } : {}),
    ...(hook.additionalData ? { additional_data: [...hook.additionalData] } : {}),
    owner_client_id: hook.ownerClientId,
    type: hook.type,
  };
}

/** The register table's source types, in its order. */
const SOURCE_TYPES = ["my_client", "other_clients", "system"];

/** A set as the server answers it: in the order its reference lists the values, whatever the request's. */
const inOrderOf = (order: string[], values: string[]) => order.filter((v) => values.includes(v));

export function parseWebhook(input: Input, ownerClientId: string, id = newId()): ClientWebhook {
  const action = req(input, "action", oneOf(Object.keys(WEBHOOK_ACTIONS)));
  const extra = opt(input, "additional_data", setOf(oneOf(ADDITIONAL_DATA)));
  const additionalData = extra && inOrderOf(ADDITIONAL_DATA, extra);
  if (additionalData && WITHOUT_ADDITIONAL_DATA.includes(action)) {
    throw validation(`\`additional_data\` is not available for ${action}`);
  }
  const description = opt(input, "description", text);
  const given = opt(input, "filters", filters(action));
  return {
    id,
    ownerClientId,
    action,
    url: req(input, "url", url),
    secretKey: req(input, "secret_key", str),
    type: req(input, "type", oneOf(["bot", "license"] as const)),
    ...(description !== undefined ? { description } : {}),
    ...(given ? { filters: given } : {}),
    ...(additionalData ? { additionalData } : {}),
  };
}

function registerWebhook(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, [
    "action",
    "secret_key",
    "url",
    "additional_data",
    "description",
    "filters",
    "owner_client_id",
    "type",
  ]);
  const hook = parseWebhook(ctx.input, ownerClientId(ctx, true));
  const same = state.clientWebhooks.filter(
    (w) => w.ownerClientId === hook.ownerClientId && w.action === hook.action,
  );
  if (same.length >= MAX_PER_ACTION) {
    throw limitReached(`A Client ID can register at most ${MAX_PER_ACTION} webhooks for ${hook.action}`);
  }
  state.clientWebhooks.push(hook);
  return { id: hook.id };
}

function listWebhooks(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["owner_client_id"]);
  const owner = ownerClientId(ctx, true);
  return ctx.store.state.clientWebhooks.filter((w) => w.ownerClientId === owner).map(webhookToV36);
}

function unregisterWebhook(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["id", "owner_client_id"]);
  const id = req(ctx.input, "id", str);
  const owner = ownerClientId(ctx, true);
  const hook = state.clientWebhooks.find((w) => w.id === id && w.ownerClientId === owner);
  if (!hook) throw notFound(`Webhook ${id} not found for Client ID ${owner}`);
  state.clientWebhooks = state.clientWebhooks.filter((w) => w !== hook);
  return EMPTY;
}

function listWebhookNames(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["version"]);
  const version = opt(ctx.input, "version", str);
  if (version !== undefined && version !== "3.6") {
    throw new V36Error(
      "unsupported_version",
      `This emulator lists the webhooks of version 3.6, not ${version}`,
    );
  }
  return webhookNames();
}

function setLicenseWebhooks(enabled: boolean): Action {
  return write((ctx) => {
    onlyKeys(ctx.input, ["owner_client_id"]);
    const owner = ownerClientId(ctx);
    const { state } = ctx.store;
    state.disabledWebhookClients = state.disabledWebhookClients.filter((c) => c !== owner);
    if (!enabled) state.disabledWebhookClients.push(owner);
    return EMPTY;
  });
}

function licenseWebhooksState(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["owner_client_id"]);
  const owner = ownerClientId(ctx);
  return { license_webhooks_enabled: !ctx.store.state.disabledWebhookClients.includes(owner) };
}

// The methods table spells enable/disable in the singular, their URLs in the plural: both are served.
export const webhookActions: Record<string, Action> = {
  register_webhook: write(registerWebhook),
  list_webhooks: read(listWebhooks),
  unregister_webhook: write(unregisterWebhook),
  list_webhook_names: read(listWebhookNames),
  enable_license_webhooks: setLicenseWebhooks(true),
  enable_license_webhook: setLicenseWebhooks(true),
  disable_license_webhooks: setLicenseWebhooks(false),
  disable_license_webhook: setLicenseWebhooks(false),
  get_license_webhooks_state: read(licenseWebhooksState),
};
