import { addMonths, type IsoDate } from '../core';
import type { ActivitySchedule } from './types';
import { deepFrozen } from '../core/frozen';

const MONTHS: Readonly<Record<NonNullable<ActivitySchedule['every']>, number>> = /* @__PURE__ */ deepFrozen({ month: 1, quarter: 3, 'half-year': 6, year: 12 });

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
