import type { AsnErrorOf, ErrorBuilder, InvalidInputError, IsoDate, NoRuleInForceError } from '../core';
import { asnError } from '../core/errors';
import type { CalendarErrorData } from '../calendar/errors';
import type { SkmElementCode } from './rules/skm-schemes';

/**
 * The `data` of each error code of the service-quality module.
 *
 * - `service-quality/invalid-input`: the input does not match the module's schema (`data.issues` lists the paths,
 *   e.g. `responses.12.3` for the fourth answer of the thirteenth questionnaire).
 * - `service-quality/no-answers`: an SKM element has no answer at all, so its NRR cannot be computed.
 * - `service-quality/no-rule-in-force`: no built-in complaint deadline is in force on the date a complaint was received.
 * - `service-quality/due-date-unavailable`: a deadline in working days without the unit's working calendar.
 * - `calendar/year-not-covered`: the calendar's own data-gap error, passed on as it is: a due date falls in a year
 *   the calendar holds no data for (`data.received` is the day of receipt).
 *
 * @example
 * ```ts
 * import type { ServiceQualityErrorData } from 'asn-kit/service-quality';
 * const data: ServiceQualityErrorData['service-quality/no-answers'] = { element: 'facilities' };
 * ```
 */
export interface ServiceQualityErrorData {
  /** The calendar's data, with the day of receipt (and, from `trackComplaints`, the complaint's id). */
  readonly 'calendar/year-not-covered': CalendarErrorData['calendar/year-not-covered'] & { readonly received: IsoDate } & { readonly complaint?: string };
  /** Every issue with its path. */
  readonly 'service-quality/invalid-input': InvalidInputError<'service-quality/invalid-input'>['data'];
  /** The element no one answered. */
  readonly 'service-quality/no-answers': { readonly element: SkmElementCode };
  /** The rule table and the date (and, from `trackComplaints`, the complaint's id). */
  readonly 'service-quality/no-rule-in-force': NoRuleInForceError['data'] & { readonly complaint?: string };
  /** The day of receipt (and, from `trackComplaints`, the complaint's id). */
  readonly 'service-quality/due-date-unavailable': { readonly received: IsoDate } & { readonly complaint?: string };
}

/**
 * The error codes of the service-quality module (each described at {@link ServiceQualityErrorData}).
 *
 * @example
 * ```ts
 * import type { ServiceQualityErrorCode } from 'asn-kit/service-quality';
 * const code: ServiceQualityErrorCode = 'service-quality/no-answers';
 * ```
 */
export type ServiceQualityErrorCode = keyof ServiceQualityErrorData;

/**
 * An error of the service-quality module: a coded {@link core!AsnError}, one member per code, so that a test of
 * `error.code` gives `error.data` the fields of that code ({@link ServiceQualityErrorData}).
 *
 * @example
 * ```ts
 * import { surveySampleSize } from 'asn-kit/service-quality';
 * surveySampleSize(-5).match(() => null, (error) => error.code);
 * // => 'service-quality/invalid-input'
 * surveySampleSize(-5).match(() => null, (error) => (error.code === 'service-quality/invalid-input' ? error.data.issues.length : 0));
 * // => 1
 * ```
 */
export type ServiceQualityError = AsnErrorOf<ServiceQualityErrorData>;

/** Builds a service-quality error, its data checked against its code (internal). */
export const serviceQualityError: ErrorBuilder<ServiceQualityErrorData> = asnError;

/**
 * The codes of the reasons the module's results carry.
 *
 * - `service-quality/grade`: the index was graded on the scheme's interval table (docs/interpretations.md#satisfaction-index).
 * - `service-quality/custom-weight`: the caller replaced the exact weight 1/number of elements (e.g. the printed 0,111).
 * - `service-quality/missing-answers`: some questionnaires left elements unanswered; each NRR divides by the answers
 *   actually given.
 * - `service-quality/answer-out-of-range`: answers that are not 1, 2, 3 or 4 (survey check).
 * - `service-quality/wrong-answer-count`: questionnaires with more or fewer answers than the scheme has elements.
 * - `service-quality/too-few-respondents`: fewer usable questionnaires than the Krejcie–Morgan sample (docs/interpretations.md#survey-sample-size).
 * - `service-quality/sample-size`: the table row a sample size was read from.
 * - `service-quality/census`: a population below the table's first row: every member is asked.
 * - `service-quality/follow-up-overdue`: a forum follow-up is open past its due date.
 * - `service-quality/forum-shortfall`: a unit held fewer forums in a period than the work plan asks.
 * - `service-quality/default-deadline`: a complaint's unit has no deadline configured; the statutory default applied.
 * - `service-quality/unit-deadline`: the unit's own deadline applied (docs/interpretations.md#complaint-deadlines).
 * - `service-quality/deadline-extended`: the complaint's deadline was extended as the unit's standard allows.
 * - `service-quality/complaint-overdue`: a complaint is open past its deadline.
 * - `service-quality/complaint-closed-late`: a complaint was closed after its deadline.
 *
 * @example
 * ```ts
 * import type { ServiceQualityReasonCode } from 'asn-kit/service-quality';
 * const code: ServiceQualityReasonCode = 'service-quality/grade';
 * ```
 */
export type ServiceQualityReasonCode =
  | 'calendar/provisional-year'
  | 'service-quality/grade'
  | 'service-quality/custom-weight'
  | 'service-quality/missing-answers'
  | 'service-quality/answer-out-of-range'
  | 'service-quality/wrong-answer-count'
  | 'service-quality/too-few-respondents'
  | 'service-quality/sample-size'
  | 'service-quality/census'
  | 'service-quality/follow-up-overdue'
  | 'service-quality/forum-shortfall'
  | 'service-quality/default-deadline'
  | 'service-quality/unit-deadline'
  | 'service-quality/deadline-extended'
  | 'service-quality/complaint-overdue'
  | 'service-quality/complaint-closed-late';
