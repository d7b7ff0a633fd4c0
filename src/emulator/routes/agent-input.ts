// What an /agents request body holds, read and checked the way the server does: groups, password,
// notifications (the flags create requires and those update takes) and the work schedule.
import {
  NOTIFICATIONS,
  WEEKDAYS,
  defaultWorkSchedule,
  inOrder,
  setV2Day,
  v2Scheduler,
  type NotificationName,
  type State,
  type WorkSchedule,
} from "../model";
import { flag, has, invalid, isPlainObject, list, object, onlyKeys, required, unique } from "../validate";
import { existingGroup } from "./groups";

// The flags v2 answers, in its order; each is on when the agent's notification set holds it.
export const NOTIFICATION_KEYS: NotificationName[] = [
  "new_visitor",
  "returning_visitor",
  "queued_visitor",
  "visitor_is_typing",
  "new_goal",
];
// Creating requires all of these; incoming_chat is kept (v3.6 shows it) but v2 never answers it back.
const CREATE_NOTIFICATION_KEYS = [
  "new_visitor",
  "incoming_chat",
  "returning_visitor",
  "queued_visitor",
  "visitor_is_typing",
  "new_goal",
];
const UPDATE_NOTIFICATION_KEYS = ["new_visitor", "returning_visitor", "queued_visitor", "visitor_is_typing"];
export const CREATE_PERMISSIONS = ["administrator", "normal"] as const;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Group ids from a request; group 0 is accepted and ignored since every agent is in it. */
export function groupIds(state: State, value: unknown, name = "groups"): number[] {
  const ids = list(name)(value).map((item, i) => {
    const id = isPlainObject(item) ? item.id : item; // tolerate the answer's {id, name} shape
    return existingGroup(state, id, `${name}[${i}]`).id;
  });
  return unique(ids).filter((id) => id !== 0);
}

export function password(value: unknown): string {
  if (typeof value !== "string" || value.length < 5) throw invalid("password", "at least 5 characters long");
  return value;
}

export function createNotifications(value: unknown): NotificationName[] {
  const input = object("notifications")(value);
  onlyKeys("notifications", input, CREATE_NOTIFICATION_KEYS);
  const on: NotificationName[] = [];
  for (const key of CREATE_NOTIFICATION_KEYS) {
    const v = required(input, key, "0 or 1", flag(`notifications.${key}`), `notifications.${key}`);
    if (v === 1) on.push(key as NotificationName);
  }
  return inOrder(on, NOTIFICATIONS);
}

export function updateNotifications(value: unknown, current: NotificationName[]): NotificationName[] {
  const input = object("notifications")(value);
  onlyKeys("notifications", input, UPDATE_NOTIFICATION_KEYS);
  const on = new Set(current);
  for (const key of NOTIFICATION_KEYS) {
    if (!has(input, key)) continue;
    if (flag(`notifications.${key}`)(input[key]) === 1) on.add(key);
    else on.delete(key);
  }
  return inOrder(on, NOTIFICATIONS);
}

/** v2's (and v3.6 update_agent's) day-keyed form: merges the given days into the schedule's v2 view. */
export function workScheduler(value: unknown, current: WorkSchedule = defaultWorkSchedule()): WorkSchedule {
  const input = object("work_scheduler")(value);
  onlyKeys("work_scheduler", input, WEEKDAYS);
  const view = v2Scheduler(current);
  let result = current;
  for (const day of WEEKDAYS) {
    if (!has(input, day)) continue;
    const name = `work_scheduler.${day}`;
    const dayInput = object(name)(input[day]);
    onlyKeys(name, dayInput, ["enabled", "start", "end"]);
    const next = { ...view[day] };
    if (has(dayInput, "enabled")) next.enabled = flag(`${name}.enabled`)(dayInput.enabled);
    for (const edge of ["start", "end"] as const) {
      if (!has(dayInput, edge)) continue;
      const time = dayInput[edge];
      if (typeof time !== "string" || !TIME.test(time)) throw invalid(`${name}.${edge}`, "a time HH:MM");
      next[edge] = time;
    }
    result = setV2Day(result, day, next);
  }
  return result;
}
