// Every v3.6 method the emulator serves, by name.

import { agentActions } from "./agents";
import type { Action } from "./context";
import { greetingActions } from "./greetings";
import { groupActions } from "./groups";
import { tagActions } from "./tags";
import { webhookActions } from "./webhooks";

export const ACTIONS: Record<string, Action> = {
  ...agentActions,
  ...groupActions,
  ...tagActions,
  ...greetingActions,
  ...webhookActions,
};

/** Methods that need no credentials (list_webhook_names: "This method requires no authorization"). */
export const PUBLIC_ACTIONS = new Set(["list_webhook_names"]);
