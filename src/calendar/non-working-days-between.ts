import { ok, type Result } from 'neverthrow';
import { fail } from '../core';
import { CALENDAR_MESSAGES, INPUT_BASIS, type CalendarError } from './errors';
import { indexOf, outOfRange } from './internal/lookup';
import { listNonWorking } from './internal/off-days';
import { rangeArgs } from './internal/args';
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
  return rangeArgs(calendar, from, to).andThen((args) => {
    if (args.to < args.from) return fail('calendar/invalid-range', INPUT_BASIS, CALENDAR_MESSAGES.invalidRange, { from: args.from, to: args.to });
    const first = indexOf(args.calendar, args.from);
    if (first < 0) return outOfRange(args.calendar, args.from);
    const last = indexOf(args.calendar, args.to);
    if (last < 0) return outOfRange(args.calendar, args.to);
    return ok(listNonWorking(args.calendar, first, last));
  });
}
