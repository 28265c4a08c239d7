/*
 * The coverage checks of an ASN-management work plan (internal; validateAsnWorkPlan runs them): the engagement
 * frequency and the promised services from the plan alone; with a context, the competency shortfalls, the 20-JP
 * minimum, the units' performance evaluations and the units whose satisfaction index is below the grade asked for.
 * Each rule is the owning module's: shortfalls from competency's trainingNeeds, the JP minimum from its rule table,
 * the periods from service-quality's checkForumFrequency, the grades from its SKM interval table.
 */
import { err, ok, type Result } from 'neverthrow';
import { invalidInput, recodeError, ruleInForce, yearOf, type DateRange, type IsoDate } from '../core';
import { DEVELOPMENT_HOURS, type TrainingNeed } from '../competency';
import { checkForumFrequency, SKM_SCHEMES, type ForumKind, type SkmGrade, type SkmSchemeRow } from '../service-quality';
import { bandOf } from '../service-quality/grading';
import type { AsnWorkPlanIssueCode, PlanIssue, WorkplanError } from './errors';
import { issue } from './issues';
import { ENGAGEMENT_BASIS, EVALUATION_BASIS, JP_MINIMUM_BASIS, SATISFACTION_BASIS, TECHNOLOGY_BASIS, TRAINING_BASIS } from './rules/bases';
import { engagementSessions } from './plan-structure';
import type { AsnWorkPlan, Pillar, PlanActivity, RosterEntry, WorkPlanContext } from './types';
import { deepFrozen } from '../core/frozen';
import { tooManyRows } from '../core/limits';
import { SESSION_ROWS } from './draft-limits';
import { INVALID_INPUT } from './kinds';
import { markParsed } from '../core/parsed';
import { KIND } from '../service-quality/kinds';


/**
 * One coverage check of a pillar: what the plan needs, what it plans, and what it leaves out.
 *
 * @example
 * ```ts
 * import type { CoverageCheck } from 'asn-kit/workplan';
 * const check: CoverageCheck = { check: 'unit-evaluations', required: 12, planned: 11, met: false, missing: ['dishub'] };
 * ```
 */
export interface CoverageCheck {
  /** What is checked. */
  readonly check:
    | 'competency-shortfalls'
    | 'jp-minimum'
    | 'unit-evaluations'
    | 'low-satisfaction-units'
    | 'promised-services'
    | 'engagement-frequency';
  /** What the plan needs: employees below standard, JP, units, services or periods. */
  readonly required: number;
  /** How much of it the plan covers (never more than `required`). */
  readonly planned: number;
  /** `true` when everything required is covered. */
  readonly met: boolean;
  /** What is left out: competency codes, unit ids, service ids or the first days of the periods. */
  readonly missing: readonly string[];
}

type Issue = PlanIssue<AsnWorkPlanIssueCode>;

interface Coverage {
  readonly issues: Issue[];
  readonly checks: Map<Pillar, CoverageCheck[]>;
}

function add(coverage: Coverage, pillar: Pillar, check: CoverageCheck): void {
  const list = coverage.checks.get(pillar);
  if (list === undefined) coverage.checks.set(pillar, [check]);
  else list.push(check);
}

/**
 * Whether some of the activities reach a unit: one names the unit, or (when `agencyWide`) one names no unit at all.
 * The units are gathered once, so each unit asked about is one lookup (never a search of every activity's units).
 */
function reachedBy(activities: readonly PlanActivity[], agencyWide: boolean): (unit: string) => boolean {
  if (agencyWide && activities.some((activity) => activity.units.length === 0)) return () => true;
  const named = new Set(activities.flatMap((activity) => activity.units));
  return (unit) => named.has(unit);
}

/** The promised services that no technology activity delivers. */
function serviceCoverage(plan: AsnWorkPlan, byPillar: Readonly<Record<Pillar, PlanActivity[]>>, coverage: Coverage): void {
  if (plan.services.length === 0) return;
  const delivered = new Set(byPillar.technology.flatMap((activity) => activity.services));
  const missing: string[] = [];
  plan.services.forEach((service, index) => {
    if (delivered.has(service.id)) return;
    missing.push(service.id);
    coverage.issues.push(issue('workplan/service-not-covered', 'warning', TECHNOLOGY_BASIS, `services.${String(index)}`,
      `Layanan yang dijanjikan "${service.label}" tidak diwujudkan oleh kegiatan teknologi mana pun.`,
      `The promised service "${service.label}" is delivered by no technology activity.`, { service: service.id }));
  });
  const required = plan.services.length;
  add(coverage, 'technology', { check: 'promised-services', required, planned: required - missing.length, met: missing.length === 0, missing });
}

/** The periods with fewer engagement sessions than the plan commits to (service-quality's forum periods). */
function frequencyCoverage(plan: AsnWorkPlan, pillars: readonly (Pillar | undefined)[], coverage: Coverage): Result<void, WorkplanError> {
  const requirement = plan.engagementFrequency;
  if (requirement === undefined) return ok(undefined);
  const sessions = engagementSessions(plan, pillars);
  if (sessions === undefined) return err(invalidInput(INVALID_INPUT, [tooManyRows('activities', SESSION_ROWS)]));
  // A period is met once it holds `atLeast` sessions, so more than `atLeast` sessions on one day never change a
  // period's status, nor the count of a period that falls short: each day is passed on at most `atLeast` times.
  const kinds = requirement.kinds ?? ['dialogue', 'open-forum'];
  const perDay = new Map<IsoDate, number>();
  for (const session of sessions) {
    if (kinds.includes(session.kind)) perDay.set(session.date, Math.min(requirement.atLeast, (perDay.get(session.date) ?? 0) + 1));
  }
  // Built from the plan's checked dates, the forums are recorded as a parsed list: the forum check takes them as
  // they are (its limit of INPUT_LIMITS.records forums a call is for a register it reads, not for these sessions).
  const forums = markParsed([...perDay].flatMap(([date, times]) => Array.from({ length: times }, (_, index) => ({
    id: `${date}-${String(index)}`, kind: kinds[0] as ForumKind, date, unit: plan.agency,
    participants: { citizens: 0, officials: 0 }, topics: [], followUps: [],
  }))), KIND.forums);
  // The plan's own dates and units were checked by its schema, so the forum check cannot fail on them. Read on the
  // plan's last day (the day after 2999-12-31 is no date): every period but the last has ended, and the last counts
  // its sessions to its end, so a period is met or not as it would be once the plan is over.
  const periods = checkForumFrequency({
    forums, units: [plan.agency], requirement, period: plan.period, asOf: plan.period.to,
  })
    .map((check) => check.units.flatMap((unit) => unit.periods))
    .unwrapOr([]);
  const missing: string[] = [];
  for (const period of periods) {
    if (period.status === 'met') continue;
    missing.push(period.from);
    coverage.issues.push(issue('workplan/engagement-too-rare', 'error', ENGAGEMENT_BASIS, 'engagementFrequency',
      `Periode ${period.from} s.d. ${period.to} hanya memiliki ${String(period.held)} dari ${String(period.required)} sesi keterlibatan publik yang direncanakan.`,
      `The period ${period.from} to ${period.to} has ${String(period.held)} of the ${String(period.required)} public-engagement sessions the plan commits to.`,
      { from: period.from, to: period.to, held: period.held, required: period.required }));
  }
  add(coverage, 'engagement', {
    check: 'engagement-frequency', required: periods.length, planned: periods.length - missing.length, met: missing.length === 0, missing,
  });
  return ok(undefined);
}

/** The competency shortfalls (competency's trainingNeeds) against the training places per competency and unit. */
function shortfallCoverage(
  needs: readonly TrainingNeed[],
  unitOf: ReadonlyMap<string, string>,
  training: readonly PlanActivity[],
  coverage: Coverage,
): void {
  let required = 0;
  let planned = 0;
  const missing: string[] = [];
  // The training activities of each competency, gathered in one pass (an activity naming a competency twice once).
  const byCompetency = new Map<string, PlanActivity[]>();
  for (const activity of training) {
    for (const competency of new Set(activity.competencies)) {
      const list = byCompetency.get(competency);
      if (list === undefined) byCompetency.set(competency, [activity]);
      else list.push(activity);
    }
  }
  for (const need of needs) {
    const activities = byCompetency.get(need.competency) ?? [];
    const places = activities.reduce((sum, activity) => sum + (activity.participants ?? 0), 0);
    required += need.participantCount;
    planned += Math.min(places, need.participantCount);
    if (places < need.participantCount) {
      missing.push(need.competency);
      coverage.issues.push(issue('workplan/shortfall-not-covered', 'warning', TRAINING_BASIS, 'activities',
        `${String(need.participantCount)} pegawai di bawah standar ${need.name.id}, tetapi pelatihan menyediakan ${String(places)} tempat.`,
        `${String(need.participantCount)} employees are below standard in ${need.name.en}, but the training plans ${String(places)} places.`,
        { competency: need.competency, employees: need.participantCount, places }));
    }
    const units = [...new Set(need.participants.map((participant) => unitOf.get(participant.nip) as string))].sort();
    const reached = reachedBy(activities, true);
    for (const unit of units) {
      if (reached(unit)) continue;
      coverage.issues.push(issue('workplan/unit-shortfall-not-reached', 'warning', TRAINING_BASIS, 'activities',
        `Kekurangan ${need.name.id} di unit ${unit} tidak dijangkau pelatihan mana pun.`,
        `The ${need.name.en} shortfall in unit ${unit} is reached by no training.`, { competency: need.competency, unit }));
    }
  }
  add(coverage, 'competency', { check: 'competency-shortfalls', required, planned, met: missing.length === 0, missing });
}

/**
 * The JP each PNS and CPNS of the roster still needs over a period of whole years: the yearly minimum of the
 * competency module's rule table for every year, less what they completed in the first year.
 */
export function jpGaps(period: DateRange, context: WorkPlanContext): Result<{ minimum: number; gaps: Map<string, number> }, WorkplanError> {
  const first = yearOf(period.from);
  const years = Math.max(1, yearOf(period.to) - first + 1);
  const row = ruleInForce(DEVELOPMENT_HOURS, `${String(first)}-12-31` as IsoDate, (candidate) => candidate.kind === 'PNS');
  if (row.isErr()) return err(recodeError(row.error, 'workplan/no-rule-in-force'));
  const minimum = row.value.jp;
  const completed = new Map<string, number>();
  for (const entry of context.completedJp) completed.set(entry.nip, (completed.get(entry.nip) ?? 0) + entry.jp);
  const gaps = new Map<string, number>();
  for (const member of context.roster) {
    if (member.kind === 'PPPK') continue;
    const gap = Math.max(0, minimum - (completed.get(member.nip) ?? 0)) + minimum * (years - 1);
    if (gap > 0) gaps.set(member.nip, gap);
  }
  return ok({ minimum, gaps });
}

/** The JP the PNS still need to reach the yearly minimum against the JP the training activities plan. */
function jpCoverage(
  plan: AsnWorkPlan,
  context: WorkPlanContext,
  training: readonly PlanActivity[],
  coverage: Coverage,
): Result<void, WorkplanError> {
  const found = jpGaps(plan.period, context);
  if (found.isErr()) return err(found.error);
  const { minimum, gaps } = found.value;
  let required = 0;
  for (const gap of gaps.values()) required += gap;
  const employees = gaps.size;
  const plannedJp = training.reduce((sum, activity) => sum + (activity.participants ?? 0) * (activity.jpPerParticipant ?? 0), 0);
  if (plannedJp < required) {
    coverage.issues.push(issue('workplan/jp-minimum-not-covered', 'warning', JP_MINIMUM_BASIS, 'activities',
      `${String(employees)} PNS masih membutuhkan ${String(required)} JP untuk memenuhi ${String(minimum)} JP setahun, tetapi rencana menyediakan ${String(plannedJp)} JP.`,
      `${String(employees)} PNS still need ${String(required)} JP to reach ${String(minimum)} JP a year, but the plan provides ${String(plannedJp)} JP.`,
      { employees, requiredJp: required, plannedJp, minimumJp: minimum }));
  }
  add(coverage, 'competency', { check: 'jp-minimum', required, planned: Math.min(plannedJp, required), met: plannedJp >= required, missing: [] });
  return ok(undefined);
}

/** The units of the roster that no performance-evaluation activity reaches. */
function evaluationCoverage(roster: readonly RosterEntry[], evaluation: readonly PlanActivity[], coverage: Coverage): void {
  const units = [...new Set(roster.map((member) => member.workUnit.id))];
  const reached = reachedBy(evaluation, true);
  const missing = units.filter((unit) => !reached(unit));
  for (const unit of missing) {
    coverage.issues.push(issue('workplan/unit-without-evaluation', 'warning', EVALUATION_BASIS, 'activities',
      `Unit ${unit} tidak dicakup kegiatan evaluasi kinerja mana pun.`, `Unit ${unit} is covered by no performance-evaluation activity.`, { unit }));
  }
  add(coverage, 'performance', { check: 'unit-evaluations', required: units.length, planned: units.length - missing.length, met: missing.length === 0, missing });
}

/** The order of the SKM grades, best first. */
export const GRADE_RANK: Readonly<Record<SkmGrade, number>> = /* @__PURE__ */ deepFrozen({ A: 0, B: 1, C: 2, D: 3 });

/** The grade of a converted index on the interval table of PermenPANRB 14/2017 (service-quality's). */
export function gradeOf(converted: number): SkmGrade {
  const row = SKM_SCHEMES.rows.find((candidate) => candidate.scheme === '2017') as SkmSchemeRow;
  return bandOf(row, converted).grade;
}

/** The units whose satisfaction index is below the grade asked for, without an engagement activity naming them. */
function satisfactionCoverage(context: WorkPlanContext, engagement: readonly PlanActivity[], coverage: Coverage): void {
  const below = context.satisfaction.filter((result) => GRADE_RANK[gradeOf(result.converted)] > GRADE_RANK[context.minimumGrade]);
  const missing: string[] = [];
  const reached = reachedBy(engagement, false);
  for (const result of below) {
    if (reached(result.unit.id)) continue;
    missing.push(result.unit.id);
    const grade = gradeOf(result.converted);
    coverage.issues.push(issue('workplan/low-satisfaction-not-engaged', 'warning', SATISFACTION_BASIS, 'activities',
      `${result.unit.name} berindeks kepuasan ${String(result.converted)} (mutu ${grade}, di bawah ${context.minimumGrade}) tanpa kegiatan keterlibatan publik.`,
      `${result.unit.name} has a satisfaction index of ${String(result.converted)} (grade ${grade}, below ${context.minimumGrade}) and no public-engagement activity.`,
      { unit: result.unit.id, converted: result.converted, grade, minimumGrade: context.minimumGrade }));
  }
  add(coverage, 'engagement', {
    check: 'low-satisfaction-units', required: below.length, planned: below.length - missing.length, met: missing.length === 0, missing,
  });
}

/** Every coverage check of a plan, given its activities by pillar; the context's checks when a context is given. */
export function coverageOf(
  plan: AsnWorkPlan,
  pillars: readonly (Pillar | undefined)[],
  byPillar: Readonly<Record<Pillar, PlanActivity[]>>,
  context: WorkPlanContext | undefined,
): Result<Coverage, WorkplanError> {
  const coverage: Coverage = { issues: [], checks: new Map() };
  serviceCoverage(plan, byPillar, coverage);
  const frequency = frequencyCoverage(plan, pillars, coverage);
  if (frequency.isErr()) return err(frequency.error);
  if (context === undefined) return ok(coverage);
  const unitOf = new Map(context.roster.map((member) => [member.nip, member.workUnit.id]));
  shortfallCoverage(context.trainingNeeds, unitOf, byPillar.competency, coverage);
  const jp = jpCoverage(plan, context, byPillar.competency, coverage);
  if (jp.isErr()) return err(jp.error);
  evaluationCoverage(context.roster, byPillar.performance, coverage);
  satisfactionCoverage(context, byPillar.engagement, coverage);
  return ok(coverage);
}
