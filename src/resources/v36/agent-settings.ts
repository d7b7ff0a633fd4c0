// A v3.6 agent's sets and schedule: groups with a routing priority, notifications, e-mail subscriptions, and
// a work schedule in a timezone with several ranges a day.
import * as z from "zod";
import type { Field, Props, WireObject } from "../../provider/declaration";
import { asSet } from "../../provider/fields";
import { explained, integer, listOf, objectOf, oneOf, problemOf } from "../../provider/schema";
import { PRIORITIES, priority } from "./priorities";

export const NOTIFICATIONS = [
  "new_visitor",
  "incoming_chat",
  "returning_visitor",
  "queued_visitor",
  "visitor_is_typing",
  "new_goal",
  "unassigned_chats",
  "unassigned_chat_messages",
  "ticket",
  "inactive_notifications",
  "mute_all_sounds",
  "repeat_sound_notifications",
  "ticket_notifications",
  "incoming_message_for_focused_chat",
] as const;
export const EMAIL_SUBSCRIPTIONS = ["daily_summary", "weekly_summary"] as const;
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const membership = z
  .object({
    groupId: z.int().min(0).meta({ description: "The group's id." }),
    priority: z.enum(PRIORITIES).meta({
      description:
        "first (bots, before everyone), normal (primary), last (secondary) or supervisor (no chats).",
    }),
  })
  .strict()
  .meta({
    id: "AgentGroup",
    description: "A group the agent belongs to, with the agent's routing priority in it.",
  });

// Every agent is in group 0 with the normal priority: unless the program names group 0, it is not compared.
const withoutGroupZero = (v: unknown) =>
  (v as Props[]).filter((g) => !(Number(g.groupId) === 0 && g.priority === "normal"));

export const groups: Field = {
  doc:
    "The groups the agent belongs to, each with the agent's routing priority (a set). Leave unset to manage " +
    "membership from the groups' side (`v36.Group.agentPriorities`).",
  // uniqueItems: the JSON Schema refuses a repeated item (not a group twice with two priorities: it cannot).
  schema: explained(z.array(membership).meta({ uniqueItems: true }), (v) => {
    if (!Array.isArray(v)) return "must be a list of { groupId, priority }";
    for (const [i, g] of v.entries()) {
      if (!g || typeof g !== "object" || Array.isArray(g)) return `[${i}] must be { groupId, priority }`;
      const extra = Object.keys(g).find((k) => k !== "groupId" && k !== "priority");
      if (extra) return `[${i}] has unknown key ${extra}; the keys are groupId, priority`;
      const badId = problemOf(integer(0), g.groupId);
      if (badId) return `[${i}].groupId ${badId}`;
      const badPriority = problemOf(priority, g.priority);
      if (badPriority) return `[${i}].priority ${badPriority}`;
    }
    if (new Set(v.map((g) => g.groupId)).size !== v.length) return "must name each group once";
    return undefined;
  }),
  refersTo: "group",
  refersAt: "groupId",
  alwaysReturned: true,
  toWire: (v) => (v as Props[]).map((g) => ({ id: g.groupId, priority: g.priority })),
  fromWire: (o) =>
    (o.groups as WireObject[] | undefined)?.map((g) => ({ groupId: Number(g.id), priority: g.priority })),
  canonical: (v) => asSet(withoutGroupZero(v)),
};

export const notifications: Field = {
  doc: "The notifications the agent gets (a set). Unmanaged when unset: the server turns on its own defaults.",
  schema: listOf(oneOf(NOTIFICATIONS)),
  canonical: asSet,
};

export const emailSubscriptions: Field = {
  doc: "The summaries e-mailed to the agent (a set). Unmanaged when unset: the server subscribes new agents to the daily summary.",
  schema: listOf(oneOf(EMAIL_SUBSCRIPTIONS)),
  // get_agent calls them email_subscriptions, list_agents summaries.
  fromWire: (o) => o.email_subscriptions ?? o.summaries,
  canonical: asSet,
};

const range = z
  .object({
    day: z.enum(DAYS).meta({ description: "The day, sunday to saturday." }),
    enabled: z.boolean().meta({ description: "Whether the range is in use." }),
    start: z.string().regex(TIME).meta({ description: "When it starts, as HH:MM." }),
    end: z.string().regex(TIME).meta({ description: "When it ends, as HH:MM." }),
  })
  .strict()
  .meta({ id: "WorkRange", description: "One range of working hours; a day may have several." });

const schedule = z
  .object({
    timezone: z
      .string()
      .optional()
      .meta({
        description:
          "The schedule's timezone (an IANA name such as Europe/Warsaw); required when there are ranges.",
        examples: ["Europe/Warsaw", "America/New_York", "UTC"],
      }),
    schedule: z.array(range).meta({ description: "The ranges of working hours (a set)." }),
  })
  .strict()
  .meta({
    id: "WorkScheduler",
    description: "An agent's working hours in a timezone.",
    // The check's rule, for editors: ranges need a timezone.
    if: { required: ["schedule"], properties: { schedule: { type: "array", minItems: 1 } } },
    then: { required: ["timezone"], properties: { timezone: true } },
  });

export const workScheduler: Field = {
  doc: "Working hours: a timezone and ranges of hours, several a day if need be. Unmanaged when unset.",
  schema: objectOf(schedule, (v) => {
    const s = v as Props;
    const extra = Object.keys(s).find((k) => k !== "timezone" && k !== "schedule");
    if (extra) return `has unknown key ${extra}; the keys are timezone, schedule`;
    if (!Array.isArray(s.schedule)) return ".schedule must be a list of { day, enabled, start, end }";
    if (s.schedule.length > 0 && (typeof s.timezone !== "string" || !s.timezone.trim()))
      return ".timezone is required when the schedule has ranges, like Europe/Warsaw";
    if (s.timezone !== undefined && !isTimezone(s.timezone))
      return ".timezone must be an IANA timezone name, like Europe/Warsaw or America/New_York";
    for (const [i, r] of (s.schedule as Props[]).entries()) {
      if (!r || typeof r !== "object") return `.schedule[${i}] must be { day, enabled, start, end }`;
      const extraKey = Object.keys(r).find((k) => !["day", "enabled", "start", "end"].includes(k));
      if (extraKey)
        return `.schedule[${i}] has unknown key ${extraKey}; the keys are day, enabled, start, end`;
      if (!(DAYS as readonly string[]).includes(r.day as string))
        return `.schedule[${i}].day must be one of ${DAYS.join(", ")}`;
      if (typeof r.enabled !== "boolean") return `.schedule[${i}].enabled must be true or false`;
      for (const edge of ["start", "end"])
        if (!TIME.test(String(r[edge]))) return `.schedule[${i}].${edge} must be a time as HH:MM`;
      if (String(r.start) >= String(r.end)) return `.schedule[${i}] must start before it ends`;
    }
    return undefined;
  }),
  canonical: (v) => {
    const s = v as Props;
    return { timezone: s.timezone, schedule: asSet(s.schedule) };
  },
  // Without a timezone the server uses the agent's own: then only the ranges are managed.
  comparedPart: (actual, desired) =>
    actual && (desired as Props).timezone === undefined
      ? { ...(actual as Props), timezone: undefined }
      : actual,
};

function isTimezone(zone: unknown): boolean {
  if (typeof zone !== "string") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
