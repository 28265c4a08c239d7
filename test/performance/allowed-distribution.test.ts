import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedDistribution } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

describe('allowedDistribution', () => {
  it('docs/interpretations.md#predikat-distribution: a Baik unit of 10: Baik 2–7 (largest, at most 70%), at least one Butuh Perbaikan/Kurang', () => {
    const allowed = allowedDistribution('good', 10)._unsafeUnwrap();
    expect(allowed.ranges).toEqual({
      'very-good': { min: 0, max: 7 },
      good: { min: 2, max: 7 },
      'needs-improvement': { min: 0, max: 8 },
      poor: { min: 0, max: 8 },
      'very-poor': { min: 0, max: 7 },
    });
    expect(allowed.rules.map((rule) => rule.limit)).toEqual([2, 7, 1]);
    expect(allowed.basis.instrument).toBe('SE MenPANRB 3/2023');
  });
  it('docs/interpretations.md#predikat-distribution: a maximum floors and a minimum ceils (n = 7: 70% → 4, 60% → 5, 10% → 1)', () => {
    expect(allowedDistribution('outstanding', 7)._unsafeUnwrap().ranges['very-good']).toEqual({ min: 2, max: 4 });
    const poor = allowedDistribution('poor', 7)._unsafeUnwrap();
    expect(poor.ranges.poor).toEqual({ min: 5, max: 6 });
    expect(poor.ranges['needs-improvement']).toEqual({ min: 1, max: 2 });
    expect(poor.ranges['very-good']).toEqual({ min: 0, max: 0 });
  });
  it('docs/interpretations.md#predikat-distribution: a Sangat Kurang unit of 10 leaves no room for Sangat Baik', () => {
    const allowed = allowedDistribution('very-poor', 10)._unsafeUnwrap();
    expect(allowed.ranges['very-good']).toEqual({ min: 0, max: 0 });
    expect(allowed.ranges['very-poor']).toEqual({ min: 6, max: 9 });
    expect(allowed.ranges.good).toEqual({ min: 0, max: 3 });
    expect(allowed.ranges.poor).toEqual({ min: 0, max: 4 });
  });
  it('docs/interpretations.md#predikat-distribution: a Butuh Perbaikan unit of 20', () => {
    const allowed = allowedDistribution('needs-improvement', 20)._unsafeUnwrap();
    expect(allowed.ranges['needs-improvement']).toEqual({ min: 12, max: 20 });
    expect(allowed.ranges['very-good']).toEqual({ min: 0, max: 2 });
  });
  it('warns when a very small unit cannot meet every rule', () => {
    const allowed = allowedDistribution('good', 1)._unsafeUnwrap();
    expect(allowed.ranges.good).toEqual({ min: 1, max: 0 });
    expect(allowed.reasons.map((why) => [why.code, why.severity])).toEqual([
      ['performance/allowed-distribution', 'info'],
      ['performance/pattern-unreachable', 'warning'],
    ]);
    expect(allowedDistribution('good', 3)._unsafeUnwrap().reasons).toHaveLength(1);
  });
  it('words the ranges in both languages, and the warning of a unit too small for the rules', () => {
    const basis = { instrument: 'SE MenPANRB 3/2023', article: 'Lampiran (pola distribusi predikat kinerja pegawai)', interpretation: 'predikat-distribution' };
    expect(allowedDistribution('good', 10)._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/allowed-distribution',
        severity: 'info',
        basis,
        message: {
          id: 'Unit berpredikat Baik dengan 10 pegawai: Sangat Baik 0–7, Baik 2–7, Butuh Perbaikan 0–8, Kurang/Misconduct 0–8, Sangat Kurang 0–7.',
          en: 'A good unit of 10 employees: very good 0–7, good 2–7, needs improvement 0–8, poor/misconduct 0–8, very poor 0–7.',
        },
      },
    ]);
    expect(allowedDistribution('good', 1)._unsafeUnwrap().reasons[1]).toEqual({
      code: 'performance/pattern-unreachable',
      severity: 'warning',
      basis,
      message: {
        id: 'Dengan 1 pegawai tidak ada sebaran yang memenuhi semua ketentuan; pelanggaran perlu dijelaskan.',
        en: 'With 1 employees no distribution meets every rule; a breach needs a justification.',
      },
      data: { headCount: 1 },
    });
  });

  it('does not warn when the minimums fill the unit exactly (a Butuh Perbaikan unit of 1, a Kurang unit of 3)', () => {
    const one = allowedDistribution('needs-improvement', 1)._unsafeUnwrap();
    expect(one.ranges['needs-improvement']).toEqual({ min: 1, max: 1 });
    expect(one.reasons.map((why) => why.code)).toEqual(['performance/allowed-distribution']);
    const three = allowedDistribution('poor', 3)._unsafeUnwrap();
    expect([three.ranges.poor, three.ranges['needs-improvement']]).toEqual([{ min: 2, max: 2 }, { min: 1, max: 1 }]);
    expect(three.reasons).toHaveLength(1);
    expect(allowedDistribution('poor', 2)._unsafeUnwrap().reasons.map((why) => why.code)).toEqual([
      'performance/allowed-distribution',
      'performance/pattern-unreachable',
    ]);
  });

  it('uses the rules in force on a date', () => {
    expect(allowedDistribution('good', 10, { asOf: '2025-06-30' }).isOk()).toBe(true);
    expect(allowedDistribution('good', 10, { asOf: '2022-12-31' })._unsafeUnwrapErr().code).toBe('performance/no-rule-in-force');
  });
  it('refuses bad input with coded errors', () => {
    expect(allowedDistribution(untyped('Baik'), 10)._unsafeUnwrapErr().code).toBe('performance/unknown-predikat');
    expect(allowedDistribution('good', 0)._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(allowedDistribution('good', 2.5)._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(allowedDistribution('good', 5, { asOf: '2025-02-30' })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('properties', () => {
  const org = fc.constantFrom('outstanding', 'good', 'needs-improvement', 'poor', 'very-poor');
  it('every range lies within 0 and the head count', () => {
    fc.assert(
      fc.property(org, fc.integer({ min: 1, max: 500 }), (orgPredikat, n) => {
        for (const range of Object.values(allowedDistribution(orgPredikat, n)._unsafeUnwrap().ranges)) {
          expect(range.min).toBeGreaterThanOrEqual(0);
          expect(range.max).toBeLessThanOrEqual(n);
        }
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, hostileArbitrary, (a, b, c) => {
        const result = allowedDistribution(untyped(a), untyped(b), untyped(c));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
