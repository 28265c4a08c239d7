import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivePotential } from '../../src/competency/index';
import { untyped } from './arbitraries';
import { dataOf } from '../error-data';

describe('derivePotential', () => {
  it('equal weights and the default jpm bands (≥ 90 Tinggi, ≥ 78 Menengah)', () => {
    expect(derivePotential({ jpm: 85, psychometric: 95 })._unsafeUnwrap()).toMatchObject({ score: 90, potential: 'high' });
    expect(derivePotential({ jpm: 89.99 })._unsafeUnwrap().potential).toBe('medium');
    expect(derivePotential({ jpm: 78 })._unsafeUnwrap().potential).toBe('medium');
    expect(derivePotential({ jpm: 77.99 })._unsafeUnwrap().potential).toBe('low');
  });

  it('weights and the score-100 bands are configurable', () => {
    const derived = derivePotential({ jpm: 70, track: 90 }, { weights: { jpm: 3, track: 1 }, bands: 'score-100' })._unsafeUnwrap();
    expect(derived.score).toBe(75);
    expect(derived.potential).toBe('medium');
    expect(derived.reasons[0]?.message).toEqual({
      id: 'Skor potensial 75,00 (pita score-100: Tinggi ≥ 81, Menengah ≥ 61).',
      en: 'Potential score 75.00 (bands score-100: high ≥ 81, medium ≥ 61).',
    });
    expect(derivePotential({ jpm: 60 }, { bands: 'score-100' })._unsafeUnwrap().potential).toBe('low');
    expect(derivePotential({ jpm: 81 }, { bands: { name: 'medan', high: 81, medium: 70 } })._unsafeUnwrap().potential).toBe('high');
  });

  it('weights that do not match the scores, or all zero, are a coded error', () => {
    expect(derivePotential({ jpm: 70 }, { weights: { track: 1 } })._unsafeUnwrapErr().data).toEqual({ missing: ['jpm'], extra: ['track'] });
    expect(derivePotential({ jpm: 70 }, { weights: { jpm: 0 } })._unsafeUnwrapErr().code).toBe('competency/mismatched-weights');
  });

  it('scores outside 0–100, no scores and inverted bands are coded errors', () => {
    expect(derivePotential({ jpm: 101 })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(derivePotential({})._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(derivePotential({ jpm: 80 }, { bands: { name: 'x', high: 50, medium: 60 } })._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
  });
});

describe('derivePotential: whole results', () => {
  const BASIS = { instrument: 'PermenPANRB 3/2020', note: 'the potensial axis is defined by each agency: weights and bands are data' };

  it('equal weights under the default jpm bands, in full', () => {
    expect(derivePotential({ jpm: 80, psychometric: 85 })._unsafeUnwrap()).toEqual({
      score: 82.5,
      potential: 'medium',
      bands: { name: 'jpm', high: 90, medium: 78 },
      reasons: [
        {
          code: 'competency/potential-derived',
          severity: 'info',
          basis: BASIS,
          message: {
            id: 'Skor potensial 82,50 (pita jpm: Tinggi ≥ 90, Menengah ≥ 78).',
            en: 'Potential score 82.50 (bands jpm: high ≥ 90, medium ≥ 78).',
          },
          data: { score: 82.5, potential: 'medium', bands: 'jpm' },
        },
      ],
    });
  });

  it('the band is read on the exact mean, not on the score rounded for display', () => {
    const derived = derivePotential({ jpm: 89.996 })._unsafeUnwrap();
    expect([derived.score, derived.potential]).toEqual([90, 'medium']);
    expect(derivePotential({ jpm: 77.996 }, { bands: 'jpm' })._unsafeUnwrap().potential).toBe('low');
  });

  it('score-100 bands: 81 is high, 80.99 medium, 61 medium, 60.99 low', () => {
    const at = (score: number): string => derivePotential({ score }, { bands: 'score-100' })._unsafeUnwrap().potential;
    expect([at(81), at(80.99), at(61), at(60.99)]).toEqual(['high', 'medium', 'medium', 'low']);
  });

  it('a weight of 0 leaves a score out of the mean; the weighted mean divides by the weights', () => {
    expect(derivePotential({ jpm: 60, track: 90 }, { weights: { jpm: 0, track: 2 } })._unsafeUnwrap().score).toBe(90);
    expect(derivePotential({ jpm: 60, track: 90 }, { weights: { jpm: 1, track: 2 } })._unsafeUnwrap()).toMatchObject({ score: 80, potential: 'medium' });
    expect(derivePotential({ jpm: 100, track: 70 }, { weights: { jpm: 2, track: 1 } })._unsafeUnwrap()).toMatchObject({ score: 90, potential: 'high' });
  });

  it('a custom band object is returned as given and named in the reason', () => {
    const derived = derivePotential({ jpm: 70 }, { bands: { name: 'medan', high: 81, medium: 70 } })._unsafeUnwrap();
    expect(derived.bands).toEqual({ name: 'medan', high: 81, medium: 70 });
    expect(derived.potential).toBe('medium');
    expect(derived.reasons[0]?.data).toEqual({ score: 70, potential: 'medium', bands: 'medan' });
  });

  it('mismatched weights: the error in full; an extra weight alone is a mismatch too', () => {
    expect(derivePotential({ jpm: 70, track: 80 }, { weights: { jpm: 1, psychometric: 1 } })._unsafeUnwrapErr()).toEqual({
      code: 'competency/mismatched-weights',
      severity: 'error',
      basis: BASIS,
      message: {
        id: 'Bobot potensial harus menyebut nilai yang sama dengan hasil asesmen dan tidak boleh semuanya 0.',
        en: 'The potential weights must name the same results as the scores and must not all be 0.',
      },
      data: { missing: ['track'], extra: ['psychometric'] },
    });
    expect(derivePotential({ jpm: 70 }, { weights: { jpm: 1, track: 1 } })._unsafeUnwrapErr().data).toEqual({ missing: [], extra: ['track'] });
    expect(derivePotential({ jpm: 70, track: 80 }, { weights: { jpm: 1 } })._unsafeUnwrapErr().data).toEqual({ missing: ['track'], extra: [] });
  });

  it('custom bands need medium strictly below high', () => {
    expect(derivePotential({ jpm: 80 }, { bands: { name: 'flat', high: 70, medium: 70 } })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(derivePotential({ jpm: 70 }, { bands: { name: 'narrow', high: 70.01, medium: 70 } })._unsafeUnwrap().potential).toBe('medium');
  });

  it('invalid options alone (valid scores) are invalid input naming the option', () => {
    const error = derivePotential({ jpm: 70 }, untyped({ weight: { jpm: 1 } }))._unsafeUnwrapErr();
    expect(dataOf(error, 'competency/invalid-input').issues).toEqual([expect.objectContaining({ path: 'options' })]);
  });
});

describe('properties', () => {
  it('a higher score never gives a lower potential', () => {
    const rank = { low: 0, medium: 1, high: 2 } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return (
          rank[derivePotential({ jpm: low })._unsafeUnwrap().potential] <= rank[derivePotential({ jpm: high })._unsafeUnwrap().potential]
        );
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (scores, options) => {
        const result = derivePotential(scores as never, options as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
