import { err, ok, type Result } from 'neverthrow';
import { trustParsed, type LocalizedText } from '../core';
import type { AsnWorkPlanIssueCode, WorkplanError } from './errors';
import { issue, validation, type PlanValidation } from './issues';
import { ASN_WORK_PLAN_KIND, CONTEXT_KIND } from './kinds';
import { parseAsnWorkPlan } from './parse-asn-work-plan';
import { parseWorkPlanContext } from './parse-work-plan-context';
import { coverageOf, type CoverageCheck } from './plan-coverage';
import { structureIssues } from './plan-structure';
import { PILLARS } from './rules/pillars';
import type { AsnWorkPlan, Pillar, PlanActivity, WorkPlanContext } from './types';

/**
 * The coverage of one pillar: its activities and budget, and each coverage check that applies to it.
 *
 * @example
 * ```ts
 * import type { PillarCoverage } from 'asn-kit/workplan';
 * const coverage: PillarCoverage = {
 *   pillar: 'technology', label: { id: 'Teknologi', en: 'Technology' }, activities: 0, budget: 0, covered: false, checks: [],
 * };
 * ```
 */
export interface PillarCoverage {
  /** The pillar. */
  readonly pillar: Pillar;
  /** Its name. */
  readonly label: LocalizedText;
  /** The number of activities on it. */
  readonly activities: number;
  /** Σ of their budgets, in rupiah. */
  readonly budget: number;
  /** `true` when at least one activity is on it. */
  readonly covered: boolean;
  /** Its coverage checks (the context's only when a context was given). */
  readonly checks: readonly CoverageCheck[];
}

/**
 * The result of {@link validateAsnWorkPlan}: every issue, and the coverage of each pillar in the plan's order.
 *
 * @example
 * ```ts
 * import type { AsnWorkPlanValidation } from 'asn-kit/workplan';
 * type Pillars = AsnWorkPlanValidation['coverage']; // competency, performance, technology, engagement
 * ```
 */
export interface AsnWorkPlanValidation extends PlanValidation<AsnWorkPlanIssueCode> {
  /** One entry per pillar. */
  readonly coverage: readonly PillarCoverage[];
}

/**
 * Validates an agency's ASN-management work plan on its four pillars (competency development through training,
 * objective performance evaluation, technology, public engagement). On the plan alone: unique ids; every
 * activity tied to an existing objective and strategy (a strategy that does not serve the objective is a
 * warning); a plan period of whole calendar years; every activity indicator with a target and a unit; schedules
 * inside the period and sessions inside their schedule; budget lines that add up to the activity's budget and
 * activities that add up to the plan's declared total; a warning for a pillar without an activity; the
 * public-engagement sessions in every calendar period as often as `engagementFrequency` commits to (the forum
 * periods of `asn-kit/service-quality`); a warning for a promised service no technology activity delivers.
 *
 * With a context (see {@link parseWorkPlanContext}), coverage too, each a warning when it falls short: the
 * training places per competency against the employees below standard (`trainingNeeds` of
 * `asn-kit/competency`) and every unit with such a shortfall reached; the JP planned against what the PNS and
 * CPNS of the roster still need for 20 JP a year (PP 11/2017 Pasal 203 ayat (4)); every unit of the roster
 * covered by a performance-evaluation activity (one that names no unit covers the whole agency); every unit whose
 * satisfaction index is below `minimumGrade` (PermenPANRB 14/2017 interval table) named by a public-engagement
 * activity. Issues come in a fixed order: the structure in the plan's order, missing pillars, then coverage.
 *
 * Plans from {@link parseAsnWorkPlan} or {@link draftAsnWorkPlan} and contexts from {@link parseWorkPlanContext}
 * are used as they are; anything else is parsed first.
 *
 * @param plan - The plan.
 * @param context - The roster, assessments, JP completed, performance results and satisfaction indexes.
 * @returns `Ok(validation)`; `Err` with `workplan/invalid-input` (not a plan or not a context, see
 *   {@link parseAsnWorkPlan} and {@link parseWorkPlanContext} for their limits; or path `activities` when the plan
 *   has an `engagementFrequency` and the sessions of its public-engagement activities — the dates given, or one per
 *   period of `every` over the schedule — would be more than `INPUT_LIMITS.total` together: check a long plan in
 *   parts), or `workplan/no-rule-in-force`
 *   (a plan year before the JP minimum).
 * @example
 * ```ts
 * import { validateAsnWorkPlan } from 'asn-kit/workplan';
 * const result = validateAsnWorkPlan({
 *   id: 'RK-2027', title: 'Rencana Kerja 2027', agency: { id: 'pemko', name: 'Pemko Medan' },
 *   period: { from: '2027-01-01', to: '2027-12-31' },
 *   objectives: [{ id: 'T1', text: 'Meningkatkan kualitas ASN' }],
 *   strategies: [{ id: 'S1', pillar: 'technology', text: 'e-Government', objectiveIds: ['T1'] }],
 *   activities: [{
 *     id: 'A1', title: 'Cuti daring', objectiveId: 'T1', strategyId: 'S1',
 *     indicator: { text: 'Aplikasi berjalan', target: 1, unit: 'aplikasi' },
 *     schedule: { from: '2027-02-01', to: '2027-06-30' }, budget: { amount: 150_000_000 },
 *     responsibleUnit: { id: 'bkpsdm', name: 'BKPSDM' }, services: ['leave-request'],
 *   }],
 * });
 * if (result.isOk()) {
 *   result.value.valid; // => true
 *   result.value.issues.map((found) => found.code); // => ['workplan/pillar-missing', 'workplan/pillar-missing', 'workplan/pillar-missing']
 * }
 * validateAsnWorkPlan({}).match(() => 'ok', (error) => error.code); // => 'workplan/invalid-input'
 * ```
 */
export function validateAsnWorkPlan(plan: AsnWorkPlan, context?: WorkPlanContext): Result<AsnWorkPlanValidation, WorkplanError> {
  const parsed = trustParsed(plan, ASN_WORK_PLAN_KIND, parseAsnWorkPlan);
  if (parsed.isErr()) return err(parsed.error);
  let data: WorkPlanContext | undefined;
  if (context !== undefined) {
    const read = trustParsed(context, CONTEXT_KIND, parseWorkPlanContext);
    if (read.isErr()) return err(read.error);
    data = read.value;
  }
  const value = parsed.value;
  const { issues, pillars } = structureIssues(value);
  const byPillar: Record<Pillar, PlanActivity[]> = { competency: [], performance: [], technology: [], engagement: [] };
  value.activities.forEach((activity, index) => {
    const pillar = pillars[index];
    if (pillar !== undefined) byPillar[pillar].push(activity);
  });
  for (const row of PILLARS) {
    if (byPillar[row.pillar].length > 0) continue;
    issues.push(issue('workplan/pillar-missing', 'warning', row.basis, 'activities',
      `Rencana tidak memiliki kegiatan pada pilar ${row.label.id}.`, `The plan has no activity on the ${row.label.en.toLowerCase()} pillar.`,
      { pillar: row.pillar }));
  }
  const coverage = coverageOf(value, pillars, byPillar, data);
  if (coverage.isErr()) return err(coverage.error);
  issues.push(...coverage.value.issues);
  const summary = PILLARS.map((row): PillarCoverage => {
    const activities = byPillar[row.pillar];
    return {
      pillar: row.pillar,
      label: row.label,
      activities: activities.length,
      budget: activities.reduce((sum, activity) => sum + activity.budget.amount, 0),
      covered: activities.length > 0,
      checks: coverage.value.checks.get(row.pillar) ?? [],
    };
  });
  return ok({ ...validation(issues), coverage: summary });
}
