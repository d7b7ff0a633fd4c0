// v3.6 agents. create_agent answers {id}; update and delete answer {}. get/list answer id, account_id, name,
// avatar, role and login_status, plus the `fields` asked for. Where the reference's examples differ from
// its tables they are followed: list_agents calls the avatar `avatar_path` (without the address's scheme,
// see avatar.ts) and the e-mail subscriptions `summaries`. update_agent takes no `name` (its table has none).

import { DEFAULT_TIMEZONE, LOGIN_STATUSES, findAgent, newAgent, type Agent, type State } from "../model";
import { forgetMember, groupsOf } from "../routes/groups";
import { avatarInGet, avatarInList } from "./avatar";
import { EMPTY, batchOf, read, write, type Action, type V36Context } from "./context";
import { alreadyExists, authorization, notFound, validation } from "./errors";
import {
  bool,
  email,
  int,
  obj,
  oneOf,
  onlyKeys,
  opt,
  req,
  rfc3339,
  setOf,
  str,
  text,
  type Parse,
} from "./input";
import {
  emailSubscriptions,
  fullSchedule,
  groupPriorities,
  notifications,
  setAgentGroups,
  updatedSchedule,
} from "./agent-input";

const MAX_CHATS = 20;
const ROLES = ["viceowner", "administrator", "normal"] as const;
const FIELDS = [
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
type Field = (typeof FIELDS)[number];
const fields: Parse<Field[]> = setOf(oneOf(FIELDS));

/** The agent's groups with priorities, group 0 first (every agent is in it). */
export function agentGroups(state: State, login: string): { id: number; priority: string }[] {
  const zero = state.groups.find((g) => g.id === 0);
  return [
    { id: 0, priority: zero?.priorities[login] ?? "normal" },
    ...groupsOf(state, login).map((g) => ({ id: g.id, priority: g.priorities[login] ?? "normal" })),
  ];
}

export function workSchedulerToWire(schedule: NonNullable<Agent["workScheduler"]>) {
  return {
    timezone: schedule.timezone ?? DEFAULT_TIMEZONE,
    schedule: schedule.schedule.map((r) => ({ ...r })),
  };
}

export function agentToV36(
  state: State,
  agent: Agent,
  asked: Field[],
  inList = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: agent.login,
    account_id: agent.accountId,
    name: agent.name,
    ...(inList ? { avatar_path: avatarInList(agent.avatar) } : { avatar: avatarInGet(agent.avatar) }),
    role: agent.role,
    login_status: agent.loginStatus,
  };
  const want = new Set(asked);
  for (const field of FIELDS) {
    if (!want.has(field)) continue;
    if (field === "work_scheduler" && agent.workScheduler)
      out.work_scheduler = workSchedulerToWire(agent.workScheduler);
    if (field === "groups") out.groups = agentGroups(state, agent.login);
    if (field === "email_subscriptions")
      out[inList ? "summaries" : "email_subscriptions"] = [...agent.emailSubscriptions];
    if (field === "notifications") out.notifications = [...agent.notifications];
    if (field === "job_title") out.job_title = agent.jobTitle;
    if (field === "mobile" && agent.mobile !== undefined) out.mobile = agent.mobile;
    if (field === "max_chats_count") out.max_chats_count = agent.maxChatsCount;
    if (field === "suspended") out.suspended = agent.suspended;
    if (field === "awaiting_approval") out.awaiting_approval = agent.awaitingApproval;
    if (field === "last_logout" && agent.lastLogout > 0) out.last_logout = rfc3339(agent.lastLogout);
  }
  return out;
}

function agentNamed(ctx: V36Context): Agent {
  const id = req(ctx.input, "id", str);
  const agent = findAgent(ctx.store.state, id);
  if (!agent) throw notFound(`Agent ${id} not found`);
  return agent;
}

/**
 * Whether a new agent awaits approval. Agents that need none take the scopes accounts--all:rw and
 * subscription.lc:rw (Create Agent's scopes, notes 1 and 2), and "only a requester with the
 * subscription.lc:rw scope can set this value to false"; that scope is private, "not possible to configure
 * in Developer Console", where personal access tokens (and applications) get their scopes. So no caller of
 * this API has it: the agents it makes await approval, and `false` is refused.
 */
function awaitsApproval(input: V36Context["input"]): true {
  if (opt(input, "awaiting_approval", bool) === false) {
    throw authorization(
      "Only a requester with the subscription.lc:rw scope can set `awaiting_approval` to false " +
        "(a private scope: personal access tokens and applications cannot have it)",
    );
  }
  return true;
}

function createAgent(ctx: V36Context): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  onlyKeys(input, [
    "id",
    "name",
    "role",
    "login_status",
    "job_title",
    "mobile",
    "max_chats_count",
    "awaiting_approval",
    "groups",
    "notifications",
    "email_subscriptions",
    "work_scheduler",
  ]);
  const id = req(input, "id", email);
  const name = req(input, "name", str);
  if (findAgent(state, id)) throw alreadyExists(`Agent ${id} already exists`);
  const base = newAgent(id, name);
  const groups = opt(input, "groups", groupPriorities(state)) ?? [];
  const workScheduler = opt(input, "work_scheduler", fullSchedule);
  const mobile = opt(input, "mobile", text);
  const agent: Agent = {
    ...base,
    role: opt(input, "role", oneOf(ROLES)) ?? "normal",
    // v3.6's documented default differs from v2's ("accepting chats").
    loginStatus: opt(input, "login_status", oneOf(LOGIN_STATUSES)) ?? "not accepting chats",
    jobTitle: opt(input, "job_title", text) ?? base.jobTitle,
    ...(mobile !== undefined ? { mobile } : {}),
    maxChatsCount: opt(input, "max_chats_count", int(0, MAX_CHATS)) ?? 6,
    awaitingApproval: awaitsApproval(input),
    notifications: opt(input, "notifications", notifications) ?? base.notifications,
    emailSubscriptions: opt(input, "email_subscriptions", emailSubscriptions) ?? base.emailSubscriptions,
    ...(workScheduler ? { workScheduler } : {}),
  };
  state.agents.push(agent);
  setAgentGroups(state, id, groups);
  return { id: agent.login };
}

function updateAgent(ctx: V36Context): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  onlyKeys(input, [
    "id",
    "role",
    "login_status",
    "job_title",
    "mobile",
    "max_chats_count",
    "groups",
    "notifications",
    "email_subscriptions",
    "work_scheduler",
  ]);
  const agent = agentNamed(ctx);
  // Read everything before changing anything, so an error leaves the agent as it was.
  const role = opt(input, "role", oneOf(ROLES));
  if (role !== undefined && agent.role === "owner") throw validation("The owner's role cannot be changed");
  const loginStatus = opt(input, "login_status", oneOf(LOGIN_STATUSES));
  const jobTitle = opt(input, "job_title", text);
  const mobile = opt(input, "mobile", text);
  const maxChats = opt(input, "max_chats_count", int(0, MAX_CHATS));
  const groups = opt(input, "groups", groupPriorities(state));
  const notifs = opt(input, "notifications", notifications);
  const subscriptions = opt(input, "email_subscriptions", emailSubscriptions);
  const schedule = opt(input, "work_scheduler", updatedSchedule(agent));
  if (role !== undefined) agent.role = role;
  if (loginStatus !== undefined) agent.loginStatus = loginStatus;
  if (jobTitle !== undefined) agent.jobTitle = jobTitle;
  if (mobile !== undefined) agent.mobile = mobile;
  if (maxChats !== undefined) agent.maxChatsCount = maxChats;
  if (notifs !== undefined) agent.notifications = notifs;
  if (subscriptions !== undefined) agent.emailSubscriptions = subscriptions;
  if (schedule !== undefined) agent.workScheduler = schedule;
  if (groups !== undefined) setAgentGroups(state, agent.login, groups);
  return EMPTY;
}

function deleteAgent(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id"]);
  const { state } = ctx.store;
  const agent = agentNamed(ctx);
  if (agent.role === "owner") throw validation("The licence owner cannot be deleted");
  state.agents = state.agents.filter((a) => a !== agent);
  forgetMember(state, agent.login);
  return EMPTY;
}

function getAgent(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id", "fields"]);
  const agent = agentNamed(ctx);
  return agentToV36(ctx.store.state, agent, opt(ctx.input, "fields", fields) ?? []);
}

function listAgents(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["filters", "fields"]);
  const filters = opt(ctx.input, "filters", obj) ?? {};
  onlyKeys(filters, ["group_ids", "suspended"], "filters.");
  const groupIds = opt(filters, "group_ids", setOf(int(0)), "filters.");
  const suspended = opt(filters, "suspended", bool, "filters.");
  const asked = opt(ctx.input, "fields", fields) ?? [];
  return state.agents
    .filter((a) => suspended === undefined || a.suspended === suspended)
    .filter((a) => !groupIds || agentGroups(state, a.login).some((g) => groupIds.includes(g.id)))
    .map((a) => agentToV36(state, a, asked, true));
}

// The reference marks these "not yet available for public use": an application cannot call them.
const notPublic = (name: string): Action =>
  write(() => {
    throw authorization(`${name} is not yet available for public use`);
  });

export const agentActions: Record<string, Action> = {
  create_agent: write(createAgent),
  get_agent: read(getAgent),
  list_agents: read(listAgents),
  update_agent: write(updateAgent),
  delete_agent: write(deleteAgent),
  batch_create_agents: batchOf(write(createAgent)),
  batch_update_agents: batchOf(write(updateAgent)),
  batch_delete_agents: batchOf(write(deleteAgent)),
  suspend_agent: notPublic("suspend_agent"),
  unsuspend_agent: notPublic("unsuspend_agent"),
  approve_agent: notPublic("approve_agent"),
  // "Batch support for Agents" lists their batches: each item is refused as its method is.
  batch_suspend_agents: batchOf(notPublic("suspend_agent")),
  batch_unsuspend_agents: batchOf(notPublic("unsuspend_agent")),
  batch_approve_agents: batchOf(notPublic("approve_agent")),
};
