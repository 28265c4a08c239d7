import type { AsnError, LegalBasis } from '../core';
import { deepFrozen } from '../core/frozen';

/**
 * The error codes of the performance module.
 *
 * - `performance/invalid-input`: the input does not match the schema (`data.issues` has the paths).
 * - `performance/unknown-rating`, `performance/unknown-predikat`: a value outside the official lists.
 * - `performance/empty-unit`: a distribution of no employees.
 * - `performance/distribution-breach`: strict mode, and the distribution breaks SE MenPANRB 3/2023.
 * - `performance/no-rule-in-force`: no rule row covers the date (e.g. credit points before 2023).
 * - `performance/duplicate-rhk-id`, `performance/missing-target`, `performance/missing-intervened-rhk`,
 *   `performance/missing-perspective`, `performance/behaviour-values`, `performance/self-assessment`,
 *   `performance/unknown-rhk`, `performance/predikat-mismatch`: an SKP that breaks PermenPANRB 6/2022.
 * - `performance/period-crosses-year`: an SKP period spanning two calendar years (docs/interpretations.md#skp-plan).
 * - `performance/period-outside-skp`: an evaluation period outside the SKP's period (and so its year).
 * - `performance/no-main-result`: a work rating asked for without any main result.
 * - `performance/not-legacy-period`: a legacy score asked for a period no legacy regulation covers.
 * - `performance/weights-not-100`: PermenPANRB 8/2021 indicator weights that do not sum to 100.
 *
 * @example
 * ```ts
 * import type { PerformanceErrorCode } from 'asn-kit/performance';
 * const code: PerformanceErrorCode = 'performance/duplicate-rhk-id';
 * ```
 */
export type PerformanceErrorCode =
  | 'performance/invalid-input'
  | 'performance/unknown-rating'
  | 'performance/unknown-predikat'
  | 'performance/empty-unit'
  | 'performance/distribution-breach'
  | 'performance/no-rule-in-force'
  | 'performance/duplicate-rhk-id'
  | 'performance/missing-target'
  | 'performance/missing-intervened-rhk'
  | 'performance/missing-perspective'
  | 'performance/behaviour-values'
  | 'performance/self-assessment'
  | 'performance/unknown-rhk'
  | 'performance/predikat-mismatch'
  | 'performance/period-crosses-year'
  | 'performance/period-outside-skp'
  | 'performance/no-main-result'
  | 'performance/not-legacy-period'
  | 'performance/weights-not-100';

/**
 * An error of the performance module: an {@link AsnError} with one of the {@link PerformanceErrorCode}s.
 *
 * @example
 * ```ts
 * import { parsePredicates, type PerformanceError } from 'asn-kit/performance';
 * const result = parsePredicates(['great']);
 * if (result.isErr()) {
 *   const error: PerformanceError = result.error;
 *   error.code; // => 'performance/unknown-predikat'
 * }
 * ```
 */
export type PerformanceError = AsnError<PerformanceErrorCode>;

/** The basis of PermenPANRB 6/2022, cited by SKP-shape rules. */
export const SKP_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' });
