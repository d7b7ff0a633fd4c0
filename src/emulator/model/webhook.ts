// Webhooks: the events they fire on and the data each event may carry.

export const EVENT_TYPES = [
  "chat_started",
  "chat_ended",
  "chat_changed",
  "visitor_queued",
  "ticket_created",
  "canned_response_changed",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Which event types each webhook data type may be used with. */
export const DATA_TYPE_EVENTS: Record<string, readonly EventType[]> = {
  chat: ["chat_started", "chat_changed", "chat_ended"],
  visitor: ["chat_started", "chat_ended", "chat_changed", "visitor_queued"],
  pre_chat_survey: ["chat_started", "chat_ended"],
  ticket: ["ticket_created"],
  canned_response: ["canned_response_changed"],
};

export interface Webhook {
  id: string;
  token: string;
  licence: number;
  eventType: EventType;
  dataTypes: string[];
  url: string;
  verified: boolean;
}
