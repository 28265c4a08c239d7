import { addMonths, monthOf, yearOf, type IsoDate } from '../core';
import type { ActivitySchedule } from './types';
import { deepFrozen } from '../core/frozen';

/** The months of each period a schedule or an engagement frequency repeats by. */
export const MONTHS: Readonly<Record<NonNullable<ActivitySchedule['every']>, number>> = /* @__PURE__ */ deepFrozen({ month: 1, quarter: 3, 'half-year': 6, year: 12 });

/**
 * The dates of an activity's sessions: the dates given; otherwise the first day and then every period of
 * `every` (counted from the first day, clamped to the month's end) while inside the schedule; otherwise the first day.
 */
export function sessionsOf(schedule: ActivitySchedule): readonly IsoDate[] {
  if (schedule.sessions !== undefined) return schedule.sessions;
  if (schedule.every === undefined) return [schedule.from];
  const step = MONTHS[schedule.every];
  const dates: IsoDate[] = [];
  for (let date = schedule.from, k = 1; date <= schedule.to; date = addMonths(schedule.from, step * k), k += 1) dates.push(date);
  return dates;
}

/** How many dates {@link sessionsOf} gives, worked out without listing them. */
export function sessionCount(schedule: ActivitySchedule): number {
  if (schedule.sessions !== undefined) return schedule.sessions.length;
  if (schedule.every === undefined) return 1;
  const step = MONTHS[schedule.every];
  const months = (yearOf(schedule.to) - yearOf(schedule.from)) * 12 + monthOf(schedule.to) - monthOf(schedule.from);
  // The last step starts in the schedule's last month at the latest; clamped to that month's end, it may pass `to`.
  const last = Math.floor(months / step);
  return addMonths(schedule.from, step * last) > schedule.to ? last : last + 1;
}
