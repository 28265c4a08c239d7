import { err, ok, type Result } from 'neverthrow';
import { addDays, addMonths, endOfMonth, INPUT_LIMITS, invalidInput, reason, trustParsed, validate, yearOf, type DateRange, type IsoDate, type LegalBasis } from '../core';
import { listItemsIn } from '../core/list-items';
import type { WorkUnit } from '../employee';
import { PREDIKAT_LABELS, PREDIKAT_ORDER, predikatFollowUp, type Predikat } from '../performance';
import type { ForumKind, ForumRequirement } from '../service-quality';
import type { WorkplanError } from './errors';
import { CONTEXT_KIND, INVALID_INPUT } from './kinds';
import { parseAsnWorkPlan } from './parse-asn-work-plan';
import { parseWorkPlanContext } from './parse-work-plan-context';
import { GRADE_RANK, gradeOf, jpGaps } from './plan-coverage';
import { ENGAGEMENT_BASIS, EVALUATION_BASIS, JP_MINIMUM_BASIS, SATISFACTION_BASIS, TECHNOLOGY_BASIS, TRAINING_BASIS } from './rules/bases';
import { tooManyDraftRows, tooManySessions } from './draft-limits';
import { MONTHS } from './sessions';
import { asnWorkPlanSchema, draftOptionsSchema } from './schemas';
import type { ActivityMotivation, AsnWorkPlan, DraftAsnWorkPlanOptions, PlanActivity, PromisedService, WorkPlanContext } from './types';
import { deepFrozen } from '../core/frozen';

/** The services the Medan work plan promises: web and mobile leave requests, performance reports, real-time information. */
const DEFAULT_SERVICES: readonly PromisedService[] = /* @__PURE__ */ deepFrozen([
  { id: 'leave-request', label: 'Pengajuan cuti berbasis web dan mobile' },
  { id: 'performance-report', label: 'Laporan kinerja berbasis web dan mobile' },
  { id: 'realtime-information', label: 'Akses informasi kepegawaian secara real-time' },
]);

const DEFAULT_FREQUENCY: ForumRequirement = /* @__PURE__ */ deepFrozen({ every: 'quarter', atLeast: 1 });

type DraftActivity = Omit<PlanActivity, 'id' | 'objectiveId' | 'strategyId' | 'responsibleUnit' | 'schedule' | 'budget' | 'services' | 'competencies' | 'partners' | 'units'>
  & Partial<Pick<PlanActivity, 'schedule' | 'services' | 'competencies' | 'partners' | 'units'>>;

/** How many dates {@link sessionDates} gives over a plan period of whole years, worked out without listing them. */
function sessionDateCount(period: DateRange, requirement: ForumRequirement): number {
  return ((yearOf(period.to) - yearOf(period.from) + 1) * 12 / MONTHS[requirement.every]) * requirement.atLeast;
}

/** `atLeast` sessions in every calendar period of `every` months: on the period's first days, never past its end. */
function sessionDates(period: DateRange, requirement: ForumRequirement): IsoDate[] {
  const dates: IsoDate[] = [];
  const months = MONTHS[requirement.every];
  for (let start = period.from; start <= period.to; start = addMonths(start, months)) {
    const end = endOfMonth(addMonths(start, months - 1));
    for (let k = 0; k < requirement.atLeast; k += 1) {
      const date = addDays(start, k);
      dates.push(date > end ? end : date);
    }
  }
  return dates;
}

function motivation(code: string, basis: LegalBasis, id: string, en: string, data: Record<string, unknown>): ActivityMotivation {
  return { ...reason(code, 'info', basis, { id, en }), data };
}

/** The training activities: one per competency and unit with a shortfall, then one per unit whose PNS lack JP. */
function competencyActivities(context: WorkPlanContext, period: DateRange, units: ReadonlyMap<string, WorkUnit>): Result<DraftActivity[], WorkplanError> {
  const unitOf = new Map(context.roster.map((member) => [member.nip, member.workUnit.id]));
  const drafted: DraftActivity[] = [];
  for (const need of context.trainingNeeds) {
    const groups = new Map<string, { count: number; jp: number; shortfall: number }>();
    for (const participant of need.participants) {
      const unit = unitOf.get(participant.nip) as string;
      const group = groups.get(unit) ?? { count: 0, jp: 0, shortfall: 0 };
      groups.set(unit, { count: group.count + 1, jp: Math.max(group.jp, participant.jp), shortfall: group.shortfall + participant.shortfall });
    }
    for (const [unit, group] of [...groups].sort((left, right) => (left[0] < right[0] ? -1 : 1))) {
      const name = (units.get(unit) as WorkUnit).name;
      const provider = need.suggestion.provider;
      drafted.push({
        title: `${need.suggestion.title}: ${need.name.id} — ${name}`,
        indicator: { text: `Pegawai ${name} yang dilatih ${need.name.id}`, baseline: 0, target: group.count, unit: 'orang' },
        competencies: [need.competency],
        units: [unit],
        participants: group.count,
        jpPerParticipant: group.jp,
        partners: provider === undefined ? [] : [{ name: provider, kind: 'education' }],
        targetGroups: [{ text: `Pegawai di bawah standar ${need.name.id}`, count: group.count }],
        motivation: motivation('workplan/competency-shortfall', TRAINING_BASIS,
          `${String(group.count)} pegawai ${name} di bawah standar ${need.name.id} (total kekurangan ${String(group.shortfall)} level); bentuk: ${need.suggestion.form.label.id}.`,
          `${String(group.count)} employees of ${name} are below standard in ${need.name.en} (${String(group.shortfall)} levels short in total); form: ${need.suggestion.form.label.en}.`,
          { competency: need.competency, unit, employees: group.count, totalShortfall: group.shortfall, form: need.suggestion.form.code, source: need.suggestion.source }),
      });
    }
  }
  const gaps = jpGaps(period, context);
  if (gaps.isErr()) return err(gaps.error);
  const byUnit = new Map<string, { count: number; jp: number; total: number }>();
  for (const member of context.roster) {
    const gap = gaps.value.gaps.get(member.nip);
    if (gap === undefined) continue;
    const group = byUnit.get(member.workUnit.id) ?? { count: 0, jp: 0, total: 0 };
    byUnit.set(member.workUnit.id, { count: group.count + 1, jp: Math.max(group.jp, gap), total: group.total + gap });
  }
  for (const [unit, group] of [...byUnit].sort((left, right) => (left[0] < right[0] ? -1 : 1))) {
    const name = (units.get(unit) as WorkUnit).name;
    drafted.push({
      title: `Pemenuhan ${String(gaps.value.minimum)} JP pengembangan kompetensi — ${name}`,
      indicator: { text: `PNS ${name} yang memenuhi ${String(gaps.value.minimum)} JP setahun`, baseline: 0, target: group.count, unit: 'orang' },
      units: [unit],
      participants: group.count,
      jpPerParticipant: group.jp,
      targetGroups: [{ text: `PNS ${name} yang belum memenuhi ${String(gaps.value.minimum)} JP`, count: group.count }],
      motivation: motivation('workplan/jp-minimum', JP_MINIMUM_BASIS,
        `${String(group.count)} PNS ${name} masih membutuhkan ${String(group.total)} JP.`,
        `${String(group.count)} PNS of ${name} still need ${String(group.total)} JP.`,
        { unit, employees: group.count, requiredJp: group.total, minimumJp: gaps.value.minimum }),
    });
  }
  return ok(drafted);
}

/** The evaluation of every unit, then a follow-up for every predikat held in the agency. */
function performanceActivities(context: WorkPlanContext, period: DateRange, units: ReadonlyMap<string, WorkUnit>): DraftActivity[] {
  const unitOf = new Map(context.roster.map((member) => [member.nip, member.workUnit.id]));
  // The employees and predikat counts of every unit, each gathered in one pass over the roster and the results.
  const employeesOf = new Map<string, number>();
  for (const member of context.roster) employeesOf.set(member.workUnit.id, (employeesOf.get(member.workUnit.id) ?? 0) + 1);
  const countsOf = new Map<string, Partial<Record<Predikat, number>>>();
  for (const result of context.performance) {
    const unit = unitOf.get(result.nip);
    if (unit === undefined) continue;
    const counts = countsOf.get(unit) ?? {};
    counts[result.predikat] = (counts[result.predikat] ?? 0) + 1;
    countsOf.set(unit, counts);
  }
  const drafted: DraftActivity[] = [];
  for (const unit of [...units.values()].sort((left, right) => (left.id < right.id ? -1 : 1))) {
    const employees = employeesOf.get(unit.id) as number;
    const counts = countsOf.get(unit.id) ?? {};
    drafted.push({
      title: `Evaluasi kinerja pegawai ${unit.name}`,
      indicator: { text: `Pegawai ${unit.name} yang dievaluasi`, baseline: 0, target: employees, unit: 'pegawai' },
      units: [unit.id],
      targetGroups: [{ text: `Pegawai ${unit.name}`, count: employees }],
      motivation: motivation('workplan/unit-evaluation', EVALUATION_BASIS,
        `Setiap unit dievaluasi secara periodik dan tahunan: ${String(employees)} pegawai.`,
        `Every unit is evaluated periodically and annually: ${String(employees)} employees.`,
        { unit: unit.id, employees, predikat: counts }),
    });
  }
  for (const predikat of PREDIKAT_ORDER) {
    const nips = context.performance.filter((result) => result.predikat === predikat).map((result) => result.nip);
    if (nips.length === 0) continue;
    const followUp = predikatFollowUp(predikat, { asOf: period.from });
    const actions = followUp.map((found) => [...found.rewards, ...found.development, ...found.sanctions].map((action) => action.text.id)).unwrapOr([]);
    const label = PREDIKAT_LABELS[predikat];
    const reached = [...new Set(nips.map((nip) => unitOf.get(nip) ?? ''))].filter((unit) => units.has(unit)).sort();
    drafted.push({
      title: `Tindak lanjut predikat ${label.id}`,
      indicator: { text: `Pegawai berpredikat ${label.id} yang ditindaklanjuti`, baseline: 0, target: nips.length, unit: 'orang' },
      units: reached,
      participants: nips.length,
      targetGroups: [{ text: `Pegawai berpredikat ${label.id}`, count: nips.length }],
      motivation: motivation('workplan/predikat-follow-up', EVALUATION_BASIS,
        `${String(nips.length)} pegawai berpredikat ${label.id}; tindak lanjut: ${actions.join('; ')}.`,
        `${String(nips.length)} employees rated ${label.en.toLowerCase()}; follow-up as the regulation ties to the predikat.`,
        { predikat, employees: nips.length, actions }),
    });
  }
  return drafted;
}

/** One engagement activity for the agency, then one for each unit graded below the minimum or among the lowest. */
function engagementActivities(context: WorkPlanContext, period: DateRange, requirement: ForumRequirement, lowest: number): DraftActivity[] {
  const sessions = sessionDates(period, requirement);
  const kindOf = (preferred: ForumKind): ForumKind =>
    requirement.kinds === undefined || requirement.kinds.includes(preferred) ? preferred : (requirement.kinds[0] as ForumKind);
  const schedule = { from: period.from, to: period.to, sessions };
  const drafted: DraftActivity[] = [{
    title: 'Sesi dialog rutin ASN dan masyarakat',
    indicator: { text: 'Sesi dialog yang terselenggara', baseline: 0, target: sessions.length, unit: 'sesi' },
    schedule,
    forumKind: kindOf('dialogue'),
    partners: [{ name: 'Masyarakat dan tokoh masyarakat', kind: 'community' }],
    targetGroups: [{ text: 'Warga pengguna layanan publik' }],
    motivation: motivation('workplan/engagement-frequency', ENGAGEMENT_BASIS,
      `Sesi keterlibatan publik sedikitnya ${String(requirement.atLeast)} kali per periode (${requirement.every}).`,
      `Public-engagement sessions at least ${String(requirement.atLeast)} times per period (${requirement.every}).`,
      { every: requirement.every, atLeast: requirement.atLeast, sessions: sessions.length }),
  }];
  const ranked = [...context.satisfaction].sort((left, right) => left.converted - right.converted || (left.unit.id < right.unit.id ? -1 : 1));
  const seen = new Set<string>();
  ranked.forEach((result, rank) => {
    const grade = gradeOf(result.converted);
    const below = GRADE_RANK[grade] > GRADE_RANK[context.minimumGrade];
    if ((!below && rank >= lowest) || seen.has(result.unit.id)) return;
    seen.add(result.unit.id);
    drafted.push({
      title: `Forum diskusi terbuka pelayanan publik — ${result.unit.name}`,
      indicator: { text: `Indeks kepuasan masyarakat ${result.unit.name}`, baseline: result.converted, target: Math.max(result.converted, 76.61), unit: 'nilai IKM' },
      units: [result.unit.id],
      schedule,
      forumKind: kindOf('open-forum'),
      partners: [{ name: 'Masyarakat pengguna layanan', kind: 'community' }],
      targetGroups: [{ text: `Pengguna layanan ${result.unit.name}` }],
      motivation: motivation('workplan/low-satisfaction', SATISFACTION_BASIS,
        `Indeks kepuasan ${result.unit.name} ${String(result.converted)} (mutu ${grade}); ${below ? `di bawah ${context.minimumGrade}` : 'termasuk yang terendah'}.`,
        `The satisfaction index of ${result.unit.name} is ${String(result.converted)} (grade ${grade}); ${below ? `below ${context.minimumGrade}` : 'among the lowest'}.`,
        { unit: result.unit.id, converted: result.converted, grade, minimumGrade: context.minimumGrade, rank: rank + 1 }),
    });
  });
  return drafted;
}

/**
 * Drafts an agency's ASN-management work plan from its data — the other half of "penyusunan rencana kerja". The
 * skeleton has one objective for the quality and performance of ASN and one for public services, one strategy per
 * pillar, and activities that each carry the data and the rule that motivated them (`motivation`):
 *
 * - competency: a training per competency and unit with employees below standard (the competency module's
 *   training needs: number of employees, JP from the catalogue or the default suggestion table), then per unit a
 *   programme for the PNS who still lack 20 JP a year (PP 11/2017 Pasal 203 ayat (4));
 * - performance: an evaluation of every unit of the roster, then a follow-up for each predikat held in the agency
 *   (the performance module's follow-up of PermenPANRB 6/2022);
 * - technology: one activity per promised service;
 * - engagement: regular dialogue sessions for the whole agency as often as `engagementFrequency` (default one a
 *   quarter), and an open forum for each unit whose satisfaction index is below `minimumGrade`, and for the
 *   `lowestUnits` lowest (default 1).
 *
 * Budgets are 0, for the user to fill in. The draft is deterministic (the same data always gives the same plan)
 * and passes {@link validateAsnWorkPlan} with the same context without an error.
 *
 * @param context - The roster and the data (see {@link parseWorkPlanContext}); a parsed context is used as it is.
 * @param options - {@link DraftAsnWorkPlanOptions}: `id`, `agency` and `period` (whole calendar years) are
 *   required; an unknown key is an error.
 * @returns `Ok(plan)`, a parsed plan; `Err` with `workplan/invalid-input` (a bad context or option; or path
 *   `options.engagementFrequency` when each engagement activity would hold more than `INPUT_LIMITS.items`
 *   sessions — periods of the plan × `atLeast` — or the sessions of all of them with the draft's other lists more
 *   than `INPUT_LIMITS.total` items; or path `activities` when the data would give the draft more than
 *   `INPUT_LIMITS.records` activities), or `workplan/no-rule-in-force`.
 * @example
 * ```ts
 * import { draftAsnWorkPlan, validateAsnWorkPlan } from 'asn-kit/workplan';
 * const context = {
 *   roster: [{ nip: '198503152010012003', kind: 'PNS' as const, workUnit: { id: 'dinkes', name: 'Dinas Kesehatan' } }],
 *   satisfaction: [{ unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, converted: 74.2 }],
 * };
 * const draft = draftAsnWorkPlan(context, {
 *   id: 'RK-ASN-2027', agency: { id: 'pemko-medan', name: 'Pemerintah Kota Medan' }, period: { from: '2027-01-01', to: '2027-12-31' },
 * });
 * if (draft.isOk()) {
 *   draft.value.activities.map((activity) => activity.id);
 *   // => ['KOM-001', 'KIN-001', 'TEK-001', 'TEK-002', 'TEK-003', 'PUB-001', 'PUB-002']
 *   validateAsnWorkPlan(draft.value, context).map((result) => result.valid); // => Ok(true)
 * }
 * ```
 */
export function draftAsnWorkPlan(context: WorkPlanContext, options: DraftAsnWorkPlanOptions): Result<AsnWorkPlan, WorkplanError> {
  const read = trustParsed(context, CONTEXT_KIND, parseWorkPlanContext);
  if (read.isErr()) return err(read.error);
  const checked = validate(draftOptionsSchema, options, INVALID_INPUT);
  if (checked.isErr()) return err(checked.error);
  const data = read.value;
  const settings = checked.value;
  const period = settings.period;
  if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) {
    return err(invalidInput(INVALID_INPUT, [{ path: 'options.period', message: 'A work plan covers one or more whole calendar years' }]));
  }
  const units = new Map<string, WorkUnit>();
  for (const member of data.roster) if (!units.has(member.workUnit.id)) units.set(member.workUnit.id, member.workUnit);
  const competency = competencyActivities(data, period, units);
  if (competency.isErr()) return err(competency.error);
  const services = [...new Map((settings.services ?? DEFAULT_SERVICES).map((service) => [service.id, service])).values()];
  const requirement = settings.engagementFrequency ?? DEFAULT_FREQUENCY;
  // Months × atLeast sessions for each engagement activity: counted before any is listed.
  if (sessionDateCount(period, requirement) > INPUT_LIMITS.items) return err(invalidInput(INVALID_INPUT, [tooManySessions()]));
  const responsibleUnit = settings.responsibleUnit ?? settings.agency;
  const technology: DraftActivity[] = services.map((service) => ({
    title: `Pengembangan layanan daring: ${service.label}`,
    indicator: { text: `Layanan "${service.label}" berjalan`, baseline: 0, target: 1, unit: 'layanan' },
    services: [service.id],
    targetGroups: [{ text: 'Seluruh ASN', count: data.roster.length }],
    motivation: motivation('workplan/promised-service', TECHNOLOGY_BASIS,
      `Rencana menjanjikan layanan "${service.label}".`, `The plan promises the service "${service.label}".`, { service: service.id }),
  }));
  const pillars = [
    ['KOM', 'S1', 'T1', competency.value],
    ['KIN', 'S2', 'T1', performanceActivities(data, period, units)],
    ['TEK', 'S3', 'T1', technology],
    ['PUB', 'S4', 'T2', engagementActivities(data, period, requirement, settings.lowestUnits ?? 1)],
  ] as const;
  const activities = pillars.flatMap(([prefix, strategyId, objectiveId, list]) =>
    list.map((activity, index) => ({
      id: `${prefix}-${String(index + 1).padStart(3, '0')}`,
      objectiveId,
      strategyId,
      schedule: { from: period.from, to: period.to },
      budget: { amount: 0, lines: [] },
      responsibleUnit,
      ...activity,
    })),
  );
  const draft = {
    id: settings.id,
    title: settings.title ?? `Rencana Kerja Pengelolaan ASN ${settings.agency.name}`,
    agency: settings.agency,
    period,
    objectives: [
      { id: 'T1', text: 'Meningkatkan kualitas dan kinerja ASN' },
      { id: 'T2', text: 'Meningkatkan kualitas pelayanan publik' },
    ],
    strategies: [
      { id: 'S1', pillar: 'competency', text: 'Pengembangan kompetensi melalui pelatihan dan pendidikan bersama lembaga pendidikan', objectiveIds: ['T1'] },
      { id: 'S2', pillar: 'performance', text: 'Evaluasi kinerja yang objektif sebagai dasar penghargaan dan tindakan disiplin', objectiveIds: ['T1'] },
      { id: 'S3', pillar: 'technology', text: 'Sistem informasi manajemen ASN yang terintegrasi', objectiveIds: ['T1', 'T2'] },
      { id: 'S4', pillar: 'engagement', text: 'Sesi dialog rutin dan forum terbuka dengan masyarakat', objectiveIds: ['T2'] },
    ],
    activities,
    services,
    engagementFrequency: requirement,
  };
  // The engagement activities share one list of sessions, which the plan's schema counts once for each of them.
  if (listItemsIn(asnWorkPlanSchema, draft, INPUT_LIMITS.total) > INPUT_LIMITS.total) return err(invalidInput(INVALID_INPUT, [tooManyDraftRows()]));
  return parseAsnWorkPlan(draft);
}
