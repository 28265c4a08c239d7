import { err, ok, type Result } from 'neverthrow';
import { INPUT_LIMITS, invalidInput, rangesOverlap, recodeError, ruleInForce, trustParsed, validate, type IsoDate } from '../core';
import { tooManyItems } from '../core/limits';
import { itemsStillToParse } from '../core/list-items';
import type { DistributionCheck, Predikat } from '../performance';
import { withErrorData } from '../core/errors';
import { distributionOf } from '../performance/check-distribution';
import { DISTRIBUTION_PATTERNS } from '../performance/rules/distribution';
import type { PlanIssue, SkpPlanIssueCode, WorkplanError } from './errors';
import { issue, validation, type PlanValidation } from './issues';
import { INVALID_INPUT, SKP_PLAN_KIND } from './kinds';
import { parseSkpPlan } from './parse-skp-plan';
import { readOptions } from './read-options';
import { DISTRIBUTION_BASIS, SKP_YEAR_BASIS } from './rules/bases';
import { cascadeOptionsSchema, skpPlanSchema, unitSkpsSchema } from './schemas';
import type { CheckUnitCascadeOptions, SkpPlan } from './types';

/**
 * A main result of a unit's SKP that intervenes nothing in its assessor's SKP.
 *
 * @example
 * ```ts
 * import type { CascadeOrphan } from 'asn-kit/workplan';
 * const orphan: CascadeOrphan = { nip: '199001012015031001', rhkId: 'R2', intervenes: 'K9' };
 * ```
 */
export interface CascadeOrphan {
  /** The NIP of the SKP's employee. */
  readonly nip: string;
  /** The main result. */
  readonly rhkId: string;
  /** The assessor's RHK it names, when it names one. */
  readonly intervenes?: string;
}

/**
 * A main result of a superior that no subordinate's main result intervenes.
 *
 * @example
 * ```ts
 * import type { UnintervenedRhk } from 'asn-kit/workplan';
 * const rhk: UnintervenedRhk = { nip: '198001012005011001', rhkId: 'K2' };
 * ```
 */
export interface UnintervenedRhk {
  /** The NIP of the superior. */
  readonly nip: string;
  /** The RHK. */
  readonly rhkId: string;
}

/**
 * The result of {@link checkUnitCascade}: the issues, and the orphans, cycles and un-intervened RHK as lists.
 *
 * @example
 * ```ts
 * import { checkUnitCascade } from 'asn-kit/workplan';
 * checkUnitCascade([]).map((cascade) => cascade.cycles); // => Ok([])
 * ```
 */
export interface UnitCascade extends PlanValidation<SkpPlanIssueCode> {
  /** Main results of non-JPT SKPs that intervene nothing in the assessor's SKP. */
  readonly orphans: readonly CascadeOrphan[];
  /** Rings of SKPs whose assessors assess each other, each as NIPs in the order of the ring. */
  readonly cycles: readonly (readonly string[])[];
  /** Main results of superiors that no subordinate intervenes. */
  readonly notIntervened: readonly UnintervenedRhk[];
  /** NIPs of non-JPT SKPs whose assessor has no SKP in the unit. */
  readonly withoutAssessorSkp: readonly string[];
  /** The distribution check of the annual predikat, when the unit's predikat was given and some were recorded. */
  readonly distribution?: DistributionCheck;
}

type Issue = PlanIssue<SkpPlanIssueCode>;

/** The index of each SKP's assessor's SKP in the list (an SKP of the assessor over an overlapping period), or -1. */
function assessorIndexes(plans: readonly SkpPlan[]): Int32Array {
  const byNip = new Map<string, number[]>();
  plans.forEach((plan, index) => {
    const list = byNip.get(plan.employee.nip);
    if (list === undefined) byNip.set(plan.employee.nip, [index]);
    else list.push(index);
  });
  const result = new Int32Array(plans.length).fill(-1);
  plans.forEach((plan, index) => {
    const nip = plan.assessor.nip;
    if (nip === undefined || nip === plan.employee.nip) return;
    const found = byNip.get(nip)?.find((candidate) => rangesOverlap((plans[candidate] as SkpPlan).period, plan.period));
    if (found !== undefined) result[index] = found;
  });
  return result;
}

/** The rings of the assessor graph (each SKP points at its assessor's), each listed once from its first SKP. */
function ringsOf(plans: readonly SkpPlan[], assessorOf: Int32Array): number[][] {
  const state = new Uint8Array(plans.length);
  const rings: number[][] = [];
  for (let start = 0; start < plans.length; start += 1) {
    const path: number[] = [];
    let node = start;
    while (node !== -1 && state[node] === 0) {
      state[node] = 1;
      path.push(node);
      node = assessorOf[node] as number;
    }
    if (node !== -1 && state[node] === 1) rings.push(path.slice(path.indexOf(node)));
    for (const visited of path) state[visited] = 2;
  }
  return rings;
}

/** The annual predikat of each SKP that recorded one (its last annual evaluation's), with the latest end date. */
function annualPredicates(plans: readonly SkpPlan[]): { predicates: Predikat[]; asOf: IsoDate | undefined } {
  const predicates: Predikat[] = [];
  let asOf: IsoDate | undefined;
  for (const plan of plans) {
    const annual = plan.evaluations.filter((evaluation) => evaluation.kind === 'annual' && evaluation.predikat !== undefined).at(-1);
    if (annual?.predikat === undefined) continue;
    predicates.push(annual.predikat);
    if (asOf === undefined || annual.period.to > asOf) asOf = annual.period.to;
  }
  return { predicates, asOf };
}

/**
 * Checks the cascade of a whole unit's SKPs (PermenPANRB 6/2022: each main result of a non-JPT intervenes an RHK
 * of the assessor's SKP): finds the orphans (main results that intervene nothing in the assessor's SKP), the SKPs
 * whose assessor has no SKP in the unit (a warning: their links cannot be checked), rings of assessors (a cascade
 * must end at the top), and the main results of a superior that no subordinate intervenes (a warning: results
 * nobody works on). An SKP's assessor's SKP is the assessor's SKP over an overlapping period. Given the unit's
 * own predikat, the annual predikat recorded are checked against its distribution pattern (SE MenPANRB 3/2023;
 * breaches are warnings). Linear in the number of SKPs and RHK.
 *
 * Plans from {@link parseSkpPlan} are used as they are; anything else is parsed first.
 *
 * @param skps - Every SKP of the unit.
 * @param options - `{ orgPredikat }`; an unknown key is an error.
 * @returns `Ok(cascade)`; `Err` with `workplan/invalid-input` when an SKP is not a plan (`data.index` says which),
 *   or at path `''` for more than `INPUT_LIMITS.records` SKPs, or SKPs still to parse whose lists hold more than
 *   `INPUT_LIMITS.total` items together (SKPs from {@link parseSkpPlan} are not counted again).
 * @example
 * ```ts
 * import { checkUnitCascade } from 'asn-kit/workplan';
 * const values = ['service-oriented', 'accountable', 'competent', 'harmonious', 'loyal', 'adaptive', 'collaborative'];
 * const skp = (nip: string, assessor: string, rhk: string, intervenes: string) => ({
 *   period: { from: '2027-01-01', to: '2027-12-31' }, approach: 'qualitative',
 *   employee: { nip, name: nip }, assessor: { nip: assessor, name: assessor },
 *   mainResults: [{ id: rhk, text: rhk, intervenes, indicators: [{ text: 'x', target: { value: 1, unit: 'dokumen' } }] }],
 *   behaviours: values.map((value) => ({ value })),
 * });
 * const cascade = checkUnitCascade([
 *   skp('198001012005011001', '199001012015031001', 'A1', 'B1'),
 *   skp('199001012015031001', '198001012005011001', 'B1', 'A1'),
 * ]);
 * cascade.map((result) => result.cycles.length); // => Ok(1)
 * ```
 */
export function checkUnitCascade(skps: readonly SkpPlan[], options?: CheckUnitCascadeOptions): Result<UnitCascade, WorkplanError> {
  if (!Array.isArray(skps)) return err(invalidInput(INVALID_INPUT, [{ path: '', message: 'Expected an array of SKPs' }]));
  const list = validate(unitSkpsSchema, skps, INVALID_INPUT);
  if (list.isErr()) return err(list.error);
  // The SKPs still to parse are one input: their list items together are counted first.
  if (itemsStillToParse(list.value, skpPlanSchema, SKP_PLAN_KIND, 0) > INPUT_LIMITS.total) return err(invalidInput(INVALID_INPUT, [tooManyItems('')]));
  const plans: SkpPlan[] = [];
  for (const [index, skp] of list.value.entries()) {
    const parsed = trustParsed(skp, SKP_PLAN_KIND, parseSkpPlan);
    if (parsed.isErr()) return err(withErrorData(parsed.error, { index }));
    plans.push(parsed.value);
  }
  const checked = readOptions(cascadeOptionsSchema, options);
  if (checked.isErr()) return err(checked.error);
  const assessorOf = assessorIndexes(plans);
  const found: Issue[] = [];
  const orphans: CascadeOrphan[] = [];
  const withoutAssessorSkp: string[] = [];
  const intervened = new Map<number, Set<string>>();
  plans.forEach((plan, index) => {
    if (plan.jpt) return;
    const target = assessorOf[index] as number;
    if (target === -1) {
      withoutAssessorSkp.push(plan.employee.nip);
      found.push(issue('workplan/assessor-skp-missing', 'warning', SKP_YEAR_BASIS, `${String(index)}.assessor.nip`,
        `SKP ${plan.employee.nip}: SKP pejabat penilai tidak ada di unit ini, sehingga cascading tidak dapat diperiksa.`,
        `SKP ${plan.employee.nip}: the assessor has no SKP in this unit, so its cascade cannot be checked.`,
        { nip: plan.employee.nip, assessor: plan.assessor.nip ?? null }));
      return;
    }
    const superior = plans[target] as SkpPlan;
    const ids = new Set(superior.mainResults.map((rhk) => rhk.id));
    for (const rhk of superior.additionalResults) ids.add(rhk.id);
    let used = intervened.get(target);
    if (used === undefined) intervened.set(target, (used = new Set()));
    plan.mainResults.forEach((rhk, at) => {
      if (rhk.intervenes !== undefined && ids.has(rhk.intervenes)) {
        used.add(rhk.intervenes);
        return;
      }
      orphans.push(rhk.intervenes === undefined ? { nip: plan.employee.nip, rhkId: rhk.id } : { nip: plan.employee.nip, rhkId: rhk.id, intervenes: rhk.intervenes });
      found.push(issue('workplan/orphan-rhk', 'error', SKP_YEAR_BASIS, `${String(index)}.mainResults.${String(at)}.intervenes`,
        `SKP ${plan.employee.nip}: RHK utama "${rhk.id}" tidak mengintervensi RHK mana pun di SKP atasan (${superior.employee.nip}).`,
        `SKP ${plan.employee.nip}: main RHK "${rhk.id}" intervenes no RHK of the assessor's SKP (${superior.employee.nip}).`,
        { nip: plan.employee.nip, rhkId: rhk.id, assessor: superior.employee.nip }));
    });
  });
  const cycles = ringsOf(plans, assessorOf).map((ring) => ring.map((index) => (plans[index] as SkpPlan).employee.nip));
  for (const ring of cycles) {
    const loop = [...ring, ring[0]].join(' → ');
    found.push(issue('workplan/cascade-cycle', 'error', SKP_YEAR_BASIS, '',
      `Cascading melingkar: ${loop}.`, `The cascade runs in a ring: ${loop}.`,
      { nips: ring }));
  }
  const notIntervened: UnintervenedRhk[] = [];
  for (const [index, used] of [...intervened].sort((left, right) => left[0] - right[0])) {
    const superior = plans[index] as SkpPlan;
    superior.mainResults.forEach((rhk, at) => {
      if (used.has(rhk.id)) return;
      notIntervened.push({ nip: superior.employee.nip, rhkId: rhk.id });
      found.push(issue('workplan/rhk-not-intervened', 'warning', SKP_YEAR_BASIS, `${String(index)}.mainResults.${String(at)}`,
        `SKP ${superior.employee.nip}: RHK utama "${rhk.id}" tidak diintervensi oleh bawahan mana pun.`,
        `SKP ${superior.employee.nip}: main RHK "${rhk.id}" is intervened by no subordinate.`,
        { nip: superior.employee.nip, rhkId: rhk.id }));
    });
  }
  const base = { orphans, cycles, notIntervened, withoutAssessorSkp };
  const orgPredikat = checked.value.orgPredikat;
  const { predicates, asOf } = annualPredicates(plans);
  if (orgPredikat === undefined || asOf === undefined) return ok({ ...validation(found), ...base });
  // The unit's predikat and the recorded ones were checked, and there is at least one: only the date can fail.
  const pattern = ruleInForce(DISTRIBUTION_PATTERNS, asOf, (row) => row.orgPredikat === orgPredikat);
  if (pattern.isErr()) return err(recodeError(pattern.error, 'workplan/no-rule-in-force'));
  const distribution = distributionOf(pattern.value, predicates, 'warning');
  for (const breach of distribution.breaches) {
    found.push(issue('workplan/distribution', 'warning', DISTRIBUTION_BASIS, '', breach.reason.message.id, breach.reason.message.en,
      { rule: breach.rule, count: breach.count }));
  }
  return ok({ ...validation(found), ...base, distribution });
}
