// What create_agent / update_agent bodies hold, read the v3.6 way: groups with priorities, notification
// and e-mail subscription sets, and the work scheduler, which create takes as {timezone, schedule[]} and
// update takes either that way or keyed by day ({monday: {start, end}}, as the reference's update example).

import { ApiError } from "../errors";
import {
  EMAIL_SUBSCRIPTIONS,
  NOTIFICATIONS,
  PRIORITIES,
  WEEKDAYS,
  inOrder,
  sortRanges,
  type Agent,
  type EmailSubscription,
  type NotificationName,
  type Priority,
  type State,
  type WorkSchedule,
} from "../model";
import { TIME, workScheduler } from "../routes/agent-input";
import { findGroup, setMembership } from "../routes/groups";
import { groupNotFound, validation } from "./errors";
import { arrayOf, bad, bool, obj, oneOf, onlyKeys, opt, req, setOf, type Parse } from "./input";

export interface GroupPriority {
  id: number;
  priority: Priority;
}

/** [{id, priority}]: both required, the group must exist. */
export function groupPriorities(state: State): Parse<GroupPriority[]> {
  return arrayOf((value, name) => {
    const item = obj(value, name);
    onlyKeys(item, ["id", "priority"], `${name}.`);
    const id = req(
      item,
      "id",
      (v, n) => {
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw bad(n, "a group id");
        return v;
      },
      `${name}.`,
    );
    if (!findGroup(state, id)) throw groupNotFound(id);
    return { id, priority: req(item, "priority", oneOf(PRIORITIES), `${name}.`) };
  });
}

/** Makes an agent a member of exactly these groups (group 0 always), with these priorities. */
export function setAgentGroups(state: State, login: string, groups: GroupPriority[]): void {
  setMembership(
    state,
    login,
    groups.map((g) => g.id).filter((id) => id !== 0),
  );
  const priorities = new Map(groups.map((g) => [g.id, g.priority]));
  for (const group of state.groups) {
    const priority = priorities.get(group.id);
    if (priority && priority !== "normal") group.priorities[login] = priority;
    else delete group.priorities[login];
  }
}

export const notifications: Parse<NotificationName[]> = (value, name) =>
  inOrder(setOf(oneOf(NOTIFICATIONS))(value, name), NOTIFICATIONS);

export const emailSubscriptions: Parse<EmailSubscription[]> = (value, name) =>
  inOrder(setOf(oneOf(EMAIL_SUBSCRIPTIONS))(value, name), EMAIL_SUBSCRIPTIONS);

const time: Parse<string> = (value, name) => {
  if (typeof value !== "string" || !TIME.test(value)) throw bad(name, "a time HH:MM");
  return value;
};

const timezone: Parse<string> = (value, name) => {
  if (typeof value !== "string") throw bad(name, "a time zone name such as Europe/Warsaw");
  if (value === "") return value;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
  } catch {
    throw bad(name, "a time zone name such as Europe/Warsaw");
  }
  return value;
};

/** {timezone, schedule: [{day, enabled, start, end}]}; timezone is required when schedule is not empty. */
export const fullSchedule: Parse<WorkSchedule> = (value, name) => {
  const input = obj(value, name);
  onlyKeys(input, ["timezone", "schedule"], `${name}.`);
  const schedule = req(
    input,
    "schedule",
    arrayOf((item, n) => {
      const range = obj(item, n);
      onlyKeys(range, ["day", "enabled", "start", "end"], `${n}.`);
      return {
        day: req(range, "day", oneOf(WEEKDAYS), `${n}.`),
        enabled: req(range, "enabled", bool, `${n}.`),
        start: req(range, "start", time, `${n}.`),
        end: req(range, "end", time, `${n}.`),
      };
    }),
    `${name}.`,
  );
  const zone =
    schedule.length > 0
      ? req(input, "timezone", timezone, `${name}.`)
      : opt(input, "timezone", timezone, `${name}.`);
  // An empty timezone falls back to the agent's own (DEFAULT_TIMEZONE).
  return { ...(zone ? { timezone: zone } : {}), schedule: sortRanges(schedule) };
};

/** update_agent's work_scheduler: the full form, or days merged into the current schedule. */
export function updatedSchedule(agent: Agent): Parse<WorkSchedule> {
  return (value, name) => {
    const input = obj(value, name);
    if ("schedule" in input || "timezone" in input) return fullSchedule(value, name);
    try {
      return workScheduler(input, agent.workScheduler);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) throw validation(err.message);
      throw err;
    }
  };
}
