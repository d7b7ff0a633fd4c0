import type { ResourceDeclaration } from "../provider/declaration";
import { agentDeclaration } from "./agent";
import { cannedResponseDeclaration } from "./canned-response";
import { goalDeclaration } from "./goal";
import { greetingDeclaration } from "./greeting";
import { groupDeclaration } from "./group";
import { tagDeclaration } from "./tag";
import { webhookDeclaration } from "./webhook";

/** Every resource type, by the name the serialized provider carries. */
export const registry: Record<string, ResourceDeclaration> = Object.fromEntries(
  [
    agentDeclaration,
    groupDeclaration,
    goalDeclaration,
    greetingDeclaration,
    tagDeclaration,
    cannedResponseDeclaration,
    webhookDeclaration,
  ].map((declaration) => [declaration.type, declaration]),
);
