import { describe, expect, it } from 'vitest';
import { RATING_ORDER, performancePredicate } from '../../src/performance/index';

// The nine decisions are built once, on the first call, and shared by every later call. This file's one test makes
// that first call (vitest loads each test file in a fresh module graph), so the test that checks every decision word
// for word is also the one that runs the code building them: mutation testing, which re-runs only the tests that
// reach a mutant, checks how they are built. The module is imported at the top, so the code that runs when it loads
// stays static for Stryker (and is left out, as stryker.config.json asks).
describe('performancePredicate — the nine decisions as first built', () => {
  it('gives each cell its predikat and its reason in both languages', () => {
    const cells = RATING_ORDER.flatMap((work) =>
      RATING_ORDER.map((behaviour) => {
        const decision = performancePredicate(work, behaviour)._unsafeUnwrap();
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
