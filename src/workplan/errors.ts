import type { AsnErrorOf, InvalidInputError, NoRuleInForceError, Reason } from '../core';
import type { PerformanceErrorCode } from '../performance';

/**
 * The `data` of each error code of the workplan module: the codes of a call that cannot run at all.
 *
 * - `workplan/invalid-input`: the input does not match the module's schema (`data.issues` lists every issue with
 *   its path), or an option is unknown.
 * - `workplan/no-rule-in-force`: no rule row covers the date asked about (e.g. the 20-JP minimum before 2017).
 *
 * A plan that breaks a rule is not an error of the call: the validators return `Ok` with every
 * {@link PlanIssue}.
 *
 * @example
 * ```ts
 * import type { WorkplanErrorData } from 'asn-kit/workplan';
 * const paths = (data: WorkplanErrorData['workplan/invalid-input']) => data.issues.map((issue) => issue.path);
 * ```
 */
export interface WorkplanErrorData {
  /** Every issue with its path (and, from `checkUnitCascade`, the index of the SKP that failed). */
  readonly 'workplan/invalid-input': InvalidInputError<'workplan/invalid-input'>['data'] & { readonly index?: number };
  /** The rule table and the date (and, from `checkUnitCascade`, the index of the SKP that failed). */
  readonly 'workplan/no-rule-in-force': NoRuleInForceError['data'] & { readonly index?: number };
}

/**
 * The error codes of the workplan module (each described at {@link WorkplanErrorData}).
 *
 * @example
 * ```ts
 * import type { WorkplanErrorCode } from 'asn-kit/workplan';
 * const code: WorkplanErrorCode = 'workplan/invalid-input';
 * ```
 */
export type WorkplanErrorCode = keyof WorkplanErrorData;

/**
 * An error of the workplan module: an {@link core!AsnError} with one of the {@link WorkplanErrorCode}s, one member per
 * code, so that a test of `error.code` gives `error.data` the fields of that code ({@link WorkplanErrorData}).
 *
 * @example
 * ```ts
 * import { parseAsnWorkPlan, type WorkplanError } from 'asn-kit/workplan';
 * const result = parseAsnWorkPlan({});
 * if (result.isErr()) {
 *   const error: WorkplanError = result.error;
 *   error.code; // => 'workplan/invalid-input'
 *   if (error.code === 'workplan/invalid-input') error.data.issues.length > 0; // => true
 * }
 * ```
 */
export type WorkplanError = AsnErrorOf<WorkplanErrorData>;

/**
 * The codes of the issues {@link validateSkpPlan} and {@link checkUnitCascade} find in individual plans (SKP).
 * The rules the performance module already checks keep its codes (`performance/period-crosses-year`,
 * `performance/self-assessment`, `performance/duplicate-rhk-id`, `performance/missing-perspective`,
 * `performance/missing-intervened-rhk`, `performance/behaviour-values`, `performance/period-outside-skp`,
 * `performance/unknown-rhk`, `performance/predikat-mismatch`); the others:
 *
 * - `workplan/no-main-result`: no main result (hasil kerja utama).
 * - `workplan/no-indicator`: an RHK without an indicator.
 * - `workplan/missing-target`, `workplan/ambiguous-target`, `workplan/inverted-range`, `workplan/missing-unit`: an
 *   indicator's target is absent, both a value and a range, a range whose lower bound exceeds the upper one, or
 *   without its unit (satuan).
 * - `workplan/missing-aspect`, `workplan/missing-aspects`: under the quantitative approach, an indicator without
 *   its aspect, or an RHK without the quantity, quality and time aspects.
 * - `workplan/intervened-rhk-not-found`: the assessor's RHK named is not in the assessor's SKP.
 * - `workplan/additional-rhk-link-not-found` (warning): an additional result names an RHK the assessor's SKP lacks.
 * - `workplan/assessor-skp-mismatch`: the assessor's SKP given belongs to someone else.
 * - `workplan/assessor-period-disjoint`: the assessor's SKP covers no day of this SKP's period.
 * - `workplan/no-performance-agreement` (warning): a JPT's RHK that names no Perjanjian Kinerja target.
 * - `workplan/unusual-assessor` (warning): the assessor's position is not the one the regulation names.
 * - `workplan/missing-evidence`, `workplan/missing-feedback` (warnings): a realisation without evidence, a rating
 *   without feedback.
 * - `workplan/weights-not-allowed`: weights in a PermenPANRB 6/2022 SKP.
 * - `workplan/weights-not-100`, `workplan/missing-weight`: a PermenPANRB 8/2021 SKP whose weights do not sum to
 *   100, or an indicator of it without a weight.
 * - `workplan/orphan-rhk`: in a unit, a main result whose intervened RHK is not in its assessor's SKP.
 * - `workplan/assessor-skp-missing` (warning): in a unit, a non-JPT SKP whose assessor has no SKP in the unit.
 * - `workplan/cascade-cycle`: in a unit, SKPs whose assessors assess each other in a ring.
 * - `workplan/rhk-not-intervened` (warning): in a unit, a superior's main RHK that no subordinate intervenes.
 * - `workplan/distribution` (warning): the unit's annual predikat break the distribution pattern of its own predikat.
 *
 * @example
 * ```ts
 * import type { SkpPlanIssueCode } from 'asn-kit/workplan';
 * const code: SkpPlanIssueCode = 'workplan/missing-unit';
 * ```
 */
export type SkpPlanIssueCode =
  | Extract<
      PerformanceErrorCode,
      | 'performance/period-crosses-year'
      | 'performance/self-assessment'
      | 'performance/duplicate-rhk-id'
      | 'performance/missing-perspective'
      | 'performance/missing-intervened-rhk'
      | 'performance/behaviour-values'
      | 'performance/period-outside-skp'
      | 'performance/unknown-rhk'
      | 'performance/predikat-mismatch'
    >
  | 'workplan/no-main-result'
  | 'workplan/no-indicator'
  | 'workplan/missing-target'
  | 'workplan/ambiguous-target'
  | 'workplan/inverted-range'
  | 'workplan/missing-unit'
  | 'workplan/missing-aspect'
  | 'workplan/missing-aspects'
  | 'workplan/intervened-rhk-not-found'
  | 'workplan/additional-rhk-link-not-found'
  | 'workplan/assessor-skp-mismatch'
  | 'workplan/assessor-period-disjoint'
  | 'workplan/no-performance-agreement'
  | 'workplan/unusual-assessor'
  | 'workplan/missing-evidence'
  | 'workplan/missing-feedback'
  | 'workplan/weights-not-allowed'
  | 'workplan/weights-not-100'
  | 'workplan/missing-weight'
  | 'workplan/orphan-rhk'
  | 'workplan/assessor-skp-missing'
  | 'workplan/cascade-cycle'
  | 'workplan/rhk-not-intervened'
  | 'workplan/distribution';

/**
 * The codes of the issues {@link validateAsnWorkPlan} finds in an agency's ASN-management work plan.
 *
 * - `workplan/duplicate-id`: an id used twice (objectives, strategies, activities, promised services).
 * - `workplan/unknown-objective`, `workplan/unknown-strategy`: a reference to an id the plan lacks.
 * - `workplan/strategy-objective-mismatch` (warning): an activity's strategy does not serve its objective.
 * - `workplan/period-not-whole-years`: a plan period that is not one or more whole calendar years.
 * - `workplan/missing-target`, `workplan/missing-unit`: an activity indicator without a target or a unit.
 * - `workplan/schedule-outside-period`, `workplan/session-outside-schedule`: dates outside the plan or the activity.
 * - `workplan/budget-mismatch`: budget lines that do not add up to the activity's budget, or activities that do
 *   not add up to the plan's total.
 * - `workplan/pillar-missing` (warning): a pillar without any activity.
 * - `workplan/engagement-too-rare`: a period with fewer public-engagement sessions than the plan commits to.
 * - `workplan/service-not-covered` (warning): a promised service that no technology activity delivers.
 * - `workplan/shortfall-not-covered`, `workplan/unit-shortfall-not-reached` (warnings): competency shortfalls with
 *   fewer planned places than employees, or a unit's shortfall no activity reaches.
 * - `workplan/jp-minimum-not-covered` (warning): fewer JP planned than the PNS need to reach their yearly 20 JP.
 * - `workplan/unit-without-evaluation` (warning): a unit that no performance-evaluation activity covers.
 * - `workplan/low-satisfaction-not-engaged` (warning): a unit whose satisfaction index is below the grade asked
 *   for, without a public-engagement activity.
 *
 * @example
 * ```ts
 * import type { AsnWorkPlanIssueCode } from 'asn-kit/workplan';
 * const code: AsnWorkPlanIssueCode = 'workplan/pillar-missing';
 * ```
 */
export type AsnWorkPlanIssueCode =
  | 'workplan/duplicate-id'
  | 'workplan/unknown-objective'
  | 'workplan/unknown-strategy'
  | 'workplan/strategy-objective-mismatch'
  | 'workplan/period-not-whole-years'
  | 'workplan/missing-target'
  | 'workplan/missing-unit'
  | 'workplan/schedule-outside-period'
  | 'workplan/session-outside-schedule'
  | 'workplan/budget-mismatch'
  | 'workplan/pillar-missing'
  | 'workplan/engagement-too-rare'
  | 'workplan/service-not-covered'
  | 'workplan/shortfall-not-covered'
  | 'workplan/unit-shortfall-not-reached'
  | 'workplan/jp-minimum-not-covered'
  | 'workplan/unit-without-evaluation'
  | 'workplan/low-satisfaction-not-engaged';

/**
 * The codes of the issues {@link validateRenja} finds in a Renja Perangkat Daerah.
 *
 * - `workplan/missing-target`, `workplan/missing-unit`: an indicator without a target or a unit (satuan).
 * - `workplan/missing-location`: a sub-activity (sub kegiatan) without a location.
 * - `workplan/negative-budget`: a sub-activity whose budget (pagu) is below zero.
 * - `workplan/budget-mismatch`: sub-activity budgets (pagu) that do not add up to their activity's, or activities
 *   to their programme's.
 * - `workplan/forward-year`: a forward year (prakiraan maju) other than the plan year + 1.
 * - `workplan/plan-year`: a plan year other than the one asked for.
 * - `workplan/duplicate-id`: a code used twice.
 * - `workplan/code-outside-parent` (warning): a code that does not start with its parent's code.
 *
 * @example
 * ```ts
 * import type { RenjaIssueCode } from 'asn-kit/workplan';
 * const code: RenjaIssueCode = 'workplan/budget-mismatch';
 * ```
 */
export type RenjaIssueCode =
  | 'workplan/missing-target'
  | 'workplan/missing-unit'
  | 'workplan/missing-location'
  | 'workplan/negative-budget'
  | 'workplan/budget-mismatch'
  | 'workplan/forward-year'
  | 'workplan/plan-year'
  | 'workplan/duplicate-id'
  | 'workplan/code-outside-parent';

/**
 * One issue a validator found: a {@link Reason} (code, severity, legal basis, message in Bahasa Indonesia and
 * English, data) with the path of the offending value.
 *
 * @typeParam Code - The issue's code.
 * @example
 * ```ts
 * import type { PlanIssue } from 'asn-kit/workplan';
 * const issue: PlanIssue = {
 *   code: 'workplan/missing-unit', severity: 'error', path: 'mainResults.0.indicators.0.target.unit',
 *   basis: { instrument: 'PermenPANRB 6/2022' }, message: { id: 'Satuan target kosong.', en: 'The target has no unit.' },
 * };
 * ```
 */
export interface PlanIssue<Code extends string = string> extends Reason<Code> {
  /** Dotted path to the value, e.g. `'activities.3.schedule.to'`; `''` for the plan as a whole. */
  readonly path: string;
}
