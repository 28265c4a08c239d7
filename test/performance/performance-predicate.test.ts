import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORDER, RATING_ORDER, performancePredicate } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

describe('performancePredicate', () => {
  it('§1.11 P1: HK Di Atas, PK Di Atas → Sangat Baik', () => {
    const decision = performancePredicate('above', 'above')._unsafeUnwrap();
    expect(decision.predikat).toBe('very-good');
    expect(decision.label.id).toBe('Sangat Baik');
    expect(decision.basis).toEqual({ instrument: 'PermenPANRB 6/2022', article: 'Lampiran (kuadran kinerja pegawai)', interpretation: 'predikat-matrix' });
  });
  it('§1.11 P2: HK Sesuai, PK Di Atas → Baik', () => {
    expect(performancePredicate('meets', 'above')._unsafeUnwrap().predikat).toBe('good');
  });
  it('§1.11 P3: HK Di Atas, PK Sesuai → Baik', () => {
    expect(performancePredicate('above', 'meets')._unsafeUnwrap().predikat).toBe('good');
  });
  it('§1.11 P4: HK Di Bawah, PK Di Atas → Butuh Perbaikan', () => {
    expect(performancePredicate('below', 'above')._unsafeUnwrap().predikat).toBe('needs-improvement');
  });
  it('§1.11 P5: HK Di Atas, PK Di Bawah → Kurang/Misconduct', () => {
    const decision = performancePredicate('above', 'below')._unsafeUnwrap();
    expect(decision.predikat).toBe('poor');
    expect(decision.label).toEqual({ id: 'Kurang/Misconduct', en: 'Poor/misconduct' });
  });
  it('§1.11 P6: HK Di Bawah, PK Di Bawah → Sangat Kurang', () => {
    expect(performancePredicate('below', 'below')._unsafeUnwrap().predikat).toBe('very-poor');
  });
  it('§1.5: the remaining cells of the matrix', () => {
    expect(performancePredicate('meets', 'meets')._unsafeUnwrap().predikat).toBe('good');
    expect(performancePredicate('meets', 'below')._unsafeUnwrap().predikat).toBe('poor');
    expect(performancePredicate('below', 'meets')._unsafeUnwrap().predikat).toBe('needs-improvement');
  });
  it('explains the cell in Indonesian and English', () => {
    const [why] = performancePredicate('meets', 'above')._unsafeUnwrap().reasons;
    expect(why?.code).toBe('performance/predikat-matrix');
    expect(why?.message.id).toBe('Hasil kerja Sesuai Ekspektasi dan perilaku kerja Di Atas Ekspektasi: predikat Baik.');
  });
  it('refuses an unknown rating with a coded error', () => {
    expect(performancePredicate(untyped('Di Atas Ekspektasi'), 'above')._unsafeUnwrapErr().code).toBe('performance/unknown-rating');
    expect(performancePredicate('above', untyped(3))._unsafeUnwrapErr().code).toBe('performance/unknown-rating');
  });
});

describe('properties', () => {
  const rating = fc.constantFrom(...RATING_ORDER);
  const rank = (predikat: string): number => PREDIKAT_ORDER.indexOf(predikat as (typeof PREDIKAT_ORDER)[number]);
  it('the predikat never gets worse when the work rating improves', () => {
    fc.assert(
      fc.property(rating, rating, rating, (worse, better, behaviour) => {
        if (RATING_ORDER.indexOf(better) > RATING_ORDER.indexOf(worse)) return;
        const low = performancePredicate(worse, behaviour)._unsafeUnwrap().predikat;
        const high = performancePredicate(better, behaviour)._unsafeUnwrap().predikat;
        expect(rank(high)).toBeLessThanOrEqual(rank(low));
      }),
    );
  });
  it('the predikat never gets worse when the behaviour rating improves', () => {
    fc.assert(
      fc.property(rating, rating, rating, (work, worse, better) => {
        if (RATING_ORDER.indexOf(better) > RATING_ORDER.indexOf(worse)) return;
        const low = performancePredicate(work, worse)._unsafeUnwrap().predikat;
        const high = performancePredicate(work, better)._unsafeUnwrap().predikat;
        expect(rank(high)).toBeLessThanOrEqual(rank(low));
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, (work, behaviour) => {
        const result = performancePredicate(untyped(work), untyped(behaviour));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
