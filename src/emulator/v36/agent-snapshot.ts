// Agents in the snapshot: v2's answer plus, under "v3.6", v3.6's get_agent answer with every field. On
// seed/load the "v3.6" object, when present, wins over v2's keys for what both have.

import { ROLES, LOGIN_STATUSES, findAgent, type Agent, type State } from "../model";
import type { Input } from "../validate";
import { agentToV36 } from "./agents";
import {
  emailSubscriptions,
  fullSchedule,
  groupPriorities,
  notifications,
  setAgentGroups,
} from "./agent-input";
import { bool, int, obj, oneOf, opt, str, text } from "./input";

const ALL_FIELDS = [
  "work_scheduler",
  "groups",
  "email_subscriptions",
  "notifications",
  "job_title",
  "mobile",
  "max_chats_count",
  "suspended",
  "awaiting_approval",
  "last_logout",
] as const;

export function agentV36State(state: State, agent: Agent): Input {
  return agentToV36(state, agent, [...ALL_FIELDS]);
}

/** Applies a seeded agent's "v3.6" object (after its v2 keys were imported). */
export function importAgentV36(state: State, wire: Input, login: string): void {
  if (wire["v3.6"] === undefined) return;
  const v36 = obj(wire["v3.6"], "v3.6");
  const agent = findAgent(state, login) as Agent;
  const p = "v3.6.";
  const set = <K extends keyof Agent>(key: K, value: Agent[K] | undefined) => {
    if (value !== undefined) agent[key] = value;
  };
  set("accountId", opt(v36, "account_id", str, p));
  set("name", opt(v36, "name", str, p));
  set("avatar", opt(v36, "avatar", str, p));
  set("role", opt(v36, "role", oneOf(ROLES), p));
  set("loginStatus", opt(v36, "login_status", oneOf(LOGIN_STATUSES), p));
  set("jobTitle", opt(v36, "job_title", text, p));
  set("mobile", opt(v36, "mobile", text, p));
  set("maxChatsCount", opt(v36, "max_chats_count", int(0), p));
  set("notifications", opt(v36, "notifications", notifications, p));
  set("emailSubscriptions", opt(v36, "email_subscriptions", emailSubscriptions, p));
  set("workScheduler", opt(v36, "work_scheduler", fullSchedule, p));
  set("suspended", opt(v36, "suspended", bool, p));
  set("awaitingApproval", opt(v36, "awaiting_approval", bool, p));
  const lastLogout = opt(v36, "last_logout", str, p);
  if (lastLogout !== undefined && !Number.isNaN(Date.parse(lastLogout))) {
    agent.lastLogout = Math.floor(Date.parse(lastLogout) / 1000);
  }
  const groups = opt(v36, "groups", groupPriorities(state), p);
  if (groups) setAgentGroups(state, agent.login, groups);
}
