import { err, type Err } from 'neverthrow';
import { dayNumberOf } from '../../core/iso-date';
import { invalidInput, type InputIssue } from '../../core/input-error';
import type { CalendarError } from '../errors';
import { isWorkingCalendar } from '../is-working-calendar';
import { deepFrozen } from '../../core/frozen';

// The working-day functions take a calendar, dates and whole numbers: primitives checked by hand, one pass each,
// with no schema and no zod (so a bundle of the calendar functions carries none). The messages follow zod's, in
// English and in Bahasa Indonesia. Only the error path below builds objects.

const CALENDAR_MESSAGE = /* @__PURE__ */ deepFrozen({
  en: 'Expected a working calendar made by createCalendar (asn-kit/calendar)',
  id: 'Diharapkan kalender kerja yang dibuat oleh createCalendar (asn-kit/calendar)',
});
/** zod's message for a value that is not a date (of `isoDateSchema`). */
export const DATE_MESSAGE = /* @__PURE__ */ deepFrozen({
  en: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)',
  id: 'Diharapkan tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999)',
});

/** The day number of a date argument, or `NaN` when it is not a `YYYY-MM-DD` string of a real date. */
export function dayNumberOfInput(value: unknown): number {
  return typeof value === 'string' ? dayNumberOf(value) : Number.NaN;
}

/** Whether a count argument is a whole number (a safe integer) of at least `min`. */
export function isCount(value: unknown, min: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min;
}

/** Whether a value is a finite number (`Number.isFinite`, as a type guard). */
export function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

/** The name zod gives the type of a value in its messages (`received …`). */
export function receivedType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as { readonly constructor?: { readonly name?: unknown } } | null;
    const name = prototype === null || prototype === Object.prototype ? undefined : prototype.constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'object';
  }
  return typeof value;
}

/**
 * The issues zod gives a value that should be a whole number of at least `min` and at most `max`
 * (`z.int().check(z.minimum(min), z.maximum(max))`), each in English and in Bahasa Indonesia: one about its type (not
 * a number, not an integer), or those about its bounds (not a safe integer, below `min`, above `max`); none when it is
 * one.
 */
export function wholeNumberIssues(value: unknown, min: number, max = Number.POSITIVE_INFINITY): { en: string; id: string }[] {
  if (!isFiniteNumber(value)) {
    const received = receivedType(value);
    return [{ en: `Invalid input: expected number, received ${received}`, id: `Input tidak valid: diharapkan number, diterima ${received}` }];
  }
  if (!Number.isInteger(value)) return [{ en: 'Invalid input: expected int, received number', id: 'Input tidak valid: diharapkan int, diterima number' }];
  const issues: { en: string; id: string }[] = [];
  if (!Number.isSafeInteger(value)) {
    const limit = String(Number.MAX_SAFE_INTEGER);
    // Stryker disable next-line EqualityOperator: an integer that is not safe is never 0, so `>` and `>=` agree
    issues.push(value > 0
      ? { en: `Too big: expected int to be <=${limit}`, id: `Terlalu besar: diharapkan int menjadi <=${limit}` }
      : { en: `Too small: expected int to be >=-${limit}`, id: `Terlalu kecil: diharapkan int menjadi >=-${limit}` });
  }
  if (value < min) issues.push({ en: `Too small: expected number to be >=${min}`, id: `Terlalu kecil: diharapkan number menjadi >=${min}` });
  if (value > max) issues.push({ en: `Too big: expected number to be <=${max}`, id: `Terlalu besar: diharapkan number menjadi <=${max}` });
  return issues;
}

/** A count argument and its rule: its name, its value and the least value allowed. */
export type CountArgument = readonly [path: string, value: unknown, min: number];

/**
 * The `calendar/invalid-input` error of a call whose arguments are not all valid, with one issue per bad argument,
 * in the order of the parameters (the calendar, the dates, the count).
 */
export function invalidArguments(
  calendar: unknown,
  dates: readonly (readonly [path: string, value: unknown])[],
  count?: CountArgument,
): Err<never, CalendarError> {
  const english: InputIssue[] = [];
  const indonesian: InputIssue[] = [];
  const add = (path: string, message: { en: string; id: string }): void => {
    english.push({ path, message: message.en });
    indonesian.push({ path, message: message.id });
  };
  if (!isWorkingCalendar(calendar)) add('calendar', CALENDAR_MESSAGE);
  for (const [path, value] of dates) if (Number.isNaN(dayNumberOfInput(value))) add(path, DATE_MESSAGE);
  if (count !== undefined && !isCount(count[1], count[2])) add(count[0], wholeNumberIssues(count[1], count[2])[0] as { en: string; id: string });
  return invalidInputError(english, indonesian);
}

/** The `calendar/invalid-input` error of a list of issues. */
export function invalidInputError(english: readonly InputIssue[], indonesian: readonly InputIssue[]): Err<never, CalendarError> {
  return err(invalidInput('calendar/invalid-input', english, indonesian));
}
