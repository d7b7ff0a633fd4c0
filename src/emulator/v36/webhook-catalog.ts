// The webhook actions v3.6 can register, with the filters each takes (the "Triggering actions" table).
// list_webhook_names answers from here, except where its example answers otherwise: agent_deleted with
// the filter agent_ids (the table: source_type), chat_access_updated without source_type. Its answer
// follows the example; register_webhook takes the filters of either.

const CHAT = ["chat_presence", "only_my_chats", "source_type"];
const EVENT = ["chat_presence", "author_type", "only_my_chats", "source_type"];
const CONFIG = ["source_type"];

export const WEBHOOK_ACTIONS: Record<string, string[]> = {
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
  routing_status_set: ["agent_ids", "source_type"],
  customer_session_fields_updated: ["chat_presence", "source_type"],
  events_marked_as_seen: CHAT,
  group_created: CONFIG,
  group_updated: CONFIG,
  group_deleted: CONFIG,
  agent_created: CONFIG,
  agent_updated: CONFIG,
  agent_deleted: [...CONFIG, "agent_ids"],
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

export const ADDITIONAL_DATA = ["chat_properties", "chat_presence_user_ids"];
/** "all actions except for agent_status_changed, agent_deleted". */
export const WITHOUT_ADDITIONAL_DATA = ["agent_status_changed", "agent_deleted"];

/** list_webhook_names' filters where its example (listWebhookNames.json) differs from the table. */
const LISTED_FILTERS: Record<string, string[]> = {
  agent_deleted: ["agent_ids"],
  chat_access_updated: ["chat_presence", "only_my_chats"],
};

/** By action name: the example lists agent_deleted before chat_access_updated (the table the other way). */
export function webhookNames(): Record<string, unknown>[] {
  const byName = Object.entries(WEBHOOK_ACTIONS).sort(([a], [b]) => (a < b ? -1 : 1));
  return byName.map(([action, filters]) => ({
    action,
    filters: [...(LISTED_FILTERS[action] ?? filters)],
    ...(WITHOUT_ADDITIONAL_DATA.includes(action) ? {} : { additional_data: [...ADDITIONAL_DATA] }),
  }));
}
