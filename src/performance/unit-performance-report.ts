import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import { INPUT_LIMITS, invalidInput, reason, trustParsed, validate, type LegalBasis, type Reason } from '../core';
import { tooManyItems, tooManyRows } from '../core/limits';
import { itemsStillToParse } from '../core/list-items';
import { withErrorData } from '../core/errors';
import { checkPredicates, type DistributionCheck } from './check-distribution';
import type { PerformanceError } from './errors';
import { parseSkp, SKP_KIND } from './parse-skp';
import type { Predikat } from './predikat';
import type { OrgPredikat } from './ratings';
import { PREDIKAT_MATRIX } from './rules/predikat-matrix';
import { skpSchema, unitReportInputSchema } from './schemas';
import type { Evaluation, Period, ReportUnit, Skp, UnitPerformanceReportParams } from './types';
import { deepFrozen } from '../core/frozen';

/**
 * An employee's predikat for the period reported.
 *
 * @example
 * ```ts
 * import type { EmployeePredikat } from 'asn-kit/performance';
 * const row: EmployeePredikat = { nip: '198503122010012003', name: 'Siti Aisyah', predikat: 'good' };
 * ```
 */
export interface EmployeePredikat {
  /** The employee's NIP. */
  readonly nip: string;
  /** The employee's name. */
  readonly name: string;
  /** The predikat of the evaluation covering exactly the period reported. */
  readonly predikat: Predikat;
}

/**
 * A result (RHK) of an evaluation that lacks evidence or feedback.
 *
 * @example
 * ```ts
 * import type { ResultGap } from 'asn-kit/performance';
 * declare const gap: ResultGap;
 * gap.rhkId;
 * ```
 */
export interface ResultGap {
  /** The employee's NIP. */
  readonly nip: string;
  /** The RHK. */
  readonly rhkId: string;
  /** The evaluation period where it is missing. */
  readonly period: Period;
}

/**
 * A unit's performance for a period: predikat counts against the allowed ranges, and what is missing.
 *
 * @example
 * ```ts
 * import type { UnitPerformanceReport } from 'asn-kit/performance';
 * declare const report: UnitPerformanceReport;
 * report.withoutEvaluation.length;
 * ```
 */
export interface UnitPerformanceReport {
  /** The unit. */
  readonly unit: ReportUnit;
  /** The period reported. */
  readonly period: Period;
  /** The unit's own predikat. */
  readonly orgPredikat: OrgPredikat;
  /** The number of employees expected to be evaluated. */
  readonly headCount: number;
  /** The employees with a predikat for the period. */
  readonly predicates: readonly EmployeePredikat[];
  /** The distribution check of those predikat; absent when nobody has one yet. */
  readonly distribution?: DistributionCheck;
  /** The NIPs with no evaluation covering exactly the period (or no ratings in it). */
  readonly withoutEvaluation: readonly string[];
  /** Results of evaluations within the period that have no evidence link (bukti dukung). */
  readonly missingEvidence: readonly ResultGap[];
  /** Results of evaluations within the period that have no feedback (umpan balik). */
  readonly missingFeedback: readonly ResultGap[];
  /** The rules applied. */
  readonly basis: LegalBasis;
  /** A summary, the distribution's reasons and a warning per kind of gap. */
  readonly reasons: readonly Reason[];
}

const BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'SE MenPANRB 3/2023', article: 'PermenPANRB 6/2022 Pasal 5', interpretation: 'predikat-distribution' });
const EVIDENCE_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'SE Kepala BKN 11/2023', note: 'e-Kinerja: bukti dukung and umpan balik per RHK per period' });

function predikatOf(evaluation: Evaluation): Predikat | undefined {
  const { workRating, behaviourRating } = evaluation;
  if (workRating !== undefined && behaviourRating !== undefined) return PREDIKAT_MATRIX.cells[workRating][behaviourRating];
  return evaluation.predikat;
}

function within(inner: Period, outer: Period): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/** The parameters' own fields are checked on every call; the SKPs are taken as they are and trusted or parsed below. */
const paramsSchema = /* @__PURE__ */ (() => z.strictObject({ ...unitReportInputSchema.shape, skps: recordList(z.custom<Skp>()) }))();

/**
 * The error of the SKP at `index`: a rule violation keeps its code and names the employee (`data.nip`); an invalid
 * shape is reported with its paths under `skps.<index>`, as zod writes them for the whole parameters.
 */
function skpErrorAt(error: PerformanceError, given: Skp, index: number): PerformanceError {
  if (error.code !== 'performance/invalid-input') return withErrorData(error, { index });
  const at = String(index);
  return validate(z.object({ skps: z.object({ [at]: skpSchema }) }), { skps: { [at]: given } }, 'performance/invalid-input').match(
    () => error,
    (nested) => nested,
  );
}

/**
 * Each SKP as parsed: a value from {@link parseSkp} as it is, anything else through `parseSkp`. The SKPs still to
 * parse are one input: their list items together are first counted against `INPUT_LIMITS.total`.
 */
function parsedSkps(given: readonly Skp[]): Result<readonly Skp[], PerformanceError> {
  if (itemsStillToParse(given, skpSchema, SKP_KIND, given.length) > INPUT_LIMITS.total) return err(invalidInput('performance/invalid-input', [tooManyItems('skps')]));
  const skps: Skp[] = [];
  for (const [index, skp] of given.entries()) {
    const parsed = trustParsed(skp, SKP_KIND, parseSkp);
    if (parsed.isErr()) return err(skpErrorAt(parsed.error, skp, index));
    skps.push(parsed.value);
  }
  return ok(skps);
}

/**
 * The performance report of a unit for a period: each employee's predikat from the evaluation whose period is
 * exactly the period reported (the annual evaluation for a year: docs/interpretations.md#work-rating-aggregation, never an average of periodic
 * ones), the predikat counts against the allowed ranges of SE MenPANRB 3/2023 (docs/interpretations.md#predikat-distribution), the employees
 * without such an evaluation, and the results of evaluations within the period that lack evidence (bukti
 * dukung) or feedback (umpan balik). An RHK with no entry in an evaluation lacks both.
 *
 * @param params - `{ unit: { id, name }, period, orgPredikat, employees? (NIPs; default the SKP holders), skps,
 *   strict? }`. Its own fields are checked on every call (unknown keys are refused); each SKP from
 *   {@link parseSkp} is used as it is, any other value is parsed with `parseSkp` first.
 * @returns `Ok(report)`; `Err` with code `performance/invalid-input` (an SKP's issues under `skps.<index>`; or
 *   path `skps` when the SKPs still to parse hold more than `INPUT_LIMITS.total` list items together, or the RHKs
 *   and results of their evaluations in the period would pass that many rows: parse SKPs as they are stored, and
 *   report a larger unit by its sub-units), the
 *   code of an SKP's first violation (with `data.nip` and `data.index`), or in strict mode
 *   `performance/distribution-breach`.
 * @example
 * ```ts
 * import { unitPerformanceReport } from 'asn-kit/performance';
 * const report = unitPerformanceReport({
 *   unit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' }, period: { from: '2025-01-01', to: '2025-12-31' },
 *   orgPredikat: 'good', employees: ['198503122010012003'], skps: [],
 * });
 * if (report.isOk()) report.value.withoutEvaluation; // => ['198503122010012003']
 * ```
 */
export function unitPerformanceReport(params: UnitPerformanceReportParams): Result<UnitPerformanceReport, PerformanceError> {
  return validate(paramsSchema, params, 'performance/invalid-input').andThen((checked) =>
    parsedSkps(checked.skps).andThen((skps) => report(checked, skps)),
  );
}

const GAP_ROWS = /* @__PURE__ */ deepFrozen({ id: 'RHK dan hasil setiap evaluasi dalam periode', en: 'the RHKs and results of each evaluation in the period' });

/** The rows the evidence and feedback checks go through: the RHKs and the results of each evaluation in the period. */
function gapRows(expected: readonly string[], byNip: ReadonlyMap<string, readonly Skp[]>, period: Period): number {
  let rows = 0;
  for (const nip of expected) {
    for (const skp of byNip.get(nip) ?? []) {
      const rhks = skp.mainResults.length + skp.additionalResults.length;
      for (const evaluation of skp.evaluations) if (within(evaluation.period, period)) rows += rhks + evaluation.results.length;
    }
  }
  return rows;
}

/** The parameters once checked, defaults applied. */
interface CheckedParams {
  readonly unit: ReportUnit;
  readonly period: Period;
  readonly orgPredikat: OrgPredikat;
  readonly employees?: readonly string[];
  readonly strict: boolean;
}

/** The report, from checked parameters and parsed SKPs. */
function report(checked: CheckedParams, skps: readonly Skp[]): Result<UnitPerformanceReport, PerformanceError> {
  const { period } = checked;
  const byNip = new Map<string, Skp[]>();
  for (const skp of skps) {
    const list = byNip.get(skp.employee.nip);
    if (list === undefined) byNip.set(skp.employee.nip, [skp]);
    else list.push(skp);
  }
  const expected = [...new Set(checked.employees ?? skps.map((skp) => skp.employee.nip))];
  if (gapRows(expected, byNip, period) > INPUT_LIMITS.total) {
    return err(invalidInput('performance/invalid-input', [tooManyRows('skps', GAP_ROWS)]));
  }
  const predicates: EmployeePredikat[] = [];
  const withoutEvaluation: string[] = [];
  const missingEvidence: ResultGap[] = [];
  const missingFeedback: ResultGap[] = [];
  for (const nip of expected) {
    let found: EmployeePredikat | undefined;
    for (const skp of byNip.get(nip) ?? []) {
      let rhkIds: readonly string[] | undefined;
      for (const evaluation of skp.evaluations) {
        if (!within(evaluation.period, period)) continue;
        rhkIds ??= [...skp.mainResults, ...skp.additionalResults].map((rhk) => rhk.id);
        const predikat = predikatOf(evaluation);
        if (predikat !== undefined && evaluation.period.from === period.from && evaluation.period.to === period.to) {
          found = { nip, name: skp.employee.name, predikat };
        }
        // The first result given for each RHK, found in one pass over the results (not a search per RHK).
        const resultOf = new Map<string, (typeof evaluation.results)[number]>();
        for (const result of evaluation.results) if (!resultOf.has(result.rhkId)) resultOf.set(result.rhkId, result);
        for (const rhkId of rhkIds) {
          const entry = resultOf.get(rhkId);
          const gap = { nip, rhkId, period: evaluation.period };
          if (entry === undefined || entry.evidence.length === 0) missingEvidence.push(gap);
          if (entry?.feedback === undefined || entry.feedback.trim() === '') missingFeedback.push(gap);
        }
      }
    }
    if (found === undefined) withoutEvaluation.push(nip);
    else predicates.push(found);
  }
  const reasons: Reason[] = [
    reason('performance/unit-report', 'info', BASIS, {
      id: `${checked.unit.name}: ${predicates.length} dari ${expected.length} pegawai memiliki predikat untuk ${period.from} s.d. ${period.to}.`,
      en: `${checked.unit.name}: ${predicates.length} of ${expected.length} employees have a predikat for ${period.from} to ${period.to}.`,
    }, { evaluated: predicates.length, headCount: expected.length }),
  ];
  if (withoutEvaluation.length > 0) {
    reasons.push(reason('performance/without-evaluation', 'warning', BASIS, {
      id: `${withoutEvaluation.length} pegawai belum dievaluasi untuk periode ini.`,
      en: `${withoutEvaluation.length} employee(s) not yet evaluated for this period.`,
    }, { nips: withoutEvaluation }));
  }
  if (missingEvidence.length > 0) {
    reasons.push(reason('performance/missing-evidence', 'warning', EVIDENCE_BASIS, {
      id: `${missingEvidence.length} hasil kerja tanpa bukti dukung.`,
      en: `${missingEvidence.length} result(s) without evidence.`,
    }));
  }
  if (missingFeedback.length > 0) {
    reasons.push(reason('performance/missing-feedback', 'warning', EVIDENCE_BASIS, {
      id: `${missingFeedback.length} hasil kerja tanpa umpan balik.`,
      en: `${missingFeedback.length} result(s) without feedback.`,
    }));
  }
  const base = {
    unit: checked.unit,
    period,
    orgPredikat: checked.orgPredikat,
    headCount: expected.length,
    predicates,
    withoutEvaluation,
    missingEvidence,
    missingFeedback,
    basis: BASIS,
  };
  if (predicates.length === 0) return ok({ ...base, reasons });
  return checkPredicates(checked.orgPredikat, predicates.map((row) => row.predikat), checked.strict, undefined).map(
    (distribution): UnitPerformanceReport => ({
      ...base,
      distribution,
      reasons: [...reasons.slice(0, 1), ...distribution.reasons, ...reasons.slice(1)],
    }),
  );
}
