import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivePotential } from '../../src/competency/index';

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
