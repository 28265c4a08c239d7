import { ok, type Result } from 'neverthrow';
import type { IsoDate } from '../core';
import type { CalendarError } from './errors';
import { countBefore, dateAt, firstIndexReaching, indexOf, outOfRange, resultOutOfRange } from './internal/lookup';
import { spanArgs } from './internal/args';
import type { WorkingCalendar } from './types';

/**
 * The last day of a span of `n` working days that starts on `start`: the end date of a leave counted in working
 * days (RULINGS R-L6). When `start` is not a working day, the span begins at the next working day. Found by binary
 * search over the calendar's running counts, O(log n).
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param start - The first day asked for, `YYYY-MM-DD`.
 * @param n - The number of working days in the span, a whole number ≥ 1.
 * @returns `Ok(lastDay)`, or `Err` with `calendar/invalid-input` (`n` below 1 or fractional, a malformed date) or
 *   `calendar/out-of-range` (`start` outside the years held, or the span would end after them).
 * @see Official: PP 11/2017 (Manajemen PNS) Pasal 311 ayat (2): cuti tahunan is 12 working days;
 *   the days off: the SKB and ASN Keppres of each year (digest §3.2).
 * @example
 * ```ts
 * import { createCalendar, workingSpanEnd } from 'asn-kit/calendar';
 * const calendar = createCalendar()._unsafeUnwrap();
 * workingSpanEnd(calendar, '2025-03-24', 12)._unsafeUnwrap(); // => '2025-04-17'
 * workingSpanEnd(calendar, '2025-08-11', 6)._unsafeUnwrap(); // => '2025-08-19'
 * workingSpanEnd(calendar, '2026-12-30', 5)._unsafeUnwrapErr().code; // => 'calendar/out-of-range'
 * ```
 */
export function workingSpanEnd(calendar: WorkingCalendar, start: string, n: number): Result<IsoDate, CalendarError> {
  return spanArgs(calendar, start, n).andThen((args) => {
    const first = indexOf(args.calendar, args.start);
    if (first < 0) return outOfRange(args.calendar, args.start);
    const last = firstIndexReaching(args.calendar, first, countBefore(args.calendar, first) + args.n);
    if (last < 0) return resultOutOfRange(args.calendar, args.start, args.n);
    return ok(dateAt(args.calendar, last));
  });
}
