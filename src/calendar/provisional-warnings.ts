import { ok, type Result } from 'neverthrow';
import { reason, type Reason } from '../core/reason';
import type { CalendarError } from './errors';
import { dayNumberOfInput, invalidArguments } from './internal/args';
import { invalidRange } from './internal/lookup';
import { isWorkingCalendar } from './is-working-calendar';
import type { CalendarReasonCode, WorkingCalendar } from './types';

/**
 * The `calendar/provisional-year` warnings of the years from `first` to `last` that the calendar holds as
 * provisional, one per year (internal: the modules add them to the results that count such days).
 */
export function provisionalReasons(calendar: WorkingCalendar, first: number, last: number): Reason<'calendar/provisional-year'>[] {
  const reasons: Reason<'calendar/provisional-year'>[] = [];
  for (let year = first; year <= last; year += 1) {
    const status = calendar.provisional.get(year);
    if (status === undefined) continue;
    reasons.push(
      reason('calendar/provisional-year', 'warning', status.basis, {
        id: `Data hari libur dan cuti bersama tahun ${year} masih sementara: ${status.reason.id}`,
        en: `The holiday and cuti bersama data of ${year} is provisional: ${status.reason.en}`,
      }, { year }),
    );
  }
  return reasons;
}

/**
 * The warnings a count or classification of the days from `from` to `to` must carry: one
 * `calendar/provisional-year` warning per provisional year the range touches (2027 today: its ASN Keppres on cuti
 * bersama is not issued, and Idulfitri and Iduladha 1448 H await the Minister of Religious Affairs), each citing the
 * instrument the year rests on. Empty when every year touched is final. `countWorkingDays` and the other counting
 * functions return bare numbers and dates for speed; the leave, discipline and service-quality decisions add these
 * warnings to their reasons, and {@link describeDay} gives them for one day.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param from - The first day, `YYYY-MM-DD`.
 * @param to - The last day, `YYYY-MM-DD`, not before `from`.
 * @returns `Ok(warnings)`, or `Err` with `calendar/invalid-input` or `calendar/invalid-range`.
 * @example
 * ```ts
 * import { createCalendar, provisionalWarnings } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   provisionalWarnings(calendar.value, '2027-01-04', '2027-01-08').map((reasons) => reasons.map((item) => item.code));
 *   // => Ok(['calendar/provisional-year'])
 *   provisionalWarnings(calendar.value, '2026-01-05', '2026-01-09').map((reasons) => reasons.length); // => Ok(0)
 * }
 * ```
 */
export function provisionalWarnings(calendar: WorkingCalendar, from: string, to: string): Result<readonly Reason<CalendarReasonCode>[], CalendarError> {
  const first = dayNumberOfInput(from);
  const last = dayNumberOfInput(to);
  if (!isWorkingCalendar(calendar) || Number.isNaN(first) || Number.isNaN(last)) {
    return invalidArguments(calendar, [['from', from], ['to', to]]);
  }
  if (last < first) return invalidRange(from, to);
  return ok(provisionalReasons(calendar, Number(from.slice(0, 4)), Number(to.slice(0, 4))));
}
