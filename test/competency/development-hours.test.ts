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
