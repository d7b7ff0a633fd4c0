// v3.6 bots, owned by a Client ID. create_bot answers {id, secret} (createBot.json); update and delete
// answer {}. get_bot always answers groups and max_chats_count (its example asks for no fields and gets
// them); list_bots answers id, name and avatar_path plus the fields asked for (get with the avatar's scheme,
// list without it: see avatar.ts). list_bots without `all`
// shows the caller's bots: made with a PAT for PAT callers, made through the token's Client ID for Bearer
// callers. Bots are in group 0 ("normal" unless given) and in group agent_priorities; v2 does not see them.

import { randomBytes } from "crypto";
import {
  BOT_MAX_CHATS,
  DEFAULT_BOT_TYPE,
  DEFAULT_TIMEZONE,
  PRIORITIES,
  type Bot,
  type State,
} from "../model";
import { avatarInGet, avatarInList } from "./avatar";
import { EMPTY, batchOf, ownerClientId, read, write, type Action, type V36Context } from "./context";
import { notFound } from "./errors";
import { fullSchedule, groupPriorities, type GroupPriority } from "./agent-input";
import { workSchedulerToWire } from "./agents";
import { bool, int, oneOf, onlyKeys, opt, req, setOf, str, text, type Parse } from "./input";

const FIELDS = ["groups", "work_scheduler", "job_title", "max_chats_count", "timezone"] as const;
type Field = (typeof FIELDS)[number];
const fields: Parse<Field[]> = setOf(oneOf(FIELDS));
const hex = (): string => randomBytes(16).toString("hex");

/** The bot's timezone: its work scheduler's, else the agent's default. */
const timezoneOf = (bot: Bot): string => bot.workScheduler?.timezone ?? DEFAULT_TIMEZONE;

export function botGroups(bot: Bot): GroupPriority[] {
  const zero = bot.groups.find((g) => g.id === 0);
  const others = bot.groups.filter((g) => g.id !== 0).sort((a, b) => a.id - b.id);
  return [{ id: 0, priority: zero?.priority ?? "normal" }, ...others.map((g) => ({ ...g }))];
}

export function botToV36(bot: Bot, asked: Field[], full: boolean): Record<string, unknown> {
  const want = new Set<Field>(full ? ["max_chats_count", "groups", ...asked] : asked);
  return {
    id: bot.id,
    name: bot.name,
    ...(bot.avatar !== undefined
      ? { avatar_path: full ? avatarInGet(bot.avatar) : avatarInList(bot.avatar) }
      : {}),
    ...(full && bot.defaultGroupPriority ? { default_group_priority: bot.defaultGroupPriority } : {}),
    ...(full ? { owner_client_id: bot.ownerClientId } : {}),
    ...(want.has("max_chats_count") ? { max_chats_count: bot.maxChatsCount } : {}),
    ...(want.has("groups") ? { groups: botGroups(bot) } : {}),
    ...(want.has("job_title") && bot.jobTitle !== undefined ? { job_title: bot.jobTitle } : {}),
    ...(want.has("work_scheduler") && bot.workScheduler
      ? { work_scheduler: workSchedulerToWire(bot.workScheduler) }
      : {}),
    ...(want.has("timezone") ? { timezone: timezoneOf(bot) } : {}),
  };
}

/** work_scheduler for bots: timezone always required. */
const botSchedule: Parse<NonNullable<Bot["workScheduler"]>> = (value, name) => {
  const schedule = fullSchedule(value, name);
  if (!schedule.timezone) req({}, "timezone", str, `${name}.`);
  return schedule;
};

function botNamed(ctx: V36Context): Bot {
  const id = req(ctx.input, "id", str);
  const bot = ctx.store.state.bots.find((b) => b.id === id);
  if (!bot) throw notFound(`Bot ${id} not found`);
  return bot;
}

/** The fields create and update share; undefined where not given. */
function botFields(state: State, input: Record<string, unknown>) {
  return {
    name: opt(input, "name", str),
    avatar: opt(input, "avatar", text),
    maxChatsCount: opt(input, "max_chats_count", int(0, BOT_MAX_CHATS)),
    defaultGroupPriority: opt(input, "default_group_priority", oneOf(PRIORITIES)),
    jobTitle: opt(input, "job_title", text),
    groups: opt(input, "groups", groupPriorities(state)),
    type: opt(input, "type", str),
    workScheduler: opt(input, "work_scheduler", botSchedule),
  };
}

const COMMON = [
  "name",
  "avatar",
  "max_chats_count",
  "default_group_priority",
  "job_title",
  "groups",
  "type",
  "work_scheduler",
];

function createBot(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, [...COMMON, "owner_client_id"]);
  const name = req(ctx.input, "name", str);
  const owner = ownerClientId(ctx);
  const given = botFields(state, ctx.input);
  const bot: Bot = {
    id: hex(),
    name,
    ...(given.avatar !== undefined ? { avatar: given.avatar } : {}),
    maxChatsCount: given.maxChatsCount ?? 6,
    ...(given.defaultGroupPriority ? { defaultGroupPriority: given.defaultGroupPriority } : {}),
    ...(given.jobTitle !== undefined ? { jobTitle: given.jobTitle } : {}),
    groups: given.groups ?? [],
    type: given.type ?? DEFAULT_BOT_TYPE,
    ...(given.workScheduler ? { workScheduler: given.workScheduler } : {}),
    ownerClientId: owner,
    secret: hex(),
    createdVia: ctx.principal.via === "pat" ? "pat" : (ctx.principal.clientId ?? ""),
  };
  state.bots.push(bot);
  return { id: bot.id, secret: bot.secret };
}

function updateBot(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id", ...COMMON]);
  const bot = botNamed(ctx);
  const given = botFields(ctx.store.state, ctx.input);
  if (given.name !== undefined) bot.name = given.name;
  if (given.avatar !== undefined) bot.avatar = given.avatar;
  if (given.maxChatsCount !== undefined) bot.maxChatsCount = given.maxChatsCount;
  if (given.defaultGroupPriority !== undefined) bot.defaultGroupPriority = given.defaultGroupPriority;
  if (given.jobTitle !== undefined) bot.jobTitle = given.jobTitle;
  if (given.groups !== undefined) bot.groups = given.groups;
  if (given.type !== undefined) bot.type = given.type;
  if (given.workScheduler !== undefined) bot.workScheduler = given.workScheduler;
  return EMPTY;
}

function deleteBot(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id"]);
  const bot = botNamed(ctx);
  ctx.store.state.bots = ctx.store.state.bots.filter((b) => b !== bot);
  return EMPTY;
}

function getBot(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id", "fields"]);
  return botToV36(botNamed(ctx), opt(ctx.input, "fields", fields) ?? [], true);
}

function listBots(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["all", "fields"]);
  const all = opt(ctx.input, "all", bool) ?? false;
  const asked = opt(ctx.input, "fields", fields) ?? [];
  const mine = ctx.principal.via === "pat" ? "pat" : ctx.principal.clientId;
  return ctx.store.state.bots
    .filter((b) => all || b.createdVia === mine)
    .map((b) => botToV36(b, asked, false));
}

export const botActions: Record<string, Action> = {
  create_bot: write(createBot),
  get_bot: read(getBot),
  list_bots: read(listBots),
  update_bot: write(updateBot),
  delete_bot: write(deleteBot),
  batch_create_bots: batchOf(write(createBot)),
  batch_update_bots: batchOf(write(updateBot)),
  batch_delete_bots: batchOf(write(deleteBot)),
};
