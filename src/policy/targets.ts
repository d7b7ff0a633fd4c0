// The resource types the policy pack's rules check, taken from the provider's own declarations: each rule's type
// tokens are made by `typeToken` from the declaration the provider registers, so a renamed type keeps its rules,
// and each field a rule reads is checked against the declaration when this module loads.
import { jsonSchemaOf } from "../provider/schema";
import { className, typeToken, type Props, type ResourceDeclaration } from "../provider/declaration";
import { registry } from "../resources/registry";
import { agentDeclaration } from "../resources/agent";
import { greetingDeclaration } from "../resources/greeting";
import { groupDeclaration } from "../resources/group";
import { webhookDeclaration } from "../resources/webhook";
import { agentV36Declaration } from "../resources/v36/agent";
import { botV36Declaration } from "../resources/v36/bot";
import { greetingV36Declaration } from "../resources/v36/greeting";
import { groupV36Declaration } from "../resources/v36/group";
import { webhookV36Declaration } from "../resources/v36/webhook";

export type { Props };

/** A value the engine does not know yet (during a preview: an id of an object still to be made). */
export const UNKNOWN: unique symbol = Symbol("unknown during preview");
export const isUnknown = (v: unknown): v is typeof UNKNOWN => v === UNKNOWN;

/** A type a rule checks: its declaration, its type token and the API generation whose field names it has. */
export interface Target {
  declaration: ResourceDeclaration;
  token: string;
  v36: boolean;
}

function target(declaration: ResourceDeclaration, reads: string[]): Target {
  if (!Object.values(registry).includes(declaration))
    throw new Error(`policy: ${className(declaration)} is not a registered resource type`);
  const missing = reads.filter((f) => !(f in declaration.fields));
  if (missing.length) throw new Error(`policy: ${className(declaration)} has no field ${missing.join(", ")}`);
  return { declaration, token: typeToken(declaration), v36: declaration.module === "v36" };
}

// The fields each generation names differently, by what they are.
export const AGENT_FIELDS = {
  v2: { login: "login", role: "permission", groups: "groups" },
  v36: { login: "agentId", role: "role", groups: "groups" },
} as const;
const agentReads = (v: keyof typeof AGENT_FIELDS) => [...Object.values(AGENT_FIELDS[v]), "maxChatsCount"];

export const AGENTS = [
  target(agentDeclaration, agentReads("v2")),
  target(agentV36Declaration, agentReads("v36")),
];
export const GROUPS = [
  target(groupDeclaration, ["name", "agents"]),
  target(groupV36Declaration, ["name", "agentPriorities"]),
];
export const BOTS = [target(botV36Declaration, ["name", "groups"])];
export const WEBHOOKS = [target(webhookDeclaration, ["url"]), target(webhookV36Declaration, ["url"])];
export const GREETINGS = [
  target(greetingDeclaration, ["message"]),
  target(greetingV36Declaration, ["properties", "richMessage"]),
];

/** The targets by type token. */
export const byToken = (targets: Target[]) => new Map(targets.map((t) => [t.token, t]));

/** Agents' roles in either generation (v2's `permission`, v3.6's `role`), from the fields' own schemas. */
export const ROLES: string[] = [
  ...new Set(
    AGENTS.flatMap((t) => {
      const field = t.declaration.fields[AGENT_FIELDS[t.v36 ? "v36" : "v2"].role];
      return (jsonSchemaOf(field.schema).enum as string[] | undefined) ?? [];
    }),
  ),
];

/** A field's default as check fills it in (the value an unset field has in the inputs a policy sees). */
export const defaultOf = (t: Target, field: string): unknown => t.declaration.fields[field]?.default;
