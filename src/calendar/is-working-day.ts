import { ok, type Result } from 'neverthrow';
import type { CalendarError } from './errors';
import { dayNumberOfInput, invalidArguments } from './internal/args';
import { yearNotCovered, worksAt } from './internal/lookup';
import { isWorkingCalendar } from './is-working-calendar';
import type { WorkingCalendar } from './types';

/**
 * Tells whether a date is a working day of a calendar: a day of the unit's working week that is not a national
 * holiday, an ASN cuti bersama or an extra holiday — or an extra working day (Perpres 21/2023 Pasal 3 and Pasal 7; the SKB and ASN Keppres of the year).
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param date - The date, `YYYY-MM-DD`.
 * @returns `Ok(true | false)`, or `Err` with `calendar/invalid-input` (a malformed date or a calendar not made by
 *   `createCalendar`) or `calendar/year-not-covered` (a date outside the years held).
 * @see Official: Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN),
 *   Perpres 21/2023 Pasal 3 and Pasal 7.
 * @example
 * ```ts
 * import { createCalendar, isWorkingDay } from 'asn-kit/calendar';
 * const sixDay = createCalendar({ workWeek: 6 });
 * if (sixDay.isOk()) {
 *   isWorkingDay(sixDay.value, '2025-03-29').unwrapOr(null); // => false (Nyepi, a Saturday)
 *   isWorkingDay(sixDay.value, '2025-04-05').unwrapOr(null); // => true (an ordinary Saturday)
 *   isWorkingDay(sixDay.value, '2028-01-04').isErr(); // => true (calendar/year-not-covered)
 * }
 * ```
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): Result<boolean, CalendarError> {
  const day = dayNumberOfInput(date);
  if (!isWorkingCalendar(calendar) || Number.isNaN(day)) return invalidArguments(calendar, [['date', date]]);
  const index = day - calendar.firstDayNumber;
  if (index < 0 || index >= calendar.prefix.length - 1) return yearNotCovered(calendar, date);
  return ok(worksAt(calendar.prefix, index));
}
