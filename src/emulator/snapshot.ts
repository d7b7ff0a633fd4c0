// The whole state in wire format, keyed by type: what GET /_emulator/state answers, what
// POST /_emulator/seed accepts, and what the data file holds. Shared objects are in v2's shape (agents
// add what only v3.6 shows under "v3.6"); v3.6-only objects have their own sections (v36/snapshot.ts).

import { badRequest } from "./errors";
import type { State } from "./model";
import type { AccountConfig } from "./store";
import { agentToWire, importAgent } from "./routes/agents";
import { cannedResponseToWire, importCannedResponse } from "./routes/canned-responses";
import { goalToWire, importGoal } from "./routes/goals";
import { greetingToState, importGreeting } from "./routes/greeting-snapshot";
import { checkMembers, groupToWire, importGroup } from "./routes/groups";
import { importTag, tagToWire } from "./routes/tags";
import { importWebhook, webhookToWire } from "./routes/webhooks";
import { isPlainObject, list, within } from "./validate";
import { agentV36State, importAgentV36 } from "./v36/agent-snapshot";
import { V36_KEYS, exportV36, importV36, type V36Sections } from "./v36/snapshot";
import { findAgent } from "./model";

export interface WireState extends V36Sections {
  agents: unknown[];
  groups: unknown[];
  goals: unknown[];
  greetings: unknown[];
  tags: unknown[];
  canned_responses: unknown[];
  webhooks: unknown[];
}

const KEYS: (keyof WireState)[] = [
  "agents",
  "groups",
  "goals",
  "greetings",
  "tags",
  "canned_responses",
  "webhooks",
  ...V36_KEYS,
];

export function exportState(state: State): WireState {
  return {
    agents: state.agents.map((a) => {
      const v36 = agentV36State(state, a);
      return { ...agentToWire(state, a), ...(v36 ? { "v3.6": v36 } : {}) };
    }),
    groups: state.groups.map((g) => groupToWire(state, g)),
    goals: state.goals.map(goalToWire),
    greetings: state.greetings.map(greetingToState),
    tags: state.tags.map(tagToWire),
    canned_responses: state.cannedResponses.map(cannedResponseToWire),
    webhooks: state.webhooks.map(webhookToWire),
    ...exportV36(state),
  };
}

/**
 * Adds (or, for an existing id/login, replaces) the given objects. Groups go first so agents can
 * name them, then agents (v2 keys, then their "v3.6" answer), then memberships are checked, then
 * everything that refers to both, then the v3.6-only objects.
 */
export function importState(state: State, wire: unknown, account: AccountConfig): void {
  const { ownerLogin: owner, licence } = account;
  if (!isPlainObject(wire)) throw badRequest("The seed must be a JSON object keyed by type");
  for (const key of Object.keys(wire)) {
    if (!(KEYS as string[]).includes(key)) {
      throw badRequest(`Unknown seed key "${key}" (allowed: ${KEYS.join(", ")})`);
    }
  }
  const items = (key: keyof WireState): unknown[] => (wire[key] === undefined ? [] : list(key)(wire[key]));
  items("groups").forEach((g, i) => importGroup(state, g, `groups[${i}]`));
  items("agents").forEach((a, i) => {
    importAgent(state, a, `agents[${i}]`);
    const agent = a as Record<string, unknown>;
    const login = String(agent.login ?? (agent["v3.6"] as Record<string, unknown>).id);
    within(`agents[${i}]`, () => importAgentV36(state, agent, login));
  });
  checkMembers(state);
  // The configured owner keeps the configured account id, whatever the seed says.
  const ownerAgent = findAgent(state, owner);
  if (ownerAgent) ownerAgent.accountId = account.accountId;
  items("goals").forEach((g, i) => importGoal(state, g, `goals[${i}]`));
  items("greetings").forEach((g, i) => importGreeting(state, g, `greetings[${i}]`));
  items("tags").forEach((t, i) => importTag(state, t, `tags[${i}]`, owner));
  items("canned_responses").forEach((c, i) =>
    importCannedResponse(state, c, `canned_responses[${i}]`, owner),
  );
  items("webhooks").forEach((w, i) => importWebhook(state, w, `webhooks[${i}]`, licence));
  importV36(state, wire);
}
