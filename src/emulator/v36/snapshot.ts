// The v3.6-only objects in the snapshot, each section present only when it has something (so a licence
// that never used v3.6 exports exactly what it did before): webhooks registered per Client ID (with their
// secret keys), the Client IDs whose licence webhooks are disabled.

import type { State } from "../model";
import { within, type Input } from "../validate";
import { arrayOf, obj, str } from "./input";
import { newId, parseWebhook, webhookToV36 } from "./webhooks";

export interface V36Sections {
  client_webhooks?: unknown[];
  disabled_webhook_clients?: string[];
}

export const V36_KEYS: (keyof V36Sections)[] = ["client_webhooks", "disabled_webhook_clients"];

export function exportV36(state: State): V36Sections {
  const out: V36Sections = {};
  if (state.clientWebhooks.length > 0) {
    out.client_webhooks = state.clientWebhooks.map((w) => ({ ...webhookToV36(w), secret_key: w.secretKey }));
  }
  if (state.disabledWebhookClients.length > 0)
    out.disabled_webhook_clients = [...state.disabledWebhookClients];
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
  items("disabled_webhook_clients").forEach((raw, i) =>
    within(`disabled_webhook_clients[${i}]`, () => {
      const client = str(raw, "client id");
      if (!state.disabledWebhookClients.includes(client)) state.disabledWebhookClients.push(client);
    }),
  );
}
