import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAsnWorkPlan, parseWorkPlanContext, validateAsnWorkPlan, type AsnWorkPlanValidation } from '../../src/workplan';
import { untyped } from '../hostile';
import { activity, BKPSDM, DINKES, DISDUKCAPIL, HEAD, OTHER, STAFF, workPlan } from './fixtures';

const check = (plan: Record<string, unknown>, context?: Record<string, unknown>): AsnWorkPlanValidation =>
  validateAsnWorkPlan(untyped(plan), untyped(context))._unsafeUnwrap();
const codes = (plan: Record<string, unknown>, context?: Record<string, unknown>): string[] =>
  check(plan, context).issues.map((found) => found.code);

/** Two strategies and two activities sharing an id, tied to objectives and a strategy that do not exist; no services. */
const BROKEN_IDS = {
  strategies: [
    { id: 'S1', pillar: 'competency', text: 'Pelatihan', objectiveIds: ['T1', 'T9'] },
    { id: 'S1', pillar: 'performance', text: 'Dua kali', objectiveIds: ['T1'] },
  ],
  activities: [activity('A1', 'S1', { objectiveId: 'T2' }), activity('A1', 'S7', { objectiveId: 'T8' })],
  services: [],
};

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
      ...BROKEN_IDS,
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

  describe('each issue in full: message in both languages, path and data, and its basis', () => {
    const STRUCTURE = {
      instrument: 'Permendagri 86/2017', article: 'Pasal 153 (program, kegiatan, indikator kinerja, pendanaan)',
      note: 'applied to the agency plan for ASN management: every activity with its indicator, target, unit and budget',
    };
    const full = (plan: Record<string, unknown>, data?: Record<string, unknown>) =>
      check(plan, data).issues.map(({ code, severity, path, message, data: values }) => ({ code, severity, path, message, data: values }));

    it('ids, objectives and strategies; a missing pillar names the pillar and cites its basis', () => {
      const plan = workPlan({
        ...BROKEN_IDS,
      });
      delete plan.engagementFrequency;
      const result = check(plan);
      expect(result.issues.slice(0, 6).every((found) => found.basis === result.issues[0]?.basis)).toBe(true);
      expect(result.issues[0]?.basis).toEqual(STRUCTURE);
      expect(result.issues.slice(6).map((found) => [found.basis.instrument, found.basis.article])).toEqual([
        ['PermenPANRB 6/2022', 'Pasal 5 huruf c dan d (penilaian kinerja; tindak lanjut)'],
        ['Perpres 95/2018', 'Pasal 1 angka 1 (Sistem Pemerintahan Berbasis Elektronik)'],
        ['UU 25/2009', 'Pasal 39 (peran serta masyarakat)'],
      ]);
      expect(full(plan)).toEqual([
        { code: 'workplan/duplicate-id', severity: 'error', path: 'strategies.1.id', data: { id: 'S1' },
          message: { id: 'Id "S1" dipakai lebih dari sekali di strategies.', en: 'The id "S1" is used more than once in strategies.' } },
        { code: 'workplan/duplicate-id', severity: 'error', path: 'activities.1.id', data: { id: 'A1' },
          message: { id: 'Id "A1" dipakai lebih dari sekali di activities.', en: 'The id "A1" is used more than once in activities.' } },
        { code: 'workplan/unknown-objective', severity: 'error', path: 'strategies.0.objectiveIds.1', data: { id: 'S1', objectiveId: 'T9' },
          message: { id: 'Strategi "S1" merujuk tujuan "T9" yang tidak ada.', en: 'Strategy "S1" refers to objective "T9", which the plan lacks.' } },
        { code: 'workplan/strategy-objective-mismatch', severity: 'warning', path: 'activities.0.strategyId', data: { id: 'A1', strategyId: 'S1', objectiveId: 'T2' },
          message: { id: 'Strategi "S1" kegiatan "A1" tidak melayani tujuan "T2".', en: 'The strategy "S1" of activity "A1" does not serve objective "T2".' } },
        { code: 'workplan/unknown-objective', severity: 'error', path: 'activities.1.objectiveId', data: { id: 'A1', objectiveId: 'T8' },
          message: { id: 'Kegiatan "A1" merujuk tujuan "T8" yang tidak ada.', en: 'Activity "A1" refers to objective "T8", which the plan lacks.' } },
        { code: 'workplan/unknown-strategy', severity: 'error', path: 'activities.1.strategyId', data: { id: 'A1', strategyId: 'S7' },
          message: { id: 'Kegiatan "A1" merujuk strategi "S7" yang tidak ada.', en: 'Activity "A1" refers to strategy "S7", which the plan lacks.' } },
        { code: 'workplan/pillar-missing', severity: 'warning', path: 'activities', data: { pillar: 'performance' },
          message: { id: 'Rencana tidak memiliki kegiatan pada pilar Evaluasi kinerja.', en: 'The plan has no activity on the performance evaluation pillar.' } },
        { code: 'workplan/pillar-missing', severity: 'warning', path: 'activities', data: { pillar: 'technology' },
          message: { id: 'Rencana tidak memiliki kegiatan pada pilar Teknologi.', en: 'The plan has no activity on the technology pillar.' } },
        { code: 'workplan/pillar-missing', severity: 'warning', path: 'activities', data: { pillar: 'engagement' },
          message: { id: 'Rencana tidak memiliki kegiatan pada pilar Keterlibatan publik.', en: 'The plan has no activity on the public engagement pillar.' } },
      ]);
      expect(result.coverage.map((pillar) => [pillar.pillar, pillar.label, pillar.activities, pillar.covered, pillar.checks])).toEqual([
        ['competency', { id: 'Pengembangan kompetensi', en: 'Competency development' }, 1, true, []],
        ['performance', { id: 'Evaluasi kinerja', en: 'Performance evaluation' }, 0, false, []],
        ['technology', { id: 'Teknologi', en: 'Technology' }, 0, false, []],
        ['engagement', { id: 'Keterlibatan publik', en: 'Public engagement' }, 0, false, []],
      ]);
    });

    it('targets, units, schedules, sessions, budget lines, the declared total and whole years', () => {
      const plan = workPlan({
        activities: [
          activity('A1', 'S1', { indicator: { text: 'Tanpa target', unit: ' ' } }),
          activity('A2', 'S2', { schedule: { from: '2026-12-01', to: '2027-03-31', sessions: ['2026-12-01', '2027-03-31', '2027-04-01', '2026-11-30'] } }),
          activity('A3', 'S3', { services: ['leave-request'], budget: { amount: 10_000_000, lines: [{ item: 'Server', amount: 6_000_000 }, { item: 'Aplikasi', amount: 3_000_000 }] } }),
          activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2028-01-01', every: 'quarter' } }),
        ],
      });
      expect(full(plan)).toEqual([
        { code: 'workplan/missing-target', severity: 'error', path: 'activities.0.indicator.target', data: { id: 'A1' },
          message: { id: 'Indikator kegiatan "A1" tidak memiliki target.', en: 'The indicator of activity "A1" has no target.' } },
        { code: 'workplan/missing-unit', severity: 'error', path: 'activities.0.indicator.unit', data: { id: 'A1' },
          message: { id: 'Indikator kegiatan "A1" tidak memiliki satuan.', en: 'The indicator of activity "A1" has no unit.' } },
        { code: 'workplan/schedule-outside-period', severity: 'error', path: 'activities.1.schedule', data: { id: 'A2', from: '2026-12-01', to: '2027-03-31' },
          message: {
            id: 'Jadwal kegiatan "A2" (2026-12-01 s.d. 2027-03-31) di luar periode rencana (2027-01-01 s.d. 2027-12-31).',
            en: 'The schedule of activity "A2" (2026-12-01 to 2027-03-31) is outside the plan period (2027-01-01 to 2027-12-31).',
          } },
        { code: 'workplan/session-outside-schedule', severity: 'error', path: 'activities.1.schedule.sessions.2', data: { id: 'A2', date: '2027-04-01' },
          message: {
            id: 'Sesi 2027-04-01 kegiatan "A2" di luar jadwalnya (2026-12-01 s.d. 2027-03-31).',
            en: 'The session on 2027-04-01 of activity "A2" is outside its schedule (2026-12-01 to 2027-03-31).',
          } },
        { code: 'workplan/session-outside-schedule', severity: 'error', path: 'activities.1.schedule.sessions.3', data: { id: 'A2', date: '2026-11-30' },
          message: {
            id: 'Sesi 2026-11-30 kegiatan "A2" di luar jadwalnya (2026-12-01 s.d. 2027-03-31).',
            en: 'The session on 2026-11-30 of activity "A2" is outside its schedule (2026-12-01 to 2027-03-31).',
          } },
        { code: 'workplan/budget-mismatch', severity: 'error', path: 'activities.2.budget.lines', data: { id: 'A3', sum: 9_000_000, amount: 10_000_000 },
          message: {
            id: 'Rincian anggaran kegiatan "A3" berjumlah Rp9.000.000, sedangkan anggarannya Rp10.000.000.',
            en: 'The budget lines of activity "A3" add up to IDR 9,000,000, but its budget is IDR 10,000,000.',
          } },
        { code: 'workplan/schedule-outside-period', severity: 'error', path: 'activities.3.schedule', data: { id: 'A4', from: '2027-01-01', to: '2028-01-01' },
          message: {
            id: 'Jadwal kegiatan "A4" (2027-01-01 s.d. 2028-01-01) di luar periode rencana (2027-01-01 s.d. 2027-12-31).',
            en: 'The schedule of activity "A4" (2027-01-01 to 2028-01-01) is outside the plan period (2027-01-01 to 2027-12-31).',
          } },
      ]);
      expect(full(workPlan({ budgetTotal: 39_000_000 }))).toEqual([{
        code: 'workplan/budget-mismatch', severity: 'error', path: 'budgetTotal', data: { sum: 40_000_000, total: 39_000_000 },
        message: {
          id: 'Anggaran kegiatan berjumlah Rp40.000.000, sedangkan total rencana Rp39.000.000.',
          en: "The activities' budgets add up to IDR 40,000,000, but the plan's total is IDR 39,000,000.",
        },
      }]);
      expect(codes(workPlan({ budgetTotal: 40_000_000 }))).toEqual([]);
      const whole = (from: string, to: string) => {
        const plan = workPlan({ period: { from, to } });
        delete plan.engagementFrequency;
        return full(plan);
      };
      expect(whole('2027-01-01', '2028-06-30')).toEqual([{
        code: 'workplan/period-not-whole-years', severity: 'error', path: 'period', data: { from: '2027-01-01', to: '2028-06-30', years: 2 },
        message: {
          id: 'Periode rencana 2027-01-01 s.d. 2028-06-30 bukan satu tahun kalender penuh atau lebih.',
          en: 'The plan period 2027-01-01 to 2028-06-30 is not one or more whole calendar years.',
        },
      }]);
      expect(whole('2027-02-01', '2027-12-31')[0]?.data).toEqual({ from: '2027-02-01', to: '2027-12-31', years: 1 });
      expect(whole('2027-01-01', '2028-12-31')).toEqual([]);
    });

    it('engagement sessions: the periods short of the commitment, with what they hold', () => {
      const plan = workPlan({ engagementFrequency: { every: 'half-year', atLeast: 3 } });
      expect(full(plan)).toEqual([
        { code: 'workplan/engagement-too-rare', severity: 'error', path: 'engagementFrequency', data: { from: '2027-01-01', to: '2027-06-30', held: 2, required: 3 },
          message: {
            id: 'Periode 2027-01-01 s.d. 2027-06-30 hanya memiliki 2 dari 3 sesi keterlibatan publik yang direncanakan.',
            en: 'The period 2027-01-01 to 2027-06-30 has 2 of the 3 public-engagement sessions the plan commits to.',
          } },
        { code: 'workplan/engagement-too-rare', severity: 'error', path: 'engagementFrequency', data: { from: '2027-07-01', to: '2027-12-31', held: 2, required: 3 },
          message: {
            id: 'Periode 2027-07-01 s.d. 2027-12-31 hanya memiliki 2 dari 3 sesi keterlibatan publik yang direncanakan.',
            en: 'The period 2027-07-01 to 2027-12-31 has 2 of the 3 public-engagement sessions the plan commits to.',
          } },
      ]);
      expect(check(plan).issues[0]?.basis.instrument).toBe('UU 25/2009');
      const sameDay = workPlan({
        activities: [...(workPlan().activities as unknown[]).slice(0, 3),
          activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', sessions: ['2027-01-05', '2027-01-05', '2027-01-05', '2027-07-01'] } })],
        engagementFrequency: { every: 'half-year', atLeast: 2 },
      });
      expect(check(sameDay).issues.map((found) => found.data)).toEqual([{ from: '2027-07-01', to: '2027-12-31', held: 1, required: 2 }]);
      const forums = workPlan({
        activities: [...(workPlan().activities as unknown[]).slice(0, 3),
          activity('A4', 'S4', { forumKind: 'open-forum', schedule: { from: '2027-01-01', to: '2027-12-31', every: 'half-year' } })],
        engagementFrequency: { every: 'half-year', atLeast: 1, kinds: ['open-forum'] },
      });
      expect(check(forums).issues).toEqual([]);
      expect(codes({ ...forums, engagementFrequency: { every: 'half-year', atLeast: 1, kinds: ['dialogue'] } })).toEqual(['workplan/engagement-too-rare', 'workplan/engagement-too-rare']);
      const onceEach = workPlan({
        activities: [...(workPlan().activities as unknown[]).slice(0, 3), activity('A4', 'S4')],
        engagementFrequency: { every: 'year', atLeast: 1 },
      });
      expect(check(onceEach).coverage[3]?.checks).toEqual([{ check: 'engagement-frequency', required: 1, planned: 1, met: true, missing: [] }]);
      const lastDay = workPlan({ activities: [...(workPlan().activities as unknown[]).slice(0, 3), activity('A4', 'S4', { schedule: { from: '2027-01-31', to: '2027-10-31', every: 'quarter' } })] });
      expect(check(lastDay).issues).toEqual([]);
      const endsBefore = workPlan({ activities: [...(workPlan().activities as unknown[]).slice(0, 3), activity('A4', 'S4', { schedule: { from: '2027-01-31', to: '2027-10-30', every: 'quarter' } })] });
      expect(check(endsBefore).issues.map((found) => found.data)).toEqual([{ from: '2027-10-01', to: '2027-12-31', held: 0, required: 1 }]);
      const elsewhere = workPlan({ activities: [...(workPlan().activities as unknown[]).slice(0, 3), activity('A4', 'S3', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } })] });
      expect(codes(elsewhere)).toEqual(['workplan/pillar-missing', 'workplan/engagement-too-rare', 'workplan/engagement-too-rare', 'workplan/engagement-too-rare', 'workplan/engagement-too-rare']);
    });

    it('a promised service no technology activity delivers', () => {
      const plan = workPlan({ services: [{ id: 'leave-request', label: 'Cuti daring' }, { id: 'performance-report', label: 'Laporan kinerja' }] });
      expect(full(plan)).toEqual([{
        code: 'workplan/service-not-covered', severity: 'warning', path: 'services.1', data: { service: 'performance-report' },
        message: {
          id: 'Layanan yang dijanjikan "Laporan kinerja" tidak diwujudkan oleh kegiatan teknologi mana pun.',
          en: 'The promised service "Laporan kinerja" is delivered by no technology activity.',
        },
      }]);
      expect(check(plan).coverage[2]?.checks).toEqual([{ check: 'promised-services', required: 2, planned: 1, met: false, missing: ['performance-report'] }]);
      expect(check(workPlan({ services: [] })).coverage[2]?.checks).toEqual([]);
      const bySomethingElse = workPlan({ activities: [...(workPlan().activities as unknown[]).slice(0, 3).map((one, index) => (index === 2 ? activity('A3', 'S3') : one)),
        activity('A4', 'S4', { services: ['leave-request'], schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } })] });
      expect(codes(bySomethingElse)).toEqual(['workplan/service-not-covered']);
    });

    it('with a context: every coverage issue with its message and basis', () => {
      const plan = workPlan({
        activities: [
          activity('A1', 'S1', { competencies: ['public-service'], units: ['dinkes'], participants: 1, jpPerParticipant: 20 }),
          activity('A2', 'S2', { units: ['bkpsdm', 'dinkes'] }),
          activity('A3', 'S3', { services: ['leave-request'] }),
          activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } }),
          activity('A5', 'S1', { competencies: ['integrity'], units: ['bkpsdm'] }),
        ],
      });
      expect(full(plan, context)).toEqual([
        { code: 'workplan/shortfall-not-covered', severity: 'warning', path: 'activities', data: { competency: 'public-service', employees: 2, places: 1 },
          message: { id: '2 pegawai di bawah standar Pelayanan Publik, tetapi pelatihan menyediakan 1 tempat.', en: '2 employees are below standard in Public service, but the training plans 1 places.' } },
        { code: 'workplan/unit-shortfall-not-reached', severity: 'warning', path: 'activities', data: { competency: 'public-service', unit: 'disdukcapil' },
          message: { id: 'Kekurangan Pelayanan Publik di unit disdukcapil tidak dijangkau pelatihan mana pun.', en: 'The Public service shortfall in unit disdukcapil is reached by no training.' } },
        { code: 'workplan/shortfall-not-covered', severity: 'warning', path: 'activities', data: { competency: 'integrity', employees: 1, places: 0 },
          message: { id: '1 pegawai di bawah standar Integritas, tetapi pelatihan menyediakan 0 tempat.', en: '1 employees are below standard in Integrity, but the training plans 0 places.' } },
        { code: 'workplan/unit-shortfall-not-reached', severity: 'warning', path: 'activities', data: { competency: 'integrity', unit: 'disdukcapil' },
          message: { id: 'Kekurangan Integritas di unit disdukcapil tidak dijangkau pelatihan mana pun.', en: 'The Integrity shortfall in unit disdukcapil is reached by no training.' } },
        { code: 'workplan/jp-minimum-not-covered', severity: 'warning', path: 'activities', data: { employees: 2, requiredJp: 28, plannedJp: 20, minimumJp: 20 },
          message: { id: '2 PNS masih membutuhkan 28 JP untuk memenuhi 20 JP setahun, tetapi rencana menyediakan 20 JP.', en: '2 PNS still need 28 JP to reach 20 JP a year, but the plan provides 20 JP.' } },
        { code: 'workplan/unit-without-evaluation', severity: 'warning', path: 'activities', data: { unit: 'disdukcapil' },
          message: { id: 'Unit disdukcapil tidak dicakup kegiatan evaluasi kinerja mana pun.', en: 'Unit disdukcapil is covered by no performance-evaluation activity.' } },
        { code: 'workplan/low-satisfaction-not-engaged', severity: 'warning', path: 'activities', data: { unit: 'disdukcapil', converted: 74.2, grade: 'C', minimumGrade: 'B' },
          message: {
            id: 'Disdukcapil Kota Medan berindeks kepuasan 74.2 (mutu C, di bawah B) tanpa kegiatan keterlibatan publik.',
            en: 'Disdukcapil Kota Medan has a satisfaction index of 74.2 (grade C, below B) and no public-engagement activity.',
          } },
      ]);
      expect(check(plan, context).issues.map((found) => `${found.basis.instrument} ${found.basis.article ?? ''}`)).toEqual([
        'PP 11/2017 Pasal 210 (bentuk pengembangan kompetensi)', 'PP 11/2017 Pasal 210 (bentuk pengembangan kompetensi)',
        'PP 11/2017 Pasal 210 (bentuk pengembangan kompetensi)', 'PP 11/2017 Pasal 210 (bentuk pengembangan kompetensi)',
        'PP 11/2017 Pasal 203 ayat (4)', 'PermenPANRB 6/2022 Pasal 5 huruf c dan d (penilaian kinerja; tindak lanjut)',
        'PermenPANRB 14/2017 Lampiran (nilai interval konversi)',
      ]);
    });

    it('with a context: the JP gaps over several years, completed JP summed, places and JP capped at what is needed', () => {
      const two = workPlan({
        period: { from: '2027-01-01', to: '2028-12-31' }, engagementFrequency: { every: 'year', atLeast: 1 },
        activities: [
          activity('A1', 'S1', { competencies: ['public-service', 'integrity'], participants: 5, jpPerParticipant: 20, schedule: { from: '2027-01-01', to: '2028-12-31' } }),
          activity('A2', 'S2'), activity('A3', 'S3', { services: ['leave-request'] }),
          activity('A4', 'S4', { units: ['disdukcapil'], schedule: { from: '2027-01-01', to: '2028-12-31', every: 'year' } }),
        ],
      });
      const data = { ...context, completedJp: [{ nip: HEAD, jp: 12 }, { nip: HEAD, jp: 10 }, { nip: STAFF, jp: 5 }] };
      const result = check(two, data);
      expect(result.issues).toEqual([]);
      expect(result.coverage[0]?.checks).toEqual([
        { check: 'competency-shortfalls', required: 3, planned: 3, met: true, missing: [] },
        { check: 'jp-minimum', required: 55, planned: 55, met: true, missing: [] },
      ]);
      const short = { ...two, activities: [activity('A1', 'S1', { participants: 2, jpPerParticipant: 20 }), ...(two.activities as unknown[]).slice(1)] };
      expect(check(short, data).issues.map((found) => found.data)).toEqual([
        { competency: 'public-service', employees: 2, places: 0 }, { competency: 'public-service', unit: 'dinkes' }, { competency: 'public-service', unit: 'disdukcapil' },
        { competency: 'integrity', employees: 1, places: 0 }, { competency: 'integrity', unit: 'disdukcapil' },
        { employees: 2, requiredJp: 55, plannedJp: 40, minimumJp: 20 },
      ]);
      const jp = (participants: number, perParticipant: number) => {
        const plan = { ...two, activities: [activity('A1', 'S1', { competencies: ['public-service', 'integrity'], participants, jpPerParticipant: perParticipant }), ...(two.activities as unknown[]).slice(1)] };
        return [check(plan, data).issues.map((found) => found.code), check(plan, data).coverage[0]?.checks[1]];
      };
      expect(jp(5, 11)).toEqual([[], { check: 'jp-minimum', required: 55, planned: 55, met: true, missing: [] }]);
      expect(jp(6, 9)).toEqual([['workplan/jp-minimum-not-covered'], { check: 'jp-minimum', required: 55, planned: 54, met: false, missing: [] }]);
    });

    it('with a context: an activity naming no unit reaches every unit for training and evaluation, but not for satisfaction', () => {
      const plan = workPlan({
        activities: [
          activity('A1', 'S1', { competencies: ['public-service', 'integrity'], participants: 3, jpPerParticipant: 20 }),
          activity('A2', 'S2', { units: ['bkpsdm'] }), activity('A3', 'S3', { services: ['leave-request'] }),
          activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } }),
        ],
      });
      expect(codes(plan, context)).toEqual(['workplan/unit-without-evaluation', 'workplan/unit-without-evaluation', 'workplan/low-satisfaction-not-engaged']);
      expect(check(plan, { ...context, satisfaction: [{ unit: DISDUKCAPIL, converted: 76.6 }] }).coverage[3]?.checks[1]).toEqual({
        check: 'low-satisfaction-units', required: 1, planned: 0, met: false, missing: ['disdukcapil'],
      });
      expect(check(plan, { ...context, satisfaction: [{ unit: DISDUKCAPIL, converted: 76.61 }] }).coverage[3]?.checks[1]?.required).toBe(0);
      expect(check(plan, { ...context, minimumGrade: 'A', satisfaction: [{ unit: DINKES, converted: 88.3 }] }).coverage[3]?.checks[1]?.missing).toEqual(['dinkes']);
      expect(check(plan, { ...context, minimumGrade: 'A', satisfaction: [{ unit: DINKES, converted: 88.31 }] }).coverage[3]?.checks[1]?.missing).toEqual([]);
    });
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
