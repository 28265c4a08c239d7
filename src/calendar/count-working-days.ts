import { ok, type Result } from 'neverthrow';
import type { CalendarError } from './errors';
import { dayNumberOfInput, invalidArguments } from './internal/args';
import { invalidRange, yearNotCovered } from './internal/lookup';
import { isWorkingCalendar } from './is-working-calendar';
import type { WorkingCalendar } from './types';

/**
 * Counts the working days from one date to another, both included (periods include both ends), in O(1): the difference of two
 * running counts the calendar precomputed. This is how annual leave (cuti tahunan), PPPK annual leave and
 * unexcused absence are counted: in the working days of the employee's unit (PP 11/2017 Pasal 310; PP 94/2021).
 *
 * Each date is read once, by char code; the calendar is trusted after one look-up. No schema runs.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param from - The first day, `YYYY-MM-DD`.
 * @param to - The last day, `YYYY-MM-DD`, not before `from`.
 * @returns `Ok(count)`, or `Err` with `calendar/invalid-input` (a malformed date, or a calendar not made by
 *   `createCalendar`), `calendar/invalid-range` (`to` before `from`) or `calendar/year-not-covered` (either end
 *   outside the years held).
 * @see Official: Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN),
 *   Perpres 21/2023 Pasal 3; the days off: the SKB and ASN Keppres of each year (as amended).
 * @example
 * ```ts
 * import { countWorkingDays, createCalendar } from 'asn-kit/calendar';
 * createCalendar().match(
 *   (calendar) => countWorkingDays(calendar, '2025-03-24', '2025-04-11').unwrapOr(-1),
 *   () => -1,
 * ); // => 8
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   countWorkingDays(calendar.value, '2026-12-21', '2026-12-31').unwrapOr(-1); // => 7
 *   countWorkingDays(calendar.value, '2026-12-31', '2026-12-21').isErr(); // => true (calendar/invalid-range)
 * }
 * ```
 */
export function countWorkingDays(calendar: WorkingCalendar, from: string, to: string): Result<number, CalendarError> {
  const first = dayNumberOfInput(from);
  const last = dayNumberOfInput(to);
  if (!isWorkingCalendar(calendar) || Number.isNaN(first) || Number.isNaN(last)) {
    return invalidArguments(calendar, [['from', from], ['to', to]]);
  }
  if (last < first) return invalidRange(from, to);
  const prefix = calendar.prefix;
  const start = first - calendar.firstDayNumber;
  const end = last - calendar.firstDayNumber;
  if (start < 0 || start >= prefix.length - 1) return yearNotCovered(calendar, from);
  if (end >= prefix.length - 1) return yearNotCovered(calendar, to);
  return ok((prefix[end + 1] as number) - (prefix[start] as number));
}
