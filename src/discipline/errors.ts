import type { AsnErrorOf, ErrorBuilder, InvalidInputError, NoRuleInForceError } from '../core';
import { asnError } from '../core/errors';

/**
 * The `data` of each error code of the discipline module.
 *
 * - `discipline/invalid-input`: the input does not match the module's schema (the issues list every path).
 * - `discipline/no-rule-in-force`: the sanction table has no row in force on the date asked about
 *   (e.g. a tally of a year before PP 94/2021 came into force on 31 August 2021).
 *
 * @example
 * ```ts
 * import type { DisciplineErrorData } from 'asn-kit/discipline';
 * const tableOf = (data: DisciplineErrorData['discipline/no-rule-in-force']) => data.table;
 * ```
 */
export interface DisciplineErrorData {
  /** Every issue with its path. */
  readonly 'discipline/invalid-input': InvalidInputError<'discipline/invalid-input'>['data'];
  /** The sanction table and the date. */
  readonly 'discipline/no-rule-in-force': NoRuleInForceError['data'];
}

/**
 * The error codes of the discipline module (each described at {@link DisciplineErrorData}).
 *
 * @example
 * ```ts
 * import type { DisciplineErrorCode } from 'asn-kit/discipline';
 * const code: DisciplineErrorCode = 'discipline/invalid-input';
 * ```
 */
export type DisciplineErrorCode = keyof DisciplineErrorData;

/**
 * An error of the discipline module: a coded {@link core!AsnError}, one member per code, so that a test of `error.code`
 * gives `error.data` the fields of that code ({@link DisciplineErrorData}).
 *
 * @example
 * ```ts
 * import { absenceSanction } from 'asn-kit/discipline';
 * const decision = absenceSanction({ yearTotal: -1, longestConsecutive: 0 });
 * if (decision.isErr()) decision.error.code;
 * // => 'discipline/invalid-input'
 * if (decision.isErr() && decision.error.code === 'discipline/invalid-input') decision.error.data.issues[0]?.path;
 * // => 'yearTotal'
 * ```
 */
export type DisciplineError = AsnErrorOf<DisciplineErrorData>;

/** Builds a discipline error, its data checked against its code (internal). */
export const disciplineError: ErrorBuilder<DisciplineErrorData> = asnError;

/**
 * The codes of the reasons a discipline decision carries.
 *
 * - `discipline/below-first-tier`: 1–2 days (or none): PP 94/2021 sets no sanction (docs/interpretations.md#absence-counting).
 * - `discipline/year-total-tier`: the yearly total reached a tier of Pasal 9–11.
 * - `discipline/unit-impact`: the light tiers apply to absence that affects the work unit (Pasal 9 ayat (2) huruf b).
 * - `discipline/consecutive-absence`: a run of consecutive working days reached the dismissal rule, and salary stops.
 * - `discipline/lateness-converted`: lateness and early leaving were converted into days (the docs/interpretations.md#lateness-conversion option).
 * - `discipline/lateness-not-converted`: lateness was given but the conversion is off (the docs/interpretations.md#lateness-conversion default).
 * - `discipline/non-working-days-left-out`: days of an absence period that are not working days of the unit.
 * - `discipline/previous-year-unchecked`: the calendar does not hold the previous year, so a run of absence that
 *   began in December was counted from 1 January only.
 *
 * @example
 * ```ts
 * import type { DisciplineReasonCode } from 'asn-kit/discipline';
 * const code: DisciplineReasonCode = 'discipline/year-total-tier';
 * ```
 */
export type DisciplineReasonCode =
  | 'calendar/provisional-year'
  | 'discipline/below-first-tier'
  | 'discipline/year-total-tier'
  | 'discipline/unit-impact'
  | 'discipline/consecutive-absence'
  | 'discipline/lateness-converted'
  | 'discipline/lateness-not-converted'
  | 'discipline/non-working-days-left-out'
  | 'discipline/previous-year-unchecked';
