import { ok, type Result } from 'neverthrow';
import type { IsoDate } from '../core';
import type { CalendarError } from './errors';
import { countBefore, dateAt, firstIndexReaching, indexOf, outOfRange, resultOutOfRange } from './internal/lookup';
import { stepArgs } from './internal/args';
import type { WorkingCalendar } from './types';

/**
 * The date `n` working days after `date` (date-fns `addBusinessDays` semantics, with the unit's week and the
 * official days off): for `n > 0` the n-th working day after it, for `n < 0` the |n|-th working day before it, for
 * `n = 0` the date itself, worked or not. O(log n) by binary search over the calendar's running counts.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param date - The date to count from, `YYYY-MM-DD`.
 * @param n - A whole number of working days, negative to go back.
 * @returns `Ok(date)`, or `Err` with `calendar/invalid-input` or `calendar/out-of-range` (`date` outside the
 *   years held, or a result that would be).
 * @see Based on: https://date-fns.org/docs/addBusinessDays (the semantics of n).
 * @example
 * ```ts
 * import { addWorkingDays, createCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar()._unsafeUnwrap();
 * addWorkingDays(calendar, '2026-12-23', 1)._unsafeUnwrap(); // => '2026-12-28'
 * addWorkingDays(calendar, '2026-12-28', -1)._unsafeUnwrap(); // => '2026-12-23'
 * addWorkingDays(calendar, '2024-01-02', -2)._unsafeUnwrapErr().code; // => 'calendar/out-of-range'
 * ```
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): Result<IsoDate, CalendarError> {
  return stepArgs(calendar, date, n).andThen((args) => {
    const index = indexOf(args.calendar, args.date);
    if (index < 0) return outOfRange(args.calendar, args.date);
    if (args.n === 0) return ok(args.date);
    const target = args.n > 0 ? countBefore(args.calendar, index + 1) + args.n : countBefore(args.calendar, index) + args.n + 1;
    const found = target < 1 ? -1 : firstIndexReaching(args.calendar, 0, target);
    if (found < 0) return resultOutOfRange(args.calendar, args.date, args.n);
    return ok(dateAt(args.calendar, found));
  });
}
