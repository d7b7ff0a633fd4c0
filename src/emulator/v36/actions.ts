// Every v3.6 method the emulator serves, by name.

import { agentActions } from "./agents";
import { autoAccessActions } from "./auto-access";
import { botActions } from "./bots";
import type { Action } from "./context";
import { greetingActions } from "./greetings";
import { groupActions } from "./groups";
import { propertyConfigActions } from "./property-configs";
import { propertyValueActions } from "./property-values";
import { tagActions } from "./tags";
import { webhookActions } from "./webhooks";

export const ACTIONS: Record<string, Action> = {
  ...agentActions,
  ...groupActions,
  ...tagActions,
  ...greetingActions,
  ...webhookActions,
  ...botActions,
  ...autoAccessActions,
  ...propertyConfigActions,
  ...propertyValueActions,
};

/** Methods that need no credentials (list_webhook_names: "This method requires no authorization"). */
export const PUBLIC_ACTIONS = new Set(["list_webhook_names"]);
