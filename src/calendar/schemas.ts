import { z } from 'zod';
import { isoDateSchema, type LegalBasis, type LocalizedText } from '../core';
import { isWorkingCalendar } from './is-working-calendar';
import type { CalendarYearData, WorkingCalendar, WorkWeek } from './types';

const localizedTextSchema = /* @__PURE__ */ z.strictObject({ id: z.string().min(1), en: z.string().min(1) });

const legalBasisSchema = /* @__PURE__ */ z.strictObject({
  instrument: z.string().min(1),
  article: z.string().min(1).exactOptional(),
  note: z.string().min(1).exactOptional(),
});

/**
 * The zod schema of one year's data table (see `CalendarYearData`): every day within the year, at most one row
 * per date. Use it to check a table of your own (e.g. 2027, once its SKB and Keppres are signed) before passing it
 * to `createCalendar` through `yearData`.
 *
 * @example
 * ```ts
 * import { calendarYearDataSchema } from 'asn-kit/calendar';
 * calendarYearDataSchema.safeParse({
 *   year: 2027,
 *   instruments: [],
 *   days: [{ date: '2026-12-31', kind: 'holiday', name: { id: 'x', en: 'x' }, basis: { instrument: 'SKB' } }],
 * }).success;
 * // => false (the day is not in 2027)
 * ```
 */
export const calendarYearDataSchema: z.ZodType<CalendarYearData> = /* @__PURE__ */ z
  .strictObject({
    year: z.number().int().min(1900).max(2999),
    instruments: z.array(
      z.strictObject({
        role: z.enum(['skb', 'asn-keppres', 'ad-hoc', 'amendment']),
        basis: legalBasisSchema,
        signed: isoDateSchema,
        title: localizedTextSchema,
      }),
    ),
    days: z.array(
      z.strictObject({
        date: isoDateSchema,
        kind: z.enum(['holiday', 'collective-leave']),
        name: localizedTextSchema,
        basis: legalBasisSchema,
        adHoc: z.literal(true).exactOptional(),
      }),
    ),
  })
  .superRefine((table, context) => {
    const seen = new Set<string>();
    table.days.forEach((day, index) => {
      if (!day.date.startsWith(`${String(table.year)}-`)) {
        context.addIssue({ code: 'custom', path: ['days', index, 'date'], message: `The date is not in ${String(table.year)}` });
      }
      if (seen.has(day.date)) {
        context.addIssue({ code: 'custom', path: ['days', index, 'date'], message: 'The date appears twice' });
      }
      seen.add(day.date);
    });
  });

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

const extraDaySchema = /* @__PURE__ */ z.union([
  isoDateSchema,
  z.strictObject({ date: isoDateSchema, name: localizedTextSchema.exactOptional(), basis: legalBasisSchema.exactOptional() }),
]);

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
  /** The unit's working week: 5 (Monday–Friday, the default) or 6 (Monday–Saturday) (RULINGS R-D2). */
  readonly workWeek?: WorkWeek;
  /** The years to hold, consecutive; by default every year that has a table (2024–2026 built in). */
  readonly years?: readonly number[];
  /** Extra non-working days (kind `custom`), e.g. a regional holiday set by the PPK. */
  readonly extraHolidays?: readonly ExtraDayInput[];
  /** Extra working days, e.g. a Saturday make-up day; they override the week and the official tables. */
  readonly extraWorkingDays?: readonly ExtraDayInput[];
  /** Year tables of your own: they add years, or replace the built-in table of the same year (an amendment). */
  readonly yearData?: readonly CalendarYearData[];
}

/**
 * The zod schema of {@link CalendarOptions}; `createCalendar` runs it on its argument.
 *
 * @example
 * ```ts
 * import { calendarOptionsSchema } from 'asn-kit/calendar';
 * calendarOptionsSchema.safeParse({ workWeek: 7 }).success; // => false
 * ```
 */
export const calendarOptionsSchema: z.ZodType<CalendarOptions | undefined> = /* @__PURE__ */ z
  .strictObject({
    workWeek: z.literal([5, 6]).exactOptional(),
    years: z
      .array(z.number().int().min(1900).max(2999))
      .min(1)
      .refine(
        // Distinct whole years are consecutive exactly when they span as many years as there are of them.
        (years) => years.length === 0 || Math.max(...years) - Math.min(...years) + 1 === new Set(years).size,
        { error: 'The years must be consecutive' },
      )
      .exactOptional(),
    extraHolidays: z.array(extraDaySchema).exactOptional(),
    extraWorkingDays: z.array(extraDaySchema).exactOptional(),
    yearData: z
      .array(calendarYearDataSchema)
      .refine((tables) => new Set(tables.map((table) => table.year)).size === tables.length, {
        error: 'Each year may have one table only',
      })
      .exactOptional(),
  })
  .optional();

/**
 * The zod schema of a working calendar made by {@link createCalendar}: other modules use it to accept a calendar
 * in their own input schemas.
 *
 * @example
 * ```ts
 * import { createCalendar, workingCalendarSchema } from 'asn-kit/calendar';
 * workingCalendarSchema.safeParse(createCalendar()._unsafeUnwrap()).success; // => true
 * workingCalendarSchema.safeParse({ kind: 'asn-kit/working-calendar' }).success; // => false
 * ```
 */
export const workingCalendarSchema: z.ZodType<WorkingCalendar, WorkingCalendar> = /* @__PURE__ */ z.custom<WorkingCalendar>(
  isWorkingCalendar,
  { error: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
);

/** Arguments of the functions that take one date. */
export const dayArgsSchema = /* @__PURE__ */ z.object({ calendar: workingCalendarSchema, date: isoDateSchema });

/** Arguments of the functions that take a range. */
export const rangeArgsSchema = /* @__PURE__ */ z.object({ calendar: workingCalendarSchema, from: isoDateSchema, to: isoDateSchema });

/** Arguments of `addWorkingDays`: any whole number of working days, negative to go back. */
export const stepArgsSchema = /* @__PURE__ */ z.object({ calendar: workingCalendarSchema, date: isoDateSchema, n: z.number().int() });

/** Arguments of `workingSpanEnd`: a span of at least one working day. */
export const spanArgsSchema = /* @__PURE__ */ z.object({
  calendar: workingCalendarSchema,
  start: isoDateSchema,
  n: z.number().int().min(1),
});

/** Arguments of `nonWorkingDays`. */
export const yearArgsSchema = /* @__PURE__ */ z.object({ calendar: workingCalendarSchema, year: z.number().int() });
