// Bots in the snapshot: get_bot's answer with every field, plus what no answer shows (type, secret, and
// who made it), so a saved licence keeps its bots whole.

import { BOT_MAX_CHATS, DEFAULT_BOT_TYPE, PRIORITIES, type Bot, type State } from "../model";
import type { Input } from "../validate";
import { fullSchedule, groupPriorities } from "./agent-input";
import { botToV36 } from "./bots";
import { int, oneOf, opt, req, str, text } from "./input";

export function botState(bot: Bot): Input {
  const answer = botToV36(
    bot,
    ["groups", "work_scheduler", "job_title", "max_chats_count", "timezone"],
    true,
  );
  // The avatar as stored (answers add or drop its scheme).
  if (bot.avatar !== undefined) answer.avatar_path = bot.avatar;
  return {
    ...answer,
    type: bot.type,
    secret: bot.secret,
    created_via: bot.createdVia,
  };
}

export function parseBotState(state: State, input: Input): Bot {
  const avatar = opt(input, "avatar_path", text);
  const defaultPriority = opt(input, "default_group_priority", oneOf(PRIORITIES));
  const jobTitle = opt(input, "job_title", text);
  const workScheduler = opt(input, "work_scheduler", fullSchedule);
  return {
    id: req(input, "id", str),
    name: req(input, "name", str),
    ...(avatar !== undefined ? { avatar } : {}),
    maxChatsCount: opt(input, "max_chats_count", int(0, BOT_MAX_CHATS)) ?? 6,
    ...(defaultPriority ? { defaultGroupPriority: defaultPriority } : {}),
    ...(jobTitle !== undefined ? { jobTitle } : {}),
    // Group 0 as answered is "normal" unless set: keep it only when it says something else.
    groups: (opt(input, "groups", groupPriorities(state)) ?? []).filter(
      (g) => g.id !== 0 || g.priority !== "normal",
    ),
    type: opt(input, "type", str) ?? DEFAULT_BOT_TYPE,
    ...(workScheduler ? { workScheduler } : {}),
    ownerClientId: req(input, "owner_client_id", str),
    secret: req(input, "secret", str),
    createdVia: opt(input, "created_via", text) ?? "pat",
  };
}
