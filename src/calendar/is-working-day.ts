import { ok, type Result } from 'neverthrow';
import type { CalendarError } from './errors';
import { indexOf, outOfRange, worksAt } from './internal/lookup';
import { dayArgs } from './internal/args';
import type { WorkingCalendar } from './types';

/**
 * Tells whether a date is a working day of a calendar: a day of the unit's working week that is not a national
 * holiday, an ASN cuti bersama or an extra holiday — or an extra working day (RULINGS R-D2, R-D3).
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param date - The date, `YYYY-MM-DD`.
 * @returns `Ok(true | false)`, or `Err` with `calendar/invalid-input` (a malformed date or a foreign calendar) or
 *   `calendar/out-of-range` (a date outside the years held).
 * @see Official: Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN),
 *   Perpres 21/2023 Pasal 3 and Pasal 7.
 * @example
 * ```ts
 * import { createCalendar, isWorkingDay } from 'asn-kit/calendar';
 * const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();
 * isWorkingDay(sixDay, '2025-03-29')._unsafeUnwrap(); // => false (Nyepi, a Saturday)
 * isWorkingDay(sixDay, '2025-04-05')._unsafeUnwrap(); // => true (an ordinary Saturday)
 * isWorkingDay(sixDay, '2027-01-04')._unsafeUnwrapErr().code; // => 'calendar/out-of-range'
 * ```
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): Result<boolean, CalendarError> {
  return dayArgs(calendar, date).andThen((args) => {
    const index = indexOf(args.calendar, args.date);
    return index < 0 ? outOfRange(args.calendar, args.date) : ok(worksAt(args.calendar, index));
  });
}
