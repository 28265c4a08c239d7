import type { AsnError, AsnErrorOf, ErrorBuilder, InvalidInputError, IsoDate, LegalBasis, LocalizedText } from '../core';
import { asnError } from '../core/errors';
import { deepFrozen } from '../core/frozen';

/**
 * The `data` of each error code of `asn-kit/calendar`:
 * - `calendar/invalid-input`: an argument or an option is not valid (a malformed date, a fractional `n`, an unknown
 *   option, a calendar not made by `createCalendar`, …), with every issue and its path in `data.issues`;
 * - `calendar/year-not-covered`: a date, or a result, falls in a year the calendar holds no table for: a gap in the
 *   data, not a rule that was broken (its message names the years held and how to add one); `data.date` is the day
 *   outside the calendar, and a count that ran past the calendar's years adds its `start` and `n`;
 * - `calendar/out-of-range`: an extra holiday or extra working day given to `createCalendar` is outside its years;
 * - `calendar/invalid-range`: a range ends before it starts;
 * - `calendar/unknown-year`: a year was asked for that has no data table;
 * - `calendar/conflicting-days`: a date is both an extra holiday and an extra working day.
 *
 * @example
 * ```ts
 * import type { CalendarErrorData } from 'asn-kit/calendar';
 * const data: CalendarErrorData['calendar/invalid-range'] = { from: '2026-03-31', to: '2026-03-01' };
 * ```
 */
export interface CalendarErrorData {
  /** Every issue with its path. */
  readonly 'calendar/invalid-input': InvalidInputError<'calendar/invalid-input'>['data'];
  /** The day outside the calendar, its year, and the years and days the calendar holds. */
  readonly 'calendar/year-not-covered': {
    readonly date: string;
    readonly year: number;
    readonly years: readonly number[];
    readonly from: IsoDate;
    readonly to: IsoDate;
    /** The first day of a count of working days that ran past the calendar's years. */
    readonly start?: string;
    /** The number of working days of that count. */
    readonly n?: number;
  };
  /** The extra day outside the calendar's years, the option and index that gave it, and the calendar's days. */
  readonly 'calendar/out-of-range': {
    readonly date: string;
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly option: 'extraHolidays' | 'extraWorkingDays';
    readonly index: number;
  };
  /** The two ends of the range. */
  readonly 'calendar/invalid-range': { readonly from: string; readonly to: string };
  /** The year asked for and the years that have a table. */
  readonly 'calendar/unknown-year': { readonly year: number; readonly available: readonly number[] };
  /** The date that is both. */
  readonly 'calendar/conflicting-days': { readonly date: string };
}

/**
 * The error codes of `asn-kit/calendar` (each described at {@link CalendarErrorData}).
 *
 * @example
 * ```ts
 * import type { CalendarErrorCode } from 'asn-kit/calendar';
 * const code: CalendarErrorCode = 'calendar/year-not-covered';
 * ```
 */
export type CalendarErrorCode = keyof CalendarErrorData;

/**
 * An error of `asn-kit/calendar`: a coded {@link AsnError}, one member per code, so that a test of `error.code` gives
 * `error.data` the fields of that code ({@link CalendarErrorData}).
 *
 * @example
 * ```ts
 * import { countWorkingDays, createCalendar } from 'asn-kit/calendar';
 * createCalendar()
 *   .andThen((calendar) => countWorkingDays(calendar, '2027-12-29', '2028-01-05'))
 *   .match(
 *     () => 'ok',
 *     (error) => (error.code === 'calendar/year-not-covered' ? error.data.date : error.code),
 *   ); // => '2028-01-05'
 * ```
 */
export type CalendarError = AsnErrorOf<CalendarErrorData>;

/** The calendar's data-gap error (internal). */
export type YearNotCoveredError = AsnError<'calendar/year-not-covered', CalendarErrorData['calendar/year-not-covered']>;

/** Builds a calendar error, its data checked against its code (internal). */
export const calendarError: ErrorBuilder<CalendarErrorData> = asnError;

/**
 * The basis cited by data-gap errors: the official days of a year are set by that year's SKB and ASN Keppres, so a
 * year without its table cannot be counted, and asn-kit never guesses.
 */
export const RANGE_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'asn-kit',
  note: "the days off of a year are set by that year's SKB and ASN Keppres; a year without its table is not guessed",
  interpretation: 'years-without-data',
});

/** The basis cited by argument errors that are not about the law. */
export const INPUT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'asn-kit', note: 'periods are inclusive of both ends', interpretation: 'dates-without-time-zone' });

/** The messages of the errors whose wording does not depend on the values. */
export const CALENDAR_MESSAGES = /* @__PURE__ */ deepFrozen({
  invalidRange: {
    id: 'Akhir rentang tanggal tidak boleh sebelum awalnya.',
    en: 'The end of a date range must not be before its start.',
  },
  conflictingDays: {
    id: 'Tanggal yang sama tidak boleh sekaligus hari libur tambahan dan hari kerja tambahan.',
    en: 'A date cannot be both an extra holiday and an extra working day.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>);
