// Agents: their statuses, permissions, notifications, work scheduler and defaults.

import type { Flag } from "./scalars";
import type { State } from "./state";

export const AGENT_STATUSES = ["accepting chats", "not accepting chats", "offline"] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
export const LOGIN_STATUSES = ["accepting chats", "not accepting chats"] as const;
export type LoginStatus = (typeof LOGIN_STATUSES)[number];
export const PERMISSIONS = ["owner", "administrator", "normal"] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Notifications {
  newVisitor: Flag;
  returningVisitor: Flag;
  queuedVisitor: Flag;
  visitorIsTyping: Flag;
  newGoal: Flag;
}

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export interface WorkDay {
  enabled: Flag;
  start: string;
  end: string;
}
export type WorkScheduler = Record<Weekday, WorkDay>;

export interface Agent {
  login: string;
  name: string;
  loginStatus: LoginStatus;
  permission: Permission;
  dailySummary: Flag;
  jobTitle: string;
  avatar: string;
  notifications: Notifications;
  maxChatsCount: number;
  /** Absent until the agent is first updated: the real server only returns it after a PUT. */
  workScheduler?: WorkScheduler;
  status: AgentStatus;
  lastLogout: number;
}

export const DEFAULT_AVATAR =
  "livechat.s3.amazonaws.com/default/avatars/45bcb5f592dbf5aac8f88dcfd6bc937c.png";
export const DEFAULT_JOB_TITLE = "Support Agent";
export const DEFAULT_NOTIFICATIONS: Notifications = {
  newVisitor: 1,
  returningVisitor: 1,
  queuedVisitor: 1,
  visitorIsTyping: 0,
  newGoal: 1,
};

export function defaultWorkScheduler(): WorkScheduler {
  const day = (enabled: Flag, start = "09:00"): WorkDay => ({ enabled, start, end: "17:00" });
  return {
    sunday: day(0, "11:00"),
    monday: day(1),
    tuesday: day(1),
    wednesday: day(1),
    thursday: day(1),
    friday: day(1),
    saturday: day(0),
  };
}

export function ownerAgent(login: string): Agent {
  return {
    login,
    name: "Account Owner",
    loginStatus: "accepting chats",
    permission: "owner",
    dailySummary: 1,
    jobTitle: DEFAULT_JOB_TITLE,
    avatar: DEFAULT_AVATAR,
    notifications: { ...DEFAULT_NOTIFICATIONS },
    maxChatsCount: 6,
    status: "accepting chats",
    lastLogout: 0,
  };
}

/** Logins are e-mail addresses, so they match case-insensitively. */
export function findAgent(state: State, login: string): Agent | undefined {
  const wanted = login.toLowerCase();
  return state.agents.find((a) => a.login.toLowerCase() === wanted);
}
