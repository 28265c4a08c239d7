import { ok, type Result } from 'neverthrow';
import { dayNumberOf } from '../core/iso-date';
import type { CalendarError } from './errors';
import { invalidArguments, isCount } from './internal/args';
import { yearNotCovered } from './internal/lookup';
import { listNonWorking } from './internal/off-days';
import { isWorkingCalendar } from './is-working-calendar';
import type { NonWorkingDay, WorkingCalendar } from './types';

/**
 * The non-working days of one calendar year (1 January–31 December), in date order, each with its reason and basis: the
 * weekends of the unit's week, the national holidays, the ASN cuti bersama and the extra holidays. A Saturday or
 * Sunday holiday is listed once, as the holiday. The entries are frozen; the list is a new array.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param year - A year the calendar holds.
 * @returns `Ok(days)`, or `Err` with `calendar/invalid-input` or `calendar/year-not-covered` (a year not held).
 * @see Official: the SKB and ASN Keppres of the year (as amended).
 * @example
 * ```ts
 * import { createCalendar, nonWorkingDays } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   nonWorkingDays(calendar.value, 2026).map((days) => days.filter((day) => day.kind === 'collective-leave').length);
 *   // => Ok(8)
 *   nonWorkingDays(calendar.value, 2028).isErr(); // => true (calendar/year-not-covered)
 * }
 * ```
 */
export function nonWorkingDays(calendar: WorkingCalendar, year: number): Result<readonly NonWorkingDay[], CalendarError> {
  if (!isWorkingCalendar(calendar) || !isCount(year, Number.NEGATIVE_INFINITY)) {
    return invalidArguments(calendar, [], ['year', year, Number.NEGATIVE_INFINITY]);
  }
  if (!calendar.years.includes(year)) return yearNotCovered(calendar, `${year}-01-01`);
  const first = dayNumberOf(`${year}-01-01`) - calendar.firstDayNumber;
  const last = dayNumberOf(`${year}-12-31`) - calendar.firstDayNumber;
  return ok(listNonWorking(calendar, first, last));
}
