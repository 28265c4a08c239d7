import * as z from 'zod/mini';
import type { LegalBasis, LocalizedText } from '../core';
import { isoDateSchema, itemList, legalBasisSchema, localizedTextSchema, recordList } from '../core/schemas';
import { consecutiveYears, distinctYears, MOST_DAYS, MOST_YEARS, oneTablePerYear, RULE_MESSAGES } from './internal/rules';
import { isWorkingCalendar } from './is-working-calendar';
import type { CalendarYearData, WorkingCalendar, WorkWeek } from './types';
import { localized } from '../core/language';

// The only file of the calendar that imports zod: the published definitions of its inputs, for consumers' own
// schemas and JSON Schema, and what `parseCalendarYearData` runs. `createCalendar` answers exactly as
// `calendarOptionsSchema` does without loading it (see internal/options.ts and test/calendar/options.test.ts), and
// the working-day functions check their primitive arguments by hand, so none of them carries zod.

const strictText = /* @__PURE__ */ (() => z.strictObject(localizedTextSchema.shape))();
// A day's basis cites its instrument (with an article or a note): the fields createCalendar's own check knows.
const strictBasis = /* @__PURE__ */ (() => {
  const { instrument, article, note } = legalBasisSchema.shape;
  return z.strictObject({ instrument, article, note });
})();
const yearSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2999)))();
const countSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(0)))();

/** A list of the days of one year table, at most {@link MOST_DAYS} rows. */
function dayList<T extends z.core.SomeType>(day: T): z.ZodMiniArray<T> {
  return z.array(day).check(z.maxLength(MOST_DAYS));
}

/**
 * The zod schema of one year's data table (see `CalendarYearData`), a strict object with its shape. The rules that
 * tie the days to the table (every day within the year, at most one row per date) are checked by
 * {@link parseCalendarYearData} and by `createCalendar`, not by this schema, so it can be extended and embedded.
 * Its lists have limits: at most 366 `days` and 366 `superseded` days (one row for each day of a leap year; a real
 * table lists about 25) and 1,000 `instruments`; each text at most 10,000 characters. A day's `basis` cites its
 * `instrument`, with an `article` or a `note`.
 *
 * @example
 * ```ts
 * import { calendarYearDataSchema } from 'asn-kit/calendar';
 * calendarYearDataSchema.safeParse({ year: 2027, instruments: [], days: [] }).success; // => true
 * calendarYearDataSchema.safeParse({ year: 2027, instruments: [], days: [], extra: 1 }).success; // => false
 * ```
 */
export const calendarYearDataSchema = /* @__PURE__ */ (() => z.strictObject({
  year: yearSchema,
  instruments: itemList(
    z.strictObject({
      role: z.enum(['skb', 'asn-keppres', 'ad-hoc', 'amendment']),
      basis: strictBasis,
      signed: isoDateSchema,
      title: strictText,
    }),
  ),
  days: dayList(
    z.strictObject({
      date: isoDateSchema,
      kind: z.enum(['holiday', 'collective-leave']),
      name: strictText,
      basis: strictBasis,
      adHoc: z.exactOptional(z.literal(true)),
    }),
  ),
  counts: z.exactOptional(z.strictObject({ holidays: countSchema, collectiveLeave: countSchema })),
  superseded: z.exactOptional(
    dayList(
      z.strictObject({
        date: isoDateSchema,
        kind: z.enum(['holiday', 'collective-leave']),
        name: strictText,
        basis: strictBasis,
        movedTo: z.exactOptional(isoDateSchema),
      }),
    ),
  ),
  provisional: z.exactOptional(z.strictObject({ reason: strictText, basis: strictBasis })),
}))();

/**
 * An extra holiday or extra working day given to `createCalendar`: a date, or a date with its name and the
 * decision behind it. Without a name or basis, a generic one is used.
 *
 * @example
 * ```ts
 * import type { ExtraDayInput } from 'asn-kit/calendar';
 * const anniversary: ExtraDayInput = {
 *   date: '2026-07-01',
 *   name: { id: 'Hari Jadi Kota Medan', en: 'Medan city anniversary' },
 *   basis: { instrument: 'Keputusan Wali Kota Medan' },
 * };
 * ```
 */
export type ExtraDayInput =
  | string
  | {
      /** The date, `YYYY-MM-DD`. */
      readonly date: string;
      /** The day's name. */
      readonly name?: LocalizedText;
      /** The decision that sets it. */
      readonly basis?: LegalBasis;
    };

/**
 * zod reports a value that matches neither form of an extra day as one `invalid_union` issue; this gives it the
 * message of the form the value was meant to be (a string: the date's message; an object: its first issue).
 */
function extraDayError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const form = typeof issue.input === 'string' ? 0 : typeof issue.input === 'object' && issue.input !== null ? 1 : -1;
  const first = issue.errors[form]?.[0];
  if (first === undefined) return undefined;
  return first.path.length === 0 ? first.message : `${first.path.join('.')}: ${first.message}`;
}

const extraDaySchema = /* @__PURE__ */ (() => z.union(
  [isoDateSchema, z.strictObject({ date: isoDateSchema, name: z.exactOptional(strictText), basis: z.exactOptional(strictBasis) })],
  { error: extraDayError },
))();

/**
 * The options of `createCalendar`.
 *
 * @example
 * ```ts
 * import type { CalendarOptions } from 'asn-kit/calendar';
 * const hospital: CalendarOptions = { workWeek: 6, years: [2026], extraWorkingDays: ['2026-03-21'] };
 * ```
 */
export interface CalendarOptions {
  /** The unit's working week: 5 (Monday–Friday, the default) or 6 (Monday–Saturday, Perpres 21/2023 Pasal 7). */
  readonly workWeek?: WorkWeek;
  /**
   * The years to hold: consecutive, each once, in any order (at most 1,100: 1900–2999); by default every year that
   * has a table (2021–2027 built in).
   */
  readonly years?: readonly number[];
  /** Extra non-working days (kind `custom`), e.g. a regional holiday set by the PPK; at most 5,000. */
  readonly extraHolidays?: readonly ExtraDayInput[];
  /** Extra working days, e.g. a Saturday make-up day; they override the week and the official tables. At most 5,000. */
  readonly extraWorkingDays?: readonly ExtraDayInput[];
  /**
   * Year tables of your own: they add years, or replace the built-in table of the same year (an amendment); at most
   * 1,100, one per year.
   */
  readonly yearData?: readonly CalendarYearData[];
}

/**
 * The zod schema of {@link CalendarOptions}, a strict object (an unknown key is an issue that names it): embed it
 * in your own request schemas or publish it with `z.toJSONSchema(calendarOptionsSchema, { io: 'input' })`.
 * `createCalendar` gives exactly the issues this schema gives through `validate` (then checks each year table as
 * {@link parseCalendarYearData} does), without loading zod. Its lists have limits: at most 1,100 `years` and 1,100
 * `yearData` tables (every year of 1900–2999, each once), 5,000 `extraHolidays` and 5,000 `extraWorkingDays`, and
 * each table's limits ({@link calendarYearDataSchema}); `validate` also refuses options whose lists hold more than
 * `INPUT_LIMITS.total` items together.
 *
 * @example
 * ```ts
 * import { calendarOptionsSchema } from 'asn-kit/calendar';
 * calendarOptionsSchema.safeParse({ workWeek: 7 }).success; // => false
 * calendarOptionsSchema.safeParse({ years: [2026, 2026] }).success; // => false (each year once)
 * ```
 */
export const calendarOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  workWeek: z.exactOptional(z.literal([5, 6])),
  years: z.exactOptional(
    z.array(yearSchema).check(
      z.minLength(1),
      z.maxLength(MOST_YEARS),
      z.refine(consecutiveYears, { error: RULE_MESSAGES.consecutive }),
      z.refine(distinctYears, { error: RULE_MESSAGES.distinct }),
    ),
  ),
  extraHolidays: z.exactOptional(recordList(extraDaySchema)),
  extraWorkingDays: z.exactOptional(recordList(extraDaySchema)),
  yearData: z.exactOptional(
    z.array(calendarYearDataSchema).check(z.maxLength(MOST_YEARS), z.refine(oneTablePerYear, { error: RULE_MESSAGES.oneTable })),
  ),
}))();

/**
 * The zod schema of a working calendar made by `createCalendar`: other modules use it to accept a calendar in
 * their own input schemas. It is the cheap {@link isWorkingCalendar} check, and outputs the calendar itself.
 *
 * @example
 * ```ts
 * import { createCalendar, workingCalendarSchema } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) workingCalendarSchema.safeParse(calendar.value).success; // => true
 * workingCalendarSchema.safeParse({ kind: 'asn-kit/working-calendar' }).success; // => false
 * ```
 */
export const workingCalendarSchema = /* @__PURE__ */ (() => z.custom<WorkingCalendar>(isWorkingCalendar, {
  error: localized({
    id: 'Diharapkan kalender kerja yang dibuat dengan createCalendar (asn-kit/calendar)',
    en: 'Expected a working calendar made by createCalendar (asn-kit/calendar)',
  }),
}))();
