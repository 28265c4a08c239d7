import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAsnWorkPlan, parseWorkPlanContext, validateAsnWorkPlan, type AsnWorkPlanValidation } from '../../src/workplan';
import { untyped } from '../hostile';
import { activity, BKPSDM, DINKES, DISDUKCAPIL, HEAD, OTHER, STAFF, workPlan } from './fixtures';

const check = (plan: Record<string, unknown>, context?: Record<string, unknown>): AsnWorkPlanValidation =>
  validateAsnWorkPlan(untyped(plan), untyped(context))._unsafeUnwrap();
const codes = (plan: Record<string, unknown>, context?: Record<string, unknown>): string[] =>
  check(plan, context).issues.map((found) => found.code);

const roster = [
  { nip: HEAD, name: 'Siti', kind: 'PNS', workUnit: BKPSDM },
  { nip: STAFF, name: 'Rudi', kind: 'PNS', workUnit: DINKES },
  { nip: OTHER, name: 'Rina', kind: 'PPPK', workUnit: DISDUKCAPIL },
];
const assessments = [
  { nip: STAFF, date: '2026-10-01', standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 1, integrity: 2 } },
  { nip: OTHER, date: '2026-10-01', standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 2, integrity: 1 } },
];
const context = {
  roster,
  assessments,
  completedJp: [{ nip: HEAD, jp: 12 }],
  satisfaction: [{ unit: DISDUKCAPIL, converted: 74.2 }, { unit: DINKES, converted: 90 }],
};

describe('validateAsnWorkPlan', () => {
  it('a complete plan has no issue and covers every pillar', () => {
    const result = check(workPlan());
    expect(result).toMatchObject({ valid: true, errors: 0, warnings: 0, issues: [] });
    expect(result.coverage.map((pillar) => [pillar.pillar, pillar.activities, pillar.budget, pillar.covered])).toEqual([
      ['competency', 1, 10_000_000, true],
      ['performance', 1, 10_000_000, true],
      ['technology', 1, 10_000_000, true],
      ['engagement', 1, 10_000_000, true],
    ]);
    expect(result.coverage[2]?.checks).toEqual([{ check: 'promised-services', required: 1, planned: 1, met: true, missing: [] }]);
    expect(result.coverage[3]?.checks).toEqual([{ check: 'engagement-frequency', required: 4, planned: 4, met: true, missing: [] }]);
  });

  it('every activity is tied to an existing objective and strategy; ids are unique', () => {
    const plan = workPlan({
      strategies: [
        { id: 'S1', pillar: 'competency', text: 'Pelatihan', objectiveIds: ['T1', 'T9'] },
        { id: 'S1', pillar: 'performance', text: 'Dua kali', objectiveIds: ['T1'] },
      ],
      activities: [activity('A1', 'S1', { objectiveId: 'T2' }), activity('A1', 'S7', { objectiveId: 'T8' })],
      services: [],
      engagementFrequency: undefined,
    });
    delete plan.engagementFrequency;
    expect(check(plan).issues.map((found) => [found.code, found.severity, found.path])).toEqual([
      ['workplan/duplicate-id', 'error', 'strategies.1.id'],
      ['workplan/duplicate-id', 'error', 'activities.1.id'],
      ['workplan/unknown-objective', 'error', 'strategies.0.objectiveIds.1'],
      ['workplan/strategy-objective-mismatch', 'warning', 'activities.0.strategyId'],
      ['workplan/unknown-objective', 'error', 'activities.1.objectiveId'],
      ['workplan/unknown-strategy', 'error', 'activities.1.strategyId'],
      ['workplan/pillar-missing', 'warning', 'activities'],
      ['workplan/pillar-missing', 'warning', 'activities'],
      ['workplan/pillar-missing', 'warning', 'activities'],
    ]);
  });

  it('measurable targets, schedules inside the period, budgets that add up, whole years', () => {
    const plan = workPlan({
      budgetTotal: 40_000_000,
      activities: [
        activity('A1', 'S1', { indicator: { text: 'Tanpa target', unit: ' ' } }),
        activity('A2', 'S2', { schedule: { from: '2026-12-01', to: '2027-03-31', sessions: ['2027-04-01'] } }),
        activity('A3', 'S3', { services: ['leave-request'], budget: { amount: 10_000_000, lines: [{ item: 'Server', amount: 6_000_000 }, { item: 'Aplikasi', amount: 3_000_000 }] } }),
        activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } }),
      ],
    });
    const found = check(plan).issues;
    expect(found.map((one) => [one.code, one.path])).toEqual([
      ['workplan/missing-target', 'activities.0.indicator.target'],
      ['workplan/missing-unit', 'activities.0.indicator.unit'],
      ['workplan/schedule-outside-period', 'activities.1.schedule'],
      ['workplan/session-outside-schedule', 'activities.1.schedule.sessions.0'],
      ['workplan/budget-mismatch', 'activities.2.budget.lines'],
    ]);
    expect(found[4]?.message).toEqual({
      id: 'Rincian anggaran kegiatan "A3" berjumlah Rp9.000.000, sedangkan anggarannya Rp10.000.000.',
      en: 'The budget lines of activity "A3" add up to IDR 9,000,000, but its budget is IDR 10,000,000.',
    });
    expect(codes(workPlan({ budgetTotal: 39_000_000 }))).toEqual(['workplan/budget-mismatch']);
    expect(codes(workPlan({ period: { from: '2027-01-01', to: '2028-06-30' } }))).toEqual([
      'workplan/period-not-whole-years', 'workplan/engagement-too-rare', 'workplan/engagement-too-rare',
    ]);
  });

  it('public-engagement sessions as often as the plan commits to', () => {
    const rare = workPlan({ activities: [...(workPlan().activities as unknown[]).slice(0, 3), activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'half-year' } })] });
    const result = check(rare);
    expect(result.issues.map((found) => [found.code, found.data])).toEqual([
      ['workplan/engagement-too-rare', { from: '2027-04-01', to: '2027-06-30', held: 0, required: 1 }],
      ['workplan/engagement-too-rare', { from: '2027-10-01', to: '2027-12-31', held: 0, required: 1 }],
    ]);
    expect(result.coverage[3]?.checks).toEqual([{ check: 'engagement-frequency', required: 4, planned: 2, met: false, missing: ['2027-04-01', '2027-10-01'] }]);
    const monthlyOpen = workPlan({ engagementFrequency: { every: 'month', atLeast: 1, kinds: ['open-forum'] } });
    expect(check(monthlyOpen).errors).toBe(12);
  });

  it('promised services that no technology activity delivers are warnings', () => {
    const result = check(workPlan({ services: [{ id: 'leave-request', label: 'Cuti daring' }, { id: 'performance-report', label: 'Laporan kinerja' }] }));
    expect(result.issues.map((found) => [found.code, found.severity, found.path])).toEqual([['workplan/service-not-covered', 'warning', 'services.1']]);
    expect(result.valid).toBe(true);
  });

  it('with a context: shortfalls, the 20-JP minimum, every unit evaluated, low satisfaction engaged', () => {
    const plan = workPlan({
      activities: [
        activity('A1', 'S1', { competencies: ['public-service'], units: ['dinkes'], participants: 1, jpPerParticipant: 20 }),
        activity('A2', 'S2', { units: ['bkpsdm', 'dinkes'] }),
        activity('A3', 'S3', { services: ['leave-request'] }),
        activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } }),
        activity('A5', 'S1', { competencies: ['integrity'], units: ['bkpsdm'] }),
      ],
    });
    const result = check(plan, context);
    expect(result.issues.map((found) => [found.code, found.data])).toEqual([
      ['workplan/shortfall-not-covered', { competency: 'public-service', employees: 2, places: 1 }],
      ['workplan/unit-shortfall-not-reached', { competency: 'public-service', unit: 'disdukcapil' }],
      ['workplan/shortfall-not-covered', { competency: 'integrity', employees: 1, places: 0 }],
      ['workplan/unit-shortfall-not-reached', { competency: 'integrity', unit: 'disdukcapil' }],
      ['workplan/jp-minimum-not-covered', { employees: 2, requiredJp: 28, plannedJp: 20, minimumJp: 20 }],
      ['workplan/unit-without-evaluation', { unit: 'disdukcapil' }],
      ['workplan/low-satisfaction-not-engaged', { unit: 'disdukcapil', converted: 74.2, grade: 'C', minimumGrade: 'B' }],
    ]);
    expect(result.valid).toBe(true);
    expect(result.coverage[0]?.checks).toEqual([
      { check: 'competency-shortfalls', required: 3, planned: 1, met: false, missing: ['public-service', 'integrity'] },
      { check: 'jp-minimum', required: 28, planned: 20, met: false, missing: [] },
    ]);
    expect(result.coverage[1]?.checks).toEqual([{ check: 'unit-evaluations', required: 3, planned: 2, met: false, missing: ['disdukcapil'] }]);
    expect(result.coverage[3]?.checks[1]).toEqual({ check: 'low-satisfaction-units', required: 1, planned: 0, met: false, missing: ['disdukcapil'] });
    expect(result.issues[6]?.message.id).toBe('Disdukcapil Kota Medan berindeks kepuasan 74.2 (mutu C, di bawah B) tanpa kegiatan keterlibatan publik.');
  });

  it('with a context: a plan that covers everything', () => {
    const plan = workPlan({
      activities: [
        activity('A1', 'S1', { competencies: ['public-service', 'integrity'], participants: 3, jpPerParticipant: 20 }),
        activity('A2', 'S2'),
        activity('A3', 'S3', { services: ['leave-request'] }),
        activity('A4', 'S4', { units: ['disdukcapil'], schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } }),
      ],
    });
    const result = check(plan, context);
    expect(result.issues).toEqual([]);
    expect(result.coverage.flatMap((pillar) => pillar.checks.map((one) => [one.check, one.met]))).toEqual([
      ['competency-shortfalls', true], ['jp-minimum', true], ['unit-evaluations', true], ['promised-services', true],
      ['engagement-frequency', true], ['low-satisfaction-units', true],
    ]);
    expect(check(plan, { ...context, minimumGrade: 'C' }).coverage[3]?.checks[1]?.required).toBe(0);
  });

  it('a plan year before the 20-JP minimum applied is a coded error', () => {
    const old = workPlan({ period: { from: '2016-01-01', to: '2016-12-31' }, activities: [] });
    expect(validateAsnWorkPlan(untyped(old), untyped(context))._unsafeUnwrapErr().code).toBe('workplan/no-rule-in-force');
  });

  it('bad input is a coded error, never a throw; parsed values are used as they are', () => {
    expect(validateAsnWorkPlan(untyped(null))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(validateAsnWorkPlan(untyped(workPlan()), untyped({ roster: 'x' }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    const parsed = parseAsnWorkPlan(workPlan())._unsafeUnwrap();
    const data = parseWorkPlanContext(context)._unsafeUnwrap();
    expect(validateAsnWorkPlan(parsed, data)._unsafeUnwrap().valid).toBe(true);
  });

  describe('properties', () => {
    const extra = fc.record({
      strategy: fc.constantFrom('S1', 'S2', 'S3', 'S4'),
      from: fc.integer({ min: 0, max: 300 }),
      length: fc.integer({ min: 0, max: 60 }),
      amount: fc.integer({ min: 0, max: 1_000_000_000 }),
      every: fc.constantFrom(undefined, 'month', 'quarter'),
      units: fc.subarray(['bkpsdm', 'dinkes', 'disdukcapil']),
    });
    const dayOf = (offset: number): string => {
      const date = new Date(Date.UTC(2027, 0, 1 + offset));
      return date.toISOString().slice(0, 10);
    };
    const base = workPlan({ budgetTotal: 40_000_000, activities: [...(workPlan().activities as unknown[]), activity('A5', 'S9')] });
    const errorsOf = (result: AsnWorkPlanValidation) =>
      new Set(result.issues.filter((found) => found.severity === 'error').map((found) => `${found.code} ${found.path}`));

    it('adding a valid activity never adds an error elsewhere (the declared total updated with it)', () => {
      fc.assert(
        fc.property(extra, (added) => {
          const before = errorsOf(check(base, context));
          const index = (base.activities as unknown[]).length;
          const planned = activity(`N${String(index)}`, added.strategy, {
            schedule: { from: dayOf(added.from), to: dayOf(Math.min(364, added.from + added.length)), ...(added.every === undefined ? {} : { every: added.every }) },
            budget: { amount: added.amount },
            units: added.units,
          });
          const after = check({ ...base, budgetTotal: 40_000_000 + added.amount, activities: [...(base.activities as unknown[]), planned] }, context);
          for (const key of errorsOf(after)) expect(before.has(key), key).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it('the issue order is deterministic: the same plan gives the same issues in the same order', () => {
      fc.assert(
        fc.property(extra, (added) => {
          const plan = { ...base, activities: [...(base.activities as unknown[]), activity('A1', added.strategy, { budget: { amount: added.amount, lines: [{ item: 'x', amount: 1 }] } })] };
          expect(check(plan, context).issues).toEqual(check(structuredClone(plan), structuredClone(context)).issues);
        }),
        { numRuns: 30 },
      );
    });
  });
});
