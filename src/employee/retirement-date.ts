import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addYears,
  endOfMonth,
  reason,
  ruleInForce,
  startOfNextMonth,
  validate,
  type DateRange,
  type IsoDate,
} from '../core';
import { isParsed } from '../core/parsed';
import { bupCategory, bupReason } from './bup-category';
import { employeeFail, type EmployeeError, type EmployeeReason } from './errors';
import { EMPLOYEE_KIND } from './parse-employee';
import { BUP, type BupCategory, type BupRow } from './rules/bup';
import {
  retirementInputSchema,
  retirementOptionsSchema,
  type Employee,
  type Position,
  type RetirementDateOptions,
  type RetirementInput,
} from './schemas';
import { serviceLengthOf, type ServiceLength } from './service-length';
import { deepFrozen } from '../core/frozen';

/**
 * When an employee retires, and why.
 *
 * @example
 * ```ts
 * import { retirementDate } from 'asn-kit/employee';
 * retirementDate({ birthDate: '1966-05-15', position: { type: 'administrator' } }).map((retirement) => retirement.date);
 * // => Ok('2024-06-01')
 * ```
 */
export interface Retirement {
  /** The retirement age (BUP) applied. */
  readonly age: number;
  /** The position group that sets it. */
  readonly category: BupCategory;
  /** The birthday at that age (a 29 February birthday falls on 28 February in a common year, docs/interpretations.md#retirement-date). */
  readonly reachedOn: IsoDate;
  /** The last day of service: the last day of the month of {@link Retirement.reachedOn}. */
  readonly lastDayOfService: IsoDate;
  /** TMT pensiun: the first day of the month after the month of the birthday at BUP (docs/interpretations.md#retirement-date). */
  readonly date: IsoDate;
  /** The service at retirement, from TMT CPNS to TMT pensiun without CLTN; present when `tmtCpns` was given. */
  readonly service?: ServiceLength;
  /** Whether the service reaches the 10 years a pension needs (PP 11/2017 Pasal 305 huruf c); with `service`. */
  readonly pensionEntitled?: boolean;
  /** The basis of the age, of the date and, where they apply, of the 29 February reading and the pension. */
  readonly reasons: readonly EmployeeReason[];
}

/** The options of {@link retirementDate}: those of {@link retirementAge} but `on` (the birthday fixes the rules). */
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ professorExtension: retirementOptionsSchema.shape.professorExtension }))();

/** The arguments of {@link retirementDate} for a record the library has not parsed, checked together. */
const argumentsSchema = /* @__PURE__ */ (() =>
  z.object({ employee: retirementInputSchema, options: z.optional(optionsSchema) }))();

/** The options alone, for an {@link Employee} from {@link parseEmployee} (which is not checked again). */
const optionsArgumentSchema = /* @__PURE__ */ (() => z.object({ options: optionsSchema }))();

/** A checked retirement input: an {@link Employee}, or what {@link retirementInputSchema} outputs. */
interface CheckedRetirementInput {
  readonly birthDate: IsoDate;
  readonly position: Position;
  readonly tmtCpns?: IsoDate | undefined;
  readonly cltn?: readonly DateRange[] | undefined;
}

const TMT_PENSIUN_BASIS = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 11/1969',
  article: 'Pasal 13 ayat (1)',
  note: 'PP 11/2017 Pasal 239 ayat (1) and Pasal 283 ayat (1) huruf c',
  interpretation: 'retirement-date',
} as const);
const LEAP_DAY_BASIS = /* @__PURE__ */ deepFrozen({
  instrument: 'asn-kit',
  note: 'a 29 February birthday falls on 28 February in a common year',
  evidence: 'interpretation',
  interpretation: 'retirement-date',
} as const);
const PENSION_BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'PP 11/2017', article: 'Pasal 305 huruf c' });
const MIN_PENSION_YEARS = 10;

/** The first BUP birthday on which a rule of the table for the group is in force and names that age. */
function bupRowFor(category: BupCategory, birthDate: IsoDate): { row: BupRow; reachedOn: IsoDate } | undefined {
  const ages = [...new Set(BUP.rows.filter((row) => row.category === category).map((row) => row.age))].sort((a, b) => a - b);
  for (const age of ages) {
    const reachedOn = addYears(birthDate, age);
    const row = ruleInForce(BUP, reachedOn, (candidate) => candidate.category === category && candidate.age === age);
    if (row.isOk()) return { row: row.value, reachedOn };
  }
  return undefined;
}

/**
 * The retirement date (TMT pensiun) of an employee: the birthday at the retirement age of the position
 * ({@link retirementAge}, docs/interpretations.md#retirement-age), the last day of that month as the last day of service, and the first day
 * of the next month as TMT pensiun (docs/interpretations.md#retirement-date; UU 11/1969 Pasal 13 ayat (1), PP 11/2017 Pasal 239 ayat (1)).
 * A 29 February birthday falls on 28 February in a common year (docs/interpretations.md#retirement-date). The age is the one set by the rule in
 * force on that birthday (UU 5/2014 until 30 October 2023, UU 20/2023 from 31 October 2023).
 *
 * When the input has a `tmtCpns` (an {@link Employee} of kind PNS or CPNS has), the result also gives the service
 * at retirement, leaving out `cltn`, and whether it reaches the 10 years a pension needs (PP 11/2017 Pasal 305
 * huruf c).
 *
 * @param employee - An {@link Employee} from {@link parseEmployee}, used as it is; or any `{ birthDate, position }`
 *   with optionally `tmtCpns` and `cltn`, which is checked first (bad input is an `Err`, never a throw).
 * @param options - `professorExtension`: a professor dosen retires at 70 instead of 65 (default `false`). Unknown
 *   keys are an error.
 * @returns `Ok(Retirement)`; `Err` with `employee/invalid-input` (a malformed record, or an option that is wrong or
 *   unknown, named in `data.issues`), `employee/no-bup-rule` (the birthday falls before the table's rules, e.g.
 *   before 15 January 2014) or `employee/invalid-service-period` (TMT CPNS after TMT pensiun).
 * @example
 * ```ts
 * import { retirementDate } from 'asn-kit/employee';
 * retirementDate({ birthDate: '1965-01-31', position: { type: 'jpt', level: 'pratama' } }).map((r) => r.date);
 * // => Ok('2025-02-01')
 * retirementDate({ birthDate: '1968-02-29', position: { type: 'pelaksana' } }).match(
 *   (retirement) => retirement.date,
 *   (error) => error.code,
 * ); // => '2026-03-01' (58th birthday read as 2026-02-28, docs/interpretations.md#retirement-date)
 * retirementDate({ birthDate: '1968-02-30', position: { type: 'pelaksana' } }).isErr();
 * // => true ('employee/invalid-input')
 * ```
 */
export function retirementDate(employee: RetirementInput, options?: RetirementDateOptions): Result<Retirement, EmployeeError> {
  if (isParsed(employee, EMPLOYEE_KIND)) {
    const parsed = employee as Employee;
    if (options === undefined) return retire(parsed, false);
    return validate(optionsArgumentSchema, { options }, 'employee/invalid-input').andThen((input) =>
      retire(parsed, input.options.professorExtension ?? false),
    );
  }
  return validate(argumentsSchema, { employee, options }, 'employee/invalid-input').andThen((input) =>
    retire(input.employee, input.options?.professorExtension ?? false),
  );
}

/** The retirement of a checked input (the unchecked core of {@link retirementDate}). */
function retire(employee: CheckedRetirementInput, professorExtension: boolean): Result<Retirement, EmployeeError> {
  const { birthDate, position, tmtCpns, cltn } = employee;
  const { category, reasons: extensionReasons } = bupCategory(position, professorExtension);
  const found = bupRowFor(category, birthDate);
  if (found === undefined) return employeeFail('employee/no-bup-rule', { category, birthDate });
  const { row, reachedOn } = found;
  const lastDayOfService = endOfMonth(reachedOn);
  const date = startOfNextMonth(reachedOn);
  const reasons: EmployeeReason[] = [
    bupReason(category, row.age, row.basis),
    ...extensionReasons,
    reason(
      'employee/retirement-date',
      'info',
      TMT_PENSIUN_BASIS,
      {
        id: `Mencapai BUP pada ${reachedOn}; diberhentikan dengan hormat akhir bulan (${lastDayOfService}); pensiun TMT ${date}.`,
        en: `Reaches the retirement age on ${reachedOn}; service ends at the end of that month (${lastDayOfService}); pension from ${date}.`,
      },
      { reachedOn, lastDayOfService, date },
    ),
  ];
  if (birthDate.endsWith('-02-29') && reachedOn.endsWith('-02-28')) {
    reasons.push(
      reason(
        'employee/leap-day-birthday',
        'info',
        LEAP_DAY_BASIS,
        {
          id: 'Lahir 29 Februari: pada tahun biasa ulang tahun jatuh pada 28 Februari.',
          en: 'Born on 29 February: in a common year the birthday falls on 28 February.',
        },
        { birthDate, reachedOn },
      ),
    );
  }
  const result = { age: row.age, category, reachedOn, lastDayOfService, date };
  if (tmtCpns === undefined) return ok({ ...result, reasons });
  return serviceLengthOf(tmtCpns, date, cltn ?? []).map((service) => {
    const pensionEntitled = service.years >= MIN_PENSION_YEARS;
    const counted = `${service.years} tahun ${service.months} bulan ${service.days} hari`;
    const countedEn = `${service.years} years ${service.months} months ${service.days} days`;
    reasons.push(
      pensionEntitled
        ? reason(
            'employee/pension-entitled',
            'info',
            PENSION_BASIS,
            { id: `Masa kerja ${counted}: berhak atas pensiun (paling sedikit 10 tahun).`, en: `Service of ${countedEn}: entitled to a pension (at least 10 years).` },
            { service },
          )
        : reason(
            'employee/pension-not-entitled',
            'warning',
            PENSION_BASIS,
            { id: `Masa kerja ${counted}: kurang dari 10 tahun, tidak berhak atas pensiun.`, en: `Service of ${countedEn}: under 10 years, no pension entitlement.` },
            { service },
          ),
    );
    return { ...result, service, pensionEntitled, reasons };
  });
}
