import { ok, type Result } from 'neverthrow';
import { fail, isIsoDate, validate, type IsoDate } from '../../core';
import { CALENDAR_MESSAGES, INPUT_BASIS, type CalendarError } from '../errors';
import { isWorkingCalendar } from '../is-working-calendar';
import { dayArgsSchema, rangeArgsSchema, spanArgsSchema, stepArgsSchema, yearArgsSchema } from '../schemas';
import type { WorkingCalendar } from '../types';
import { indexOf, outOfRange } from './lookup';

// Each helper first tests the very predicates its schema is built from (isWorkingCalendar, isIsoDate, safe
// integers): valid arguments, the hot path, skip zod's object machinery. Anything else goes through the schema,
// which says what is wrong and where.

/** A calendar and one date. */
export interface DayArgs {
  readonly calendar: WorkingCalendar;
  readonly date: IsoDate;
}

/** A calendar and a range. */
export interface RangeArgs {
  readonly calendar: WorkingCalendar;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A calendar, a date and a whole number of working days. */
export interface StepArgs {
  readonly calendar: WorkingCalendar;
  readonly date: IsoDate;
  readonly n: number;
}

/** A calendar, a first day and a span length. */
export interface SpanArgs {
  readonly calendar: WorkingCalendar;
  readonly start: IsoDate;
  readonly n: number;
}

/** A calendar and a year. */
export interface YearArgs {
  readonly calendar: WorkingCalendar;
  readonly year: number;
}

/** Checks the arguments of a one-date function. */
export function dayArgs(calendar: unknown, date: unknown): Result<DayArgs, CalendarError> {
  if (isWorkingCalendar(calendar) && isIsoDate(date)) return ok({ calendar, date });
  return validate(dayArgsSchema, { calendar, date }, 'calendar/invalid-input');
}

/** Checks the arguments of a range function. */
export function rangeArgs(calendar: unknown, from: unknown, to: unknown): Result<RangeArgs, CalendarError> {
  if (isWorkingCalendar(calendar) && isIsoDate(from) && isIsoDate(to)) return ok({ calendar, from, to });
  return validate(rangeArgsSchema, { calendar, from, to }, 'calendar/invalid-input');
}

/** Checks the arguments of `addWorkingDays`. */
export function stepArgs(calendar: unknown, date: unknown, n: unknown): Result<StepArgs, CalendarError> {
  if (isWorkingCalendar(calendar) && isIsoDate(date) && Number.isSafeInteger(n)) return ok({ calendar, date, n: n as number });
  return validate(stepArgsSchema, { calendar, date, n }, 'calendar/invalid-input');
}

/** Checks the arguments of `workingSpanEnd`. */
export function spanArgs(calendar: unknown, start: unknown, n: unknown): Result<SpanArgs, CalendarError> {
  if (isWorkingCalendar(calendar) && isIsoDate(start) && Number.isSafeInteger(n) && (n as number) >= 1) {
    return ok({ calendar, start, n: n as number });
  }
  return validate(spanArgsSchema, { calendar, start, n }, 'calendar/invalid-input');
}

/** Checks the arguments of `nonWorkingDays`. */
export function yearArgs(calendar: unknown, year: unknown): Result<YearArgs, CalendarError> {
  if (isWorkingCalendar(calendar) && Number.isSafeInteger(year)) return ok({ calendar, year: year as number });
  return validate(yearArgsSchema, { calendar, year }, 'calendar/invalid-input');
}

/** A checked range as day indexes of the calendar: both ends held by it, the end not before the start. */
export interface RangeIndexes {
  readonly calendar: WorkingCalendar;
  readonly first: number;
  readonly last: number;
}

/**
 * Checks a range's arguments and finds its ends in the calendar: `calendar/invalid-input`, then
 * `calendar/invalid-range` for a reversed range, then `calendar/out-of-range` for an end the calendar does not hold.
 */
export function rangeIndexes(calendar: unknown, from: unknown, to: unknown): Result<RangeIndexes, CalendarError> {
  return rangeArgs(calendar, from, to).andThen((args) => {
    if (args.to < args.from) return fail('calendar/invalid-range', INPUT_BASIS, CALENDAR_MESSAGES.invalidRange, { from: args.from, to: args.to });
    const first = indexOf(args.calendar, args.from);
    if (first < 0) return outOfRange(args.calendar, args.from);
    const last = indexOf(args.calendar, args.to);
    if (last < 0) return outOfRange(args.calendar, args.to);
    return ok({ calendar: args.calendar, first, last });
  });
}
