import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaderWorkRating } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

describe('leaderWorkRating', () => {
  it('docs/interpretations.md#unit-leader-rating: Istimewa → Di Atas Ekspektasi', () => {
    const result = leaderWorkRating('outstanding')._unsafeUnwrap();
    expect(result.rating).toBe('above');
    expect(result.label.id).toBe('Di Atas Ekspektasi');
    expect(result.basis.interpretation).toBe('unit-leader-rating');
  });
  it('docs/interpretations.md#unit-leader-rating: Baik → Sesuai Ekspektasi', () => {
    expect(leaderWorkRating('good')._unsafeUnwrap().rating).toBe('meets');
  });
  it('docs/interpretations.md#unit-leader-rating: Butuh Perbaikan, Kurang and Sangat Kurang → Di Bawah Ekspektasi', () => {
    expect(leaderWorkRating('needs-improvement')._unsafeUnwrap().rating).toBe('below');
    expect(leaderWorkRating('poor')._unsafeUnwrap().rating).toBe('below');
    expect(leaderWorkRating('very-poor')._unsafeUnwrap().rating).toBe('below');
  });
  it('says where the rating comes from', () => {
    expect(leaderWorkRating('good')._unsafeUnwrap().reasons[0]?.message.id).toBe(
      'Predikat organisasi Baik menjadi rating hasil kerja pimpinan: Sesuai Ekspektasi.',
    );
  });
  it('refuses an unknown organisation predikat', () => {
    expect(leaderWorkRating(untyped('Istimewa'))._unsafeUnwrapErr().code).toBe('performance/unknown-predikat');
  });
});

describe('leaderWorkRating — the reason', () => {
  it('explains the rating in both languages', () => {
    expect(leaderWorkRating('outstanding')._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/leader-rating-from-organisation',
        severity: 'info',
        basis: { instrument: 'SE MenPANRB 3/2023', article: 'angka 3 (pimpinan unit kerja)', interpretation: 'unit-leader-rating' },
        message: {
          id: 'Predikat organisasi Istimewa menjadi rating hasil kerja pimpinan: Di Atas Ekspektasi.',
          en: "The organisation's outstanding result is the leader's work rating: above expectations.",
        },
      },
    ]);
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = leaderWorkRating(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
