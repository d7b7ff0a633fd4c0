// What an /agents request body holds, read and checked the way the server does: groups, password,
// notifications (the flags create requires and those update takes) and the work schedule.
import { WEEKDAYS, defaultWorkScheduler, type Notifications, type State, type WorkScheduler } from "../model";
import { flag, has, invalid, isPlainObject, list, object, onlyKeys, required, unique } from "../validate";
import { existingGroup } from "./groups";

// Wire name -> model name, in the order the server answers them.
export const NOTIFICATION_KEYS: [string, keyof Notifications][] = [
  ["new_visitor", "newVisitor"],
  ["returning_visitor", "returningVisitor"],
  ["queued_visitor", "queuedVisitor"],
  ["visitor_is_typing", "visitorIsTyping"],
  ["new_goal", "newGoal"],
];
// Creating requires all of these; incoming_chat is accepted but never answered back.
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
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

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

export function createNotifications(value: unknown): Notifications {
  const input = object("notifications")(value);
  onlyKeys("notifications", input, CREATE_NOTIFICATION_KEYS);
  const result = {} as Notifications;
  for (const key of CREATE_NOTIFICATION_KEYS) {
    const v = required(input, key, "0 or 1", flag(`notifications.${key}`), `notifications.${key}`);
    const model = NOTIFICATION_KEYS.find(([wire]) => wire === key)?.[1];
    if (model) result[model] = v;
  }
  return result;
}

export function updateNotifications(value: unknown, current: Notifications): Notifications {
  const input = object("notifications")(value);
  onlyKeys("notifications", input, UPDATE_NOTIFICATION_KEYS);
  const result = { ...current };
  for (const [wire, key] of NOTIFICATION_KEYS) {
    if (has(input, wire)) result[key] = flag(`notifications.${wire}`)(input[wire]);
  }
  return result;
}

export function workScheduler(
  value: unknown,
  current: WorkScheduler = defaultWorkScheduler(),
): WorkScheduler {
  const input = object("work_scheduler")(value);
  onlyKeys("work_scheduler", input, WEEKDAYS);
  const result = structuredClone(current);
  for (const day of WEEKDAYS) {
    if (!has(input, day)) continue;
    const name = `work_scheduler.${day}`;
    const dayInput = object(name)(input[day]);
    onlyKeys(name, dayInput, ["enabled", "start", "end"]);
    if (has(dayInput, "enabled")) result[day].enabled = flag(`${name}.enabled`)(dayInput.enabled);
    for (const edge of ["start", "end"] as const) {
      if (!has(dayInput, edge)) continue;
      const time = dayInput[edge];
      if (typeof time !== "string" || !TIME.test(time)) throw invalid(`${name}.${edge}`, "a time HH:MM");
      result[day][edge] = time;
    }
  }
  return result;
}
