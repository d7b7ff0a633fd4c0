// Groups.

/** Membership lives only here (group.agents); agent.groups is derived, so the two always agree. */
export interface Group {
  id: number;
  name: string;
  language: string;
  agents: string[];
}
