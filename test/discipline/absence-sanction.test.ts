import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import {
  ABSENCE_SANCTION_TIERS,
  absenceSanction,
  type AbsenceSanctionDecision,
  type AbsenceSanctionOptions,
  type AbsenceSanctionParams,
  type AbsenceTierTable,
  type DisciplineError,
} from '../../src/discipline';

const decide = (yearTotal: number, longestConsecutive = 1): AbsenceSanctionDecision =>
  absenceSanction({ yearTotal, longestConsecutive })._unsafeUnwrap();

const PPPK_TABLE: AbsenceTierTable = {
  name: 'pemko-medan/pppk-absence',
  rows: [
    {
      id: 'year-5-9',
      trigger: { kind: 'year-total', min: 5, max: 9 },
      sanction: { code: 'written-reprimand', level: 'light', rank: 1, dismissal: false, label: { id: 'Teguran tertulis', en: 'Written reprimand' } },
      basis: { instrument: 'Perwal Medan (contoh)', article: 'Pasal 3' },
      effective: { from: '2024-01-01' as IsoDate },
    },
    {
      id: 'year-10-plus',
      trigger: { kind: 'year-total', min: 10 },
      sanction: { code: 'contract-ended', level: 'severe', rank: 3, dismissal: true, label: { id: 'Pemutusan hubungan perjanjian kerja', en: 'Contract ended' } },
      basis: { instrument: 'Perwal Medan (contoh)', article: 'Pasal 4' },
      effective: { from: '2024-01-01' as IsoDate },
    },
    {
      id: 'consecutive-5',
      trigger: { kind: 'consecutive', days: 5 },
      sanction: { code: 'allowance-cut', level: 'moderate', rank: 2, dismissal: false, months: 3, allowanceCutPercent: 10, label: { id: 'Potong TPP', en: 'Allowance cut' } },
      basis: { instrument: 'Perwal Medan (contoh)', article: 'Pasal 5' },
      effective: { from: '2024-01-01' as IsoDate },
    },
    {
      id: 'consecutive-8',
      trigger: { kind: 'consecutive', days: 8 },
      sanction: { code: 'contract-ended', level: 'severe', rank: 3, dismissal: true, label: { id: 'Pemutusan hubungan perjanjian kerja', en: 'Contract ended' } },
      stopsSalary: true,
      basis: { instrument: 'Perwal Medan (contoh)', article: 'Pasal 6' },
      effective: { from: '2024-01-01' as IsoDate },
    },
  ],
};

describe('absenceSanction — digest §6.3 worked examples', () => {
  it('§6.3 example 1: PP 94/2021 Penjelasan Pasal 9(2)(b) — 3 days → teguran lisan, 4–6 → teguran tertulis, 7–10 → pernyataan tidak puas', () => {
    expect(decide(3).sanction?.code).toBe('oral-reprimand');
    expect(decide(3).sanction?.label.id).toBe('Teguran lisan');
    for (const total of [4, 5, 6]) expect(decide(total).sanction?.code).toBe('written-reprimand');
    for (const total of [7, 8, 9, 10]) expect(decide(total).sanction?.code).toBe('written-dissatisfaction');
    expect(decide(10).level).toBe('light');
    expect(decide(10).basis).toEqual({ instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 3' });
  });

  it('§6.3 example 2: PP 94/2021 Penjelasan Pasal 8 huruf c — "PNS bernama A", Kepala Bidang, 10 consecutive working days → PDHTAPS', () => {
    const decision = decide(10, 10);
    expect(decision.tier?.id).toBe('consecutive-10');
    expect(decision.sanction?.code).toBe('dismissal');
    expect(decision.sanction?.label.id).toBe('Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS');
    expect(decision.level).toBe('severe');
    expect(decision.salaryStops).toBe(true);
    expect(decision.basis).toEqual({
      instrument: 'PP 94/2021',
      article: 'Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2)',
      note: 'regardless of the yearly total',
      interpretation: 'absence-counting',
    });
    expect(decision.yearTotalTier?.id).toBe('year-7-10');
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'discipline/year-total-tier',
      'discipline/unit-impact',
      'discipline/consecutive-absence',
    ]);
  });

  it('§6.3 example 3: 2 days cumulative → no sanction tier', () => {
    const decision = decide(2, 2);
    expect(decision.tier).toBeNull();
    expect(decision.sanction).toBeNull();
    expect(decision.level).toBeNull();
    expect(decision.basis).toBeNull();
    expect(decision.salaryStops).toBe(false);
    expect(decision.reasons).toEqual([
      {
        code: 'discipline/below-first-tier',
        severity: 'info',
        basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 1', interpretation: 'absence-counting' },
        message: {
          id: '2 hari tidak masuk kerja dalam setahun belum mencapai tingkat hukuman disiplin mana pun.',
          en: '2 days of absence in the year reach no disciplinary tier.',
        },
        data: { countedDays: 2 },
      },
    ]);
  });

  it('§6.3 example 4: 12 days → tunjangan kinerja −25 % for 6 months (sedang)', () => {
    const decision = decide(12);
    expect(decision.sanction?.code).toBe('allowance-cut-6-months');
    expect(decision.sanction?.months).toBe(6);
    expect(decision.sanction?.allowanceCutPercent).toBe(25);
    expect(decision.level).toBe('moderate');
    expect(decision.basis?.article).toBe('Pasal 10 ayat (2) huruf f angka 1');
  });

  it('§6.3 example 5: 20 days → −25 % for 12 months; 21 days → demotion for 12 months (berat)', () => {
    expect(decide(20).sanction?.code).toBe('allowance-cut-12-months');
    expect(decide(20).sanction?.months).toBe(12);
    expect(decide(21).sanction?.code).toBe('demotion');
    expect(decide(21).level).toBe('severe');
    expect(decide(21).sanction?.months).toBe(12);
  });

  it('§6.3 example 6: 27 days → release to pelaksana; 28 days → PDHTAPS', () => {
    expect(decide(27).sanction?.code).toBe('release-to-pelaksana');
    expect(decide(28).sanction?.code).toBe('dismissal');
    expect(decide(28).salaryStops).toBe(false);
    expect(decide(200).tier?.id).toBe('year-28-plus');
  });

  it('§6.3 example 7: 8 consecutive working days do not trigger the 10-consecutive-day rule', () => {
    const decision = decide(8, 8);
    expect(decision.consecutiveTier).toBeNull();
    expect(decision.sanction?.code).toBe('written-dissatisfaction');
    expect(decide(9, 9).consecutiveTier).toBeNull();
  });

  it('§6.3 example 9 and §8 item 11: 25 minutes late on 18 days = 450 min → +1 day, only with the docs/interpretations.md#absence-counting option', () => {
    const converted = absenceSanction({ yearTotal: 2, longestConsecutive: 1, lateMinutes: 18 * 25 }, { convertLateness: true })._unsafeUnwrap();
    expect(converted.convertedDays).toBe(1);
    expect(converted.countedDays).toBe(3);
    expect(converted.sanction?.code).toBe('oral-reprimand');
    expect(converted.reasons[0]).toEqual({
      code: 'discipline/lateness-converted',
      severity: 'info',
      basis: {
        instrument: 'PP 53/2010',
        article: 'Penjelasan Pasal 3 angka 11',
        note: 'an explicit option, off by default; PP 94/2021 does not state it',
        interpretation: 'absence-counting',
      },
      message: {
        id: 'Keterlambatan dan pulang cepat 450 menit dikonversi menjadi 1 hari tidak masuk kerja (7½ jam = 1 hari).',
        en: '450 minutes of lateness and early leaving were converted into 1 day of absence (7½ hours = 1 day).',
      },
      data: { lateMinutes: 450, minutesPerDay: 450, convertedDays: 1 },
    });
    const byDefault = absenceSanction({ yearTotal: 2, longestConsecutive: 1, lateMinutes: 450 })._unsafeUnwrap();
    expect(byDefault.convertedDays).toBe(0);
    expect(byDefault.countedDays).toBe(2);
    expect(byDefault.sanction).toBeNull();
    expect(byDefault.reasons[0]?.code).toBe('discipline/lateness-not-converted');
    expect(absenceSanction({ yearTotal: 0, longestConsecutive: 0, lateMinutes: 450 }, { convertLateness: true })._unsafeUnwrap().countedDays).toBe(1);
    const none = absenceSanction({ yearTotal: 0, longestConsecutive: 0, lateMinutes: 449 }, { convertLateness: true })._unsafeUnwrap();
    expect(none.convertedDays).toBe(0);
    expect(none.reasons[0]?.message.en).toBe('449 minutes of lateness and early leaving were converted into 0 days of absence (7½ hours = 1 day).');
  });

  it('§8 item 12: the first tier is exactly 3 days, not "1–3 days"', () => {
    expect(decide(1).sanction).toBeNull();
    expect(decide(0, 0).sanction).toBeNull();
    expect(decide(3).tier?.id).toBe('year-3');
  });
});

describe('absenceSanction — rules and options', () => {
  it('gives every tier of the PNS table at its edges', () => {
    const edges: [number, string][] = [
      [3, 'year-3'], [4, 'year-4-6'], [6, 'year-4-6'], [7, 'year-7-10'], [10, 'year-7-10'], [11, 'year-11-13'],
      [13, 'year-11-13'], [14, 'year-14-16'], [16, 'year-14-16'], [17, 'year-17-20'], [20, 'year-17-20'],
      [21, 'year-21-24'], [24, 'year-21-24'], [25, 'year-25-27'], [27, 'year-25-27'], [28, 'year-28-plus'],
    ];
    for (const [total, id] of edges) expect(decide(total).tier?.id).toBe(id);
  });

  it('lets the heavier rule govern: 28 days and a 10-day run → the consecutive rule, which stops salary', () => {
    const decision = decide(28, 12);
    expect(decision.tier?.id).toBe('consecutive-10');
    expect(decision.yearTotalTier?.id).toBe('year-28-plus');
    expect(decision.salaryStops).toBe(true);
  });

  it('notes that the light tiers concern absence that affects the unit', () => {
    expect(decide(5).reasons[1]?.code).toBe('discipline/unit-impact');
    expect(decide(11).reasons.map((r) => r.code)).toEqual(['discipline/year-total-tier']);
  });

  it('applies the rows in force on asOf, and refuses a date before PP 94/2021', () => {
    expect(absenceSanction({ yearTotal: 3, longestConsecutive: 1, asOf: '2021-08-31' as IsoDate })._unsafeUnwrap().sanction?.code).toBe('oral-reprimand');
    const error = absenceSanction({ yearTotal: 3, longestConsecutive: 1, asOf: '2021-08-30' as IsoDate })._unsafeUnwrapErr();
    expect(error.code).toBe('discipline/no-rule-in-force');
    expect(error.data).toEqual({ table: 'discipline/pns-absence', date: '2021-08-30' });
  });

  it('accepts an agency table in the same shape (PPPK), with its heaviest consecutive tier', () => {
    const light = absenceSanction({ yearTotal: 6, longestConsecutive: 2 }, { table: PPPK_TABLE })._unsafeUnwrap();
    expect(light.sanction?.code).toBe('written-reprimand');
    expect(light.reasons.map((r) => r.code)).toEqual(['discipline/year-total-tier']);
    const run = absenceSanction({ yearTotal: 6, longestConsecutive: 6 }, { table: PPPK_TABLE })._unsafeUnwrap();
    expect(run.tier?.id).toBe('consecutive-5');
    expect(run.sanction?.allowanceCutPercent).toBe(10);
    expect(run.salaryStops).toBe(false);
    const long = absenceSanction({ yearTotal: 9, longestConsecutive: 9 }, { table: PPPK_TABLE })._unsafeUnwrap();
    expect(long.tier?.id).toBe('consecutive-8');
    expect(long.salaryStops).toBe(true);
    expect(long.reasons[1]?.message.en).toBe('Unexcused absence on 9 consecutive working days: Contract ended; salary payment stops from the next month.');
    const total = absenceSanction({ yearTotal: 12, longestConsecutive: 6 }, { table: PPPK_TABLE })._unsafeUnwrap();
    expect(total.tier?.id).toBe('year-10-plus');
    expect(total.reasons[1]?.message.en).toBe('Unexcused absence on 6 consecutive working days: Allowance cut.');
    expect(absenceSanction({ yearTotal: 3, longestConsecutive: 1, asOf: '2023-12-31' as IsoDate }, { table: PPPK_TABLE })._unsafeUnwrapErr().code).toBe(
      'discipline/no-rule-in-force',
    );
  });

  it('on two consecutive-day rows with the same run, takes the one that came into force last', () => {
    const base = PPPK_TABLE.rows[2]!;
    const table: AbsenceTierTable = {
      name: 'two-versions',
      rows: [
        { ...base, id: 'consecutive-5-2024' },
        { ...base, id: 'consecutive-5-2025', effective: { from: '2025-01-01' as IsoDate } },
        { ...base, id: 'consecutive-5-2023', effective: { from: '2023-01-01' as IsoDate } },
      ],
    };
    expect(absenceSanction({ yearTotal: 5, longestConsecutive: 5 }, { table })._unsafeUnwrap().tier?.id).toBe('consecutive-5-2025');
    expect(absenceSanction({ yearTotal: 5, longestConsecutive: 5, asOf: '2024-06-01' as IsoDate }, { table })._unsafeUnwrap().tier?.id).toBe('consecutive-5-2024');
  });

  it('does not convert lateness under a table dated before the conversion row', () => {
    const old: AbsenceTierTable = { name: 'old', rows: [{ ...ABSENCE_SANCTION_TIERS.rows[0], effective: { from: '2001-01-01' as IsoDate } }] };
    const decision = absenceSanction({ yearTotal: 2, longestConsecutive: 1, lateMinutes: 450, asOf: '2005-01-01' as IsoDate }, { table: old, convertLateness: true });
    expect(decision._unsafeUnwrap().countedDays).toBe(2);
  });

  it('refuses malformed counts, options and tables with coded errors', () => {
    const bad: unknown[] = [
      null,
      {},
      { yearTotal: -1, longestConsecutive: 0 },
      { yearTotal: 2.5, longestConsecutive: 0 },
      { yearTotal: 3, longestConsecutive: '1' },
      { yearTotal: 3, longestConsecutive: 1, asOf: '2026-02-30' },
      { yearTotal: 3, longestConsecutive: 1, lateMinutes: -5 },
    ];
    for (const params of bad) {
      // @ts-expect-error: intentionally invalid input
      expect(absenceSanction(params)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
    }
    const badOptions: unknown[] = [
      { convertLateness: 'yes' },
      { table: { name: 'x', rows: [] } },
      { table: { name: 'x', rows: [{ ...PPPK_TABLE.rows[0], trigger: { kind: 'year-total', min: 5, max: 4 } }] } },
      { table: { name: 'x', rows: [{ ...PPPK_TABLE.rows[0], effective: { from: '2024-01-02', to: '2024-01-01' } }] } },
      { table: { name: 'x', rows: [{ ...PPPK_TABLE.rows[0], sanction: { ...PPPK_TABLE.rows[0]?.sanction, level: 'harsh' } }] } },
    ];
    for (const options of badOptions) {
      // @ts-expect-error: intentionally invalid input
      const error = absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, options)._unsafeUnwrapErr();
      expect(error.code).toBe('discipline/invalid-input');
    }
    const error = absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, { table: { name: 'x', rows: [] } })._unsafeUnwrapErr();
    expect(error.data).toEqual({ issues: [{ path: 'table.rows', message: 'Too small: expected array to have >=1 items' }] });
  });
});

describe('absenceSanction types', () => {
  it('pins the signature', () => {
    expectTypeOf(absenceSanction).parameter(0).toEqualTypeOf<AbsenceSanctionParams>();
    expectTypeOf(absenceSanction).parameter(1).toEqualTypeOf<AbsenceSanctionOptions | undefined>();
    expectTypeOf(absenceSanction).returns.toEqualTypeOf<Result<AbsenceSanctionDecision, DisciplineError>>();
    // @ts-expect-error: the yearly total is a number, not a string
    absenceSanction({ yearTotal: '3', longestConsecutive: 1 });
  });
});

describe('properties', () => {
  const rankOf = (decision: AbsenceSanctionDecision): number => decision.sanction?.rank ?? 0;

  it('a higher yearly total never gives a lighter sanction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 30 }), (a, b, run) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rankOf(decide(high, run))).toBeGreaterThanOrEqual(rankOf(decide(low, run)));
      }),
    );
  });

  it('a longer run never gives a lighter sanction, and 10 or more always dismisses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (total, run) => {
        expect(rankOf(decide(total, run + 1))).toBeGreaterThanOrEqual(rankOf(decide(total, run)));
        if (run >= 10) expect(decide(total, run).sanction?.code).toBe('dismissal');
      }),
    );
  });

  it('counted days are the absent days plus whole 450-minute blocks when converting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 20_000 }), (days, minutes) => {
        const decision = absenceSanction({ yearTotal: days, longestConsecutive: 0, lateMinutes: minutes }, { convertLateness: true })._unsafeUnwrap();
        expect(decision.countedDays).toBe(days + Math.floor(minutes / 450));
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (params, options) => {
        // @ts-expect-error: intentionally arbitrary input
        const result = absenceSanction(params, options);
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
