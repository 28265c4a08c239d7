import { asnError, type AsnError, type LegalBasis, type LocalizedText } from '../core';

/**
 * The error codes of the leave module. A refusal of a request is `leave/request-refused` and lists every
 * violation (each with its own code below) in `violations`. `calendar/year-not-covered` is no refusal: the calendar
 * holds no data for a year the request touches, and the calendar's error is passed on as it is, with no violation.
 *
 * @example
 * ```ts
 * import type { LeaveErrorCode } from 'asn-kit/leave';
 * const code: LeaveErrorCode = 'leave/insufficient-balance';
 * ```
 */
export type LeaveErrorCode =
  | 'calendar/year-not-covered'
  | 'leave/invalid-input'
  | 'leave/request-refused'
  | 'leave/kind-not-available'
  | 'leave/ground-not-available'
  | 'leave/insufficient-service'
  | 'leave/wrong-gender'
  | 'leave/fourth-birth-is-major-leave'
  | 'leave/pppk-fourth-birth'
  | 'leave/not-fourth-birth'
  | 'leave/maximum-exceeded'
  | 'leave/cumulative-maximum-exceeded'
  | 'leave/extension-exceeded'
  | 'leave/overlap'
  | 'leave/insufficient-balance'
  | 'leave/missing-document'
  | 'leave/no-working-days'
  | 'leave/crosses-year'
  | 'leave/not-requestable'
  | 'leave/pre-anniversary-limit'
  | 'leave/annual-leave-removed'
  | 'leave/calendar-error'
  | 'leave/no-rule-in-force'
  | 'leave/invalid-transition'
  | 'leave/not-deferrable'
  | 'leave/not-recallable';

/**
 * An error of the leave module: a {@link AsnError} whose code is a {@link LeaveErrorCode}.
 *
 * @example
 * ```ts
 * import type { LeaveError } from 'asn-kit/leave';
 * const isBalance = (error: LeaveError) => error.code === 'leave/insufficient-balance';
 * ```
 */
export type LeaveError = AsnError<LeaveErrorCode>;

/**
 * The error of {@link evaluateLeaveRequest}: a refusal listing **every** violation found, not only the first.
 * Invalid input gives code `leave/invalid-input` with that one error in `violations`.
 *
 * @example
 * ```ts
 * import type { LeaveRefusal } from 'asn-kit/leave';
 * const codes = (refusal: LeaveRefusal) => refusal.violations.map((violation) => violation.code);
 * ```
 */
export interface LeaveRefusal extends LeaveError {
  /** Every rule the request breaks, each with its code, numbers (`data`), basis and message. */
  readonly violations: readonly LeaveError[];
}

/** Builds a leave error (internal). */
export function leaveError(
  code: LeaveErrorCode,
  basis: LegalBasis,
  message: LocalizedText,
  data: Readonly<Record<string, unknown>> = {},
): LeaveError {
  return asnError(code, basis, message, data);
}

/** Wraps violations into a refusal (internal). */
export function refusal(violations: readonly LeaveError[]): LeaveRefusal {
  const first = violations[0];
  if (violations.length === 1 && first !== undefined && first.code === 'leave/invalid-input') {
    return { ...first, violations };
  }
  // A data gap is not a broken rule: the calendar's error is the answer, with no violation.
  if (violations.length === 1 && first !== undefined && first.code === 'calendar/year-not-covered') {
    return { ...first, violations: [] };
  }
  const list = violations.map((violation) => violation.code).join(', ');
  return {
    ...asnError(
      'leave/request-refused',
      { instrument: 'PP 11/2017', article: 'Pasal 309–341', note: 'every violation is listed' },
      {
        id: `Permintaan cuti tidak dapat diproses: ${String(violations.length)} pelanggaran (${list}).`,
        en: `The leave request cannot be granted: ${String(violations.length)} violation(s) (${list}).`,
      },
      { count: violations.length },
    ),
    violations,
  };
}
