import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNGSIONAL_LEVELS, type FungsionalLevel } from '../../src/employee/index';
import { creditPoints } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

describe('creditPoints', () => {
  it('§1.11 P13: JF Ahli Muda, annual predikat Sangat Baik → AK = 25 × 150% = 37,5', () => {
    const result = creditPoints({ level: 'ahli-muda', predikat: 'very-good', periodEnd: '2025-12-31' })._unsafeUnwrap();
    expect(result.coefficient).toBe(25);
    expect(result.percent).toBe(150);
    expect(result.creditPoints).toBe(37.5);
    expect(result.basis.instrument).toBe('PermenPANRB 1/2023');
  });
  it('§1.11 P14: JF Ahli Pertama, predikat Baik → AK = 12,5; max possible 18,75', () => {
    const result = creditPoints({ level: 'ahli-pertama', predikat: 'good', periodEnd: '2024-12-31' })._unsafeUnwrap();
    expect(result.creditPoints).toBe(12.5);
    expect(result.maximum).toBe(18.75);
    expect(result.reasons[0]?.message.id).toBe('Angka kredit = 12.5 × 100% (Baik) × 12/12 bulan = 12.5.');
  });
  it('§1.9: pro-rated by months, rounded to 3 decimals', () => {
    expect(creditPoints({ level: 'ahli-madya', predikat: 'needs-improvement', months: 5, periodEnd: '2025-05-31' })._unsafeUnwrap().creditPoints).toBe(11.719);
    expect(creditPoints({ level: 'terampil', predikat: 'poor', months: 3, periodEnd: '2025-03-31' })._unsafeUnwrap().creditPoints).toBe(0.625);
    expect(creditPoints({ level: 'pemula', predikat: 'very-poor', months: 1, periodEnd: '2025-01-31' })._unsafeUnwrap().creditPoints).toBe(0.078);
  });
  it('§1.9: every level has its coefficient', () => {
    const coefficient = (level: FungsionalLevel) => creditPoints({ level, predikat: 'good', periodEnd: '2025-12-31' })._unsafeUnwrap().coefficient;
    expect(FUNGSIONAL_LEVELS.map(coefficient)).toEqual([
      12.5, 25, 37.5, 50, 3.75, 5, 12.5, 25,
    ]);
  });
  it('§1.9: the rules start with 2023 performance', () => {
    expect(creditPoints({ level: 'ahli-muda', predikat: 'good', periodEnd: '2022-12-31' })._unsafeUnwrapErr().code).toBe(
      'performance/no-rule-in-force',
    );
  });
  it('refuses bad input', () => {
    expect(creditPoints({ level: 'ahli-muda', predikat: 'good', months: 13, periodEnd: '2025-12-31' })._unsafeUnwrapErr().code).toBe(
      'performance/invalid-input',
    );
    expect(creditPoints({ level: untyped('pelaksana'), predikat: 'good', periodEnd: '2025-12-31' })._unsafeUnwrapErr().code).toBe(
      'performance/invalid-input',
    );
  });
});

describe('creditPoints — the reason', () => {
  it('shows the computation in both languages', () => {
    expect(creditPoints({ level: 'ahli-muda', predikat: 'very-good', periodEnd: '2025-12-31' })._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/credit-points',
        severity: 'info',
        basis: {
          instrument: 'PermenPANRB 1/2023',
          article: 'Lampiran (koefisien angka kredit tahunan); Peraturan BKN 3/2023',
          evidence: 'unverified',
          note: 'to check against the Lampiran',
        },
        message: {
          id: 'Angka kredit = 25 × 150% (Sangat Baik) × 12/12 bulan = 37.5.',
          en: 'Credit points = 25 × 150% (very good) × 12/12 months = 37.5.',
        },
        data: { coefficient: 25, percent: 150, months: 12, maximum: 37.5 },
      },
    ]);
  });
});

describe('properties', () => {
  const level = fc.constantFrom('ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama', 'pemula', 'terampil', 'mahir', 'penyelia');
  const predikat = fc.constantFrom('very-good', 'good', 'needs-improvement', 'poor', 'very-poor');
  it('never more than the maximum, and more months never earn less', () => {
    fc.assert(
      fc.property(level, predikat, fc.integer({ min: 1, max: 11 }), (lvl, pred, months) => {
        const fewer = creditPoints({ level: lvl, predikat: pred, months, periodEnd: '2025-12-31' })._unsafeUnwrap();
        const more = creditPoints({ level: lvl, predikat: pred, months: months + 1, periodEnd: '2025-12-31' })._unsafeUnwrap();
        expect(fewer.creditPoints).toBeLessThanOrEqual(fewer.maximum);
        expect(more.creditPoints).toBeGreaterThanOrEqual(fewer.creditPoints);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = creditPoints(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
