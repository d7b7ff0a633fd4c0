// Agents: one model for both API generations. It holds what v3.6 knows (roles with viceowner, notification
// and e-mail subscription sets, several working-hour ranges per day, mobile, suspension, approval); v2's
// narrower shapes are derived from it in routes/agents.ts.

import { createHash } from "crypto";
import type { State } from "./state";
import type { WorkSchedule } from "./schedule";

export const AGENT_STATUSES = ["accepting chats", "not accepting chats", "offline"] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
export const LOGIN_STATUSES = ["accepting chats", "not accepting chats"] as const;
export type LoginStatus = (typeof LOGIN_STATUSES)[number];
/** v3.6's roles; v2 calls them permissions and has no viceowner. */
export const ROLES = ["owner", "viceowner", "administrator", "normal"] as const;
export type Role = (typeof ROLES)[number];
/** v2's permissions. */
export const PERMISSIONS = ["owner", "administrator", "normal"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** v3.6's notification names, in the reference's order (also the order answers use). */
export const NOTIFICATIONS = [
  "new_visitor",
  "incoming_chat",
  "returning_visitor",
  "queued_visitor",
  "visitor_is_typing",
  "new_goal",
  "unassigned_chats",
  "unassigned_chat_messages",
  "ticket",
  "inactive_notifications",
  "mute_all_sounds",
  "repeat_sound_notifications",
  "ticket_notifications",
  "incoming_message_for_focused_chat",
] as const;
export type NotificationName = (typeof NOTIFICATIONS)[number];
export const EMAIL_SUBSCRIPTIONS = ["daily_summary", "weekly_summary"] as const;
export type EmailSubscription = (typeof EMAIL_SUBSCRIPTIONS)[number];

export interface Agent {
  login: string;
  /** v3.6's account_id: a UUID, the Basic-auth user name of the agent's personal access tokens. */
  accountId: string;
  name: string;
  loginStatus: LoginStatus;
  role: Role;
  jobTitle: string;
  mobile?: string;
  avatar: string;
  /** The notifications that are on (a set, kept in NOTIFICATIONS order). */
  notifications: NotificationName[];
  /** The e-mail subscriptions that are on (a set); v2's daily_summary is "daily_summary" in here. */
  emailSubscriptions: EmailSubscription[];
  maxChatsCount: number;
  /** Absent until set: v2 only returns it after a PUT, v3.6 when it was given. */
  workScheduler?: WorkSchedule;
  status: AgentStatus;
  /** Unix seconds; 0 = never logged out. */
  lastLogout: number;
  suspended: boolean;
  awaitingApproval: boolean;
}

export const DEFAULT_AVATAR =
  "livechat.s3.amazonaws.com/default/avatars/45bcb5f592dbf5aac8f88dcfd6bc937c.png";
export const DEFAULT_JOB_TITLE = "Support Agent";
/**
 * v2's answer for an agent created without notifications: every flag on but visitor_is_typing; and
 * incoming_chat, which v2 never answers, on (the provider's default too).
 */
export const DEFAULT_NOTIFICATIONS: NotificationName[] = [
  "new_visitor",
  "incoming_chat",
  "returning_visitor",
  "queued_visitor",
  "new_goal",
];
/** v2's daily_summary defaults to 1. */
export const DEFAULT_EMAIL_SUBSCRIPTIONS: EmailSubscription[] = ["daily_summary"];

/** A stable UUID-shaped account id for a login, so ids survive resets and restarts. */
export function accountIdFor(login: string): string {
  const h = createHash("sha1").update(`livechat-emulator:${login.toLowerCase()}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Orders a set the way the reference lists its values. */
export function inOrder<T extends string>(values: Iterable<T>, order: readonly T[]): T[] {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
}

export function newAgent(login: string, name: string, accountId = accountIdFor(login)): Agent {
  return {
    login,
    accountId,
    name,
    loginStatus: "accepting chats",
    role: "normal",
    jobTitle: DEFAULT_JOB_TITLE,
    avatar: DEFAULT_AVATAR,
    notifications: [...DEFAULT_NOTIFICATIONS],
    emailSubscriptions: [...DEFAULT_EMAIL_SUBSCRIPTIONS],
    maxChatsCount: 6,
    status: "offline",
    lastLogout: 0,
    suspended: false,
    awaitingApproval: false,
  };
}

export function ownerAgent(login: string, accountId?: string): Agent {
  return {
    ...newAgent(login, "Account Owner", accountId),
    role: "owner",
    status: "accepting chats",
  };
}

/** Logins are e-mail addresses, so they match case-insensitively. */
export function findAgent(state: State, login: string): Agent | undefined {
  const wanted = login.toLowerCase();
  return state.agents.find((a) => a.login.toLowerCase() === wanted);
}
