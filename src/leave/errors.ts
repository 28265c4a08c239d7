import type { AsnError, AsnErrorOf, ErrorBuilder, InvalidInputError, IsoDate, NoRuleInForceError } from '../core';
import { asnError } from '../core/errors';
import type { CalendarErrorCode, CalendarErrorData } from '../calendar/errors';
import type { EmployeeKind, Gender, Position } from '../employee/schemas';
import type { LeaveOutcome } from './draft-leave-request';
import type { LeaveDocument, LeaveGround, LeaveKind, LeaveUnit } from './rules/leave-rule';
import type { LeaveStatus } from './schemas';
import type { LeaveWorkflowEvent } from './workflow';

/** The codes of the calendar errors other than a data gap, which leave passes on as `leave/calendar-error`. */
type CalendarFailureCode = Exclude<CalendarErrorCode, 'calendar/year-not-covered'>;

/**
 * The `data` of each error code of the leave module. A refusal of a request is `leave/request-refused` and lists
 * every violation (each with its own code below) in `violations`. `calendar/year-not-covered` is no refusal: the
 * calendar holds no data for a year the request touches, and the calendar's error is passed on as it is, with no
 * violation.
 *
 * @example
 * ```ts
 * import type { LeaveErrorData } from 'asn-kit/leave';
 * const data: LeaveErrorData['leave/insufficient-balance'] = { requested: 14, available: 12, year: 2026 };
 * ```
 */
export interface LeaveErrorData {
  /** The calendar's own data-gap error, passed on as it is. */
  readonly 'calendar/year-not-covered': CalendarErrorData['calendar/year-not-covered'];
  /**
   * Every issue with its path when an input fails its schema; a step of the workflow names what it lacks: the
   * outcome given without a reason, the request a change is not the same as, or nothing (a recall from annual
   * leave without the working calendar).
   */
  readonly 'leave/invalid-input':
    | InvalidInputError<'leave/invalid-input'>['data']
    | { readonly outcome: LeaveOutcome; readonly issues?: never }
    | { readonly requestId: string; readonly issues?: never }
    | { readonly issues?: never };
  /** How many violations `violations` lists. */
  readonly 'leave/request-refused': { readonly count: number };
  /** The kind asked for and the employee's kind, with the position type (the rule says no) or the date (no rule applies). */
  readonly 'leave/kind-not-available':
    | { readonly kind: LeaveKind; readonly employeeKind: EmployeeKind; readonly position: Position['type'] }
    | { readonly kind: LeaveKind; readonly employeeKind: EmployeeKind; readonly date: IsoDate };
  /** The ground asked for, with the kind and the grounds it allows (when no rule has it). */
  readonly 'leave/ground-not-available':
    | { readonly ground: LeaveGround }
    | { readonly kind: LeaveKind; readonly ground: LeaveGround; readonly allowed: readonly LeaveGround[] };
  /** The years of service the kind needs, the day they are reached, and the requested start. */
  readonly 'leave/insufficient-service': { readonly requiredYears: number; readonly eligibleFrom: IsoDate; readonly start: IsoDate };
  /** The employee's gender and the ground. */
  readonly 'leave/wrong-gender': { readonly gender: Gender; readonly ground: LeaveGround };
  /** The birth's ordinal and the last one maternity leave covers (3). */
  readonly 'leave/fourth-birth-is-major-leave': { readonly ordinal: number; readonly maximumOrdinal: number };
  /** The birth's ordinal and the last one maternity leave covers (3). */
  readonly 'leave/pppk-fourth-birth': { readonly ordinal: number; readonly maximumOrdinal: number };
  /** The birth's ordinal. */
  readonly 'leave/not-fourth-birth': { readonly ordinal: number };
  /** The maximum and its unit, the latest end and the requested one; the annual days that shortened a cuti besar. */
  readonly 'leave/maximum-exceeded': {
    readonly maximum: number;
    readonly unit: Exclude<LeaveUnit, 'working-days'>;
    readonly latestEnd: IsoDate;
    readonly requestedEnd: IsoDate;
    readonly annualLeaveTaken?: number;
  };
  /** The sick-leave days already used, those requested, the limit, and whether a health-team certificate is given. */
  readonly 'leave/cumulative-maximum-exceeded': {
    readonly used: number;
    readonly requested: number;
    readonly limit: number;
    readonly healthTeamCertificate: boolean;
  };
  /** The travel days requested and the maximum. */
  readonly 'leave/extension-exceeded': { readonly requested: number; readonly maximum: number };
  /** The other request's id, period and status. */
  readonly 'leave/overlap': { readonly other: string; readonly from: IsoDate; readonly to: IsoDate; readonly status: LeaveStatus };
  /** The working days requested and available, and the year they are taken from. */
  readonly 'leave/insufficient-balance': { readonly requested: number; readonly available: number; readonly year: number };
  /** The document that is missing. */
  readonly 'leave/missing-document': { readonly document: LeaveDocument };
  /** The period. */
  readonly 'leave/no-working-days': { readonly start: IsoDate; readonly end: IsoDate };
  /** The period. */
  readonly 'leave/crosses-year': { readonly start: IsoDate; readonly end: IsoDate };
  /** The kind (cuti bersama). */
  readonly 'leave/not-requestable': { readonly kind: LeaveKind };
  /** The working days taken before the first anniversary, those requested, and the limit. */
  readonly 'leave/pre-anniversary-limit': { readonly used: number; readonly requested: number; readonly limit: number };
  /** The calendar error's data, and its code (`calendarCode`) when a request was evaluated. */
  readonly 'leave/calendar-error': CalendarErrorData[CalendarFailureCode] & { readonly calendarCode?: CalendarFailureCode };
  /** The rule table and the date. */
  readonly 'leave/no-rule-in-force': NoRuleInForceError['data'];
  /** The request's status and the step asked for. */
  readonly 'leave/invalid-transition': { readonly status: LeaveStatus; readonly event: LeaveWorkflowEvent['type'] };
  /** The kind and the ground of the decision. */
  readonly 'leave/not-deferrable': { readonly kind: LeaveKind; readonly ground: LeaveGround };
  /** The kind of the decision. */
  readonly 'leave/not-recallable': { readonly kind: LeaveKind };
}

/**
 * The error codes of the leave module (each described at {@link LeaveErrorData}).
 *
 * @example
 * ```ts
 * import type { LeaveErrorCode } from 'asn-kit/leave';
 * const code: LeaveErrorCode = 'leave/insufficient-balance';
 * ```
 */
export type LeaveErrorCode = keyof LeaveErrorData;

/**
 * An error of the leave module: a {@link AsnError} whose code is a {@link LeaveErrorCode}, one member per code, so
 * that a test of `error.code` gives `error.data` the fields of that code ({@link LeaveErrorData}).
 *
 * @example
 * ```ts
 * import type { LeaveError } from 'asn-kit/leave';
 * const shortBy = (error: LeaveError) =>
 *   error.code === 'leave/insufficient-balance' ? error.data.requested - error.data.available : 0;
 * ```
 */
export type LeaveError = AsnErrorOf<LeaveErrorData>;

/**
 * The codes a {@link LeaveRefusal} takes: a refusal proper, invalid input, or the calendar's data gap.
 *
 * @example
 * ```ts
 * import type { LeaveRefusalCode } from 'asn-kit/leave';
 * const code: LeaveRefusalCode = 'leave/request-refused';
 * ```
 */
export type LeaveRefusalCode = 'leave/request-refused' | 'leave/invalid-input' | 'calendar/year-not-covered';

/**
 * The error of {@link evaluateLeaveRequest}: a refusal listing **every** violation found, not only the first.
 * Invalid input gives code `leave/invalid-input` with that one error in `violations`. Each violation is a
 * {@link LeaveError}, so a test of its code gives its data's fields.
 *
 * @example
 * ```ts
 * import type { LeaveRefusal } from 'asn-kit/leave';
 * const codes = (refusal: LeaveRefusal) => refusal.violations.map((violation) => violation.code);
 * const available = (refusal: LeaveRefusal) =>
 *   refusal.violations.flatMap((violation) => (violation.code === 'leave/insufficient-balance' ? [violation.data.available] : []));
 * ```
 */
export type LeaveRefusal = {
  readonly [Code in LeaveRefusalCode]: AsnError<Code, LeaveErrorData[Code]> & {
    /** Every rule the request breaks, each with its code, numbers (`data`), basis and message. */
    readonly violations: readonly LeaveError[];
  };
}[LeaveRefusalCode];

/** Builds a leave error, its data checked against its code (internal). */
export const leaveError: ErrorBuilder<LeaveErrorData> = asnError;

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
    ...leaveError(
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
