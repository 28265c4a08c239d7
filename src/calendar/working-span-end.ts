import { ok, type Result } from 'neverthrow';
import type { IsoDate } from '../core/iso-date';
import type { CalendarError } from './errors';
import { dayNumberOfInput, invalidArguments, isCount } from './internal/args';
import { beyond, dateAt, firstIndexReaching, yearNotCovered } from './internal/lookup';
import { isWorkingCalendar } from './is-working-calendar';
import type { WorkingCalendar } from './types';

/**
 * The last day of a span of `n` working days that starts on `start`: the end date of a leave counted in working
 * days (PP 11/2017 Pasal 310). When `start` is not a working day, the span begins at the next working day. Found by binary
 * search over the calendar's running counts, O(log n); the date is read once, by char code, and no schema runs.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param start - The first day asked for, `YYYY-MM-DD`.
 * @param n - The number of working days in the span, a whole number ≥ 1.
 * @returns `Ok(lastDay)`, or `Err` with `calendar/invalid-input` (`n` below 1 or fractional, a malformed date, a
 *   calendar not made by `createCalendar`) or `calendar/year-not-covered` (`start` outside the years held, or the span
 *   would end after them).
 * @see Official: PP 11/2017 (Manajemen PNS) Pasal 311 ayat (2): cuti tahunan is 12 working days;
 *   the days off: the SKB and ASN Keppres of each year (as amended).
 * @example
 * ```ts
 * import { createCalendar, workingSpanEnd } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   workingSpanEnd(calendar.value, '2025-03-24', 12).unwrapOr(null); // => '2025-04-17'
 *   workingSpanEnd(calendar.value, '2025-08-11', 6).unwrapOr(null); // => '2025-08-19'
 *   workingSpanEnd(calendar.value, '2027-12-30', 5).match(
 *     () => 'ok',
 *     (error) => error.code,
 *   ); // => 'calendar/year-not-covered'
 * }
 * ```
 */
export function workingSpanEnd(calendar: WorkingCalendar, start: string, n: number): Result<IsoDate, CalendarError> {
  const day = dayNumberOfInput(start);
  if (!isWorkingCalendar(calendar) || Number.isNaN(day) || !isCount(n, 1)) {
    return invalidArguments(calendar, [['start', start]], ['n', n, 1]);
  }
  const prefix = calendar.prefix;
  const first = day - calendar.firstDayNumber;
  if (first < 0 || first >= prefix.length - 1) return yearNotCovered(calendar, start);
  const last = firstIndexReaching(prefix, first, (prefix[first] as number) + n);
  if (last < 0) return yearNotCovered(calendar, beyond(calendar, n), { start, n });
  return ok(dateAt(calendar, last));
}
