import type { LegalBasis, Severity } from '../core';
import type { PlanIssue } from './errors';

/**
 * The result of a plan validator: every issue found, in the order of the plan (each rule's issues in the order of
 * the values they concern), and whether the plan is free of errors.
 *
 * @typeParam Code - The validator's issue codes.
 * @example
 * ```ts
 * import type { PlanValidation } from 'asn-kit/workplan';
 * const clean: PlanValidation = { valid: true, errors: 0, warnings: 0, issues: [] };
 * ```
 */
export interface PlanValidation<Code extends string = string> {
  /** `true` when no issue is an error. */
  readonly valid: boolean;
  /** The number of errors. */
  readonly errors: number;
  /** The number of warnings. */
  readonly warnings: number;
  /** Every issue. */
  readonly issues: readonly PlanIssue<Code>[];
}

/** Builds an issue; `data` is left out when not given. */
export function issue<Code extends string>(
  code: Code,
  severity: Severity,
  basis: LegalBasis,
  path: string,
  id: string,
  en: string,
  data?: Readonly<Record<string, unknown>>,
): PlanIssue<Code> {
  const message = { id, en };
  return data === undefined ? { code, severity, basis, message, path } : { code, severity, basis, message, path, data };
}

/** The validation of a list of issues. */
export function validation<Code extends string>(issues: readonly PlanIssue<Code>[]): PlanValidation<Code> {
  const errors = issues.filter((found) => found.severity === 'error').length;
  const warnings = issues.filter((found) => found.severity === 'warning').length;
  return { valid: errors === 0, errors, warnings, issues };
}

/** Whether two amounts of rupiah are equal, to the sen (floating-point sums of decimals allowed). */
export function sameAmount(left: number, right: number): boolean {
  return Math.abs(left - right) < 0.005;
}

/** A rupiah amount written for people, e.g. `Rp250.000.000` / `IDR 250,000,000`. */
export function rupiah(value: number): { id: string; en: string } {
  const whole = Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return { id: `Rp${whole.replaceAll(',', '.')}`, en: `IDR ${whole}` };
}
