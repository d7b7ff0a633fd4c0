// v3.6-only objects that are not agents: webhooks owned by a Client ID, auto accesses, and properties.

export interface ClientWebhook {
  id: string;
  ownerClientId: string;
  action: string;
  url: string;
  secretKey: string;
  type: "license" | "bot";
  description?: string;
  filters?: Record<string, unknown>;
  additionalData?: string[];
}

export interface AutoAccess {
  id: string;
  description?: string;
  access: { groups: number[] };
  conditions: Record<string, unknown>;
}

export const PROPERTY_TYPES = ["int", "string", "bool", "tokenized_string"] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];
export const PROPERTY_LOCATIONS = ["chat", "thread", "event", "license", "group"] as const;

export type PropertyValue = string | number | boolean;

export interface PropertyConfig {
  name: string;
  ownerClientId: string;
  type: PropertyType;
  /** {location: {agent?: ["read", "write"], customer?: [...]}} */
  access: Record<string, Record<string, string[]>>;
  description: string;
  domain?: PropertyValue[];
  range?: { from?: number; to?: number };
  defaultValue?: PropertyValue;
  /** Set once published. */
  publicAccess?: string[];
}

/** namespace -> property name -> value. */
export type PropertyValues = Record<string, Record<string, PropertyValue>>;
