import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('performancePredicate — the nine decisions as first built', () => {
  // The nine decisions are built once, on the first call, and shared by every later call: a fresh copy of the module,
  // loaded inside the test, builds them here (so mutation testing, which changes code only for a test that runs it,
  // checks how they are built).
  it('gives each cell its predikat and its reason in both languages', async () => {
    vi.resetModules();
    const { performancePredicate: fresh, RATING_ORDER: ratings } = await import('../../src/performance/index');
    const cells = ratings.flatMap((work) =>
      ratings.map((behaviour) => {
        const decision = fresh(work, behaviour)._unsafeUnwrap();
        return [decision.workRating, decision.behaviourRating, decision.predikat, decision.reasons];
      }),
    );
    const basis = { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (kuadran kinerja pegawai)', interpretation: 'predikat-matrix' };
    const why = (id: string, en: string) => [{ code: 'performance/predikat-matrix', severity: 'info', basis, message: { id, en } }];
    expect(cells).toEqual([
      ['above', 'above', 'very-good', why(
        'Hasil kerja Di Atas Ekspektasi dan perilaku kerja Di Atas Ekspektasi: predikat Sangat Baik.',
        'Work results above expectations and behaviour above expectations: predikat very good.',
      )],
      ['above', 'meets', 'good', why(
        'Hasil kerja Di Atas Ekspektasi dan perilaku kerja Sesuai Ekspektasi: predikat Baik.',
        'Work results above expectations and behaviour meets expectations: predikat good.',
      )],
      ['above', 'below', 'poor', why(
        'Hasil kerja Di Atas Ekspektasi dan perilaku kerja Di Bawah Ekspektasi: predikat Kurang/Misconduct.',
        'Work results above expectations and behaviour below expectations: predikat poor/misconduct.',
      )],
      ['meets', 'above', 'good', why(
        'Hasil kerja Sesuai Ekspektasi dan perilaku kerja Di Atas Ekspektasi: predikat Baik.',
        'Work results meets expectations and behaviour above expectations: predikat good.',
      )],
      ['meets', 'meets', 'good', why(
        'Hasil kerja Sesuai Ekspektasi dan perilaku kerja Sesuai Ekspektasi: predikat Baik.',
        'Work results meets expectations and behaviour meets expectations: predikat good.',
      )],
      ['meets', 'below', 'poor', why(
        'Hasil kerja Sesuai Ekspektasi dan perilaku kerja Di Bawah Ekspektasi: predikat Kurang/Misconduct.',
        'Work results meets expectations and behaviour below expectations: predikat poor/misconduct.',
      )],
      ['below', 'above', 'needs-improvement', why(
        'Hasil kerja Di Bawah Ekspektasi dan perilaku kerja Di Atas Ekspektasi: predikat Butuh Perbaikan.',
        'Work results below expectations and behaviour above expectations: predikat needs improvement.',
      )],
      ['below', 'meets', 'needs-improvement', why(
        'Hasil kerja Di Bawah Ekspektasi dan perilaku kerja Sesuai Ekspektasi: predikat Butuh Perbaikan.',
        'Work results below expectations and behaviour meets expectations: predikat needs improvement.',
      )],
      ['below', 'below', 'very-poor', why(
        'Hasil kerja Di Bawah Ekspektasi dan perilaku kerja Di Bawah Ekspektasi: predikat Sangat Kurang.',
        'Work results below expectations and behaviour below expectations: predikat very poor.',
      )],
    ]);
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
