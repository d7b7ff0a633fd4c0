import { registryKey, type ResourceDeclaration } from "../provider/declaration";
import { agentDeclaration } from "./agent";
import { cannedResponseDeclaration } from "./canned-response";
import { goalDeclaration } from "./goal";
import { greetingDeclaration } from "./greeting";
import { groupDeclaration } from "./group";
import { tagDeclaration } from "./tag";
import { webhookDeclaration } from "./webhook";
import { agentV36Declaration } from "./v36/agent";
import { autoAccessV36Declaration } from "./v36/auto-access";
import { groupV36Declaration } from "./v36/group";
import { groupPropertyV36Declaration } from "./v36/group-property";
import { licensePropertyV36Declaration } from "./v36/license-property";
import { greetingV36Declaration } from "./v36/greeting";
import { tagV36Declaration } from "./v36/tag";
import { botV36Declaration } from "./v36/bot";
import { webhookV36Declaration } from "./v36/webhook";
import { webhookStateV36Declaration } from "./v36/webhook-state";

/**
 * The Configuration API v2 types, in the order objects depend on each other (groups first: the others refer
 * to them). The account spec's sections, the generated classes and docs, export and the unmanaged-object
 * listing follow this list.
 */
export const v2Declarations: ResourceDeclaration[] = [
  groupDeclaration,
  agentDeclaration,
  goalDeclaration,
  greetingDeclaration,
  tagDeclaration,
  cannedResponseDeclaration,
  webhookDeclaration,
];

/** The Configuration API v3.6 types (module `v36`), in dependency order. */
export const v36Declarations: ResourceDeclaration[] = [
  groupV36Declaration,
  agentV36Declaration,
  tagV36Declaration,
  greetingV36Declaration,
  // Auto access rules and group property values refer to groups.
  autoAccessV36Declaration,
  licensePropertyV36Declaration,
  groupPropertyV36Declaration,
  botV36Declaration,
  webhookV36Declaration,
  webhookStateV36Declaration,
];

/**
 * The v2 type whose objects a v3.6 type describes under the same ids (groups, agents, greetings: a v3.6 tag's
 * id is its name), so that a v3.6 resource can take over a v2 resource's state in place; none for a v2 type.
 */
export function v2TwinOf(declaration: ResourceDeclaration): ResourceDeclaration | undefined {
  if (!declaration.module) return undefined;
  const v2 = registry[declaration.type];
  return v2?.account.sameInV36 && !v2.account.sameInV36.idOf ? v2 : undefined;
}

/** Every resource type, by the key its serialized provider carries (`Agent`, `v36/Agent`). */
export const registry: Record<string, ResourceDeclaration> = Object.fromEntries(
  [...v2Declarations, ...v36Declarations].map((declaration) => [registryKey(declaration), declaration]),
);
