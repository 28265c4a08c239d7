import { ok, type Result } from 'neverthrow';
import type { CalendarError } from './errors';
import { dayNumberOfInput, invalidArguments } from './internal/args';
import { invalidRange, yearNotCovered } from './internal/lookup';
import { listNonWorking } from './internal/off-days';
import { isWorkingCalendar } from './is-working-calendar';
import type { NonWorkingDay, WorkingCalendar } from './types';

/**
 * The non-working days from one date to another, both included, in date order, one entry per date with its
 * reason: an official holiday or cuti bersama first, then an extra holiday, then the weekend (so a Saturday
 * holiday is listed as the holiday). Extra working days are not listed. Use {@link describeDay} for every reason of
 * one date. The entries are frozen; the list is a new array.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param from - The first day, `YYYY-MM-DD`.
 * @param to - The last day, `YYYY-MM-DD`, not before `from`.
 * @returns `Ok(days)`, or `Err` with `calendar/invalid-input`, `calendar/invalid-range` or `calendar/year-not-covered`.
 * @see Official: the SKB and ASN Keppres of each year (as amended); the weekend: Perpres 21/2023
 *   Pasal 3 and Pasal 7.
 * @example
 * ```ts
 * import { createCalendar, nonWorkingDaysBetween } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   nonWorkingDaysBetween(calendar.value, '2026-12-24', '2026-12-27').map((days) => days.map((day) => day.kind));
 *   // => Ok(['collective-leave', 'holiday', 'weekend', 'weekend'])
 * }
 * ```
 */
export function nonWorkingDaysBetween(
  calendar: WorkingCalendar,
  from: string,
  to: string,
): Result<readonly NonWorkingDay[], CalendarError> {
  const first = dayNumberOfInput(from);
  const last = dayNumberOfInput(to);
  if (!isWorkingCalendar(calendar) || Number.isNaN(first) || Number.isNaN(last)) {
    return invalidArguments(calendar, [['from', from], ['to', to]]);
  }
  if (last < first) return invalidRange(from, to);
  const start = first - calendar.firstDayNumber;
  const end = last - calendar.firstDayNumber;
  const days = calendar.prefix.length - 1;
  if (start < 0 || start >= days) return yearNotCovered(calendar, from);
  if (end >= days) return yearNotCovered(calendar, to);
  return ok(listNonWorking(calendar, start, end));
}
