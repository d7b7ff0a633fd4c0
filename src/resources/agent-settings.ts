// An agent's notifications and work schedule: nested values with wire forms (0/1 flags) and update rules
// of their own.
import * as z from "zod";
import type { Field, Props, WireObject } from "../provider/declaration";
import { objectOf } from "../provider/schema";

const NOTIFICATIONS = {
  newVisitor: { wire: "new_visitor", default: true, updatable: true, doc: "A new visitor arrives." },
  returningVisitor: {
    wire: "returning_visitor",
    default: true,
    updatable: true,
    doc: "A visitor comes back.",
  },
  queuedVisitor: { wire: "queued_visitor", default: true, updatable: true, doc: "A visitor is queued." },
  visitorIsTyping: {
    wire: "visitor_is_typing",
    default: false,
    updatable: true,
    doc: "A visitor is typing.",
  },
  newGoal: {
    wire: "new_goal",
    default: true,
    updatable: false,
    doc: "A goal is reached. The API sets it only at creation: a difference later is a warning, never applied.",
  },
  incomingChat: {
    wire: "incoming_chat",
    default: true,
    updatable: false,
    doc: "A chat comes in. The API sets it only at creation and never reports it.",
  },
} as const;
type NotificationName = keyof typeof NOTIFICATIONS;
export const NOTIFICATION_NAMES = Object.keys(NOTIFICATIONS) as NotificationName[];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

export const flag = (v: unknown) => (v ? 1 : 0);
export const isSet = (v: unknown) => v === 1 || v === "1" || v === true;

const notificationsShape = z
  .object(
    Object.fromEntries(
      NOTIFICATION_NAMES.map((k) => [
        k,
        z
          .boolean()
          .optional()
          .meta({ description: `${NOTIFICATIONS[k].doc} Default ${NOTIFICATIONS[k].default}.` }),
      ]),
    ) as Record<NotificationName, z.ZodOptional<z.ZodBoolean>>,
  )
  .strict()
  .meta({ id: "AgentNotifications", description: "Which notifications an agent gets." });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const workDay = z
  .object({
    enabled: z.boolean().meta({ description: "Whether the agent works that day." }),
    start: time.meta({ description: "When the day starts, as HH:MM." }),
    end: time.meta({ description: "When the day ends, as HH:MM." }),
  })
  .strict()
  .meta({ id: "WorkDay", description: "One day of an agent's work schedule (enterprise plans)." });

/** Compared on the flags an update can change: incomingChat is never reported, newGoal set only at creation. */
const canonicalNotifications = (v: unknown) => {
  const n = v as Record<string, unknown>;
  return Object.fromEntries(
    NOTIFICATION_NAMES.filter((k) => NOTIFICATIONS[k].updatable).map((k) => [k, n[k]]),
  );
};

export const notifications: Field = {
  doc: "Which notifications the agent gets.",
  schema: objectOf(notificationsShape, (v) => {
    for (const [key, value] of Object.entries(v as Props)) {
      if (!(key in NOTIFICATIONS))
        return `has unknown key ${key}; the keys are ${NOTIFICATION_NAMES.join(", ")}`;
      if (typeof value !== "boolean") return `.${key} must be true or false`;
    }
    return undefined;
  }),
  default: {},
  toWire: (v) =>
    Object.fromEntries(NOTIFICATION_NAMES.map((k) => [NOTIFICATIONS[k].wire, flag((v as Props)[k])])),
  fromWire: (o) => {
    const n = o.notifications as WireObject | undefined;
    if (!n) return undefined;
    return Object.fromEntries(
      NOTIFICATION_NAMES.filter((k) => n[NOTIFICATIONS[k].wire] !== undefined).map((k) => [
        k,
        isSet(n[NOTIFICATIONS[k].wire]),
      ]),
    );
  },
  canonical: canonicalNotifications,
  // A seat is never replaced for a notification flag: a newGoal the account has otherwise is a warning.
  fixedAtCreation: (desired, actual) =>
    actual !== undefined && (desired as Props).newGoal !== (actual as Props).newGoal ? ["newGoal"] : [],
};

/** Every notification flag, the given ones and the defaults of the rest (check's completion). */
export const completeNotifications = (given: Props) =>
  Object.fromEntries(NOTIFICATION_NAMES.map((k) => [k, given[k] ?? NOTIFICATIONS[k].default]));

/** The flags an update sends: those the API can change after creation. */
export const updatableNotifications = (wire: WireObject) =>
  Object.fromEntries(
    NOTIFICATION_NAMES.filter((k) => NOTIFICATIONS[k].updatable).map((k) => [
      NOTIFICATIONS[k].wire,
      wire[NOTIFICATIONS[k].wire],
    ]),
  );

export const workScheduler: Field = {
  doc: "Work schedule per day, sunday to saturday (enterprise plans). Unmanaged when unset; only the days given are managed.",
  schema: objectOf(
    z.partialRecord(z.enum(DAYS), workDay),
    (v) => {
      for (const [day, hours] of Object.entries(v as Record<string, Record<string, unknown>>)) {
        if (!(DAYS as readonly string[]).includes(day))
          return `has unknown day ${day}; the days are ${DAYS.join(", ")}`;
        if (typeof hours?.enabled !== "boolean") return `.${day}.enabled must be true or false`;
        for (const edge of ["start", "end"]) {
          if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(String(hours[edge])))
            return `.${day}.${edge} must be a time as HH:MM`;
        }
      }
      return undefined;
    },
    "an object keyed by day (sunday ... saturday)",
  ),
  // POST /agents does not take a work schedule.
  setByUpdate: true,
  toWire: (v) =>
    Object.fromEntries(
      Object.entries(v as Record<string, Props>).map(([d, h]) => [d, { ...h, enabled: flag(h.enabled) }]),
    ),
  fromWire: (o) => {
    const s = o.work_scheduler as Record<string, Props> | undefined;
    return (
      s &&
      Object.fromEntries(
        Object.entries(s).map(([d, h]) => [d, { enabled: isSet(h.enabled), start: h.start, end: h.end }]),
      )
    );
  },
  // Only the days the program names are managed.
  comparedPart: (actual, desired) =>
    actual &&
    Object.fromEntries(
      Object.keys(desired as Props).map((day) => [day, (actual as Record<string, unknown>)[day]]),
    ),
};

/** The schedule the API reports for an agent once updated, when nobody set one (the reference's example). */
export const SERVER_SCHEDULE: Record<string, { enabled: boolean; start: string; end: string }> = {
  sunday: { enabled: false, start: "11:00", end: "17:00" },
  monday: { enabled: true, start: "09:00", end: "17:00" },
  tuesday: { enabled: true, start: "09:00", end: "17:00" },
  wednesday: { enabled: true, start: "09:00", end: "17:00" },
  thursday: { enabled: true, start: "09:00", end: "17:00" },
  friday: { enabled: true, start: "09:00", end: "17:00" },
  saturday: { enabled: false, start: "09:00", end: "17:00" },
};
