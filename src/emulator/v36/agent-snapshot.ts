// Agents in the snapshot: v2's answer plus, under "v3.6", what v2's shape cannot hold, in get_agent's
// words: an account id other than the one derived from the login, a viceowner role, mobile, notifications
// beyond v2's five flags (incoming_chat off, or others on), a weekly summary, a schedule that is not one range a day without timezone,
// priorities other than "normal", suspension, awaiting approval. An agent v2 can describe whole has no
// "v3.6" object, so a licence that never used v3.6 exports what it did before. On seed the "v3.6" object
// wins over v2's keys.

import { ROLES, LOGIN_STATUSES, WEEKDAYS, accountIdFor, findAgent, type Agent, type State } from "../model";
import { NOTIFICATION_KEYS } from "../routes/agent-input";
import type { Input } from "../validate";
import { agentGroups, workSchedulerToWire } from "./agents";
import {
  emailSubscriptions,
  fullSchedule,
  groupPriorities,
  notifications,
  setAgentGroups,
} from "./agent-input";
import { bool, int, obj, oneOf, opt, str, text } from "./input";

function v2CanShow(schedule: NonNullable<Agent["workScheduler"]>): boolean {
  return (
    schedule.timezone === undefined &&
    WEEKDAYS.every((day) => schedule.schedule.filter((r) => r.day === day).length === 1)
  );
}

export function agentV36State(state: State, agent: Agent): Input | undefined {
  const out: Input = {};
  if (agent.accountId !== accountIdFor(agent.login)) out.account_id = agent.accountId;
  if (agent.role === "viceowner") out.role = agent.role;
  if (agent.mobile !== undefined) out.mobile = agent.mobile;
  // v2's flags, plus incoming_chat on (the default v2's import starts from).
  const beyondV2 = agent.notifications.some((n) => !NOTIFICATION_KEYS.includes(n) && n !== "incoming_chat");
  if (beyondV2 || !agent.notifications.includes("incoming_chat"))
    out.notifications = [...agent.notifications];
  if (agent.emailSubscriptions.includes("weekly_summary"))
    out.email_subscriptions = [...agent.emailSubscriptions];
  if (agent.workScheduler && !v2CanShow(agent.workScheduler)) {
    out.work_scheduler = workSchedulerToWire(agent.workScheduler);
  }
  const groups = agentGroups(state, agent.login);
  if (groups.some((g) => g.priority !== "normal")) out.groups = groups;
  if (agent.suspended) out.suspended = true;
  if (agent.awaitingApproval) out.awaiting_approval = true;
  return Object.keys(out).length > 0 ? out : undefined;
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
