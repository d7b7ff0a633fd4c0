// /agents. The list answers a summary; one agent answers the full shape. Setting status to
// accepting/not accepting chats also sets login_status (as in the reference's PUT example), and an
// agent carries a work_scheduler once it has been updated. v2 sees the shared agent through its narrower
// shape: a viceowner is an "administrator", daily_summary is one of the e-mail subscriptions, the five
// notification flags come from the notification set, and each day of the schedule is one range.

import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import {
  AGENT_STATUSES,
  DEFAULT_AVATAR,
  DEFAULT_JOB_TITLE,
  LOGIN_STATUSES,
  PERMISSIONS,
  defaultWorkSchedule,
  findAgent,
  newAgent,
  v2Scheduler,
  type Agent,
  type EmailSubscription,
  type Permission,
  type State,
} from "../model";
import {
  email,
  flag,
  has,
  integer,
  invalid,
  object,
  oneOf,
  optional,
  required,
  string,
  within,
  type Input,
} from "../validate";
import {
  CREATE_PERMISSIONS,
  NOTIFICATION_KEYS,
  createNotifications,
  groupIds,
  password,
  updateNotifications,
  workScheduler,
} from "./agent-input";
import { forgetMember, groupsOf, setMembership } from "./groups";

/** v2 has no viceowner: it shows one as an administrator. */
export const permissionOf = (agent: Agent): Permission =>
  agent.role === "viceowner" ? "administrator" : agent.role;

const dailySummaryOf = (agent: Agent) => (agent.emailSubscriptions.includes("daily_summary") ? 1 : 0);

function withDailySummary(current: EmailSubscription[], on: 0 | 1): EmailSubscription[] {
  const rest = current.filter((s) => s !== "daily_summary");
  return on ? ["daily_summary", ...rest] : rest;
}

export function agentSummary(agent: Agent): Input {
  const { name, avatar, login, status } = agent;
  return { name, permission: permissionOf(agent), avatar, login, status };
}

export function agentToWire(state: State, agent: Agent): Input {
  const notifications: Input = {};
  for (const key of NOTIFICATION_KEYS) notifications[key] = agent.notifications.includes(key) ? 1 : 0;
  return {
    login: agent.login,
    name: agent.name,
    login_status: agent.loginStatus,
    permission: permissionOf(agent),
    daily_summary: dailySummaryOf(agent),
    job_title: agent.jobTitle,
    avatar: agent.avatar,
    notifications,
    max_chats_count: agent.maxChatsCount,
    ...(agent.workScheduler ? { work_scheduler: v2Scheduler(agent.workScheduler) } : {}),
    groups: groupsOf(state, agent.login).map((g) => ({ id: g.id, name: g.name })),
    status: agent.status,
    last_logout: agent.lastLogout,
  };
}

function pathAgent(ctx: RequestContext): Agent {
  const agent = findAgent(ctx.store.state, ctx.params.login);
  if (!agent) throw notFound(`Agent ${ctx.params.login} not found`);
  return agent;
}

export function listAgents(ctx: RequestContext): unknown {
  const status = optional(ctx.input, "status", oneOf("status", AGENT_STATUSES));
  return ctx.store.state.agents.filter((a) => !status || a.status === status).map(agentSummary);
}

export function getAgent(ctx: RequestContext): unknown {
  return agentToWire(ctx.store.state, pathAgent(ctx));
}

export function createAgent(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  const login = required(input, "login", "an e-mail address", email("login"));
  if (findAgent(state, login)) throw badRequest(`Invalid parameter "login": agent ${login} already exists`);
  const name = required(input, "name", "a non-empty string", string("name"));
  optional(input, "password", password); // checked, never stored or answered
  const groups = optional(input, "groups", (v) => groupIds(state, v)) ?? [];
  const base = newAgent(login, name);
  const dailySummary = optional(input, "daily_summary", flag("daily_summary")) ?? 1;
  const agent: Agent = {
    ...base,
    loginStatus: optional(input, "login_status", oneOf("login_status", LOGIN_STATUSES)) ?? "accepting chats",
    role: optional(input, "permission", oneOf("permission", CREATE_PERMISSIONS)) ?? "normal",
    emailSubscriptions: withDailySummary(base.emailSubscriptions, dailySummary),
    jobTitle: optional(input, "job_title", string("job_title")) ?? DEFAULT_JOB_TITLE,
    notifications: optional(input, "notifications", createNotifications) ?? base.notifications,
    maxChatsCount: optional(input, "max_chats_count", integer("max_chats_count", 0)) ?? 6,
  };
  state.agents.push(agent);
  setMembership(state, login, groups);
  return agentToWire(state, agent);
}

export function updateAgent(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  const agent = pathAgent(ctx);
  // Validate everything before changing anything, so a 400 leaves the agent as it was.
  const name = optional(input, "name", string("name"));
  const jobTitle = optional(input, "job_title", string("job_title"));
  const loginStatus = optional(input, "login_status", oneOf("login_status", LOGIN_STATUSES));
  optional(input, "password", password);
  const permission = optional(input, "permission", oneOf("permission", PERMISSIONS));
  // Sending back what v2 shows changes nothing, so a viceowner stays one.
  const role = permission === undefined || permission === permissionOf(agent) ? undefined : permission;
  if (role !== undefined) {
    if (agent.role === "owner") throw badRequest("The owner's permission cannot be changed");
    if (role === "owner") {
      throw invalid("permission", `one of: ${CREATE_PERMISSIONS.join(", ")}`);
    }
  }
  const status = optional(input, "status", oneOf("status", AGENT_STATUSES));
  const groups = optional(input, "groups", (v) => groupIds(state, v));
  const notifications = optional(input, "notifications", (v) => updateNotifications(v, agent.notifications));
  const dailySummary = optional(input, "daily_summary", flag("daily_summary"));
  const maxChats = optional(input, "max_chats_count", integer("max_chats_count", 0));
  const scheduler = optional(input, "work_scheduler", (v) => workScheduler(v, agent.workScheduler));

  if (name !== undefined) agent.name = name;
  if (jobTitle !== undefined) agent.jobTitle = jobTitle;
  if (role !== undefined) agent.role = role;
  if (status !== undefined) {
    agent.status = status;
    if (status !== "offline") agent.loginStatus = status;
  }
  if (loginStatus !== undefined) agent.loginStatus = loginStatus;
  if (notifications !== undefined) agent.notifications = notifications;
  if (dailySummary !== undefined)
    agent.emailSubscriptions = withDailySummary(agent.emailSubscriptions, dailySummary);
  if (maxChats !== undefined) agent.maxChatsCount = maxChats;
  agent.workScheduler = scheduler ?? agent.workScheduler ?? defaultWorkSchedule();
  if (groups !== undefined) setMembership(state, agent.login, groups);
  return agentToWire(state, agent);
}

export function deleteAgent(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const agent = pathAgent(ctx);
  if (agent.role === "owner") throw badRequest("The licence owner cannot be removed");
  state.agents = state.agents.filter((a) => a !== agent);
  forgetMember(state, agent.login);
  return { result: `${agent.login} removed successfully` };
}

/** Seed/load: an agent in the wire format of GET /agents/<login> (or the list's summary). */
export function importAgent(state: State, wire: unknown, where: string): void {
  within(where, () => importOneAgent(state, object("agent")(wire)));
}

/** As with PUT: a permission equal to what v2 shows of the existing agent keeps its role (a viceowner). */
function seededRole(existing: Agent | undefined, permission: Permission | undefined): Agent["role"] {
  if (permission === undefined) return "normal";
  return existing && permissionOf(existing) === permission ? existing.role : permission;
}

function importOneAgent(state: State, wire: Input): void {
  const v36 = has(wire, "v3.6") ? object("v3.6")(wire["v3.6"]) : {};
  // A seed may give only the v3.6 shape, whose id is the login.
  const login = has(wire, "login")
    ? email("login")(wire.login)
    : required(v36, "id", "an e-mail address", email("v3.6.id"), "login");
  const existing = findAgent(state, login);
  const base = existing ?? newAgent(login, "");
  let notifications = base.notifications;
  if (has(wire, "notifications")) {
    const given = object("notifications")(wire.notifications);
    const on = new Set(notifications);
    for (const key of NOTIFICATION_KEYS) {
      if (!has(given, key)) continue;
      if (flag(`notifications.${key}`)(given[key]) === 1) on.add(key);
      else on.delete(key);
    }
    notifications = [...on];
  }
  const dailySummary = optional(wire, "daily_summary", flag("daily_summary"));
  const agent: Agent = {
    ...base,
    login,
    name:
      has(wire, "name") || !has(v36, "name")
        ? required(wire, "name", "a non-empty string", string("name"))
        : string("v3.6.name")(v36.name),
    loginStatus: optional(wire, "login_status", oneOf("login_status", LOGIN_STATUSES)) ?? "accepting chats",
    role: seededRole(existing, optional(wire, "permission", oneOf("permission", PERMISSIONS))),
    emailSubscriptions:
      dailySummary === undefined
        ? base.emailSubscriptions
        : withDailySummary(base.emailSubscriptions, dailySummary),
    jobTitle: optional(wire, "job_title", string("job_title")) ?? DEFAULT_JOB_TITLE,
    avatar: optional(wire, "avatar", string("avatar")) ?? DEFAULT_AVATAR,
    notifications,
    maxChatsCount: optional(wire, "max_chats_count", integer("max_chats_count", 0)) ?? 6,
    workScheduler: optional(wire, "work_scheduler", (v) => workScheduler(v)),
    status: optional(wire, "status", oneOf("status", AGENT_STATUSES)) ?? "offline",
    lastLogout: optional(wire, "last_logout", integer("last_logout", 0)) ?? 0,
  };
  if (agent.workScheduler === undefined) delete agent.workScheduler;
  if (existing) state.agents[state.agents.indexOf(existing)] = agent;
  else state.agents.push(agent);
  if (has(wire, "groups")) setMembership(state, login, groupIds(state, wire.groups));
}
