// Bots (v3.6 only): agents driven by an application, owned by a Client ID.

import type { Priority } from "./group";
import type { WorkSchedule } from "./schedule";

export interface BotGroup {
  id: number;
  priority: Priority;
}

export interface Bot {
  /** 32 hex characters. */
  id: string;
  name: string;
  avatar?: string;
  maxChatsCount: number;
  defaultGroupPriority?: Priority;
  jobTitle?: string;
  /** Memberships, group 0 included when it was given (every bot is in group 0, "normal" by default). */
  groups: BotGroup[];
  type: string;
  workScheduler?: WorkSchedule;
  ownerClientId: string;
  secret: string;
  /** Who made it: "pat" for personal access tokens, else the Client ID of the Bearer token. */
  createdVia: string;
}

export const BOT_MAX_CHATS = 500;
export const DEFAULT_BOT_TYPE = "chatbot";
