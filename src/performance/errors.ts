import type { AsnErrorOf, ErrorBuilder, InvalidInputError, IsoDate, LegalBasis, NoErrorData, NoRuleInForceError } from '../core';
import { asnError } from '../core/errors';
import type { DistributionBreach } from './check-distribution';
import type { Predikat } from './predikat';
import type { OrgPredikat } from './ratings';
import type { BerakhlakValue } from './rules/berakhlak';
import type { Period } from './types';
import { deepFrozen } from '../core/frozen';

/**
 * The `data` of each rule of PermenPANRB 6/2022 (and docs/interpretations.md#skp-plan) that an SKP of the right
 * shape can still break:
 *
 * - `performance/period-crosses-year`: an SKP period spanning two calendar years;
 * - `performance/self-assessment`: the assessor is the employee;
 * - `performance/duplicate-rhk-id`, `performance/missing-target`, `performance/missing-perspective`,
 *   `performance/missing-intervened-rhk`: an RHK (its id and path) that breaks the SKP's shape;
 * - `performance/behaviour-values`: the BerAKHLAK values missing or repeated;
 * - `performance/period-outside-skp`: an evaluation period outside the SKP's period;
 * - `performance/unknown-rhk`: an evaluation names an RHK the SKP lacks;
 * - `performance/predikat-mismatch`: a recorded predikat that is not the matrix's.
 *
 * @example
 * ```ts
 * import type { SkpViolationData } from 'asn-kit/performance';
 * const data: SkpViolationData['performance/unknown-rhk'] = { rhkId: 'RHK-9', path: 'evaluations.0.results.0.rhkId' };
 * ```
 */
export interface SkpViolationData {
  /** The SKP's period. */
  readonly 'performance/period-crosses-year': { readonly period: Period };
  /** The NIP of both. */
  readonly 'performance/self-assessment': { readonly nip: string };
  /** The id used twice, at its second place. */
  readonly 'performance/duplicate-rhk-id': { readonly rhkId: string; readonly path: string };
  /** The indicator's target. */
  readonly 'performance/missing-target': { readonly rhkId: string; readonly path: string };
  /** The RHK's perspective. */
  readonly 'performance/missing-perspective': { readonly rhkId: string; readonly path: string };
  /** The RHK's `intervenes`. */
  readonly 'performance/missing-intervened-rhk': { readonly rhkId: string; readonly path: string };
  /** The values missing and repeated. */
  readonly 'performance/behaviour-values': { readonly missing: readonly BerakhlakValue[]; readonly repeated: readonly BerakhlakValue[] };
  /** The evaluation's path and period, and the SKP's. */
  readonly 'performance/period-outside-skp': { readonly path: string; readonly evaluation: Period; readonly skp: Period };
  /** The RHK named. */
  readonly 'performance/unknown-rhk': { readonly rhkId: string; readonly path: string };
  /** The predikat recorded and the one the matrix gives. */
  readonly 'performance/predikat-mismatch': { readonly path: string; readonly recorded: Predikat; readonly expected: Predikat };
}

/** The codes of the rules an SKP of the right shape can still break (each described at {@link SkpViolationData}). */
export type SkpViolationCode = keyof SkpViolationData;

/**
 * One rule an SKP breaks, with its data ({@link SkpViolationData}): what `data.violations` of an SKP error lists.
 *
 * @example
 * ```ts
 * import type { SkpViolation } from 'asn-kit/performance';
 * const rhkIds = (violations: readonly SkpViolation[]) =>
 *   violations.flatMap((violation) => (violation.code === 'performance/unknown-rhk' ? [violation.data.rhkId] : []));
 * ```
 */
export type SkpViolation = AsnErrorOf<SkpViolationData>;

/**
 * The `data` of an SKP refused for a rule: the first violation's data, the employee's NIP and every violation;
 * in a unit report, the index of the SKP in the list.
 *
 * @typeParam Code - The first violation's code.
 * @example
 * ```ts
 * import type { SkpErrorData } from 'asn-kit/performance';
 * const others = (data: SkpErrorData<'performance/unknown-rhk'>) => data.violations.length - 1;
 * ```
 */
export type SkpErrorData<Code extends SkpViolationCode> = SkpViolationData[Code] & {
  readonly nip: string;
  readonly violations: readonly SkpViolation[];
  readonly index?: number;
};

/**
 * The `data` of each error code of the performance module.
 *
 * - `performance/invalid-input`: the input does not match the schema (`data.issues` has the paths).
 * - `performance/unknown-rating`, `performance/unknown-predikat`: a value outside the official lists (`data.issues`).
 * - `performance/empty-unit`: a distribution of no employees.
 * - `performance/distribution-breach`: strict mode, and the distribution breaks SE MenPANRB 3/2023.
 * - `performance/no-rule-in-force`: no rule row covers the date (e.g. credit points before 2023).
 * - the codes of {@link SkpViolationData}: an SKP that breaks PermenPANRB 6/2022, with the employee's NIP and every
 *   violation.
 * - `performance/no-main-result`: a work rating asked for without any main result.
 * - `performance/not-legacy-period`: a legacy score asked for a period no legacy regulation covers.
 * - `performance/weights-not-100`: PermenPANRB 8/2021 indicator weights that do not sum to 100.
 *
 * @example
 * ```ts
 * import type { PerformanceErrorData } from 'asn-kit/performance';
 * const data: PerformanceErrorData['performance/weights-not-100'] = { totalWeight: 90 };
 * ```
 */
export interface PerformanceErrorData {
  /** Every issue with its path. */
  readonly 'performance/invalid-input': InvalidInputError<'performance/invalid-input'>['data'];
  /** The issue with its path. */
  readonly 'performance/unknown-rating': InvalidInputError<'performance/unknown-rating'>['data'];
  /** The issue with its path. */
  readonly 'performance/unknown-predikat': InvalidInputError<'performance/unknown-predikat'>['data'];
  /** Nothing. */
  readonly 'performance/empty-unit': NoErrorData;
  /** The unit's predikat, the counts and every rule broken. */
  readonly 'performance/distribution-breach': {
    readonly orgPredikat: OrgPredikat;
    readonly counts: Readonly<Record<Predikat, number>>;
    readonly breaches: readonly DistributionBreach[];
  };
  /** The rule table and the date; the table alone when no date was given; the period's start for PermenPANRB 8/2021 indicators. */
  readonly 'performance/no-rule-in-force': NoRuleInForceError['data'] | { readonly table: string } | { readonly from: IsoDate };
  readonly 'performance/period-crosses-year': SkpErrorData<'performance/period-crosses-year'>;
  readonly 'performance/self-assessment': SkpErrorData<'performance/self-assessment'>;
  readonly 'performance/duplicate-rhk-id': SkpErrorData<'performance/duplicate-rhk-id'>;
  readonly 'performance/missing-target': SkpErrorData<'performance/missing-target'>;
  readonly 'performance/missing-perspective': SkpErrorData<'performance/missing-perspective'>;
  readonly 'performance/missing-intervened-rhk': SkpErrorData<'performance/missing-intervened-rhk'>;
  readonly 'performance/behaviour-values': SkpErrorData<'performance/behaviour-values'>;
  readonly 'performance/period-outside-skp': SkpErrorData<'performance/period-outside-skp'>;
  readonly 'performance/unknown-rhk': SkpErrorData<'performance/unknown-rhk'>;
  readonly 'performance/predikat-mismatch': SkpErrorData<'performance/predikat-mismatch'>;
  /** Nothing. */
  readonly 'performance/no-main-result': NoErrorData;
  /** The legacy table, the date looked up and the period's start. */
  readonly 'performance/not-legacy-period': NoRuleInForceError['data'] & { readonly from: IsoDate };
  /** The sum of the weights. */
  readonly 'performance/weights-not-100': { readonly totalWeight: number };
}

/**
 * The error codes of the performance module (each described at {@link PerformanceErrorData}).
 *
 * @example
 * ```ts
 * import type { PerformanceErrorCode } from 'asn-kit/performance';
 * const code: PerformanceErrorCode = 'performance/duplicate-rhk-id';
 * ```
 */
export type PerformanceErrorCode = keyof PerformanceErrorData;

/**
 * An error of the performance module: an {@link core!AsnError} with one of the {@link PerformanceErrorCode}s, one member
 * per code, so that a test of `error.code` gives `error.data` the fields of that code ({@link PerformanceErrorData}).
 *
 * @example
 * ```ts
 * import { parsePredicates, type PerformanceError } from 'asn-kit/performance';
 * const result = parsePredicates(['great']);
 * if (result.isErr()) {
 *   const error: PerformanceError = result.error;
 *   error.code; // => 'performance/unknown-predikat'
 *   if (error.code === 'performance/unknown-predikat') error.data.issues.length; // => 1
 * }
 * ```
 */
export type PerformanceError = AsnErrorOf<PerformanceErrorData>;

/** Builds a performance error, its data checked against its code (internal). */
export const performanceError: ErrorBuilder<PerformanceErrorData> = asnError;

/** Builds one SKP violation, its data checked against its code (internal). */
export const skpViolation: ErrorBuilder<SkpViolationData> = asnError;

/** The basis of PermenPANRB 6/2022, cited by SKP-shape rules. */
export const SKP_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 6/2022', article: 'Lampiran (SKP)' });
