import type { AsnError } from '../core';

/**
 * The error codes of the competency module.
 *
 * - `competency/invalid-input` — the input does not match the schema (levels outside 1–5, negative JP, …).
 * - `competency/mismatched-competencies` — the standard and the actual levels do not name the same competencies.
 * - `competency/no-default-standard` — the position has no default standard (guru, dosen): supply one.
 * - `competency/no-rule-in-force` — no row of a rule table is in force on the date or year asked about.
 * - `competency/no-development-suggestion` — the suggestion table has no row for a competency's kind and shortfall.
 * - `competency/mismatched-weights` — the potential weights do not name the same results as the scores.
 * - `competency/duplicate-nip` — a NIP appears twice in a roster or talent list.
 * - `competency/reserved-code` — a technical competency reuses a code of the PermenPANRB 38/2017 dictionary.
 *
 * @example
 * ```ts
 * import type { CompetencyErrorCode } from 'asn-kit/competency';
 * const code: CompetencyErrorCode = 'competency/mismatched-competencies';
 * ```
 */
export type CompetencyErrorCode =
  | 'competency/invalid-input'
  | 'competency/mismatched-competencies'
  | 'competency/no-default-standard'
  | 'competency/no-rule-in-force'
  | 'competency/no-development-suggestion'
  | 'competency/mismatched-weights'
  | 'competency/duplicate-nip'
  | 'competency/reserved-code';

/**
 * An error of the competency module: a coded {@link AsnError} with the values involved in `data`.
 *
 * @example
 * ```ts
 * import { competencyGap, type CompetencyError } from 'asn-kit/competency';
 * competencyGap({ integrity: 3 }, { integrity: 6 }).match(
 *   () => undefined,
 *   (error: CompetencyError) => error.code,
 * ); // => 'competency/invalid-input'
 * ```
 */
export type CompetencyError = AsnError<CompetencyErrorCode>;

/**
 * The codes of the reasons (explanations) the competency module attaches to its decisions.
 *
 * @example
 * ```ts
 * import type { CompetencyReasonCode } from 'asn-kit/competency';
 * const code: CompetencyReasonCode = 'competency/below-standard';
 * ```
 */
export type CompetencyReasonCode =
  | 'competency/default-standard'
  | 'competency/meets-standard'
  | 'competency/below-standard'
  | 'competency/jpm-category'
  | 'competency/minimum-jp-met'
  | 'competency/below-minimum-jp'
  | 'competency/within-maximum-jp'
  | 'competency/above-maximum-jp'
  | 'competency/pppk-cap-exempt'
  | 'competency/partial-jp-dropped'
  | 'competency/activities-outside-year'
  | 'competency/development-needs'
  | 'competency/performance-from-predikat'
  | 'competency/talent-box'
  | 'competency/potential-derived'
  | 'competency/talent-pool'
  | 'competency/training-needs'
  | 'competency/not-in-roster'
  | 'competency/not-assessed'
  | 'competency/assessment-skipped'
  | 'competency/no-catalogue-entry';
