// The account spec: a whole LiveChat configuration in one YAML file. Objects refer to each other by name
// (an agent's groups, a tag's group), so the same file applies to any license.

/** A group, by name (declared in the spec) or by numeric id; 0 is all agents. */
export type GroupRef = string | number;

/** A secret taken from the stack's config: `{ secret: "jennyPassword" }` reads `pulumi config --secret`. */
export interface SecretRef {
  secret: string;
}

interface Entry {
  /** Take over an existing object with the same natural key. Default: the spec's top-level `adopt`. */
  adopt?: boolean;
  /** The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing. */
  key?: string;
  /**
   * The entry's name before a rename (groups, goals, greetings): the object keeps its identity and is
   * updated in place, and so do a renamed group's greetings, tags and canned responses.
   */
  renamedFrom?: string;
}

export interface GroupEntry extends Entry {
  name: string;
  language?: string;
  /** Member logins; usually left unset, with membership given on the agents. */
  agents?: string[];
}

export interface AgentEntry extends Entry {
  login: string;
  name: string;
  permission?: string;
  jobTitle?: string;
  loginStatus?: string;
  password?: SecretRef;
  groups?: GroupRef[];
  notifications?: Record<string, boolean>;
  dailySummary?: boolean;
  maxChatsCount?: number;
  workScheduler?: Record<string, { enabled: boolean; start: string; end: string }>;
}

export interface GoalEntry extends Entry {
  name: string;
  type: string;
  active?: boolean;
  [field: string]: unknown;
}

export interface GreetingRuleEntry {
  type: string;
  operator?: string;
  value?: string | number;
  variableName?: string;
  variableValue?: string | number | boolean;
  urls?: { url: string; operator?: string }[];
}

export interface GreetingEntry extends Entry {
  name: string;
  rules: GreetingRuleEntry[];
  message?: string;
  active?: boolean;
  group?: GroupRef;
  subtype?: string;
}

export interface TagEntry extends Entry {
  name: string;
  group?: GroupRef;
  author?: string;
}

export interface CannedResponseEntry extends Entry {
  text: string;
  tags: string[];
  group?: GroupRef;
}

export interface WebhookEntry extends Entry {
  url: string;
  eventType: string;
  dataTypes: string[];
}

export interface AccountSpec {
  /**
   * `none` says that a spec without entries is meant: applying it deletes every object the stack manages.
   * Without it, a spec with no entries is refused (a file cut short must not empty the account).
   */
  objects?: "none";
  /** Default for every entry's `adopt`. */
  adopt?: boolean;
  groups?: GroupEntry[];
  agents?: AgentEntry[];
  goals?: GoalEntry[];
  greetings?: GreetingEntry[];
  tags?: TagEntry[];
  cannedResponses?: CannedResponseEntry[];
  webhooks?: WebhookEntry[];
}

/** The spec's sections in the order objects depend on each other, with the resource type of each. */
export const SECTIONS = [
  ["groups", "Group"],
  ["agents", "Agent"],
  ["goals", "Goal"],
  ["greetings", "Greeting"],
  ["tags", "Tag"],
  ["cannedResponses", "CannedResponse"],
  ["webhooks", "Webhook"],
] as const;

export type Section = (typeof SECTIONS)[number][0];
