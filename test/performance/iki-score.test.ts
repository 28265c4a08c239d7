import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ikiScore } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

describe('ikiScore', () => {
  it('§1.11 H8: PermenPANRB 8/2021: target 95, realisasi 93 → capaian 98% → Cukup, nilai 88', () => {
    const result = ikiScore({ target: 95, realisation: 93 })._unsafeUnwrap();
    expect(result.achievement).toBe(97.89);
    expect(result.achievement).toBeCloseTo(98, 0);
    expect(result.band).toBe('fair');
    expect(result.label.id).toBe('Cukup');
    expect(result.score).toBe(87.89);
    expect(result.score).toBeCloseTo(88, 0);
  });
  it('§1.11 H9: 8/2021: target 85, realisasi 85 → 100% → Baik, nilai 109', () => {
    const result = ikiScore({ target: 85, realisation: 85 })._unsafeUnwrap();
    expect([result.achievement, result.band, result.score]).toEqual([100, 'good', 109]);
  });
  it('§1.11 H10: 8/2021 kondisi khusus: target 7–8 bln, realisasi 6,5 → (1+(1−6,5/7)) = 107%', () => {
    const result = ikiScore({ target: { min: 7, max: 8 }, realisation: 6.5, direction: 'lower-is-better' })._unsafeUnwrap();
    expect(result.achievement).toBe(107.14);
    expect(result.achievement).toBeCloseTo(107, 0);
    expect(result.band).toBe('very-good');
    expect(result.score).toBe(116.82);
  });
  it('§1.11 H11: 8/2021 kondisi khusus: target 7–8 bln, realisasi 9 → (1+(1−9/8)) = 87,5%', () => {
    const result = ikiScore({ target: { min: 7, max: 8 }, realisation: 9, direction: 'lower-is-better' })._unsafeUnwrap();
    expect(result.achievement).toBe(87.5);
    expect(result.score).toBe(77.5);
  });
  it('§1.11 H12: 8/2021 normal range: target 80–90%, realisasi 70% → 70/80 = 87,5%', () => {
    expect(ikiScore({ target: { min: 80, max: 90 }, realisation: 70 })._unsafeUnwrap().achievement).toBe(87.5);
  });
  it('§1.10c: a realisation inside the range is 100%; above it uses the upper bound', () => {
    expect(ikiScore({ target: { min: 80, max: 90 }, realisation: 85 })._unsafeUnwrap().achievement).toBe(100);
    expect(ikiScore({ target: { min: 80, max: 90 }, realisation: 99 })._unsafeUnwrap().achievement).toBe(110);
  });
  it('§1.10c: the bands and their formulas', () => {
    const score = (realisation: number) => {
      const result = ikiScore({ target: 100, realisation })._unsafeUnwrap();
      return [result.band, result.score];
    };
    expect(score(120)).toEqual(['very-good', 120]);
    expect(score(110)).toEqual(['very-good', 120]);
    expect(score(101)).toEqual(['very-good', 110]);
    expect(score(100.5)).toEqual(['good', 109]);
    expect(score(99)).toEqual(['fair', 89]);
    expect(score(80)).toEqual(['fair', 70]);
    expect(score(79)).toEqual(['poor', 69]);
    expect(score(60)).toEqual(['poor', 50]);
    expect(score(59)).toEqual(['very-poor', 49]);
    expect(score(0)).toEqual(['very-poor', 0]);
  });
  it('§1.10c: 100% of a target that is the maximum attainable is Sangat Baik, 120', () => {
    const result = ikiScore({ target: 100, realisation: 100, targetIsMaximum: true })._unsafeUnwrap();
    expect([result.band, result.score]).toEqual(['very-good', 120]);
  });
  it('refuses a zero target and a reversed range', () => {
    expect(ikiScore({ target: 0, realisation: 1 })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(ikiScore({ target: { min: 9, max: 8 }, realisation: 1 })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('ikiScore — the reason and a maximum target', () => {
  it('explains the achievement and the value in both languages', () => {
    expect(ikiScore({ target: 95, realisation: 93 })._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/iki-score',
        severity: 'info',
        basis: {
          instrument: 'PermenPANRB 8/2021',
          article: 'Lampiran (capaian IKI dan konversi nilai)',
          note: 'bands closed below: 100 ≤ C < 101 is Baik (109); C = 100 on a maximum target is Sangat Baik (120)',
        },
        message: { id: 'Capaian IKI 97.89% (Cukup): nilai 87.89.', en: 'IKI achievement 97.89% (fair): value 87.89.' },
        data: { achievement: 97.89, score: 87.89 },
      },
    ]);
  });

  it('gives a maximum target missed its own band, not the 120 of a maximum reached', () => {
    const result = ikiScore({ target: 100, realisation: 90, targetIsMaximum: true })._unsafeUnwrap();
    expect([result.achievement, result.score, result.band]).toEqual([90, 80, 'fair']);
  });

  it('caps the value at 120 from 110 % up, and meets a range target anywhere inside it', () => {
    expect(ikiScore({ target: 100, realisation: 110 })._unsafeUnwrap().score).toBe(120);
    expect(ikiScore({ target: 100, realisation: 115 })._unsafeUnwrap().score).toBe(120);
    expect(ikiScore({ target: 100, realisation: 105.5 })._unsafeUnwrap().score).toBe(115);
    expect(ikiScore({ target: { min: 7, max: 8 }, realisation: 8 })._unsafeUnwrap().achievement).toBe(100);
    expect(ikiScore({ target: { min: 7, max: 8 }, realisation: 7 })._unsafeUnwrap().achievement).toBe(100);
    expect(ikiScore({ target: { min: 7, max: 8 }, realisation: 8.8 })._unsafeUnwrap().achievement).toBe(110);
    expect(ikiScore({ target: { min: 7, max: 8 }, realisation: 6.3 })._unsafeUnwrap().achievement).toBe(90);
  });
});

describe('ikiScore — a range target', () => {
  it('accepts a range of one value and refuses one whose bounds are reversed, naming the upper bound', () => {
    expect(ikiScore({ target: { min: 7, max: 7 }, realisation: 7 })._unsafeUnwrap().achievement).toBe(100);
    expect(ikiScore({ target: { min: 8, max: 7 }, realisation: 7 })._unsafeUnwrapErr().data).toEqual({
      issues: [{ path: 'target.max', message: 'The lower bound must not exceed the upper bound' }],
    });
  });
});

describe('properties', () => {
  it('a higher realisation never lowers the value (higher is better)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 500 }), (target, real, gain) => {
        const low = ikiScore({ target, realisation: real })._unsafeUnwrap().score;
        const high = ikiScore({ target, realisation: real + gain })._unsafeUnwrap().score;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = ikiScore(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

describe('D10: ikiScore keeps the value within 0–120 and every number finite', () => {
  it('the reproduction: a realisation of 1e308 is an Err (at most 10^15)', () => {
    const result = ikiScore({ target: 85, realisation: 1e308 });
    expect(result.isErr() && dataOf(result.error, 'performance/invalid-input').issues).toEqual([{ path: 'realisation', message: 'Too big: expected number to be <=1000000000000000' }]);
  });

  it('the largest realisation over the smallest target is a finite achievement, value 120', () => {
    const result = ikiScore({ target: 1e-6, realisation: 1e15 })._unsafeUnwrap();
    expect([Number.isFinite(result.achievement), result.achievement > 1e22, result.score, result.band]).toEqual([true, true, 120, 'very-good']);
    expect(ikiScore({ target: 1e-7, realisation: 1 }).isErr()).toBe(true);
  });

  it('a lower-is-better realisation more than twice its target stays at value 0, not below', () => {
    const result = ikiScore({ target: 10, realisation: 50, direction: 'lower-is-better' })._unsafeUnwrap();
    expect([result.achievement, result.score, result.band]).toEqual([-300, 0, 'very-poor']);
  });
});
