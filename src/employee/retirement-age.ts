import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ruleInForce, validate, type IsoDate } from '../core';
import { bupCategory, bupReason } from './bup-category';
import { employeeFail, type EmployeeError, type EmployeeReason } from './errors';
import { BUP, type BupCategory } from './rules/bup';
import { positionSchema, retirementOptionsSchema, type Position, type RetirementOptions } from './schemas';

/**
 * The retirement age (BUP) of a position, with its basis.
 *
 * @example
 * ```ts
 * import { retirementAge } from 'asn-kit/employee';
 * retirementAge({ type: 'guru' }).map((bup) => bup.age); // => Ok(60)
 * ```
 */
export interface RetirementAge {
  /** The retirement age in whole years. */
  readonly age: number;
  /** The position group that sets it. */
  readonly category: BupCategory;
  /** `employee/bup` with the basis, and a note on the professor extension where it applies. */
  readonly reasons: readonly EmployeeReason[];
}

/** The last date {@link IsoDate} allows: on it, exactly the rows without an end date are in force. */
const RULES_NOW_IN_FORCE = '2999-12-31' as IsoDate;

/** The arguments of {@link retirementAge}, checked together so that every issue is named with its argument. */
const argumentsSchema = /* @__PURE__ */ (() =>
  z.object({ position: positionSchema, options: z.optional(retirementOptionsSchema) }))();

/**
 * The retirement age (batas usia pensiun, BUP) of a position (docs/interpretations.md#retirement-age): JPT 60; administrator, pengawas
 * and pelaksana 58 (UU 20/2023 Pasal 55); fungsional ahli utama 65, ahli madya 60, ahli pertama, ahli muda and
 * keterampilan 58 (PP 11/2017 Pasal 239 ayat (2)); guru 60 and dosen 65 (UU 14/2005 Pasal 30 ayat (4), Pasal 67
 * ayat (4)); a professor dosen 70 with the `professorExtension` option (Pasal 67 ayat (5)).
 *
 * @param position - The position, e.g. `{ type: 'fungsional', level: 'ahli-madya' }` or an employee's `position`
 *   (checked on each call: a position is small).
 * @param options - `professorExtension` (default `false`); `on`: read the rules in force on that date instead of
 *   the rules now in force. Unknown keys are an error.
 * @returns `Ok(RetirementAge)`; `Err` with `employee/invalid-input` for an unknown position or a bad option (an
 *   unknown key is named in `data.issues`), or `employee/no-bup-rule` when no rule of the table is in force on `on`.
 * @example
 * ```ts
 * import { retirementAge } from 'asn-kit/employee';
 * retirementAge({ type: 'fungsional', level: 'ahli-utama' }).map((bup) => bup.age).unwrapOr(0); // => 65
 * retirementAge({ type: 'dosen', professor: true }, { professorExtension: true }).match(
 *   (bup) => bup.age,
 *   (error) => error.code,
 * ); // => 70
 * retirementAge({ type: 'jpt', level: 'madya' }, { on: '2010-01-01' }).isErr(); // => true ('employee/no-bup-rule')
 * ```
 */
export function retirementAge(position: Position, options?: RetirementOptions): Result<RetirementAge, EmployeeError> {
  return validate(argumentsSchema, { position, options }, 'employee/invalid-input').andThen((input) => {
    const { category, reasons } = bupCategory(input.position, input.options?.professorExtension ?? false);
    const on = input.options?.on ?? RULES_NOW_IN_FORCE;
    const row = ruleInForce(BUP, on, (candidate) => candidate.category === category);
    if (row.isErr()) return employeeFail('employee/no-bup-rule', { category, on });
    return ok({ age: row.value.age, category, reasons: [bupReason(category, row.value.age, row.value.basis), ...reasons] });
  });
}
