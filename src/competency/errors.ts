import type { AsnErrorOf, ErrorBuilder, InvalidInputError, NoRuleInForceError } from '../core';
import { asnError } from '../core/errors';
import type { Position } from '../employee/schemas';
import type { CompetencyKind } from './rules/dictionary';

/**
 * The `data` of each error code of the competency module.
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
 * import type { CompetencyErrorData } from 'asn-kit/competency';
 * const data: CompetencyErrorData['competency/duplicate-nip'] = { nip: '199001012015031001' };
 * ```
 */
export interface CompetencyErrorData {
  /** Every issue with its path. */
  readonly 'competency/invalid-input': InvalidInputError<'competency/invalid-input'>['data'];
  /** The competencies of the standard not assessed (`missing`) and those assessed outside it (`extra`). */
  readonly 'competency/mismatched-competencies': { readonly missing: readonly string[]; readonly extra: readonly string[] };
  /** The position type. */
  readonly 'competency/no-default-standard': { readonly position: Position['type'] };
  /** The rule table and the date. */
  readonly 'competency/no-rule-in-force': NoRuleInForceError['data'];
  /** The competency, its kind and its shortfall in levels. */
  readonly 'competency/no-development-suggestion': { readonly competency: string; readonly kind: CompetencyKind; readonly shortfall: number };
  /** The scores without a weight (`missing`) and the weights without a score (`extra`). */
  readonly 'competency/mismatched-weights': { readonly missing: readonly string[]; readonly extra: readonly string[] };
  /** The NIP that appears twice. */
  readonly 'competency/duplicate-nip': { readonly nip: string };
  /** The code reused. */
  readonly 'competency/reserved-code': { readonly code: string };
}

/**
 * The error codes of the competency module (each described at {@link CompetencyErrorData}).
 *
 * @example
 * ```ts
 * import type { CompetencyErrorCode } from 'asn-kit/competency';
 * const code: CompetencyErrorCode = 'competency/mismatched-competencies';
 * ```
 */
export type CompetencyErrorCode = keyof CompetencyErrorData;

/**
 * An error of the competency module: a coded {@link core!AsnError}, one member per code, so that a test of `error.code`
 * gives `error.data` the fields of that code ({@link CompetencyErrorData}).
 *
 * @example
 * ```ts
 * import { competencyGap, type CompetencyError } from 'asn-kit/competency';
 * competencyGap({ integrity: 3 }, { integrity: 6 }).match(
 *   () => undefined,
 *   (error: CompetencyError) => error.code,
 * ); // => 'competency/invalid-input'
 * competencyGap({ integrity: 3 }, { teamwork: 3 }).match(
 *   () => undefined,
 *   (error) => (error.code === 'competency/mismatched-competencies' ? error.data.missing : undefined),
 * ); // => ['integrity']
 * ```
 */
export type CompetencyError = AsnErrorOf<CompetencyErrorData>;

/** Builds a competency error, its data checked against its code (internal). */
export const competencyError: ErrorBuilder<CompetencyErrorData> = asnError;

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
