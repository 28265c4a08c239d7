import { ok, type Result } from 'neverthrow';
import { toDayNumber, type IsoDate } from '../core';
import type { CalendarError } from './errors';
import { outOfRange } from './internal/lookup';
import { listNonWorking } from './internal/off-days';
import { yearArgs } from './internal/args';
import type { NonWorkingDay, WorkingCalendar } from './types';

/**
 * The non-working days of one calendar year (RULINGS R-D4), in date order, each with its reason and basis: the
 * weekends of the unit's week, the national holidays, the ASN cuti bersama and the extra holidays. A Saturday or
 * Sunday holiday is listed once, as the holiday.
 *
 * @param calendar - A calendar from {@link createCalendar}.
 * @param year - A year the calendar holds.
 * @returns `Ok(days)`, or `Err` with `calendar/invalid-input` or `calendar/out-of-range` (a year not held).
 * @see Official: the SKB and ASN Keppres of the year (digest §3.2, RULINGS R-D3).
 * @example
 * ```ts
 * import { createCalendar, nonWorkingDays } from 'asn-kit/calendar';
 * const calendar = createCalendar()._unsafeUnwrap();
 * nonWorkingDays(calendar, 2026)._unsafeUnwrap().filter((day) => day.kind === 'collective-leave').length; // => 8
 * nonWorkingDays(calendar, 2027)._unsafeUnwrapErr().code; // => 'calendar/out-of-range'
 * ```
 */
export function nonWorkingDays(calendar: WorkingCalendar, year: number): Result<readonly NonWorkingDay[], CalendarError> {
  return yearArgs(calendar, year).andThen((args) => {
    if (!args.calendar.years.includes(args.year)) return outOfRange(args.calendar, String(args.year), { year: args.year });
    const first = toDayNumber(`${String(args.year)}-01-01` as IsoDate) - args.calendar.firstDayNumber;
    const last = toDayNumber(`${String(args.year)}-12-31` as IsoDate) - args.calendar.firstDayNumber;
    return ok(listNonWorking(args.calendar, first, last));
  });
}
