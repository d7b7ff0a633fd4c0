// The LiveChat policy pack's policies, as @pulumi/policy takes them: each rule (resource-rules.ts, stack-rules.ts)
// with its parameters, their defaults and JSON Schema. The pack that serves them is policy/index.js at the package's
// top; docs/policy.md tells how to run it. Every policy is advisory unless the policy config says otherwise.
import {
  UnknownValueError,
  type PolicyConfigSchema,
  type PolicyResource,
  type ResourceValidationPolicy,
  type StackValidationPolicy,
} from "@pulumi/policy";
import {
  greetingMessageProblems,
  maxChatsProblems,
  roleProblems,
  webhookUrlProblems,
  type MaxChatsConfig,
  type RolesConfig,
  type WebhookUrlConfig,
} from "./resource-rules";
import {
  agentsWithoutGroup,
  unstaffedGroups,
  type StackResource,
  type StackViolation,
  type StaffingConfig,
} from "./stack-rules";
import {
  AGENTS,
  BOTS,
  byToken,
  GREETINGS,
  GROUPS,
  ROLES,
  UNKNOWN,
  WEBHOOKS,
  type Props,
  type Target,
} from "./targets";

/** A property read through @pulumi/policy's proxy, as plain data with its unknown values as UNKNOWN. */
export function plain(read: () => unknown): unknown {
  let v: unknown;
  try {
    v = read();
  } catch (e) {
    if (e instanceof UnknownValueError) return UNKNOWN;
    throw e;
  }
  // Element by element: the proxy throws on reading an unknown one.
  if (Array.isArray(v)) return Array.from({ length: v.length }, (_, i) => plain(() => (v as unknown[])[i]));
  if (v && typeof v === "object")
    return Object.fromEntries(Object.keys(v).map((k) => [k, plain(() => (v as Props)[k])]));
  return v;
}

/** A resource's properties as the rules take them, without the serialized provider. */
const propsOf = (props: Record<string, unknown>): Props => {
  const { __provider: _, ...rest } = plain(() => props) as Props;
  return rest;
};

/** The policy config's parameters over the defaults (the engine may fill in the schema's defaults itself, too). */
const configOf = <C extends object>(defaults: C, args: { getConfig<T extends object>(): T }): C => ({
  ...defaults,
  ...args.getConfig<C>(),
});
/** The JSON Schema of a rule's parameters, each with its default. */
const schemaOf = (properties: PolicyConfigSchema["properties"]): PolicyConfigSchema => ({ properties });

interface ResourceRule<C extends object> {
  name: string;
  description: string;
  targets: Target[];
  defaults: C;
  configSchema?: PolicyConfigSchema;
  check(t: Target, props: Props, config: C): string[];
}

function resourcePolicy<C extends object>(rule: ResourceRule<C>): ResourceValidationPolicy {
  const targets = byToken(rule.targets);
  return {
    name: rule.name,
    description: rule.description,
    configSchema: rule.configSchema,
    validateResource: (args, reportViolation) => {
      const t = targets.get(args.type);
      if (!t) return;
      for (const message of rule.check(t, propsOf(args.props), configOf(rule.defaults, args)))
        reportViolation(message);
    },
  };
}

interface StackRule<C extends object> {
  name: string;
  description: string;
  /** The types whose resources the rule reads. */
  reads: Target[];
  defaults: C;
  configSchema?: PolicyConfigSchema;
  check(resources: StackResource[], config: C): StackViolation[];
}

function stackPolicy<C extends object>(rule: StackRule<C>): StackValidationPolicy {
  const reads = byToken(rule.reads);
  const toStackResource = (r: PolicyResource): StackResource => ({
    token: r.type,
    urn: r.urn,
    name: r.name,
    props: propsOf(r.props),
    propertyDependencies: Object.fromEntries(
      Object.entries(r.propertyDependencies).map(([k, rs]) => [k, rs.map((d) => d.urn)]),
    ),
  });
  return {
    name: rule.name,
    description: rule.description,
    configSchema: rule.configSchema,
    validateStack: (args, reportViolation) => {
      const resources = args.resources.filter((r) => reads.has(r.type)).map(toStackResource);
      for (const v of rule.check(resources, configOf(rule.defaults, args))) reportViolation(v.message, v.urn);
    },
  };
}

const webhookDefaults: WebhookUrlConfig = { allowedDomains: [] };
const maxChatsDefaults: MaxChatsConfig = { maxChats: 10 };
const rolesDefaults: RolesConfig = { roles: {}, defaultRoles: ROLES };
const staffingDefaults: StaffingConfig = { countBots: false };

export const policies = [
  resourcePolicy({
    name: "webhook-url",
    description:
      "Webhooks call https addresses, on the allowed domains (allowedDomains, subdomains included) if any.",
    targets: WEBHOOKS,
    defaults: webhookDefaults,
    configSchema: schemaOf({
      allowedDomains: { type: "array", items: { type: "string" }, default: webhookDefaults.allowedDomains },
    }),
    check: (_t, props, config) => webhookUrlProblems(props, config),
  }),
  stackPolicy({
    name: "agent-in-group",
    description: "Every agent is in a group besides group 0 (from its groups or a group's member list).",
    reads: [...AGENTS, ...GROUPS],
    defaults: {},
    check: (resources) => agentsWithoutGroup(resources),
  }),
  stackPolicy({
    name: "group-staffed",
    description: "Every group has an agent at first or normal priority (a bot too, with countBots).",
    reads: [...AGENTS, ...BOTS, ...GROUPS],
    defaults: staffingDefaults,
    configSchema: schemaOf({ countBots: { type: "boolean", default: staffingDefaults.countBots } }),
    check: (resources, config) => unstaffedGroups(resources, config),
  }),
  resourcePolicy({
    name: "max-chats-per-agent",
    description: "No agent takes more than maxChats chats at once.",
    targets: AGENTS,
    defaults: maxChatsDefaults,
    configSchema: schemaOf({ maxChats: { type: "integer", minimum: 0, default: maxChatsDefaults.maxChats } }),
    check: maxChatsProblems,
  }),
  resourcePolicy({
    name: "agent-roles",
    description:
      "Agents hold only the roles the config allows them: defaultRoles for everyone, roles per login.",
    targets: AGENTS,
    defaults: rolesDefaults,
    configSchema: schemaOf({
      roles: {
        type: "object",
        propertyNames: { enum: ROLES },
        additionalProperties: { type: "array", items: { type: "string" } },
        default: rolesDefaults.roles,
      },
      defaultRoles: { type: "array", items: { enum: ROLES }, default: rolesDefaults.defaultRoles },
    }),
    check: roleProblems,
  }),
  resourcePolicy({
    name: "greeting-message",
    description: "Every greeting carries a message of its own.",
    targets: GREETINGS,
    defaults: {},
    check: (t, props) => greetingMessageProblems(t, props),
  }),
];
