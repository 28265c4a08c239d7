import { err, ok, type Result } from 'neverthrow';
import { asnError, type AsnError } from './errors';
import { deepFrozen } from './frozen';

/**
 * A calendar date written `YYYY-MM-DD` (docs/interpretations.md#dates-without-time-zone): no time, no time zone, never shifted by `toISOString()`.
 * The brand proves the string was checked; get one from {@link parseIsoDate} or {@link isoDateSchema}.
 *
 * @example
 * ```ts
 * import { parseIsoDate, type IsoDate } from 'asn-kit/core';
 * const dateResult = parseIsoDate('2026-03-20');
 * if (dateResult.isOk()) {
 *   const date: IsoDate = dateResult.value;
 * }
 * ```
 */
export type IsoDate = string & {
  /** A compile-time mark only: it proves the string was checked. It does not exist at run time. */
  readonly __brand: 'IsoDate';
};

/**
 * A period of calendar dates, inclusive of both ends (docs/interpretations.md#dates-without-time-zone).
 *
 * @example
 * ```ts
 * import type { DateRange, IsoDate } from 'asn-kit/core';
 * const march: DateRange = { from: '2026-03-01' as IsoDate, to: '2026-03-31' as IsoDate };
 * ```
 */
export interface DateRange {
  /** The first day. */
  readonly from: IsoDate;
  /** The last day (included). */
  readonly to: IsoDate;
}

/**
 * A date range as raw input, before {@link dateRangeSchema} checks it.
 *
 * @example
 * ```ts
 * import type { DateRangeInput } from 'asn-kit/core';
 * const input: DateRangeInput = { from: '2026-03-01', to: '2026-03-31' };
 * ```
 */
export interface DateRangeInput {
  /** The first day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last day (included), `YYYY-MM-DD`. */
  readonly to: string;
}

/** The error code of a malformed or impossible date. */
export type InvalidDateCode = 'core/invalid-date';

/**
 * The error of a malformed or impossible date: `data.input` is the string given, or the type of a value that is
 * not a string.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from 'asn-kit/core';
 * parseIsoDate(20260230).match(() => null, (error) => error.data.input); // => 'number'
 * ```
 */
export type InvalidDateError = AsnError<InvalidDateCode, { readonly input: string }>;

/** Years accepted in an {@link IsoDate}: wide enough for any birth date and any rule, narrow enough to be safe. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
const DATE_BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'ISO 8601', note: 'calendar dates are written YYYY-MM-DD', interpretation: 'dates-without-time-zone' } as const);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Days from 1970-01-01 of a valid year, month and day (days from civil, H. Hinnant): exact, proleptic Gregorian. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The value of the digit at `index` of `text`, or -1 when it is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/**
 * Reads a `YYYY-MM-DD` string in one pass by char code, checking the format, the real date and the year range
 * together (internal: the one date parser of asn-kit).
 *
 * @param text - The string.
 * @returns The day number of the date (days from 1970-01-01), or `NaN` when the string is not a valid date.
 */
export function dayNumberOf(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return Number.NaN;
  }
  return daysFromCivil(year, month, day);
}

function partsAreValid(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (years 1900–2999).
 *
 * @param input - Any value.
 * @returns `true` for `'2024-02-29'`, `false` for `'2025-02-29'`, `'2025-2-1'` or a `Date`.
 * @example
 * ```ts
 * import { isIsoDate } from 'asn-kit/core';
 * isIsoDate('2024-02-29'); // => true
 * isIsoDate('2025-02-29'); // => false
 * ```
 */
export function isIsoDate(input: unknown): input is IsoDate {
  return typeof input === 'string' && !Number.isNaN(dayNumberOf(input));
}

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a string is a real `YYYY-MM-DD` date of any year (internal): what zod's `iso.date` accepts. The Gregorian
 * calendar repeats every 400 years, so the same day in 2000–2399 tells whether the date itself is real.
 *
 * @param value - A string.
 * @returns `true` for a real date, whatever its year.
 */
export function isRealDateShape(value: string): boolean {
  // A date of 1900–2999 (nearly every date a parser sees) is read by char code alone, without a new string.
  // Stryker disable next-line ConditionalExpression: the 400-year shift gives the same answer for these dates, only slower
  if (isIsoDate(value)) return true;
  return ISO_SHAPE.test(value) && isIsoDate(`${2000 + (Number(value.slice(0, 4)) % 400)}${value.slice(4)}`);
}

/**
 * Checks a value and brands it as an {@link IsoDate}.
 *
 * @param input - Any value; only a `YYYY-MM-DD` string of a real date passes.
 * @returns `Ok(date)`, or `Err` with code `core/invalid-date`.
 * @example
 * ```ts
 * import { parseIsoDate } from 'asn-kit/core';
 * parseIsoDate('2026-12-24').isOk(); // => true
 * parseIsoDate('24/12/2026').match(() => null, (error) => error.code); // => 'core/invalid-date'
 * ```
 */
export function parseIsoDate(input: unknown): Result<IsoDate, InvalidDateError> {
  if (isIsoDate(input)) return ok(input);
  return err(
    asnError(
      'core/invalid-date',
      DATE_BASIS,
      {
        id: 'Tanggal harus berupa tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999).',
        en: 'A date must be a real calendar date written YYYY-MM-DD (years 1900–2999).',
      },
      { input: typeof input === 'string' ? input : typeof input } satisfies InvalidDateError['data'],
    ),
  );
}

/**
 * Builds a date from its parts.
 *
 * @param year - Four-digit year, 1900–2999.
 * @param month - 1–12.
 * @param day - 1–31, within the month.
 * @returns `Ok(date)`, or `Err` with code `core/invalid-date` for an impossible date.
 * @example
 * ```ts
 * import { isoDateFromParts } from 'asn-kit/core';
 * isoDateFromParts(1966, 8, 1).unwrapOr(null); // => '1966-08-01'
 * isoDateFromParts(1966, 2, 30).isErr(); // => true
 * ```
 */
export function isoDateFromParts(year: number, month: number, day: number): Result<IsoDate, InvalidDateError> {
  if (partsAreValid(year, month, day)) return ok(format(year, month, day));
  // Only numbers are written into the message: any other value (a null-prototype object has no string form) is named
  // by its type, so the call never throws.
  const shown = [year, month, day].map((part: unknown) => (typeof part === 'number' ? String(part) : typeof part));
  return parseIsoDate(shown.join('-'));
}

/**
 * The year of a date.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns The four-digit year.
 * @example
 * ```ts
 * import { yearOf, type IsoDate } from 'asn-kit/core';
 * yearOf('2026-08-17' as IsoDate); // => 2026
 * ```
 */
export function yearOf(date: IsoDate): number {
  return digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
}

/**
 * The month of a date, 1–12.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns The month number.
 * @example
 * ```ts
 * import { monthOf, type IsoDate } from 'asn-kit/core';
 * monthOf('2026-08-17' as IsoDate); // => 8
 * ```
 */
export function monthOf(date: IsoDate): number {
  return digitAt(date, 5) * 10 + digitAt(date, 6);
}

/**
 * The day of the month of a date, 1–31.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns The day number.
 * @example
 * ```ts
 * import { dayOf, type IsoDate } from 'asn-kit/core';
 * dayOf('2026-08-17' as IsoDate); // => 17
 * ```
 */
export function dayOf(date: IsoDate): number {
  return digitAt(date, 8) * 10 + digitAt(date, 9);
}

/**
 * The number of days from 1970-01-01 to a date (negative before it), computed without any `Date` or time zone.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns The day number: consecutive dates have consecutive numbers.
 * @example
 * ```ts
 * import { toDayNumber, type IsoDate } from 'asn-kit/core';
 * toDayNumber('1970-01-02' as IsoDate); // => 1
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  return daysFromCivil(yearOf(date), monthOf(date), dayOf(date));
}

/**
 * The date of a day number (the inverse of {@link toDayNumber}).
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param dayNumber - Days from 1970-01-01.
 * @returns The date. The caller keeps the number within years 1900–2999.
 * @example
 * ```ts
 * import { fromDayNumber } from 'asn-kit/core';
 * fromDayNumber(0); // => '1970-01-01'
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns 1–7.
 * @example
 * ```ts
 * import { isoWeekday, type IsoDate } from 'asn-kit/core';
 * isoWeekday('2026-08-17' as IsoDate); // => 1 (a Monday)
 * ```
 */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Adds calendar days.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @param days - Whole days, negative to go back.
 * @returns The new date.
 * @example
 * ```ts
 * import { addDays, type IsoDate } from 'asn-kit/core';
 * addDays('2024-02-28' as IsoDate, 2); // => '2024-03-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Moves a date by whole months on its year, month and day numbers, keeping the day when the target month has it and
 * clamping to the month's last day when it does not. No `Date` is built, so no time zone can shift the result.
 */
function shiftMonths(date: IsoDate, months: number): IsoDate {
  const index = yearOf(date) * 12 + monthOf(date) - 1 + Math.trunc(months);
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
}

/**
 * Adds calendar months, clamping to the end of a shorter month (the semantics of date-fns `addMonths`):
 * 31 January + 1 month = 28 or 29 February. Computed on the date's numbers, never through a `Date`, so the
 * result is the same in every time zone.
 *
 * Asserts a typed argument: `date` is an {@link IsoDate} (from {@link parseIsoDate}) and `months` a whole
 * number that keeps the result within years 1900–2999; other values give a meaningless date.
 *
 * @param date - The date.
 * @param months - Whole months, negative to go back (a fraction is truncated toward zero).
 * @returns The new date.
 * @example
 * ```ts
 * import { addMonths, type IsoDate } from 'asn-kit/core';
 * addMonths('2026-01-31' as IsoDate, 1); // => '2026-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return shiftMonths(date, months);
}

/**
 * Adds calendar years; 29 February becomes 28 February in a common year (so a 29 February birthday
 * reaches an age on 28 February; docs/interpretations.md#retirement-date). Computed on the date's numbers, never through a `Date`, so the result is the same in
 * every time zone.
 *
 * Asserts a typed argument: `date` is an {@link IsoDate} and `years` a whole number that keeps the result
 * within years 1900–2999; other values give a meaningless date.
 *
 * @param date - The date.
 * @param years - Whole years, negative to go back (a fraction is truncated toward zero).
 * @returns The new date.
 * @example
 * ```ts
 * import { addYears, type IsoDate } from 'asn-kit/core';
 * addYears('1968-02-29' as IsoDate, 58); // => '2026-02-28'
 * addYears('1993-12-31' as IsoDate, 1); // => '1994-12-31', in every time zone
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return shiftMonths(date, Math.trunc(years) * 12);
}

/**
 * The last day of the month of a date.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns The month's last date.
 * @example
 * ```ts
 * import { endOfMonth, type IsoDate } from 'asn-kit/core';
 * endOfMonth('2024-02-10' as IsoDate); // => '2024-02-29'
 * ```
 */
export function endOfMonth(date: IsoDate): IsoDate {
  const year = yearOf(date);
  const month = monthOf(date);
  return format(year, month, daysInMonth(year, month));
}

/**
 * The first day of the month after the month of a date.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param date - The date.
 * @returns The first of the next month.
 * @example
 * ```ts
 * import { startOfNextMonth, type IsoDate } from 'asn-kit/core';
 * startOfNextMonth('2024-12-01' as IsoDate); // => '2025-01-01'
 * ```
 */
export function startOfNextMonth(date: IsoDate): IsoDate {
  return addDays(endOfMonth(date), 1);
}

/**
 * Compares two dates, for `Array.prototype.sort`.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param left - A date.
 * @param right - Another date.
 * @returns A negative number, 0 or a positive number.
 * @example
 * ```ts
 * import { compareDates, type IsoDate } from 'asn-kit/core';
 * compareDates('2026-01-01' as IsoDate, '2025-12-31' as IsoDate) > 0; // => true
 * ```
 */
export function compareDates(left: IsoDate, right: IsoDate): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The number of calendar days in an inclusive range.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param range - The range.
 * @returns `to − from + 1` (0 or less if the range is reversed).
 * @example
 * ```ts
 * import { calendarDaysIn, type IsoDate } from 'asn-kit/core';
 * calendarDaysIn({ from: '2026-12-21' as IsoDate, to: '2026-12-31' as IsoDate }); // => 11
 * ```
 */
export function calendarDaysIn(range: DateRange): number {
  return toDayNumber(range.to) - toDayNumber(range.from) + 1;
}

/**
 * Tells whether two inclusive ranges share at least one day.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param left - A range.
 * @param right - Another range.
 * @returns `true` when they overlap.
 * @example
 * ```ts
 * import { rangesOverlap, type IsoDate } from 'asn-kit/core';
 * rangesOverlap(
 *   { from: '2026-01-05' as IsoDate, to: '2026-01-09' as IsoDate },
 *   { from: '2026-01-09' as IsoDate, to: '2026-01-12' as IsoDate },
 * ); // => true
 * ```
 */
export function rangesOverlap(left: DateRange, right: DateRange): boolean {
  return left.from <= right.to && right.from <= left.to;
}
