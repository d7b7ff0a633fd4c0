// /agents. The list answers a summary; one agent answers the full shape. Setting status to
// accepting/not accepting chats also sets login_status (as in the reference's PUT example), and an
// agent carries a work_scheduler once it has been updated.

import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import {
  AGENT_STATUSES,
  DEFAULT_AVATAR,
  DEFAULT_JOB_TITLE,
  DEFAULT_NOTIFICATIONS,
  LOGIN_STATUSES,
  PERMISSIONS,
  defaultWorkScheduler,
  findAgent,
  type Agent,
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
import { groupsOf, setMembership } from "./groups";

export function agentSummary(agent: Agent): Input {
  const { name, permission, avatar, login, status } = agent;
  return { name, permission, avatar, login, status };
}

export function agentToWire(state: State, agent: Agent): Input {
  const notifications: Input = {};
  for (const [wire, key] of NOTIFICATION_KEYS) notifications[wire] = agent.notifications[key];
  return {
    login: agent.login,
    name: agent.name,
    login_status: agent.loginStatus,
    permission: agent.permission,
    daily_summary: agent.dailySummary,
    job_title: agent.jobTitle,
    avatar: agent.avatar,
    notifications,
    max_chats_count: agent.maxChatsCount,
    ...(agent.workScheduler ? { work_scheduler: structuredClone(agent.workScheduler) } : {}),
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
  const agent: Agent = {
    login,
    name,
    loginStatus: optional(input, "login_status", oneOf("login_status", LOGIN_STATUSES)) ?? "accepting chats",
    permission: optional(input, "permission", oneOf("permission", CREATE_PERMISSIONS)) ?? "normal",
    dailySummary: optional(input, "daily_summary", flag("daily_summary")) ?? 1,
    jobTitle: optional(input, "job_title", string("job_title")) ?? DEFAULT_JOB_TITLE,
    avatar: DEFAULT_AVATAR,
    notifications: optional(input, "notifications", createNotifications) ?? { ...DEFAULT_NOTIFICATIONS },
    maxChatsCount: optional(input, "max_chats_count", integer("max_chats_count", 0)) ?? 6,
    status: "offline",
    lastLogout: 0,
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
  if (permission !== undefined && permission !== agent.permission) {
    if (agent.permission === "owner") throw badRequest("The owner's permission cannot be changed");
    if (permission === "owner") {
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
  if (permission !== undefined) agent.permission = permission;
  if (status !== undefined) {
    agent.status = status;
    if (status !== "offline") agent.loginStatus = status;
  }
  if (loginStatus !== undefined) agent.loginStatus = loginStatus;
  if (notifications !== undefined) agent.notifications = notifications;
  if (dailySummary !== undefined) agent.dailySummary = dailySummary;
  if (maxChats !== undefined) agent.maxChatsCount = maxChats;
  agent.workScheduler = scheduler ?? agent.workScheduler ?? defaultWorkScheduler();
  if (groups !== undefined) setMembership(state, agent.login, groups);
  return agentToWire(state, agent);
}

export function deleteAgent(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const agent = pathAgent(ctx);
  if (agent.permission === "owner") throw badRequest("The licence owner cannot be removed");
  state.agents = state.agents.filter((a) => a !== agent);
  setMembership(state, agent.login, []);
  return { result: `${agent.login} removed successfully` };
}

/** Seed/load: an agent in the wire format of GET /agents/<login> (or the list's summary). */
export function importAgent(state: State, wire: unknown, where: string): void {
  within(where, () => importOneAgent(state, object("agent")(wire)));
}

function importOneAgent(state: State, wire: Input): void {
  const login = required(wire, "login", "an e-mail address", email("login"));
  const existing = findAgent(state, login);
  const notifications = { ...(existing?.notifications ?? DEFAULT_NOTIFICATIONS) };
  if (has(wire, "notifications")) {
    const given = object("notifications")(wire.notifications);
    for (const [key, model] of NOTIFICATION_KEYS) {
      if (has(given, key)) notifications[model] = flag(`notifications.${key}`)(given[key]);
    }
  }
  const agent: Agent = {
    login,
    name: required(wire, "name", "a non-empty string", string("name")),
    loginStatus: optional(wire, "login_status", oneOf("login_status", LOGIN_STATUSES)) ?? "accepting chats",
    permission: optional(wire, "permission", oneOf("permission", PERMISSIONS)) ?? "normal",
    dailySummary: optional(wire, "daily_summary", flag("daily_summary")) ?? 1,
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
