import type { Result } from 'neverthrow';
import type { CalendarError } from './errors';
import { listNonWorking } from './internal/off-days';
import { rangeIndexes } from './internal/args';
import type { NonWorkingDay, WorkingCalendar } from './types';

/**
 * The non-working days from one date to another, both included, in date order, one entry per date with its
 * reason: an official holiday or cuti bersama first, then an extra holiday, then the weekend (so a Saturday
 * holiday is listed as the holiday). Extra working days are not listed. Use {@link describeDay} for every reason of
 * one date.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param from - The first day, `YYYY-MM-DD`.
 * @param to - The last day, `YYYY-MM-DD`, not before `from`.
 * @returns `Ok(days)`, or `Err` with `calendar/invalid-input`, `calendar/invalid-range` or `calendar/out-of-range`.
 * @see Official: the SKB and ASN Keppres of each year (digest §3.2, RULINGS R-D3); the weekend: Perpres 21/2023
 *   Pasal 3 and Pasal 7 (RULINGS R-D2).
 * @example
 * ```ts
 * import { createCalendar, nonWorkingDaysBetween } from 'asn-kit/calendar';
 * const calendar = createCalendar()._unsafeUnwrap();
 * nonWorkingDaysBetween(calendar, '2026-12-24', '2026-12-27')._unsafeUnwrap().map((day) => day.kind);
 * // => ['collective-leave', 'holiday', 'weekend', 'weekend']
 * ```
 */
export function nonWorkingDaysBetween(
  calendar: WorkingCalendar,
  from: string,
  to: string,
): Result<readonly NonWorkingDay[], CalendarError> {
  return rangeIndexes(calendar, from, to).map((range) => listNonWorking(range.calendar, range.first, range.last));
}
