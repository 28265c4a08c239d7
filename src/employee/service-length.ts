import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addDays,
  addMonths,
  compareDates,
  isIsoDate,
  isoDateSchema,
  monthOf,
  toDayNumber,
  validate,
  yearOf,
  type DateRange,
  type IsoDate,
} from '../core';
import { employeeFail, type EmployeeError } from './errors';
import { serviceLengthOptionsSchema, type ServiceLengthOptions } from './schemas';

/**
 * A length of service in whole years, months and days.
 *
 * @example
 * ```ts
 * import type { ServiceLength } from 'asn-kit/employee';
 * const length: ServiceLength = { years: 16, months: 8, days: 27 };
 * ```
 */
export interface ServiceLength {
  /** Whole years. */
  readonly years: number;
  /** Whole months beyond the years, 0–11. */
  readonly months: number;
  /** Days beyond the months, 0–30. */
  readonly days: number;
}

/** The arguments of {@link serviceLength}, checked together so that every issue is named with its argument. */
const argumentsSchema = /* @__PURE__ */ (() =>
  z.object({ from: isoDateSchema, to: isoDateSchema, options: z.optional(serviceLengthOptionsSchema) }))();

/** Whole months from `from` to `to` (calendar-month steps with month-end clamping), then the days left. */
function difference(from: IsoDate, to: IsoDate): ServiceLength {
  let months = (yearOf(to) - yearOf(from)) * 12 + monthOf(to) - monthOf(from);
  if (addMonths(from, months) > to) months -= 1;
  return {
    years: Math.floor(months / 12),
    months: months % 12,
    days: toDayNumber(to) - toDayNumber(addMonths(from, months)),
  };
}

/** The excluded ranges clipped to the days of service `[from, to)`, sorted, with overlapping or adjacent ones joined. */
function clipAndMerge(ranges: readonly DateRange[], from: IsoDate, to: IsoDate): DateRange[] {
  const lastDay = addDays(to, -1);
  const clipped = ranges
    .map((range) => ({ from: range.from < from ? from : range.from, to: range.to > lastDay ? lastDay : range.to }))
    .filter((range) => range.from <= range.to)
    .sort((left, right) => compareDates(left.from, right.from));
  const merged: DateRange[] = [];
  for (const range of clipped) {
    const previous = merged.at(-1);
    if (previous !== undefined && range.from <= addDays(previous.to, 1)) {
      merged[merged.length - 1] = { from: previous.from, to: range.to > previous.to ? range.to : previous.to };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/**
 * The length of service from `from` to `to` in years, months and days, leaving out periods that do not count,
 * such as CLTN (PP 11/2017 Pasal 337 ayat (2); docs/interpretations.md#eligibility-service).
 *
 * `to` is the date asked about: the service is complete on each anniversary, so TMT 2025-03-01 gives one full
 * year on 2026-03-01 (docs/interpretations.md#eligibility-service). Months are calendar months (31 January + 1 month = end of February). An excluded
 * period stops the clock for its own length in years, months and days (docs/interpretations.md#leave-units counts CLTN in years and months): a
 * CLTN of 1 June 2015 – 31 May 2017 takes exactly 2 years off. Excluded periods are clipped to the service
 * period, and overlapping ones count once.
 *
 * @param from - The start of service, `YYYY-MM-DD`, e.g. {@link serviceStart} (TMT CPNS, or the first PPPK
 *   contract's start).
 * @param to - The date asked about, `YYYY-MM-DD`.
 * @param options - `excluding`: the periods to leave out, e.g. the employee's `cltn`. Unknown keys are an error.
 * @returns `Ok({ years, months, days })`; `Err` with code `employee/invalid-input` when a date or an option is
 *   malformed (an unknown option key is named in `data.issues`), or `employee/invalid-service-period` when `to` is
 *   before `from`.
 * @example
 * ```ts
 * import { serviceLength } from 'asn-kit/employee';
 * serviceLength('2010-03-01', '2026-11-28').unwrapOr(undefined);
 * // => { years: 16, months: 8, days: 27 }
 * serviceLength('2010-03-01', '2026-11-28', { excluding: [{ from: '2015-06-01', to: '2017-05-31' }] }).match(
 *   (length) => `${length.years} tahun ${length.months} bulan`,
 *   (error) => error.code,
 * ); // => '14 tahun 8 bulan'
 * serviceLength('2026-01-01', '2025-01-01').isErr(); // => true ('employee/invalid-service-period')
 * ```
 */
export function serviceLength(from: string, to: string, options?: ServiceLengthOptions): Result<ServiceLength, EmployeeError> {
  if (options === undefined && isIsoDate(from) && isIsoDate(to)) return serviceLengthOf(from, to, []);
  return validate(argumentsSchema, { from, to, options }, 'employee/invalid-input').andThen((input) =>
    serviceLengthOf(input.from, input.to, input.options?.excluding ?? []),
  );
}

/**
 * The length of service between two checked dates, leaving out checked periods (internal: the unchecked core of
 * {@link serviceLength}, which {@link retirementDate} calls with an employee's own CLTN periods).
 *
 * @param from - The start of service.
 * @param to - The date asked about.
 * @param excluding - The periods to leave out.
 * @returns `Ok({ years, months, days })`, or `Err` with `employee/invalid-service-period` when `to` is before `from`.
 */
export function serviceLengthOf(from: IsoDate, to: IsoDate, excluding: readonly DateRange[]): Result<ServiceLength, EmployeeError> {
  if (to < from) return employeeFail('employee/invalid-service-period', { from, to });
  let months = 0;
  let days = 0;
  for (const range of clipAndMerge(excluding, from, to)) {
    const gap = difference(range.from, addDays(range.to, 1));
    months += gap.years * 12 + gap.months;
    days += gap.days;
  }
  const resumed = addDays(addMonths(from, months), days);
  return ok(resumed >= to ? { years: 0, months: 0, days: 0 } : difference(resumed, to));
}
