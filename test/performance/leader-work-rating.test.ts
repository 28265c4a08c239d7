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
