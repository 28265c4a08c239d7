import type { Result } from 'neverthrow';
import type { CalendarError } from './errors';
import { countBefore } from './internal/lookup';
import { rangeIndexes } from './internal/args';
import type { WorkingCalendar } from './types';

/**
 * Counts the working days from one date to another, both included (RULINGS R-D1), in O(1): the difference of two
 * running counts the calendar precomputed. This is how annual leave (cuti tahunan), PPPK annual leave and
 * unexcused absence are counted: in the working days of the employee's unit (RULINGS R-L6, R-DS1).
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param from - The first day, `YYYY-MM-DD`.
 * @param to - The last day, `YYYY-MM-DD`, not before `from`.
 * @returns `Ok(count)`, or `Err` with `calendar/invalid-input`, `calendar/invalid-range` (`to` before `from`) or
 *   `calendar/out-of-range` (either end outside the years held).
 * @see Official: Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN),
 *   Perpres 21/2023 Pasal 3; the days off: the SKB and ASN Keppres of each year (digest §3.2).
 * @example
 * ```ts
 * import { countWorkingDays, createCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar()._unsafeUnwrap();
 * countWorkingDays(calendar, '2025-03-24', '2025-04-11')._unsafeUnwrap(); // => 8
 * countWorkingDays(calendar, '2026-12-21', '2026-12-31')._unsafeUnwrap(); // => 7
 * countWorkingDays(calendar, '2026-12-31', '2026-12-21')._unsafeUnwrapErr().code; // => 'calendar/invalid-range'
 * ```
 */
export function countWorkingDays(calendar: WorkingCalendar, from: string, to: string): Result<number, CalendarError> {
  return rangeIndexes(calendar, from, to).map((range) => countBefore(range.calendar, range.last + 1) - countBefore(range.calendar, range.first));
}
