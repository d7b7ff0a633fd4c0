// The whole licence: every object kind plus the id sequences, and how a fresh one starts.

import { ownerAgent, type Agent } from "./agent";
import type { Bot } from "./bot";
import type { CannedResponse } from "./canned-response";
import type { Goal } from "./goal";
import type { Greeting } from "./greeting";
import type { Group } from "./group";
import type { Tag } from "./tag";
import type { AutoAccess, ClientWebhook, PropertyConfig, PropertyValues } from "./v36-objects";
import type { Webhook } from "./webhook";

export interface NextIds {
  group: number;
  goal: number;
  greeting: number;
  rule: number;
  cannedResponse: number;
}

export interface State {
  agents: Agent[];
  groups: Group[];
  goals: Goal[];
  greetings: Greeting[];
  tags: Tag[];
  cannedResponses: CannedResponse[];
  /** v2's webhooks (licence-wide, event_type + data_types). */
  webhooks: Webhook[];
  // v3.6 only:
  bots: Bot[];
  /** Webhooks registered for a Client ID (register_webhook); v2 does not list them. */
  clientWebhooks: ClientWebhook[];
  /** Client IDs whose licence webhooks were disabled (disable_license_webhooks). */
  disabledWebhookClients: string[];
  /** In list order (the API links them through next_id). */
  autoAccesses: AutoAccess[];
  propertyConfigs: PropertyConfig[];
  licenseProperties: PropertyValues;
  /** Group id -> values. */
  groupProperties: Record<string, PropertyValues>;
  nextIds: NextIds;
}

// Where each id sequence starts and how it steps. The reference's ids for goals, greetings, rules and
// canned responses all end in 1 (1041, 2291, 8201, 3151...), i.e. they step by 10; groups step by 1.
export const ID_SEQUENCES: Record<keyof NextIds, { start: number; step: number }> = {
  group: { start: 1, step: 1 },
  goal: { start: 1001, step: 10 },
  greeting: { start: 2001, step: 10 },
  rule: { start: 8001, step: 10 },
  cannedResponse: { start: 3001, step: 10 },
};

function firstIds(): NextIds {
  const ids = {} as NextIds;
  for (const key of Object.keys(ID_SEQUENCES) as (keyof NextIds)[]) ids[key] = ID_SEQUENCES[key].start;
  return ids;
}

/** A fresh licence: the owner and group 0, which always exists and holds every agent implicitly. */
export function initialState(ownerLogin: string, ownerAccountId?: string): State {
  return {
    agents: [ownerAgent(ownerLogin, ownerAccountId)],
    groups: [{ id: 0, name: "All operators", language: "en", agents: [], priorities: {} }],
    goals: [],
    greetings: [],
    tags: [],
    cannedResponses: [],
    webhooks: [],
    bots: [],
    clientWebhooks: [],
    disabledWebhookClients: [],
    autoAccesses: [],
    propertyConfigs: [],
    licenseProperties: {},
    groupProperties: {},
    nextIds: firstIds(),
  };
}

/** A licence with only group 0, the base on which a saved or seeded state is imported. */
export function emptyState(): State {
  return { ...initialState("nobody@example.com"), agents: [] };
}

/** After importing an object with a given id, makes sure the sequence never hands that id out again. */
export function reserveId(state: State, kind: keyof NextIds, id: number): void {
  if (id >= state.nextIds[kind]) state.nextIds[kind] = id + ID_SEQUENCES[kind].step;
}
