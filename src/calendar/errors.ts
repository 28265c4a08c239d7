import type { AsnError, LegalBasis, LocalizedText } from '../core';
import { deepFrozen } from '../core/frozen';

/**
 * The error codes of `asn-kit/calendar`:
 * - `calendar/invalid-input`: an argument or an option is not valid (a malformed date, a fractional `n`, an unknown
 *   option, a calendar not made by `createCalendar`, …), with every issue and its path in `data.issues`;
 * - `calendar/year-not-covered`: a date, or a result, falls in a year the calendar holds no table for: a gap in the
 *   data, not a rule that was broken (its message names the years held and how to add one);
 * - `calendar/out-of-range`: an extra holiday or extra working day given to `createCalendar` is outside its years;
 * - `calendar/invalid-range`: a range ends before it starts;
 * - `calendar/unknown-year`: a year was asked for that has no data table;
 * - `calendar/conflicting-days`: a date is both an extra holiday and an extra working day.
 *
 * @example
 * ```ts
 * import type { CalendarErrorCode } from 'asn-kit/calendar';
 * const code: CalendarErrorCode = 'calendar/year-not-covered';
 * ```
 */
export type CalendarErrorCode =
  | 'calendar/invalid-input'
  | 'calendar/year-not-covered'
  | 'calendar/out-of-range'
  | 'calendar/invalid-range'
  | 'calendar/unknown-year'
  | 'calendar/conflicting-days';

/**
 * An error of `asn-kit/calendar`: a coded {@link AsnError} with the values involved in `data`.
 *
 * @example
 * ```ts
 * import { countWorkingDays, createCalendar } from 'asn-kit/calendar';
 * createCalendar()
 *   .andThen((calendar) => countWorkingDays(calendar, '2027-12-29', '2028-01-05'))
 *   .match(
 *     () => 'ok',
 *     (error) => error.code,
 *   ); // => 'calendar/year-not-covered'
 * ```
 */
export type CalendarError = AsnError<CalendarErrorCode>;

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
