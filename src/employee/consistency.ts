import type { EmployeeReason } from './errors';

/**
 * The outcome of comparing two records of the same person, e.g. a NIP with an employee record.
 *
 * @example
 * ```ts
 * import { checkNikAgainstNip } from 'asn-kit/employee';
 * checkNikAgainstNip('3515144508680002', '196808052000032001').map((check) => check.consistent); // => Ok(true)
 * ```
 */
export interface ConsistencyCheck {
  /** `true` when no reason has severity `error`. */
  readonly consistent: boolean;
  /** One `error` reason per mismatch (code `employee/…-mismatch`), the source's warnings, or a confirmation. */
  readonly reasons: readonly EmployeeReason[];
}

/**
 * Closes a comparison: consistent when no reason is an error; a confirmation reason is added when it is.
 *
 * @param reasons - The reasons found.
 * @param confirmation - The reason to add when nothing is wrong.
 * @returns The check.
 */
export function concludeCheck(reasons: readonly EmployeeReason[], confirmation: EmployeeReason): ConsistencyCheck {
  const consistent = reasons.every((found) => found.severity !== 'error');
  return { consistent, reasons: consistent ? [...reasons, confirmation] : reasons };
}
