import type { ResourceDeclaration } from "../provider/declaration";
import { agentDeclaration } from "./agent";
import { cannedResponseDeclaration } from "./canned-response";
import { goalDeclaration } from "./goal";
import { greetingDeclaration } from "./greeting";
import { groupDeclaration } from "./group";
import { tagDeclaration } from "./tag";
import { webhookDeclaration } from "./webhook";

/**
 * Every resource type, by the name the serialized provider carries, in the order objects depend on each
 * other (groups first: the others refer to them). The account spec's sections, the generated classes and
 * docs, export and the unmanaged-object listing all follow this list.
 */
export const registry: Record<string, ResourceDeclaration> = Object.fromEntries(
  [
    groupDeclaration,
    agentDeclaration,
    goalDeclaration,
    greetingDeclaration,
    tagDeclaration,
    cannedResponseDeclaration,
    webhookDeclaration,
  ].map((declaration) => [declaration.type, declaration]),
);
