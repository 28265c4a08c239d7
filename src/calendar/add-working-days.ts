import { ok, type Result } from 'neverthrow';
import type { IsoDate } from '../core/iso-date';
import type { CalendarError, YearNotCoveredError } from './errors';
import { dayNumberOfInput, invalidArguments, isCount } from './internal/args';
import { beyond, dateAt, firstIndexReaching, yearNotCovered } from './internal/lookup';
import { isWorkingCalendar } from './is-working-calendar';
import type { WorkingCalendar } from './types';

/**
 * The date `n` working days after `date` (date-fns `addBusinessDays` semantics, with the unit's week and the
 * official days off): for `n > 0` the n-th working day after it, for `n < 0` the |n|-th working day before it, for
 * `n = 0` the date itself, worked or not. O(log n) by binary search over the calendar's running counts.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param date - The date to count from, `YYYY-MM-DD`.
 * @param n - A whole number of working days, negative to go back.
 * @returns `Ok(date)`, or `Err` with `calendar/invalid-input` or `calendar/year-not-covered` (`date` outside the
 *   years held, or a result that would be).
 * @see Based on: https://date-fns.org/docs/addBusinessDays (the semantics of n).
 * @example
 * ```ts
 * import { addWorkingDays, createCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   addWorkingDays(calendar.value, '2026-12-23', 1).unwrapOr(null); // => '2026-12-28'
 *   addWorkingDays(calendar.value, '2026-12-28', -1).unwrapOr(null); // => '2026-12-23'
 *   addWorkingDays(calendar.value, '2021-01-04', -2).match(
 *     () => 'ok',
 *     (error) => error.code,
 *   ); // => 'calendar/year-not-covered'
 * }
 * ```
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): Result<IsoDate, CalendarError> {
  const day = dayNumberOfInput(date);
  if (!isWorkingCalendar(calendar) || Number.isNaN(day) || !isCount(n, Number.NEGATIVE_INFINITY)) {
    return invalidArguments(calendar, [['date', date]], ['n', n, Number.NEGATIVE_INFINITY]);
  }
  return addWorkingDaysFrom(calendar, day, date, n);
}

/**
 * {@link addWorkingDays} on checked arguments (internal): the day number of `date` is `day`, and `n` is a whole
 * number, so the only error left is a year the calendar holds no data for.
 */
export function addWorkingDaysFrom(calendar: WorkingCalendar, day: number, date: string, n: number): Result<IsoDate, YearNotCoveredError> {
  const prefix = calendar.prefix;
  const index = day - calendar.firstDayNumber;
  if (index < 0 || index >= prefix.length - 1) return yearNotCovered(calendar, date);
  if (n === 0) return ok(date as IsoDate);
  // Stryker disable next-line EqualityOperator: n = 0 has returned above, so `>` and `>=` agree
  const target = n > 0 ? (prefix[index + 1] as number) + n : (prefix[index] as number) + n + 1;
  const found = target < 1 ? -1 : firstIndexReaching(prefix, 0, target);
  if (found < 0) return yearNotCovered(calendar, beyond(calendar, n), { start: date, n });
  return ok(dateAt(calendar, found));
}
