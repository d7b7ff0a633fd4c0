import type { ResourceSpec } from "../provider/spec";
import { agentSpec } from "./agent";
import { cannedResponseSpec } from "./canned-response";
import { goalSpec } from "./goal";
import { greetingSpec } from "./greeting";
import { groupSpec } from "./group";
import { tagSpec } from "./tag";
import { webhookSpec } from "./webhook";

/** Every resource type, by the name the serialized provider carries. */
export const specs: Record<string, ResourceSpec> = Object.fromEntries(
  [agentSpec, groupSpec, goalSpec, greetingSpec, tagSpec, cannedResponseSpec, webhookSpec].map((s) => [
    s.type,
    s,
  ]),
);
