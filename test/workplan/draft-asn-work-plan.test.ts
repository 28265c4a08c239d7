import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAsnWorkPlan, parseWorkPlanContext, validateAsnWorkPlan } from '../../src/workplan';
import { untyped } from '../hostile';
import { AGENCY, BKPSDM, DINKES, DISDUKCAPIL, HEAD, nipOf, OTHER, STAFF } from './fixtures';
import { dataOf } from '../error-data';

const YEAR = { from: '2027-01-01', to: '2027-12-31' };
const OPTIONS = { id: 'RK-ASN-2027', agency: AGENCY, period: YEAR };
const context = {
  roster: [
    { nip: HEAD, name: 'Siti', kind: 'PNS', workUnit: BKPSDM },
    { nip: STAFF, name: 'Rudi', kind: 'PNS', workUnit: DINKES },
    { nip: OTHER, name: 'Rina', kind: 'PPPK', workUnit: DISDUKCAPIL },
  ],
  assessments: [
    { nip: STAFF, date: '2026-10-01', standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 1, integrity: 2 } },
    { nip: OTHER, date: '2026-10-01', standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 2, integrity: 1 } },
  ],
  catalogue: [{ competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course', jp: 24, provider: 'Universitas Sumatera Utara' }],
  completedJp: [{ nip: HEAD, jp: 12 }],
  performance: [{ nip: STAFF, predikat: 'needs-improvement' }, { nip: HEAD, predikat: 'very-good' }],
  satisfaction: [{ unit: DISDUKCAPIL, converted: 74.2 }, { unit: DINKES, converted: 90 }],
};

describe('draftAsnWorkPlan', () => {
  it('drafts an activity for each shortfall, JP gap, unit, predikat, service and low-index unit, each with its motivation', () => {
    const plan = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    expect(plan.activities.map((activity) => [activity.id, activity.units, activity.participants ?? null, activity.title])).toEqual([
      ['KOM-001', ['dinkes'], 1, 'Pelatihan Pelayanan Prima: Pelayanan Publik — Dinas Kesehatan Kota Medan'],
      ['KOM-002', ['disdukcapil'], 1, 'Pelatihan Pelayanan Prima: Pelayanan Publik — Disdukcapil Kota Medan'],
      ['KOM-003', ['disdukcapil'], 1, 'Coaching: Integritas — Disdukcapil Kota Medan'],
      ['KOM-004', ['bkpsdm'], 1, 'Pemenuhan 20 JP pengembangan kompetensi — BKPSDM Kota Medan'],
      ['KOM-005', ['dinkes'], 1, 'Pemenuhan 20 JP pengembangan kompetensi — Dinas Kesehatan Kota Medan'],
      ['KIN-001', ['bkpsdm'], null, 'Evaluasi kinerja pegawai BKPSDM Kota Medan'],
      ['KIN-002', ['dinkes'], null, 'Evaluasi kinerja pegawai Dinas Kesehatan Kota Medan'],
      ['KIN-003', ['disdukcapil'], null, 'Evaluasi kinerja pegawai Disdukcapil Kota Medan'],
      ['KIN-004', ['bkpsdm'], 1, 'Tindak lanjut predikat Sangat Baik'],
      ['KIN-005', ['dinkes'], 1, 'Tindak lanjut predikat Butuh Perbaikan'],
      ['TEK-001', [], null, 'Pengembangan layanan daring: Pengajuan cuti berbasis web dan mobile'],
      ['TEK-002', [], null, 'Pengembangan layanan daring: Laporan kinerja berbasis web dan mobile'],
      ['TEK-003', [], null, 'Pengembangan layanan daring: Akses informasi kepegawaian secara real-time'],
      ['PUB-001', [], null, 'Sesi dialog rutin ASN dan masyarakat'],
      ['PUB-002', ['disdukcapil'], null, 'Forum diskusi terbuka pelayanan publik — Disdukcapil Kota Medan'],
    ]);
    expect(plan.activities.map((activity) => activity.strategyId).join('')).toBe('S1S1S1S1S1S2S2S2S2S2S3S3S3S4S4');
  });

  it('training activities carry the shortfall, the catalogue JP and partner, and the rule that motivated them', () => {
    const plan = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    const first = plan.activities[0];
    expect(first).toMatchObject({
      title: 'Pelatihan Pelayanan Prima: Pelayanan Publik — Dinas Kesehatan Kota Medan',
      competencies: ['public-service'],
      jpPerParticipant: 24,
      partners: [{ name: 'Universitas Sumatera Utara', kind: 'education' }],
      indicator: { baseline: 0, target: 1, unit: 'orang' },
      schedule: { from: '2027-01-01', to: '2027-12-31' },
      budget: { amount: 0, lines: [] },
      responsibleUnit: AGENCY,
    });
    expect(first?.motivation).toMatchObject({
      code: 'workplan/competency-shortfall', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 210 (bentuk pengembangan kompetensi)' },
      data: { competency: 'public-service', unit: 'dinkes', employees: 1, totalShortfall: 2, form: 'course', source: 'catalogue' },
    });
    const jp = plan.activities.find((activity) => activity.motivation?.code === 'workplan/jp-minimum' && activity.units[0] === 'bkpsdm');
    expect(jp).toMatchObject({ participants: 1, jpPerParticipant: 8, motivation: { data: { unit: 'bkpsdm', employees: 1, requiredJp: 8, minimumJp: 20 } } });
    const followUp = plan.activities.find((activity) => activity.motivation?.code === 'workplan/predikat-follow-up');
    expect(followUp?.motivation?.data).toMatchObject({ predikat: 'very-good', employees: 1 });
    const forum = plan.activities.at(-1);
    expect(forum).toMatchObject({ forumKind: 'open-forum', indicator: { baseline: 74.2, target: 76.61, unit: 'nilai IKM' } });
    expect(forum?.schedule.sessions).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
    expect(plan.engagementFrequency).toEqual({ every: 'quarter', atLeast: 1 });
    expect(plan.services.map((service) => service.id)).toEqual(['leave-request', 'performance-report', 'realtime-information']);
  });

  it('the drafted plan validates against the same context, without a warning', () => {
    const plan = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    const result = validateAsnWorkPlan(plan, untyped(context))._unsafeUnwrap();
    expect(result).toMatchObject({ valid: true, errors: 0, warnings: 0 });
  });

  it('takes the frequency, services, lowest units and responsible unit from the options', () => {
    const plan = draftAsnWorkPlan(untyped(context), {
      ...OPTIONS,
      title: 'Rencana 2027',
      engagementFrequency: { every: 'month', atLeast: 2, kinds: ['open-forum'] },
      services: [{ id: 'leave-request', label: 'Cuti' }, { id: 'leave-request', label: 'Dua kali' }],
      lowestUnits: 2,
      responsibleUnit: BKPSDM,
    })._unsafeUnwrap();
    expect(plan.title).toBe('Rencana 2027');
    expect(plan.services).toEqual([{ id: 'leave-request', label: 'Dua kali' }]);
    const engagement = plan.activities.filter((activity) => activity.strategyId === 'S4');
    expect(engagement.map((activity) => [activity.units, activity.forumKind])).toEqual([[[], 'open-forum'], [['disdukcapil'], 'open-forum'], [['dinkes'], 'open-forum']]);
    expect(engagement[0]?.schedule.sessions?.slice(0, 4)).toEqual(['2027-01-01', '2027-01-02', '2027-02-01', '2027-02-02']);
    expect(plan.activities.every((activity) => activity.responsibleUnit.id === 'bkpsdm')).toBe(true);
    expect(validateAsnWorkPlan(plan, untyped(context))._unsafeUnwrap().valid).toBe(true);
  });

  it('caps the sessions of a period at its last day, skips results of people outside the roster, ranks ties by unit', () => {
    const busy = draftAsnWorkPlan(untyped({
      ...context,
      performance: [...context.performance, { nip: '197001012000011001', predikat: 'very-good' }],
      satisfaction: [{ unit: DINKES, converted: 80 }, { unit: BKPSDM, converted: 80 }, { unit: DISDUKCAPIL, converted: 80 }],
    }), { ...OPTIONS, engagementFrequency: { every: 'month', atLeast: 30 }, lowestUnits: 2 })._unsafeUnwrap();
    const sessions = busy.activities.find((activity) => activity.id === 'PUB-001')?.schedule.sessions ?? [];
    expect(sessions.slice(27, 30)).toEqual(['2027-01-28', '2027-01-29', '2027-01-30']);
    expect(sessions.slice(57, 60)).toEqual(['2027-02-28', '2027-02-28', '2027-02-28']);
    expect(busy.activities.find((activity) => activity.title === 'Tindak lanjut predikat Sangat Baik')).toMatchObject({ participants: 2, units: ['bkpsdm'] });
    expect(busy.activities.filter((activity) => activity.strategyId === 'S4').map((activity) => activity.units)).toEqual([[], ['bkpsdm'], ['dinkes']]);
    expect(validateAsnWorkPlan(busy, untyped(context))._unsafeUnwrap().valid).toBe(true);
  });

  it('is deterministic', () => {
    expect(draftAsnWorkPlan(untyped(context), OPTIONS)).toEqual(draftAsnWorkPlan(untyped(structuredClone(context)), OPTIONS));
  });

  it('bad input is a coded error, never a throw', () => {
    expect(draftAsnWorkPlan(untyped(null), OPTIONS)._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(draftAsnWorkPlan(untyped(context), untyped(null))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(draftAsnWorkPlan(untyped(context), untyped({ ...OPTIONS, colour: 'red' }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    const half = draftAsnWorkPlan(untyped(context), { ...OPTIONS, period: { from: '2027-01-01', to: '2027-06-30' } })._unsafeUnwrapErr();
    expect(dataOf(half, 'workplan/invalid-input').issues).toEqual([{ path: 'options.period', message: 'A work plan covers one or more whole calendar years' }]);
    expect(draftAsnWorkPlan(untyped(context), { ...OPTIONS, period: { from: '2016-01-01', to: '2016-12-31' } })._unsafeUnwrapErr().code).toBe('workplan/no-rule-in-force');
  });

  describe('properties', () => {
    const units = [BKPSDM, DINKES, DISDUKCAPIL];
    const member = fc.record({ unit: fc.integer({ min: 0, max: 2 }), kind: fc.constantFrom('PNS', 'CPNS', 'PPPK'), assessed: fc.boolean(),
      service: fc.integer({ min: 1, max: 5 }), integrity: fc.integer({ min: 1, max: 5 }), jp: fc.integer({ min: 0, max: 40 }),
      predikat: fc.constantFrom(undefined, 'very-good', 'good', 'needs-improvement', 'poor', 'very-poor') });
    const arbitraryContext = fc.record({
      members: fc.array(member, { minLength: 1, maxLength: 25 }),
      satisfaction: fc.array(fc.record({ unit: fc.integer({ min: 0, max: 2 }), converted: fc.double({ min: 25, max: 100, noNaN: true }) }), { maxLength: 3 }),
      minimumGrade: fc.constantFrom('A', 'B', 'C', 'D'),
    }).map(({ members, satisfaction, minimumGrade }) => ({
      roster: members.map((one, i) => ({ nip: nipOf(i), kind: one.kind, workUnit: units[one.unit] })),
      assessments: members.flatMap((one, i) => (one.assessed
        ? [{ nip: nipOf(i), date: '2026-10-01', standard: { 'public-service': 3, integrity: 3 }, actual: { 'public-service': one.service, integrity: one.integrity } }]
        : [])),
      completedJp: members.map((one, i) => ({ nip: nipOf(i), jp: one.jp })),
      performance: members.flatMap((one, i) => (one.predikat === undefined ? [] : [{ nip: nipOf(i), predikat: one.predikat }])),
      satisfaction: [...new Map(satisfaction.map((one) => [one.unit, { unit: units[one.unit], converted: Math.round(one.converted * 100) / 100 }])).values()],
      minimumGrade,
    }));
    const arbitraryOptions = fc.record({
      every: fc.constantFrom('month', 'quarter', 'half-year', 'year'),
      atLeast: fc.integer({ min: 1, max: 4 }),
      kinds: fc.constantFrom(undefined, ['dialogue'], ['open-forum']),
      lowestUnits: fc.integer({ min: 0, max: 3 }),
      years: fc.integer({ min: 1, max: 2 }),
    });

    it('a drafted plan always validates against its own context', () => {
      fc.assert(
        fc.property(arbitraryContext, arbitraryOptions, (raw, settings) => {
          const data = parseWorkPlanContext(raw)._unsafeUnwrap();
          const requirement = settings.kinds === undefined
            ? { every: settings.every, atLeast: settings.atLeast }
            : { every: settings.every, atLeast: settings.atLeast, kinds: settings.kinds };
          const draft = draftAsnWorkPlan(data, {
            ...OPTIONS, period: { from: '2027-01-01', to: `${String(2026 + settings.years)}-12-31` },
            engagementFrequency: requirement, lowestUnits: settings.lowestUnits,
          })._unsafeUnwrap();
          const result = validateAsnWorkPlan(draft, data)._unsafeUnwrap();
          expect(result.issues.filter((found) => found.severity === 'error')).toEqual([]);
          expect(result.coverage.flatMap((pillar) => pillar.checks).filter((one) => !one.met)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  });
});
