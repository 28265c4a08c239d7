/**
 * `npx vitest bench --run bench/workplan.bench.ts`: validating an agency's ASN-management work plan of 5,000
 * activities against a roster of 20,000 (assessments of 5,000, JP done, predikat and satisfaction indexes of 40
 * units), and the cascade of a unit's 2,000 SKPs. The flow is a service's: the plan, the context and the SKPs are
 * parsed once at the boundary (before the timed loop), then the validators take them as they are. Each has a
 * baseline from the same run: the same structural checks written by hand over the same parsed values, with nothing
 * explained (no issues, no messages, no coverage rules of other modules).
 */
import { bench, describe } from 'vitest';
import {
  checkUnitCascade,
  parseAsnWorkPlan,
  parseSkpPlan,
  parseWorkPlanContext,
  validateAsnWorkPlan,
  type AsnWorkPlan,
  type SkpPlan,
} from '../src/workplan';

const nipOf = (index: number): string => {
  const two = (value: number): string => String(value).padStart(2, '0');
  const seq = (index % 999) + 1;
  const day = (Math.floor(index / 999) % 28) + 1;
  const month = (Math.floor(index / (999 * 28)) % 12) + 1;
  return `${String(1975 + Math.floor(index / (999 * 28 * 12)))}${two(month)}${two(day)}2005011${String(seq).padStart(3, '0')}`;
};
const UNITS = Array.from({ length: 40 }, (_, i) => ({ id: `unit-${String(i)}`, name: `Perangkat Daerah ${String(i)}` }));
const unitOf = (i: number) => UNITS[i % UNITS.length] as { id: string; name: string };
const CODES = ['public-service', 'integrity', 'decision-making', 'cooperation'];

const CONTEXT = parseWorkPlanContext({
  roster: Array.from({ length: 20_000 }, (_, i) => ({ nip: nipOf(i), kind: i % 9 === 0 ? 'PPPK' : 'PNS', workUnit: unitOf(i) })),
  assessments: Array.from({ length: 5_000 }, (_, i) => ({
    nip: nipOf(i * 4),
    date: '2026-10-01',
    standard: { 'public-service': 3, integrity: 3, 'decision-making': 2, cooperation: 2 },
    actual: { 'public-service': 1 + (i % 3), integrity: 1 + (i % 4), 'decision-making': 1 + (i % 2), cooperation: 2 },
  })),
  completedJp: Array.from({ length: 10_000 }, (_, i) => ({ nip: nipOf(i * 2), jp: i % 25 })),
  performance: Array.from({ length: 20_000 }, (_, i) => ({ nip: nipOf(i), predikat: ['very-good', 'good', 'good', 'needs-improvement'][i % 4] })),
  satisfaction: UNITS.map((unit, i) => ({ unit, converted: 60 + i })),
})._unsafeUnwrap();

const STRATEGIES = ['S1', 'S2', 'S3', 'S4'] as const;
const PLAN: AsnWorkPlan = parseAsnWorkPlan({
  id: 'RK-ASN-2027',
  title: 'Rencana Kerja Pengelolaan ASN 2027',
  agency: { id: 'pemko', name: 'Pemerintah Kota Medan' },
  period: { from: '2027-01-01', to: '2027-12-31' },
  objectives: [{ id: 'T1', text: 'Kualitas ASN' }, { id: 'T2', text: 'Pelayanan publik' }],
  strategies: [
    { id: 'S1', pillar: 'competency', text: 'Pelatihan', objectiveIds: ['T1'] },
    { id: 'S2', pillar: 'performance', text: 'Evaluasi', objectiveIds: ['T1'] },
    { id: 'S3', pillar: 'technology', text: 'Sistem informasi', objectiveIds: ['T1', 'T2'] },
    { id: 'S4', pillar: 'engagement', text: 'Forum', objectiveIds: ['T2'] },
  ],
  activities: Array.from({ length: 5_000 }, (_, i) => {
    const strategyId = STRATEGIES[i % 4] as string;
    return {
      id: `A-${String(i)}`,
      title: `Kegiatan ${String(i)}`,
      objectiveId: strategyId === 'S4' ? 'T2' : 'T1',
      strategyId,
      indicator: { text: 'Capaian', baseline: 0, target: 10 + (i % 50), unit: 'orang' },
      schedule: { from: '2027-01-01', to: '2027-12-31', ...(strategyId === 'S4' ? { every: 'quarter' } : {}) },
      budget: { amount: 1_000_000, lines: [{ item: 'Honor', amount: 600_000 }, { item: 'Bahan', amount: 400_000 }] },
      responsibleUnit: unitOf(i),
      units: [unitOf(i).id],
      competencies: strategyId === 'S1' ? [CODES[i % 4] as string] : [],
      participants: 20,
      jpPerParticipant: 20,
      services: strategyId === 'S3' ? ['leave-request'] : [],
    };
  }),
  services: [{ id: 'leave-request', label: 'Cuti daring' }],
  budgetTotal: 5_000_000_000,
  engagementFrequency: { every: 'quarter', atLeast: 1 },
})._unsafeUnwrap();

/** The structural checks by hand: ids, references, targets, schedules, budget lines and total; units evaluated. */
function plainPlanChecks(plan: AsnWorkPlan): number {
  let problems = 0;
  const objectives = new Set(plan.objectives.map((objective) => objective.id));
  const strategies = new Map(plan.strategies.map((strategy) => [strategy.id, strategy]));
  const ids = new Set<string>();
  let total = 0;
  const evaluated = new Set<string>();
  for (const activity of plan.activities) {
    if (ids.has(activity.id)) problems += 1;
    ids.add(activity.id);
    if (!objectives.has(activity.objectiveId)) problems += 1;
    const strategy = strategies.get(activity.strategyId);
    if (strategy === undefined) problems += 1;
    else if (strategy.pillar === 'performance') for (const unit of activity.units) evaluated.add(unit);
    if (activity.indicator.target === undefined || activity.indicator.unit === undefined) problems += 1;
    if (activity.schedule.from < plan.period.from || activity.schedule.to > plan.period.to) problems += 1;
    let lines = 0;
    for (const line of activity.budget.lines) lines += line.amount;
    if (activity.budget.lines.length > 0 && lines !== activity.budget.amount) problems += 1;
    total += activity.budget.amount;
  }
  if (plan.budgetTotal !== undefined && total !== plan.budgetTotal) problems += 1;
  for (const member of CONTEXT.roster) if (!evaluated.has(member.workUnit.id)) problems += 1;
  return problems;
}

const VALUES = ['service-oriented', 'accountable', 'competent', 'harmonious', 'loyal', 'adaptive', 'collaborative'].map((value) => ({ value }));
const indicators = [
  { text: 'Jumlah', aspect: 'quantity', target: { value: 12, unit: 'dokumen' } },
  { text: 'Mutu', aspect: 'quality', target: { value: 100, unit: '%' } },
  { text: 'Waktu', aspect: 'time', target: { value: 12, unit: 'bulan' } },
];
/** A unit of 2,000: a head (JPT), 40 middle managers assessed by the head, and 1,959 staff assessed by a manager. */
const SKPS: SkpPlan[] = Array.from({ length: 2_000 }, (_, i) => {
  const assessor = i === 0 ? undefined : i <= 40 ? 0 : 1 + (i % 40);
  const intervenes = i === 0 ? undefined : i <= 40 ? `R0-${String(i % 3)}` : `R${String(1 + (i % 40))}-${String(i % 3)}`;
  return parseSkpPlan({
    period: { from: '2027-01-01', to: '2027-12-31' },
    approach: 'quantitative',
    jpt: i === 0,
    employee: { nip: nipOf(i), name: `Pegawai ${String(i)}` },
    assessor: assessor === undefined ? { name: 'Wali Kota' } : { nip: nipOf(assessor), name: `Atasan ${String(assessor)}` },
    mainResults: [0, 1, 2].map((k) => ({
      id: `R${String(i)}-${String(k)}`,
      text: `Hasil ${String(k)}`,
      ...(intervenes === undefined ? { perspective: 'service-recipients' } : { intervenes }),
      indicators,
    })),
    behaviours: VALUES,
  })._unsafeUnwrap();
});

/** The cascade by hand: the assessor's SKP by NIP, each main result's link, the superiors' RHK nobody intervenes. */
function plainCascade(plans: readonly SkpPlan[]): number {
  const byNip = new Map(plans.map((plan) => [plan.employee.nip, plan]));
  const used = new Set<string>();
  let problems = 0;
  for (const plan of plans) {
    if (plan.jpt || plan.assessor.nip === undefined) continue;
    const superior = byNip.get(plan.assessor.nip);
    if (superior === undefined) {
      problems += 1;
      continue;
    }
    for (const rhk of plan.mainResults) {
      if (rhk.intervenes !== undefined && superior.mainResults.some((own) => own.id === rhk.intervenes)) used.add(rhk.intervenes);
      else problems += 1;
    }
  }
  for (const plan of plans) for (const rhk of plan.mainResults) if (!used.has(rhk.id)) problems += 1;
  return problems;
}

describe('workplan', () => {
  bench('validateAsnWorkPlan: 5,000 parsed activities against a parsed roster of 20,000', () => {
    validateAsnWorkPlan(PLAN, CONTEXT);
  }, { iterations: 10 });

  bench('baseline: the structural checks by hand over the same plan and roster', () => {
    plainPlanChecks(PLAN);
  }, { iterations: 10 });

  bench('validateAsnWorkPlan: the same plan without a context', () => {
    validateAsnWorkPlan(PLAN);
  }, { iterations: 10 });

  bench('checkUnitCascade: 2,000 parsed SKPs of one unit', () => {
    checkUnitCascade(SKPS);
  }, { iterations: 20 });

  bench('baseline: the cascade by hand over the same SKPs', () => {
    plainCascade(SKPS);
  }, { iterations: 20 });
});
