// Working hours. v3.6 keeps a list of ranges ({day, enabled, start, end}, several per day) and a timezone;
// v2 shows one {enabled, start, end} per weekday. v2's view of a day with several ranges spans them: from
// the earliest start to the latest end of its enabled ranges (of all of them when none is enabled), enabled
// if any is. A day without ranges shows as disabled with v2's default hours. A v2 write to a day replaces
// that day's ranges with the one range it describes, so a v2-made schedule is one range per day.

import type { Flag } from "./scalars";

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WorkRange {
  day: Weekday;
  enabled: boolean;
  start: string;
  end: string;
}

export interface WorkSchedule {
  /** IANA name; absent when the schedule came from v2 (v3.6 answers DEFAULT_TIMEZONE then). */
  timezone?: string;
  /** Sorted by weekday (sunday first), then start. */
  schedule: WorkRange[];
}

/** The agent's own timezone, which v3.6 falls back to: the emulator's agents all live in UTC. */
export const DEFAULT_TIMEZONE = "UTC";

/** v2's shape of one day. */
export interface WorkDay {
  enabled: Flag;
  start: string;
  end: string;
}
export type WorkScheduler = Record<Weekday, WorkDay>;

const defaultDay = (day: Weekday): WorkDay => ({
  enabled: day === "sunday" || day === "saturday" ? 0 : 1,
  start: day === "sunday" ? "11:00" : "09:00",
  end: "17:00",
});

/** What v2 sets on an agent's first PUT: monday to friday 09:00-17:00 on, the weekend off. */
export function defaultWorkSchedule(): WorkSchedule {
  return {
    schedule: WEEKDAYS.map((day) => {
      const d = defaultDay(day);
      return { day, enabled: d.enabled === 1, start: d.start, end: d.end };
    }),
  };
}

export function sortRanges(ranges: WorkRange[]): WorkRange[] {
  return [...ranges].sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start.localeCompare(b.start),
  );
}

export function v2Day(schedule: WorkSchedule, day: Weekday): WorkDay {
  const ranges = schedule.schedule.filter((r) => r.day === day);
  if (ranges.length === 0) return { ...defaultDay(day), enabled: 0 };
  const enabled = ranges.filter((r) => r.enabled);
  const span = enabled.length > 0 ? enabled : ranges;
  return {
    enabled: enabled.length > 0 ? 1 : 0,
    start: span.map((r) => r.start).sort()[0],
    end: span
      .map((r) => r.end)
      .sort()
      .reverse()[0],
  };
}

export function v2Scheduler(schedule: WorkSchedule): WorkScheduler {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, v2Day(schedule, day)])) as WorkScheduler;
}

/** Replaces one day's ranges with the single range a v2 write describes. */
export function setV2Day(schedule: WorkSchedule, day: Weekday, value: WorkDay): WorkSchedule {
  const others = schedule.schedule.filter((r) => r.day !== day);
  const range: WorkRange = { day, enabled: value.enabled === 1, start: value.start, end: value.end };
  return { ...schedule, schedule: sortRanges([...others, range]) };
}
