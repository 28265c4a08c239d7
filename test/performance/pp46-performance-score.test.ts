import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pp46PerformanceScore, type Pp46Creativity } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

describe('pp46PerformanceScore', () => {
  it('§1.11 H5: PP46 SKP 85,50, perilaku 83,00 → 0,6·85,5 + 0,4·83 = 84,50 → Baik', () => {
    const result = pp46PerformanceScore({ skp: 85.5, behaviour: 83 })._unsafeUnwrap();
    expect(result.score).toBe(84.5);
    expect(result.band).toBe('good');
    expect(result.label.id).toBe('Baik');
    expect(result.weights).toEqual([60, 40]);
    expect(result.reasons[0]?.message.id).toBe('60% × 85.5 + 40% × 83 = 84.5: Baik.');
  });
  it('docs/interpretations.md#legacy-bands: bands on the value rounded to 2 decimals (> 90, > 75, > 60, > 50)', () => {
    const band = (skp: number) => pp46PerformanceScore({ skp, behaviour: skp })._unsafeUnwrap().label.id;
    expect([band(90.01), band(90), band(75.01), band(75), band(60.01), band(60), band(50.01), band(50)]).toEqual([
      'Sangat Baik', 'Baik', 'Baik', 'Cukup', 'Cukup', 'Kurang', 'Kurang', 'Buruk',
    ]);
    expect(band(90.004)).toBe('Baik');
  });
  it('§1.10a: the SKP from activities, additional tasks and creativity', () => {
    const activity = {
      quantity: { target: 1, realisation: 1 },
      quality: { target: 100, realisation: 90 },
      time: { target: 12, realisation: 12 },
      cost: { target: 170395000, realisation: 170395000 },
    };
    const result = pp46PerformanceScore({
      skp: { activities: [activity, activity], additionalTasks: 4, creativity: 'unit-head' },
      behaviour: { service: 80, integrity: 85, commitment: 80, discipline: 85, cooperation: 80 },
    })._unsafeUnwrap();
    expect(result.skpScore).toBe(90.5);
    expect(result.behaviourScore).toBe(82);
    expect(result.score).toBe(87.1);
  });
  it('§1.10a: additional tasks 1–3 give 1 point, 7 or more give 3; creativity by the President gives 12', () => {
    const activity = { quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 100 }, time: { target: 12, realisation: 12 } };
    const skp = (additionalTasks: number, creativity: Pp46Creativity) =>
      pp46PerformanceScore({ skp: { activities: [activity], additionalTasks, creativity }, behaviour: 80 })._unsafeUnwrap().skpScore;
    expect(skp(0, 'none')).toBe(92);
    expect(skp(2, 'none')).toBe(93);
    expect(skp(7, 'ppk')).toBe(101);
    expect(skp(0, 'president')).toBe(104);
  });
  it('§1.10a: leadership counts for structural officials', () => {
    const result = pp46PerformanceScore({
      skp: 80,
      behaviour: { service: 80, integrity: 80, commitment: 80, discipline: 80, cooperation: 80, leadership: 86 },
    })._unsafeUnwrap();
    expect(result.behaviourScore).toBe(81);
  });
  it('refuses bad input', () => {
    expect(pp46PerformanceScore(untyped({ skp: 80 }))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(pp46PerformanceScore({ skp: { activities: [] }, behaviour: 80 })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('pp46PerformanceScore — the reason', () => {
  it('shows the weighted sum and the band in both languages, and nothing else', () => {
    expect(pp46PerformanceScore({ skp: 85.5, behaviour: 83 })._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/legacy-score',
        severity: 'info',
        basis: { instrument: 'PP 46/2011', article: 'Perka BKN 1/2013 (SKP 60%, perilaku 40%)', interpretation: 'legacy-bands' },
        message: { id: '60% × 85.5 + 40% × 83 = 84.5: Baik.', en: '60% × 85.5 + 40% × 83 = 84.5: good.' },
        data: { skpScore: 85.5, behaviourScore: 83, weights: [60, 40], score: 84.5 },
      },
    ]);
  });

  it('gives one point for a single additional task', () => {
    const activity = { quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 100 }, time: { target: 12, realisation: 12 } };
    expect(pp46PerformanceScore({ skp: { activities: [activity], additionalTasks: 1, creativity: 'none' }, behaviour: 80 })._unsafeUnwrap().skpScore).toBe(93);
  });
});

describe('properties', () => {
  it('a better SKP value never lowers the score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 10000 }), (skp, gain, behaviour) => {
        const low = pp46PerformanceScore({ skp: skp / 100, behaviour: behaviour / 100 })._unsafeUnwrap().score;
        const high = pp46PerformanceScore({ skp: (skp + gain) / 100, behaviour: behaviour / 100 })._unsafeUnwrap().score;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = pp46PerformanceScore(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

describe('D10: no score leaves the 0–120 scale, no Ok holds a non-finite number', () => {
  it('the reproduction: an SKP of 1e308 is an Err (at most 10^15), no Ok with score Infinity', () => {
    const result = pp46PerformanceScore({ skp: 1e308, behaviour: 83 });
    expect(result.isErr() && dataOf(result.error, 'performance/invalid-input').issues).toEqual([{ path: 'skp', message: 'Too big: expected number to be <=1000000000000000' }]);
  });

  it('an SKP above 120 is kept at 120 (every value above 90 is Sangat Baik either way)', () => {
    const result = pp46PerformanceScore({ skp: 1e15, behaviour: 83 })._unsafeUnwrap();
    expect([result.skpScore, result.score, result.band]).toEqual([120, 105.2, 'very-good']);
    const activity = { quantity: { target: 1e-6, realisation: 1e15 }, quality: { target: 100, realisation: 100 }, time: { target: 12, realisation: 12 } };
    const computed = pp46PerformanceScore({ skp: { activities: [activity] }, behaviour: 100 })._unsafeUnwrap();
    expect([computed.skpScore, computed.score]).toEqual([120, 112]);
  });

  it('every Ok holds finite numbers within the scale', () => {
    const big = fc.double({ min: 0, max: 1e15, noNaN: true });
    fc.assert(
      fc.property(big, fc.double({ min: 0, max: 100, noNaN: true }), (skp, behaviour) => {
        const result = pp46PerformanceScore({ skp, behaviour })._unsafeUnwrap();
        for (const value of [result.skpScore, result.behaviourScore, result.score]) expect(value >= 0 && value <= 120).toBe(true);
      }),
      { seed: 10 },
    );
  });
});
