import { err, type Err } from 'neverthrow';
import type { IsoDate } from '../../core/iso-date';
import { CALENDAR_MESSAGES, INPUT_BASIS, RANGE_BASIS, calendarError, type CalendarError, type YearNotCoveredError } from '../errors';
import { WEEKEND_DAY_NAMES, WORKING_WEEKS } from '../rules/working-week';
import type { NonWorkingDay, WorkingCalendar } from '../types';

// Index arithmetic on a calendar's running counts. An index is a day of the calendar, 0 = its first day; callers
// keep every index within 0 … dayCount, so each read of the table is defined.

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * The module-private key under which `createCalendar` keeps the date of each day it holds (a non-enumerable,
 * frozen list): the table `dateAt` reads, so that no hot path formats a date.
 */
export const DATES: unique symbol = /* @__PURE__ */ Symbol('asn-kit/calendar/dates');

/** The date at an index of a calendar. */
export function dateAt(calendar: WorkingCalendar, index: number): IsoDate {
  return (calendar as unknown as { readonly [DATES]: readonly IsoDate[] })[DATES][index] as IsoDate;
}

/** Whether the day at an index is a working day. */
export function worksAt(prefix: readonly number[], index: number): boolean {
  return (prefix[index + 1] as number) > (prefix[index] as number);
}

/**
 * The smallest index `i ≥ low` (`low` a day of the calendar) whose running count `prefix[i + 1]` reaches `target`,
 * or -1 when the calendar ends first. The running count never decreases, so a binary search finds it in O(log n);
 * the day found is a working day.
 */
export function firstIndexReaching(prefix: readonly number[], low: number, target: number): number {
  let lo = low;
  let hi = prefix.length - 2;
  if ((prefix[hi + 1] as number) < target) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((prefix[mid + 1] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The weekend entry of a day when the calendar's week does not work that weekday, else `undefined`. */
export function weekendOf(calendar: WorkingCalendar, date: IsoDate, dayNumber: number): NonWorkingDay | undefined {
  const weekday = weekdayOfDayNumber(dayNumber);
  const rule = WORKING_WEEKS[calendar.workWeek];
  if ((rule.workingWeekdays as readonly number[]).includes(weekday)) return undefined;
  return { date, kind: 'weekend', name: weekday === 6 ? WEEKEND_DAY_NAMES[6] : WEEKEND_DAY_NAMES[7], basis: rule.basis };
}

/** The `calendar/invalid-range` error of a range that ends before it starts. */
export function invalidRange(from: string, to: string): Err<never, CalendarError> {
  return err(calendarError('calendar/invalid-range', INPUT_BASIS, CALENDAR_MESSAGES.invalidRange, { from, to }));
}

/** The years a calendar holds, written for a message: `2021–2027`, or `2026`. */
function heldYears(calendar: WorkingCalendar): string {
  const first = calendar.years[0] as number;
  const last = calendar.years[calendar.years.length - 1] as number;
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The `calendar/year-not-covered` error: a date (given, or reached by counting) lies in a year the calendar holds no
 * table for. A gap in the data, not a broken rule: the message names the years held and how to add one.
 */
export function yearNotCovered(calendar: WorkingCalendar, date: string, count?: { readonly start: string; readonly n: number }): Err<never, YearNotCoveredError> {
  const year = Number(date.slice(0, 4));
  const held = heldYears(calendar);
  return err(calendarError(
    'calendar/year-not-covered',
    RANGE_BASIS,
    {
      id: `Kalender tidak memuat data hari libur tahun ${year} (${date}), hanya ${held}: tambahkan tabelnya melalui createCalendar({ yearData }).`,
      en: `The calendar holds no holiday data for ${year} (${date}), only ${held}: add its table through createCalendar({ yearData }).`,
    },
    { date, year, years: calendar.years, from: calendar.from, to: calendar.to, ...count },
  ));
}

/** The first day past the calendar's years that a count of `n` working days would need (after them, or before). */
export function beyond(calendar: WorkingCalendar, n: number): string {
  // Stryker disable next-line EqualityOperator: no count of 0 days leaves the calendar (both callers handle n = 0 first), so `>` and `>=` agree
  return n > 0 ? `${(calendar.years[calendar.years.length - 1] as number) + 1}-01-01` : `${(calendar.years[0] as number) - 1}-12-31`;
}
