import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { rangesOverlap, roundDecimal, trustParsed, type LegalBasis } from '../core';
import type { Rhk, Skp } from '../performance';
import { skpViolations } from '../performance/skp-rules';
import type { PlanIssue, SkpPlanIssueCode, WorkplanError } from './errors';
import { issue, validation, type PlanValidation } from './issues';
import { SKP_PLAN_KIND } from './kinds';
import { parseSkpPlan } from './parse-skp-plan';
import { readOptions } from './read-options';
import { ASSESSOR_POSITIONS, positionKey } from './rules/assessors';
import {
  ASSESSOR_BASIS,
  BERAKHLAK_VALUES_BASIS,
  DOCUMENTATION_BASIS,
  LEGACY_WEIGHT_BASIS,
  PREDIKAT_MATRIX_BASIS,
  SKP_PLAN_BASIS,
  SKP_YEAR_BASIS,
} from './rules/bases';
import type { PlanIndicator, PlanRhk, SkpPlan, ValidateSkpPlanOptions } from './types';
import { deepFrozen } from '../core/frozen';

type Issue = PlanIssue<SkpPlanIssueCode>;

const optionsSchema = /* @__PURE__ */ (() => z.strictObject({ assessorSkp: z.optional(z.unknown()) }))();

const QUANTITATIVE_ASPECTS = /* @__PURE__ */ deepFrozen(['quantity', 'quality', 'time'] as const);

/** Where the performance module's SKP rules put a violation that has no path of its own. */
/** The bases this module cites for the performance module's rules. */
const REUSED_BASES: Readonly<Partial<Record<string, LegalBasis>>> = /* @__PURE__ */ deepFrozen({
  'performance/period-crosses-year': SKP_YEAR_BASIS,
  'performance/missing-intervened-rhk': SKP_YEAR_BASIS,
  'performance/behaviour-values': BERAKHLAK_VALUES_BASIS,
  'performance/predikat-mismatch': PREDIKAT_MATRIX_BASIS,
});

const WHOLE_PATHS: Readonly<Partial<Record<string, string>>> = /* @__PURE__ */ deepFrozen({
  'performance/period-crosses-year': 'period',
  'performance/self-assessment': 'assessor.nip',
  'performance/behaviour-values': 'behaviours',
});

/** The plan as the performance module's SKP, without targets (this module checks targets in more detail). */
function asSkp(plan: SkpPlan): Skp {
  const strip = (rhk: PlanRhk): Rhk => ({
    ...rhk,
    indicators: rhk.indicators.map(({ text, aspect }) => (aspect === undefined ? { text } : { text, aspect })),
  });
  return { ...plan, mainResults: plan.mainResults.map(strip), additionalResults: plan.additionalResults.map(strip) };
}

/** The rules the performance module already checks on an SKP, as issues with their paths. */
function performanceRules(plan: SkpPlan): Issue[] {
  const found: Issue[] = [];
  for (const violation of skpViolations(asSkp(plan))) {
    if (violation.code === 'performance/missing-target') continue;
    const { path, ...data } = violation.data as { path?: string };
    const code = violation.code as SkpPlanIssueCode;
    const basis = REUSED_BASES[code] ?? violation.basis;
    found.push({ code, severity: 'error', basis, message: violation.message, path: path ?? (WHOLE_PATHS[code] as string), data });
  }
  return found;
}

/** Rule 3: a target with a value or a complete range (lower ≤ upper) and a unit. */
function targetIssues(indicator: PlanIndicator, path: string, rhkId: string, found: Issue[]): void {
  const target = indicator.target;
  const name = `"${indicator.text}" (RHK ${rhkId})`;
  if (target === undefined) {
    found.push(issue('workplan/missing-target', 'error', SKP_PLAN_BASIS, `${path}.target`,
      `Indikator ${name} tidak memiliki target.`, `The indicator ${name} has no target.`, { rhkId }));
    return;
  }
  const hasRange = target.min !== undefined || target.max !== undefined;
  if (target.value !== undefined && hasRange) {
    found.push(issue('workplan/ambiguous-target', 'error', SKP_PLAN_BASIS, `${path}.target`,
      `Target indikator ${name} memuat nilai dan rentang sekaligus.`, `The target of ${name} gives both a value and a range.`, { rhkId }));
  } else if (target.value === undefined && (target.min === undefined || target.max === undefined)) {
    found.push(issue('workplan/missing-target', 'error', SKP_PLAN_BASIS, `${path}.target`,
      `Target indikator ${name} tidak memuat nilai atau rentang yang lengkap.`, `The target of ${name} has no value or complete range.`, { rhkId }));
  } else if (target.min !== undefined && target.max !== undefined && target.min > target.max) {
    found.push(issue('workplan/inverted-range', 'error', SKP_PLAN_BASIS, `${path}.target.max`,
      `Batas bawah target ${name} (${target.min}) melebihi batas atas (${target.max}).`,
      `The lower bound of the target of ${name} (${target.min}) exceeds the upper bound (${target.max}).`, { rhkId, min: target.min, max: target.max }));
  }
  if (target.unit === undefined || target.unit.trim() === '') {
    found.push(issue('workplan/missing-unit', 'error', SKP_PLAN_BASIS, `${path}.target.unit`,
      `Target indikator ${name} tidak memiliki satuan.`, `The target of ${name} has no unit (satuan).`, { rhkId }));
  }
}

/** Rules 2–4 and 6: main results, indicators, targets, aspects, Perjanjian Kinerja of a JPT. */
function resultIssues(plan: SkpPlan, found: Issue[]): void {
  if (plan.mainResults.length === 0) {
    found.push(issue('workplan/no-main-result', 'error', SKP_PLAN_BASIS, 'mainResults',
      'SKP harus memuat sedikitnya satu hasil kerja utama.', 'An SKP needs at least one main result.'));
  }
  const groups = [['mainResults', plan.mainResults], ['additionalResults', plan.additionalResults]] as const;
  for (const [group, list] of groups) {
    list.forEach((rhk, index) => {
      const path = `${group}.${String(index)}`;
      if (rhk.indicators.length === 0) {
        found.push(issue('workplan/no-indicator', 'error', SKP_PLAN_BASIS, `${path}.indicators`,
          `RHK "${rhk.id}" tidak memiliki indikator.`, `RHK "${rhk.id}" has no indicator.`, { rhkId: rhk.id }));
      }
      rhk.indicators.forEach((indicator, at) => {
        const indicatorPath = `${path}.indicators.${String(at)}`;
        targetIssues(indicator, indicatorPath, rhk.id, found);
        if (plan.approach === 'quantitative' && indicator.aspect === undefined) {
          found.push(issue('workplan/missing-aspect', 'error', SKP_PLAN_BASIS, `${indicatorPath}.aspect`,
            `Indikator "${indicator.text}" pada pendekatan kuantitatif harus menyebut aspeknya.`,
            `The indicator "${indicator.text}" needs its aspect under the quantitative approach.`, { rhkId: rhk.id }));
        }
      });
      if (plan.approach === 'quantitative' && rhk.indicators.length > 0) {
        const missing = QUANTITATIVE_ASPECTS.filter((aspect) => !rhk.indicators.some((indicator) => indicator.aspect === aspect));
        if (missing.length > 0) {
          found.push(issue('workplan/missing-aspects', 'error', SKP_PLAN_BASIS, `${path}.indicators`,
            `RHK "${rhk.id}" tidak memiliki aspek ${missing.join(', ')} (kuantitas, kualitas dan waktu wajib).`,
            `RHK "${rhk.id}" lacks the ${missing.join(', ')} aspect (quantity, quality and time are required).`, { rhkId: rhk.id, missing }));
        }
      }
      if (plan.jpt && group === 'mainResults' && rhk.performanceAgreement === undefined) {
        found.push(issue('workplan/no-performance-agreement', 'warning', SKP_PLAN_BASIS, `${path}.performanceAgreement`,
          `RHK "${rhk.id}" pada SKP JPT tidak menyebut sasaran Perjanjian Kinerja asalnya.`,
          `RHK "${rhk.id}" of a JPT SKP names no Perjanjian Kinerja target it derives from.`, { rhkId: rhk.id }));
      }
    });
  }
}

/** Rule 5: the cascade to the assessor's SKP, which must be the assessor's and overlap this SKP's period. */
function cascadeIssues(plan: SkpPlan, assessorSkp: SkpPlan, found: Issue[]): void {
  if (plan.assessor.nip !== undefined && assessorSkp.employee.nip !== plan.assessor.nip) {
    found.push(issue('workplan/assessor-skp-mismatch', 'error', SKP_YEAR_BASIS, 'assessor.nip',
      `SKP atasan yang diberikan milik NIP ${assessorSkp.employee.nip}, bukan pejabat penilai (${plan.assessor.nip}).`,
      `The assessor's SKP given belongs to NIP ${assessorSkp.employee.nip}, not to the assessor (${plan.assessor.nip}).`,
      { given: assessorSkp.employee.nip, assessor: plan.assessor.nip }));
    return;
  }
  if (!rangesOverlap(plan.period, assessorSkp.period)) {
    found.push(issue('workplan/assessor-period-disjoint', 'error', SKP_YEAR_BASIS, 'period',
      `Periode SKP atasan (${assessorSkp.period.from} s.d. ${assessorSkp.period.to}) tidak beririsan dengan periode SKP ini.`,
      `The assessor's SKP (${assessorSkp.period.from} to ${assessorSkp.period.to}) shares no day with this SKP's period.`,
      { assessorPeriod: assessorSkp.period }));
    return;
  }
  const ids = new Set([...assessorSkp.mainResults, ...assessorSkp.additionalResults].map((rhk) => rhk.id));
  const groups = [['mainResults', plan.mainResults], ['additionalResults', plan.additionalResults]] as const;
  for (const [group, list] of groups) {
    list.forEach((rhk, index) => {
      if (rhk.intervenes === undefined || ids.has(rhk.intervenes)) return;
      const path = `${group}.${String(index)}.intervenes`;
      if (group === 'additionalResults') {
        found.push(issue('workplan/additional-rhk-link-not-found', 'warning', SKP_YEAR_BASIS, path,
          `RHK tambahan "${rhk.id}" menyebut RHK atasan "${rhk.intervenes}" yang tidak ada di SKP atasan.`,
          `Additional RHK "${rhk.id}" names the assessor's RHK "${rhk.intervenes}", which the assessor's SKP lacks.`,
          { rhkId: rhk.id, intervenes: rhk.intervenes }));
      } else if (!plan.jpt) {
        found.push(issue('workplan/intervened-rhk-not-found', 'error', SKP_YEAR_BASIS, path,
          `RHK utama "${rhk.id}" mengintervensi RHK "${rhk.intervenes}" yang tidak ada di SKP pejabat penilai.`,
          `Main RHK "${rhk.id}" intervenes RHK "${rhk.intervenes}", which the assessor's SKP lacks.`,
          { rhkId: rhk.id, intervenes: rhk.intervenes }));
      }
    });
  }
}

/** Rule 8 (warning): the assessor's position against the positions the regulation names. */
function assessorIssues(plan: SkpPlan, found: Issue[]): void {
  if (plan.employeePosition === undefined || plan.assessorPosition === undefined) return;
  const employee = positionKey(plan.employeePosition);
  const allowed = ASSESSOR_POSITIONS[employee];
  const assessor = positionKey(plan.assessorPosition);
  if (allowed === undefined || allowed.includes(assessor)) return;
  found.push(issue('workplan/unusual-assessor', 'warning', ASSESSOR_BASIS, 'assessorPosition',
    `Pejabat penilai ${employee} biasanya ${allowed.join(' / ')}, bukan ${assessor}.`,
    `The assessor of a ${employee} is usually ${allowed.join(' / ')}, not ${assessor}.`, { employee, assessor, allowed }));
}

/** Rule 11 (warnings): evidence for each realisation, feedback for each rating. */
function documentationIssues(plan: SkpPlan, found: Issue[]): void {
  plan.evaluations.forEach((evaluation, index) => {
    evaluation.results.forEach((result, at) => {
      const path = `evaluations.${String(index)}.results.${String(at)}`;
      if (result.realisation !== undefined && result.evidence.length === 0) {
        found.push(issue('workplan/missing-evidence', 'warning', DOCUMENTATION_BASIS, `${path}.evidence`,
          `Realisasi RHK "${result.rhkId}" belum memiliki bukti dukung.`, `The realisation of RHK "${result.rhkId}" has no evidence.`,
          { rhkId: result.rhkId }));
      }
      if (result.rating !== undefined && (result.feedback === undefined || result.feedback.trim() === '')) {
        found.push(issue('workplan/missing-feedback', 'warning', DOCUMENTATION_BASIS, `${path}.feedback`,
          `Rating RHK "${result.rhkId}" diberikan tanpa umpan balik.`, `RHK "${result.rhkId}" is rated without feedback.`,
          { rhkId: result.rhkId }));
      }
    });
  });
}

/** Rule 12: no weights under PermenPANRB 6/2022; under 8/2021 a weight on every main indicator, summing to 100. */
function weightIssues(plan: SkpPlan, found: Issue[]): void {
  const legacy = plan.regulation === 'permenpanrb-8-2021';
  let total = 0;
  const groups = [['mainResults', plan.mainResults], ['additionalResults', plan.additionalResults]] as const;
  for (const [group, list] of groups) {
    list.forEach((rhk, index) => {
      rhk.indicators.forEach((indicator, at) => {
        const path = `${group}.${String(index)}.indicators.${String(at)}.weight`;
        if (!legacy) {
          if (indicator.weight === undefined) return;
          found.push(issue('workplan/weights-not-allowed', 'error', LEGACY_WEIGHT_BASIS, path,
            `SKP menurut PermenPANRB 6/2022 tidak memakai bobot (indikator "${indicator.text}").`,
            `An SKP under PermenPANRB 6/2022 carries no weights (indicator "${indicator.text}").`, { weight: indicator.weight }));
        } else if (group === 'mainResults') {
          if (indicator.weight !== undefined) total += indicator.weight;
          else {
            found.push(issue('workplan/missing-weight', 'error', LEGACY_WEIGHT_BASIS, path,
              `Indikator "${indicator.text}" pada SKP PermenPANRB 8/2021 tidak memiliki bobot.`,
              `The indicator "${indicator.text}" of a PermenPANRB 8/2021 SKP has no weight.`));
          }
        }
      });
    });
  }
  if (legacy && Math.abs(total - 100) > 0.01) {
    const shown = roundDecimal(total, 2);
    found.push(issue('workplan/weights-not-100', 'error', LEGACY_WEIGHT_BASIS, 'mainResults',
      `Jumlah bobot indikator ${String(shown).replace('.', ',')}, seharusnya 100.`, `The indicator weights sum to ${shown}, not 100.`,
      { totalWeight: shown }));
  }
}

/** Every issue of a parsed plan, in a fixed order: the performance module's rules, then this module's. */
function skpPlanIssues(plan: SkpPlan, assessorSkp: SkpPlan | undefined): Issue[] {
  const found = performanceRules(plan);
  resultIssues(plan, found);
  if (assessorSkp !== undefined) cascadeIssues(plan, assessorSkp, found);
  assessorIssues(plan, found);
  documentationIssues(plan, found);
  weightIssues(plan, found);
  return found;
}

/**
 * Checks an individual plan (SKP) against every mechanical rule of PermenPANRB 6/2022 for a plan: one calendar
 * year at most; at least one main result; every RHK with an indicator, every indicator with a target (a value,
 * or a range whose lower bound does not exceed the upper one) and a unit; under the quantitative approach, the
 * aspect of every indicator and the quantity, quality and time aspects on every RHK; for a non-JPT, every main
 * result intervening an RHK of the assessor's SKP (checked against `assessorSkp` when given, which must be the
 * assessor's and overlap the period; an additional result that names a missing RHK is a warning); for a JPT, a
 * perspective on every RHK and (warning) its Perjanjian Kinerja target; the seven BerAKHLAK values exactly once;
 * an assessor other than the employee, and (warning) one whose position is the usual one; evaluations inside
 * the period, naming the SKP's RHK, a recorded predikat equal to the matrix of its two ratings, and (warnings)
 * evidence for each realisation and feedback for each rating; no weights in a PermenPANRB 6/2022 plan, and in a
 * PermenPANRB 8/2021 plan a weight on every main indicator summing to 100 (±0.01).
 *
 * Plans from {@link parseSkpPlan} are used as they are; anything else is parsed first.
 *
 * @param skp - The plan.
 * @param options - `{ assessorSkp }`: the assessor's SKP; an unknown key is an error.
 * @returns `Ok(validation)` with every issue; `Err` with `workplan/invalid-input` when the plan (or the
 *   assessor's) is not a plan.
 * @see Official: PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN
 * @example
 * ```ts
 * import { validateSkpPlan } from 'asn-kit/workplan';
 * const result = validateSkpPlan({
 *   period: { from: '2025-12-15', to: '2026-01-31' }, approach: 'qualitative', jpt: true,
 *   employee: { nip: '198001012005011001', name: 'Kepala Dinas' }, assessor: { name: 'Sekretaris Daerah' },
 *   mainResults: [{ id: 'R1', text: 'Layanan', perspective: 'service-recipients', performanceAgreement: 'PK-1',
 *     indicators: [{ text: 'Kepuasan', target: { value: 80, unit: 'indeks' } }] }],
 *   behaviours: ['service-oriented', 'accountable', 'competent', 'harmonious', 'loyal', 'adaptive', 'collaborative']
 *     .map((value) => ({ value })),
 * });
 * if (result.isOk()) result.value.issues.map((found) => found.code); // => ['performance/period-crosses-year']
 * validateSkpPlan({}).match(() => 'ok', (error) => error.code); // => 'workplan/invalid-input'
 * ```
 */
export function validateSkpPlan(skp: SkpPlan, options?: ValidateSkpPlanOptions): Result<PlanValidation<SkpPlanIssueCode>, WorkplanError> {
  const plan = trustParsed(skp, SKP_PLAN_KIND, parseSkpPlan);
  if (plan.isErr()) return err(plan.error);
  const checked = readOptions(optionsSchema, options);
  if (checked.isErr()) return err(checked.error);
  let assessorSkp: SkpPlan | undefined;
  if (checked.value.assessorSkp !== undefined) {
    const assessor = trustParsed(checked.value.assessorSkp, SKP_PLAN_KIND, parseSkpPlan);
    if (assessor.isErr()) return err(assessor.error);
    assessorSkp = assessor.value;
  }
  return ok(validation(skpPlanIssues(plan.value, assessorSkp)));
}
