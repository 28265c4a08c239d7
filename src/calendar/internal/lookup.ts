import { fail, fromDayNumber, isoWeekday, toDayNumber, type IsoDate } from '../../core';
import type { Err } from 'neverthrow';
import { RANGE_BASIS, type CalendarError } from '../errors';
import { WEEKEND_DAY_NAMES, WORKING_WEEKS } from '../rules/working-week';
import type { NonWorkingDay, WorkingCalendar } from '../types';

/** The number of days a calendar holds. */
export function dayCount(calendar: WorkingCalendar): number {
  return calendar.prefix.length - 1;
}

/** The index of a date in a calendar (0 = its first day), or -1 when the calendar does not hold it. */
export function indexOf(calendar: WorkingCalendar, date: IsoDate): number {
  const index = toDayNumber(date) - calendar.firstDayNumber;
  return index >= 0 && index < dayCount(calendar) ? index : -1;
}

/** The date at an index of a calendar. */
export function dateAt(calendar: WorkingCalendar, index: number): IsoDate {
  return fromDayNumber(calendar.firstDayNumber + index);
}

/**
 * The running count at an index: the working days among the first `index` days. Callers keep the index within
 * `0 … dayCount`, so the read is always defined.
 */
export function countBefore(calendar: WorkingCalendar, index: number): number {
  return calendar.prefix[index] as number;
}

/** Whether the day at an index is a working day. */
export function worksAt(calendar: WorkingCalendar, index: number): boolean {
  return countBefore(calendar, index + 1) > countBefore(calendar, index);
}

/**
 * The smallest index `i ≥ low` whose running count `prefix[i + 1]` reaches `target`, or -1 when the calendar ends
 * first. The running count never decreases, so a binary search finds it in O(log n); the day found is a working day.
 */
export function firstIndexReaching(calendar: WorkingCalendar, low: number, target: number): number {
  let lo = low;
  let hi = dayCount(calendar) - 1;
  if (lo > hi || countBefore(calendar, hi + 1) < target) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (countBefore(calendar, mid + 1) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The weekend entry of a date when the calendar's week does not work that weekday, else `undefined`. */
export function weekendOf(calendar: WorkingCalendar, date: IsoDate): NonWorkingDay | undefined {
  const weekday = isoWeekday(date);
  const rule = WORKING_WEEKS[calendar.workWeek];
  if ((rule.workingWeekdays as readonly number[]).includes(weekday)) return undefined;
  const dayName = weekday === 6 ? WEEKEND_DAY_NAMES[6] : WEEKEND_DAY_NAMES[7];
  return {
    date,
    kind: 'weekend',
    name: dayName,
    basis: rule.basis,
  };
}

/** The `calendar/out-of-range` error for a date (or a year) the calendar does not hold. */
export function outOfRange(calendar: WorkingCalendar, date: string, data: Readonly<Record<string, unknown>> = {}): Err<never, CalendarError> {
  return fail(
    'calendar/out-of-range',
    RANGE_BASIS,
    {
      id: `Tanggal ${date} di luar tahun yang dimuat kalender (${calendar.from} s.d. ${calendar.to}).`,
      en: `The date ${date} is outside the years the calendar holds (${calendar.from} to ${calendar.to}).`,
    },
    { date, from: calendar.from, to: calendar.to, ...data },
  );
}

/** The `calendar/out-of-range` error for a count of working days whose result the calendar does not hold. */
export function resultOutOfRange(calendar: WorkingCalendar, date: string, n: number): Err<never, CalendarError> {
  return fail(
    'calendar/out-of-range',
    RANGE_BASIS,
    {
      id: `${String(n)} hari kerja dari ${date} jatuh di luar tahun yang dimuat kalender (${calendar.from} s.d. ${calendar.to}).`,
      en: `${String(n)} working days from ${date} fall outside the years the calendar holds (${calendar.from} to ${calendar.to}).`,
    },
    { date, n, from: calendar.from, to: calendar.to },
  );
}
