// Routing priorities: how an agent or bot gets a group's chats. One word each in v3.6, on both sides of the
// membership (a group's agent_priorities, an agent's groups).
import * as z from "zod";
import type { Field, Props } from "../../provider/declaration";
import { objectOf, oneOf, pathSegment, problemOf } from "../../provider/schema";

export const PRIORITIES = ["first", "normal", "last", "supervisor"] as const;
export const priority = oneOf(PRIORITIES);

// Members are agents (by e-mail, which the server matches case-insensitively) and bots (by their id).
const memberId = pathSegment();
const lowerKeys = (v: unknown) =>
  Object.fromEntries(Object.entries(v as Props).map(([login, p]) => [login.toLowerCase(), p]));

/** A group's members by id, each with a priority (the group's side of membership). */
export const agentPriorities: Omit<Field, "doc"> = {
  // Keys as memberId's JSON Schema says them (its pattern), so that an editor checks them too.
  schema: objectOf(z.record(memberId.out, z.enum(PRIORITIES)), (v) => {
    for (const [login, p] of Object.entries(v as Props)) {
      const badId = problemOf(memberId, login);
      if (badId) return `has a member ${badId.replace(/^must/, "whose id must")}`;
      const badPriority = problemOf(priority, p);
      if (badPriority) return `.${login} ${badPriority}`;
    }
    return undefined;
  }),
  canonical: lowerKeys,
  alwaysReturned: true,
  refersTo: "agent",
};
