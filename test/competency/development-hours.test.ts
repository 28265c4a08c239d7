import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from 'neverthrow';
import {
  developmentHours,
  parseDevelopmentActivity,
  type CompetencyError,
  type DevelopmentActivity,
  type DevelopmentActivityInput,
  type DevelopmentEmployeeInput,
  type DevelopmentHours,
} from '../../src/competency/index';
import { dataOf } from '../error-data';

/** The activities parsed at the boundary, as a service does before calling `developmentHours`. */
function parsed(inputs: readonly DevelopmentActivityInput[]): DevelopmentActivity[] {
  return inputs.map((input) => parseDevelopmentActivity(input)._unsafeUnwrap());
}

/** What a JavaScript caller does: raw objects straight in. */
const hoursOfRaw = developmentHours as (
  activities: readonly DevelopmentActivityInput[],
  year: number,
  employee: DevelopmentEmployeeInput,
) => ReturnType<typeof developmentHours>;

describe('developmentHours', () => {
  it('§2.4 C9: a PNS who completed 12 JP in a year is 8 JP short of 20', () => {
    const hours = developmentHours(
      parsed([
        { form: 'technical-guidance', title: 'Bimtek SIPD', date: '2026-04-14', minutes: 360 },
        { form: 'e-learning', title: 'ASN Corpu: SPBE', date: '2026-06-02', jp: 4 },
      ]),
      2026,
      { kind: 'PNS' },
    )._unsafeUnwrap();
    expect(hours.completedJp).toBe(12);
    expect(hours.minimumJp).toBe(20);
    expect(hours.shortfallJp).toBe(8);
    expect(hours.reasons).toEqual([
      {
        code: 'competency/below-minimum-jp',
        severity: 'warning',
        basis: { instrument: 'PP 11/2017', article: 'Pasal 203 ayat (4)', note: 'applied to CPNS as well', interpretation: 'development-hours' },
        message: {
          id: 'Pengembangan kompetensi 2026: 12 JP selesai, kurang 8 JP dari minimal 20 JP (rencana 0 JP).',
          en: 'Competency development 2026: 12 JP completed, 8 JP short of the 20-JP minimum (0 JP planned).',
        },
        data: { completed: 12, planned: 0, minimum: 20, shortfall: 8, unplannedShortfall: 8 },
      },
    ]);
  });

  it('§2.4 C10: a PPPK who planned 30 JP exceeds the 24-JP entitlement (warning)', () => {
    const hours = developmentHours(
      parsed([{ form: 'functional-training', title: 'Pelatihan Fungsional Guru', date: '2026-08-03', jp: 30, status: 'planned' }]),
      2026,
      { kind: 'PPPK' },
    )._unsafeUnwrap();
    expect(hours.plannedJp).toBe(30);
    expect(hours.maximumJp).toBe(24);
    expect(hours.excessJp).toBe(6);
    expect(hours.reasons.map((item) => [item.code, item.severity])).toEqual([['competency/above-maximum-jp', 'warning']]);
  });

  it('a PPPK within 24 JP gets an info reason', () => {
    const hours = developmentHours(parsed([{ form: 'course', title: 'Kursus', date: '2026-02-02', jp: 24 }]), 2026, { kind: 'PPPK' })._unsafeUnwrap();
    expect(hours.excessJp).toBe(0);
    expect(hours.reasons[0]?.code).toBe('competency/within-maximum-jp');
  });

  it('a PPPK in a JPT madya position has no cap (PP 49/2018 Pasal 40 ayat (2))', () => {
    const hours = developmentHours(parsed([{ form: 'course', title: 'Kursus', date: '2026-02-02', jp: 40 }]), 2026, {
      kind: 'PPPK',
      position: { type: 'jpt', level: 'madya' },
    })._unsafeUnwrap();
    expect(hours.maximumJp).toBeNull();
    expect(hours.excessJp).toBe(0);
    expect(hours.reasons[0]?.code).toBe('competency/pppk-cap-exempt');
  });

  it('a PPPK in a JPT pratama position keeps the cap', () => {
    const hours = developmentHours(parsed([{ form: 'course', title: 'Kursus', date: '2026-02-02', jp: 40 }]), 2026, {
      kind: 'PPPK',
      position: { type: 'jpt', level: 'pratama' },
    })._unsafeUnwrap();
    expect(hours.excessJp).toBe(16);
  });

  it('a CPNS follows the PNS minimum; planned JP reduce the unplanned shortfall', () => {
    const hours = developmentHours(
      parsed([
        { form: 'coaching', title: 'Coaching', date: '2026-03-02', jp: 6 },
        { form: 'mentoring', title: 'Mentoring', date: '2026-11-02', jp: 10, status: 'planned' },
      ]),
      2026,
      { kind: 'CPNS' },
    )._unsafeUnwrap();
    expect(hours.shortfallJp).toBe(14);
    expect(hours.unplannedShortfallJp).toBe(4);
  });

  it('the minimum met gives an info reason', () => {
    const hours = developmentHours(parsed([{ form: 'workshop', title: 'Lokakarya', date: '2026-03-02', jp: 20 }]), 2026, { kind: 'PNS' })._unsafeUnwrap();
    expect(hours.shortfallJp).toBe(0);
    expect(hours.reasons[0]?.code).toBe('competency/minimum-jp-met');
  });

  it('1 JP = 45 minutes: classroom minutes count in whole blocks and the remainder is reported', () => {
    const hours = developmentHours(parsed([{ form: 'seminar', title: 'Seminar', date: '2026-05-05', minutes: 100 }]), 2026, { kind: 'PNS' })._unsafeUnwrap();
    expect(hours.activities[0]).toEqual({
      title: 'Seminar',
      form: 'seminar',
      path: 'classroom',
      status: 'completed',
      date: '2026-05-05',
      jp: 2,
    });
    expect(hours.reasons[0]).toMatchObject({ code: 'competency/partial-jp-dropped', data: { minutes: 10 } });
  });

  it('activities dated outside the year are not counted', () => {
    const hours = developmentHours(
      parsed([
        { form: 'course', title: 'Kursus 2025', date: '2025-12-31', jp: 10 },
        { form: 'course', title: 'Kursus 2026', date: '2026-01-01', jp: 5 },
      ]),
      2026,
      { kind: 'PNS' },
    )._unsafeUnwrap();
    expect(hours.completedJp).toBe(5);
    expect(hours.reasons[0]).toMatchObject({ code: 'competency/activities-outside-year', data: { count: 1 } });
  });

  it('negative JP, non-classroom minutes and missing JP are coded errors', () => {
    const negative = hoursOfRaw([{ form: 'coaching', title: 'C', date: '2026-01-09', jp: -1 }], 2026, { kind: 'PNS' });
    expect(negative._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    const minutesOnly = hoursOfRaw([{ form: 'coaching', title: 'C', date: '2026-01-09', minutes: 90 }], 2026, { kind: 'PNS' });
    expect(dataOf(minutesOnly._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([
      { path: 'activities.0.jp', message: 'An activity needs its JP (a classroom activity may give its minutes instead)' },
    ]);
    const none = hoursOfRaw([{ form: 'course', title: 'K', date: '2026-01-09' }], 2026, { kind: 'PNS' });
    expect(none._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    // @ts-expect-error: intentionally invalid employee kind
    expect(hoursOfRaw([], 2026, { kind: 'honorer' })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('a year before the rule applied has no rule in force', () => {
    expect(developmentHours([], 2016, { kind: 'PNS' })._unsafeUnwrapErr().code).toBe('competency/no-rule-in-force');
    expect(developmentHours([], 2017, { kind: 'PNS' })._unsafeUnwrap().minimumJp).toBe(20);
    expect(developmentHours([], 2017, { kind: 'PPPK' })._unsafeUnwrapErr().code).toBe('competency/no-rule-in-force');
  });
});

describe('developmentHours types', () => {
  it('returns a Result of hours or a competency error', () => {
    expectTypeOf(developmentHours).returns.toEqualTypeOf<Result<DevelopmentHours, CompetencyError>>();
  });
});

describe('properties', () => {
  const activity = fc.record({
    jp: fc.integer({ min: 0, max: 40 }),
    status: fc.constantFrom('completed' as const, 'planned' as const),
  });

  it('PNS: shortfall + completed ≥ 20, and the shortfall is never negative', () => {
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 8 }), (items) => {
        const hours = developmentHours(
          parsed(items.map((item, index) => ({ form: 'course' as const, title: `K${String(index)}`, date: '2026-03-01', ...item }))),
          2026,
          { kind: 'PNS' },
        )._unsafeUnwrap();
        return hours.shortfallJp >= 0 && hours.shortfallJp + hours.completedJp >= 20 && hours.unplannedShortfallJp <= hours.shortfallJp;
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (activities, year, employee) => {
        const result = developmentHours(activities as never, year as never, employee as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});

describe('developmentHours: whole results', () => {
  const PNS_BASIS = { instrument: 'PP 11/2017', article: 'Pasal 203 ayat (4)', note: 'applied to CPNS as well', interpretation: 'development-hours' };
  const PPPK_BASIS = { instrument: 'PP 49/2018', article: 'Pasal 40 ayat (1)', interpretation: 'development-hours' };

  it('a PNS year with dropped minutes, an activity outside the year and a planned one: every reason in order', () => {
    const hours = developmentHours(
      parsed([
        { form: 'seminar', title: 'Seminar SPBE', date: '2026-05-05', minutes: 100 },
        { form: 'e-learning', title: 'ASN Corpu', date: '2026-06-02', jp: 4 },
        { form: 'course', title: 'Kursus 2025', date: '2025-12-31', jp: 10 },
        { form: 'mentoring', title: 'Mentoring', date: '2026-11-02', jp: 5, status: 'planned' },
      ]),
      2026,
      { kind: 'PNS' },
    )._unsafeUnwrap();
    expect(hours).toEqual({
      year: 2026,
      kind: 'PNS',
      activities: [
        { title: 'Seminar SPBE', form: 'seminar', path: 'classroom', status: 'completed', date: '2026-05-05', jp: 2 },
        { title: 'ASN Corpu', form: 'e-learning', path: 'non-classroom', status: 'completed', date: '2026-06-02', jp: 4 },
        { title: 'Mentoring', form: 'mentoring', path: 'non-classroom', status: 'planned', date: '2026-11-02', jp: 5 },
      ],
      completedJp: 6,
      plannedJp: 5,
      minimumJp: 20,
      maximumJp: null,
      shortfallJp: 14,
      unplannedShortfallJp: 9,
      excessJp: 0,
      reasons: [
        {
          code: 'competency/partial-jp-dropped',
          severity: 'info',
          basis: { instrument: 'PP 11/2017', article: 'Pasal 203 ayat (4)', note: '1 JP = 45 minutes of classroom learning', interpretation: 'development-hours' },
          message: {
            id: '10 menit pembelajaran klasikal tidak membentuk JP penuh (1 JP = 45 menit) dan tidak dihitung.',
            en: '10 minutes of classroom learning do not make a whole JP (1 JP = 45 minutes) and are not counted.',
          },
          data: { minutes: 10 },
        },
        {
          code: 'competency/activities-outside-year',
          severity: 'info',
          basis: PNS_BASIS,
          message: { id: '1 kegiatan di luar tahun 2026 tidak dihitung.', en: '1 activities outside 2026 are not counted.' },
          data: { count: 1 },
        },
        {
          code: 'competency/below-minimum-jp',
          severity: 'warning',
          basis: PNS_BASIS,
          message: {
            id: 'Pengembangan kompetensi 2026: 6 JP selesai, kurang 14 JP dari minimal 20 JP (rencana 5 JP).',
            en: 'Competency development 2026: 6 JP completed, 14 JP short of the 20-JP minimum (5 JP planned).',
          },
          data: { completed: 6, planned: 5, minimum: 20, shortfall: 14, unplannedShortfall: 9 },
        },
      ],
    });
  });

  it('exactly 20 JP from whole 45-minute blocks meets the minimum, with no minutes dropped', () => {
    const hours = developmentHours(
      parsed([
        { form: 'workshop', title: 'Lokakarya', date: '2026-01-01', minutes: 90 },
        { form: 'course', title: 'Kursus', date: '2026-12-31', jp: 18 },
      ]),
      2026,
      { kind: 'CPNS' },
    )._unsafeUnwrap();
    expect(hours).toEqual({
      year: 2026,
      kind: 'CPNS',
      activities: [
        { title: 'Lokakarya', form: 'workshop', path: 'classroom', status: 'completed', date: '2026-01-01', jp: 2 },
        { title: 'Kursus', form: 'course', path: 'classroom', status: 'completed', date: '2026-12-31', jp: 18 },
      ],
      completedJp: 20,
      plannedJp: 0,
      minimumJp: 20,
      maximumJp: null,
      shortfallJp: 0,
      unplannedShortfallJp: 0,
      excessJp: 0,
      reasons: [
        {
          code: 'competency/minimum-jp-met',
          severity: 'info',
          basis: PNS_BASIS,
          message: {
            id: 'Pengembangan kompetensi 2026: 20 JP, memenuhi minimal 20 JP.',
            en: 'Competency development 2026: 20 JP, meeting the 20-JP minimum.',
          },
          data: { completed: 20, minimum: 20 },
        },
      ],
    });
  });

  it('19.5 JP completed and 0.5 planned: 0.5 short, nothing left unplanned', () => {
    const hours = developmentHours(
      parsed([
        { form: 'coaching', title: 'Coaching', date: '2026-03-02', jp: 19.5 },
        { form: 'coaching', title: 'Coaching 2', date: '2026-04-02', jp: 0.5, status: 'planned' },
      ]),
      2026,
      { kind: 'PNS' },
    )._unsafeUnwrap();
    expect([hours.shortfallJp, hours.unplannedShortfallJp]).toEqual([0.5, 0]);
    expect(hours.reasons.map((item) => item.code)).toEqual(['competency/below-minimum-jp']);
  });

  it('JP are summed to 2 decimals: 0.1 + 0.2 completed is 0.3, 0.1 + 0.2 planned is 0.3', () => {
    const hours = developmentHours(
      parsed([
        { form: 'coaching', title: 'A', date: '2026-03-02', jp: 0.1 },
        { form: 'coaching', title: 'B', date: '2026-03-03', jp: 0.2 },
        { form: 'mentoring', title: 'C', date: '2026-03-04', jp: 0.1, status: 'planned' },
        { form: 'mentoring', title: 'D', date: '2026-03-05', jp: 0.2, status: 'planned' },
      ]),
      2026,
      { kind: 'PNS' },
    )._unsafeUnwrap();
    expect([hours.completedJp, hours.plannedJp, hours.shortfallJp, hours.unplannedShortfallJp]).toEqual([0.3, 0.3, 19.7, 19.4]);
  });

  it('a PPPK at exactly 24 JP (completed and planned together) is within the cap', () => {
    const hours = developmentHours(
      parsed([
        { form: 'course', title: 'Kursus', date: '2026-02-02', jp: 20 },
        { form: 'mentoring', title: 'Mentoring', date: '2026-09-01', jp: 4, status: 'planned' },
      ]),
      2026,
      { kind: 'PPPK' },
    )._unsafeUnwrap();
    expect(hours).toEqual({
      year: 2026,
      kind: 'PPPK',
      activities: [
        { title: 'Kursus', form: 'course', path: 'classroom', status: 'completed', date: '2026-02-02', jp: 20 },
        { title: 'Mentoring', form: 'mentoring', path: 'non-classroom', status: 'planned', date: '2026-09-01', jp: 4 },
      ],
      completedJp: 20,
      plannedJp: 4,
      minimumJp: null,
      maximumJp: 24,
      shortfallJp: 0,
      unplannedShortfallJp: 0,
      excessJp: 0,
      reasons: [
        {
          code: 'competency/within-maximum-jp',
          severity: 'info',
          basis: PPPK_BASIS,
          message: {
            id: 'Pengembangan kompetensi PPPK 2026: 24 JP, dalam batas 24 JP.',
            en: 'PPPK competency development 2026: 24 JP, within the 24-JP cap.',
          },
          data: { completed: 20, planned: 4, maximum: 24 },
        },
      ],
    });
  });

  it('a PPPK at 24.5 JP exceeds the cap by 0.5 (the warning in full)', () => {
    const hours = developmentHours(
      parsed([
        { form: 'course', title: 'Kursus', date: '2026-02-02', jp: 20 },
        { form: 'mentoring', title: 'Mentoring', date: '2026-09-01', jp: 4.5, status: 'planned' },
      ]),
      2026,
      { kind: 'PPPK' },
    )._unsafeUnwrap();
    expect(hours.excessJp).toBe(0.5);
    expect(hours.reasons).toEqual([
      {
        code: 'competency/above-maximum-jp',
        severity: 'warning',
        basis: PPPK_BASIS,
        message: {
          id: 'Pengembangan kompetensi PPPK 2026: 24.5 JP (selesai 20, rencana 4.5) melebihi batas 24 JP sebanyak 0.5 JP.',
          en: 'PPPK competency development 2026: 24.5 JP (20 completed, 4.5 planned) exceeds the 24-JP cap by 0.5 JP.',
        },
        data: { completed: 20, planned: 4.5, maximum: 24, excess: 0.5 },
      },
    ]);
  });

  it('a PPPK in a JPT utama position is exempt from the cap (PP 49/2018 Pasal 40 ayat (2)), in full', () => {
    const hours = developmentHours(parsed([{ form: 'course', title: 'Kursus', date: '2026-02-02', jp: 40 }]), 2026, {
      kind: 'PPPK',
      position: { type: 'jpt', level: 'utama' },
    })._unsafeUnwrap();
    expect(hours).toEqual({
      year: 2026,
      kind: 'PPPK',
      activities: [{ title: 'Kursus', form: 'course', path: 'classroom', status: 'completed', date: '2026-02-02', jp: 40 }],
      completedJp: 40,
      plannedJp: 0,
      minimumJp: null,
      maximumJp: null,
      shortfallJp: 0,
      unplannedShortfallJp: 0,
      excessJp: 0,
      reasons: [
        {
          code: 'competency/pppk-cap-exempt',
          severity: 'info',
          basis: { instrument: 'PP 49/2018', article: 'Pasal 40 ayat (2)', interpretation: 'development-hours' },
          message: {
            id: 'Batas 24 JP tidak berlaku bagi PPPK yang menduduki JPT utama atau madya tertentu.',
            en: 'The 24-JP cap does not apply to a PPPK in certain JPT utama or madya positions.',
          },
          data: { completed: 40, planned: 0 },
        },
      ],
    });
  });

  it('a PPPK in another position with a level named like a JPT one keeps the cap', () => {
    const hours = developmentHours(parsed([{ form: 'course', title: 'Kursus', date: '2026-02-02', jp: 30 }]), 2026, {
      kind: 'PPPK',
      position: { type: 'fungsional', level: 'ahli-utama' },
    })._unsafeUnwrap();
    expect([hours.maximumJp, hours.excessJp]).toEqual([24, 6]);
  });

  it('the year is checked: 1899 and 3000 are invalid, a fraction too', () => {
    for (const year of [1899, 3000, 2026.5]) {
      expect(developmentHours([], year, { kind: 'PNS' })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    }
  });

  it('the first year of each bound: PNS from 2017 (PP 11/2017), PPPK from 2018 (PP 49/2018)', () => {
    expect(developmentHours([], 2018, { kind: 'PPPK' })._unsafeUnwrap().maximumJp).toBe(24);
    expect(developmentHours([], 2016, { kind: 'CPNS' })._unsafeUnwrapErr()).toMatchObject({ code: 'competency/no-rule-in-force' });
  });
});
