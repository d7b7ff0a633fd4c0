// /webhooks. POST answers the whole list ({"events": [...]}) like GET, and the stored url is
// upgraded from http:// to https:// (the reference sends http://my-company.com/... and gets https).

import { randomBytes } from "crypto";
import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import { DATA_TYPE_EVENTS, EVENT_TYPES, type EventType, type State, type Webhook } from "../model";
import {
  has,
  invalid,
  isPlainObject,
  oneOf,
  optional,
  required,
  string,
  stringList,
  unique,
  within,
  type Input,
} from "../validate";

const hex32 = (): string => randomBytes(16).toString("hex");

export function webhookToWire(hook: Webhook): Input {
  return {
    licence: hook.licence,
    event_type: hook.eventType,
    data_types: [...hook.dataTypes],
    url: hook.url,
    verified: hook.verified,
    token: hook.token,
    id: hook.id,
  };
}

function dataTypes(eventType: EventType): (value: unknown) => string[] {
  return (value) => {
    const types = unique(stringList("data_types")(value));
    if (types.length === 0) throw invalid("data_types", "a non-empty array");
    for (const type of types) {
      const events = DATA_TYPE_EVENTS[type];
      if (!events) throw invalid("data_types", `a list of: ${Object.keys(DATA_TYPE_EVENTS).join(", ")}`);
      if (!events.includes(eventType)) {
        throw badRequest(
          `Invalid parameter "data_types": data type ${type} is not allowed for event type ${eventType} ` +
            `(${type} is only supported in ${events.join(", ")})`,
        );
      }
    }
    return types;
  };
}

function url(value: unknown): string {
  const text = string("url")(value);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw invalid("url", "an http:// or https:// URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw invalid("url", "an http:// or https:// URL");
  return text.replace(/^http:\/\//i, "https://");
}

function events(state: State): unknown {
  return { events: state.webhooks.map(webhookToWire) };
}

export function listWebhooks(ctx: RequestContext): unknown {
  return events(ctx.store.state);
}

export function createWebhook(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  const eventType = required(
    input,
    "event_type",
    `one of: ${EVENT_TYPES.join(", ")}`,
    oneOf("event_type", EVENT_TYPES),
  );
  const types = required(input, "data_types", "a non-empty array", dataTypes(eventType));
  const target = required(input, "url", "the URL the webhook is sent to", url);
  state.webhooks.push({
    id: hex32(),
    token: hex32(),
    licence: ctx.store.account.licence,
    eventType,
    dataTypes: types,
    url: target,
    verified: true,
  });
  return events(state);
}

export function deleteWebhook(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const hook = state.webhooks.find((w) => w.id === ctx.params.id);
  if (!hook) throw notFound(`Webhook ${ctx.params.id} not found`);
  state.webhooks = state.webhooks.filter((w) => w !== hook);
  return { result: "Push notification removed successfully" };
}

/** Seed/load: a webhook in the wire format of GET /webhooks' events (the url is kept as given). */
export function importWebhook(state: State, wire: unknown, where: string, licence: number): void {
  within(where, () => {
    if (!isPlainObject(wire)) throw badRequest("must be an object");
    const eventType = required(wire, "event_type", EVENT_TYPES.join(", "), oneOf("event_type", EVENT_TYPES));
    const id = has(wire, "id") ? string("id")(wire.id) : hex32();
    const given = required(wire, "url", "a URL", string("url"));
    url(given);
    const token = optional(wire, "token", string("token")) ?? hex32();
    const hook: Webhook = {
      id,
      token,
      licence,
      eventType,
      dataTypes: required(wire, "data_types", "a non-empty array", dataTypes(eventType)),
      url: given,
      verified: true,
    };
    const index = state.webhooks.findIndex((w) => w.id === id);
    if (index >= 0) state.webhooks[index] = hook;
    else state.webhooks.push(hook);
  });
}
