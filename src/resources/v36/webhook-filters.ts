// What a v3.6 webhook fires on and what it sends: the actions with the filters each takes (the reference's
// "Triggering actions" table), the filters in camelCase (snake_case on the wire), and the additional data.
import * as z from "zod";
import type { Field, Props } from "../../provider/declaration";
import { bool, explained, listOf, oneOf, problemOf, text } from "../../provider/schema";

const CHAT = ["chatPresence", "onlyMyChats", "sourceType"];
const EVENT = ["chatPresence", "authorType", "onlyMyChats", "sourceType"];
const CONFIG = ["sourceType"];

/** Each action, with the filters it takes. */
export const ACTIONS: Record<string, string[]> = {
  incoming_chat: CHAT,
  chat_deactivated: CHAT,
  chat_access_updated: CHAT,
  chat_transferred: CHAT,
  user_added_to_chat: CHAT,
  user_removed_from_chat: CHAT,
  incoming_event: EVENT,
  event_deleted: CHAT,
  event_updated: EVENT,
  incoming_rich_message_postback: CHAT,
  chat_properties_updated: CHAT,
  chat_properties_deleted: CHAT,
  thread_properties_updated: CHAT,
  thread_properties_deleted: CHAT,
  event_properties_updated: CHAT,
  event_properties_deleted: CHAT,
  thread_tagged: CHAT,
  thread_untagged: CHAT,
  routing_status_set: ["agentIds", "sourceType"],
  customer_session_fields_updated: ["chatPresence", "sourceType"],
  events_marked_as_seen: CHAT,
  group_created: CONFIG,
  group_updated: CONFIG,
  group_deleted: CONFIG,
  agent_created: CONFIG,
  agent_updated: CONFIG,
  agent_deleted: CONFIG,
  agent_suspended: CONFIG,
  agent_unsuspended: CONFIG,
  agent_approved: CONFIG,
  bot_created: CONFIG,
  bot_updated: CONFIG,
  bot_deleted: CONFIG,
  auto_accesses_updated: CONFIG,
  tag_created: CONFIG,
  tag_deleted: CONFIG,
  tag_updated: CONFIG,
  thread_summary_set: CHAT,
};
export const ADDITIONAL_DATA = ["chat_properties", "chat_presence_user_ids"] as const;
/** "all actions except for agent_status_changed, agent_deleted" (the first is not an action of v3.6). */
const WITHOUT_ADDITIONAL_DATA = ["agent_deleted"];
const SOURCE_TYPES = ["my_client", "other_clients", "system"] as const;
const AUTHOR_TYPES = ["customer", "agent"] as const;

const sourceTypes = listOf(oneOf(SOURCE_TYPES), { nonEmpty: true });
// As idMatchProblem checks them: texts, no repeats, and one of the two keys.
const ids = z
  .array(text.out)
  .min(1)
  .meta({ description: "User ids (agents' e-mails, customers' ids).", uniqueItems: true });
const idMatch = z.object({ values: ids.optional(), excludeValues: ids.optional() }).strict().meta({
  id: "WebhookUserIds",
  minProperties: 1,
  maxProperties: 1,
  description:
    "Users by id: `values` (fires when any is in the chat) or `excludeValues` (not when any is), one of them.",
});
const chatPresence = z
  .object({
    userIds: idMatch.optional().meta({ description: "Fires by the users in the chat." }),
    myBots: z
      .boolean()
      .optional()
      .meta({ description: "Fires when a bot of the owning Client ID is in the chat." }),
  })
  .strict()
  .meta({ id: "WebhookChatPresence", description: "Fires according to who is in the chat." });
const shape = z
  .object({
    authorType: z
      .enum(AUTHOR_TYPES)
      .optional()
      .meta({ description: "Only events by a customer or an agent." }),
    onlyMyChats: z
      .boolean()
      .optional()
      .meta({ description: "Only chats whose source is the owning Client ID." }),
    chatPresence: chatPresence.optional().meta({ description: "Only chats with (or without) these users." }),
    sourceType: z.array(z.enum(SOURCE_TYPES)).min(1).optional().meta({
      description: "Only what these sources caused: my_client, other_clients, system (a set).",
      uniqueItems: true,
    }),
    agentIds: idMatch
      .optional()
      .meta({ description: "routing_status_set only: the agents whose status it is." }),
  })
  .strict()
  .meta({ id: "WebhookFilters", description: "When the webhook fires; each action takes some of them." });

const keysCheck = (v: Props, allowed: string[], at: string) => {
  const extra = Object.keys(v).find((k) => !allowed.includes(k));
  return extra ? `${at} has unknown key ${extra}; the keys are ${allowed.join(", ")}` : undefined;
};
const isObject = (v: unknown): v is Props => !!v && typeof v === "object" && !Array.isArray(v);

function idMatchProblem(v: unknown, at: string): string | undefined {
  if (!isObject(v)) return `${at} must be { values } or { excludeValues }`;
  const why = keysCheck(v, ["values", "excludeValues"], at);
  if (why) return why;
  if (Object.keys(v).length !== 1) return `${at} must have exactly one of values, excludeValues`;
  const [key, list] = Object.entries(v)[0];
  const bad = problemOf(listOf(text, { nonEmpty: true }), list);
  return bad ? `${at}.${key} ${bad}` : undefined;
}

function filtersProblem(v: unknown): string | undefined {
  if (!isObject(v)) return "must be an object of filters, like { sourceType: [my_client] }";
  const at = (key: string, bad: string | undefined) => (bad ? `.${key} ${bad}` : undefined);
  const presence = v.chatPresence;
  return (
    keysCheck(v, Object.keys(shape.shape), "")?.trim() ??
    (v.authorType !== undefined
      ? at("authorType", problemOf(oneOf(AUTHOR_TYPES), v.authorType))
      : undefined) ??
    (v.onlyMyChats !== undefined ? at("onlyMyChats", problemOf(bool, v.onlyMyChats)) : undefined) ??
    (v.sourceType !== undefined ? at("sourceType", problemOf(sourceTypes, v.sourceType)) : undefined) ??
    (v.agentIds !== undefined ? idMatchProblem(v.agentIds, ".agentIds") : undefined) ??
    (presence === undefined
      ? undefined
      : !isObject(presence)
        ? ".chatPresence must be { userIds, myBots }"
        : (keysCheck(presence, ["userIds", "myBots"], ".chatPresence") ??
          (presence.myBots !== undefined
            ? at("chatPresence.myBots", problemOf(bool, presence.myBots))
            : undefined) ??
          (presence.userIds !== undefined
            ? idMatchProblem(presence.userIds, ".chatPresence.userIds")
            : undefined)))
  );
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** The same value with every object key renamed (filter values are ids and words, never keys). */
function renameKeys(v: unknown, rename: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, rename));
  if (!isObject(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [rename(k), renameKeys(x, rename)]));
}

/** Lists as sets, and empty lists and objects as nothing: the server may leave out what says nothing. */
function tidy(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? [...v].sort() : undefined;
  if (!isObject(v)) return v;
  const kept = Object.entries(v)
    .map(([k, x]) => [k, tidy(x)] as const)
    .filter(([, x]) => x !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

// Unset is "none", not "unmanaged": a webhook cannot change, so the program describes all of it, and one made
// from the same program has none either. The server leaves out what is empty.
export const filters: Field = {
  doc:
    "When the webhook fires: `authorType`, `onlyMyChats`, `chatPresence` ({ userIds, myBots }), `sourceType` " +
    "and `agentIds`, as the action takes them (see the reference's triggering actions). Lists are sets. " +
    "Default: none (it fires on every such action).",
  schema: explained(shape, filtersProblem),
  default: {},
  replace: true,
  toWire: (v) => (tidy(v) === undefined ? undefined : renameKeys(v, snake)),
  fromWire: (o) => renameKeys(o.filters ?? {}, camel),
  canonical: tidy,
};

export const additionalData: Field = {
  doc:
    "What else each call carries: chat_properties, chat_presence_user_ids (a set; not with agent_deleted). " +
    "Default: nothing else.",
  schema: listOf(oneOf(ADDITIONAL_DATA)),
  default: [],
  replace: true,
  toWire: (v) => ((v as unknown[]).length ? v : undefined),
  fromWire: (o) => o.additional_data ?? [],
  canonical: tidy,
};

/** The filters and additional data the action does not take, as check failures. */
export function actionProblems(inputs: Props): { property: string; reason: string }[] {
  const action = inputs.action as string;
  const allowed = ACTIONS[action] ?? [];
  const given = Object.keys((inputs.filters as Props | undefined) ?? {});
  const problems = given
    .filter((k) => !allowed.includes(k))
    .map((k) => ({
      property: "filters",
      reason: `has ${k}, which ${action} does not take; ${action} takes ${allowed.join(", ")}`,
    }));
  if (WITHOUT_ADDITIONAL_DATA.includes(action) && (inputs.additionalData as unknown[] | undefined)?.length)
    problems.push({ property: "additionalData", reason: `must be left out for ${action}, which sends none` });
  return problems;
}
