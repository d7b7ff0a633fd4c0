// Groups and routing priorities.

/** v3.6's routing priorities of an agent or bot in a group; v2 has none (everyone is "normal"). */
export const PRIORITIES = ["first", "normal", "last", "supervisor"] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * Agent membership lives only here (group.agents); agent.groups is derived, so the two always agree.
 * Group 0 holds every agent implicitly. Bots keep their own memberships (model/bot.ts).
 */
export interface Group {
  id: number;
  name: string;
  language: string;
  agents: string[];
  /** Agents' priorities other than "normal", by login (for group 0 too). */
  priorities: Record<string, Priority>;
}
