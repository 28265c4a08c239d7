import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from 'neverthrow';
import {
  talentBox,
  type CompetencyError,
  type NineBoxScheme,
  type TalentBox,
  type TalentPerformance,
  type TalentPotential,
} from '../../src/competency/index';
import { untyped } from './arbitraries';

function box(performance: TalentPerformance | 'needs-improvement', potential: TalentPotential): number {
  return talentBox(performance, potential)._unsafeUnwrap().box;
}

describe('talentBox', () => {
  it('§3 T1: (Di Atas, Tinggi) → 9', () => { expect(box('above', 'high')).toBe(9); });
  it('§3 T2: (Sesuai, Tinggi) → 8', () => { expect(box('meets', 'high')).toBe(8); });
  it('§3 T3: (Di Atas, Menengah) → 7', () => { expect(box('above', 'medium')).toBe(7); });
  it('§3 T4: (Di Bawah, Tinggi) → 6', () => { expect(box('below', 'high')).toBe(6); });
  it('§3 T5: (Sesuai, Menengah) → 5', () => { expect(box('meets', 'medium')).toBe(5); });
  it('§3 T6: (Di Atas, Rendah) → 4', () => { expect(box('above', 'low')).toBe(4); });
  it('§3 T7: (Di Bawah, Menengah) → 3', () => { expect(box('below', 'medium')).toBe(3); });
  it('§3 T8: (Sesuai, Rendah) → 2', () => { expect(box('meets', 'low')).toBe(2); });

  it('§3 T9: (Di Bawah, Rendah) → 1 "diproses sesuai ketentuan"', () => {
    const result = talentBox('below', 'low')._unsafeUnwrap();
    expect(result.box).toBe(1);
    expect(result.recommendations).toEqual([
      {
        code: 'process-per-regulation',
        label: { id: 'Diproses sesuai ketentuan peraturan perundang-undangan', en: 'Handled under the applicable regulations' },
      },
    ]);
  });

  it('§3 T10: predikat "Butuh Perbaikan" + potensial Tinggi → kinerja Di Bawah → 6', () => {
    const result = talentBox('needs-improvement', 'high')._unsafeUnwrap();
    expect(result.performance).toBe('below');
    expect(result.box).toBe(6);
    expect(result.reasons.map((item) => item.code)).toEqual(['competency/performance-from-predikat', 'competency/talent-box']);
  });

  it('§3 T11: the same inputs under the Kemenkeu numbering → 3', () => {
    expect(talentBox('needs-improvement', 'high', { scheme: 'kemenkeu' })._unsafeUnwrap().box).toBe(3);
  });

  it('docs/interpretations.md#nine-box: Sangat Baik → Di Atas, Baik → Sesuai, Kurang and Sangat Kurang → Di Bawah', () => {
    expect(talentBox('very-good', 'low')._unsafeUnwrap().box).toBe(4);
    expect(talentBox('good', 'low')._unsafeUnwrap().box).toBe(2);
    expect(talentBox('poor', 'low')._unsafeUnwrap().box).toBe(1);
    expect(talentBox('very-poor', 'medium')._unsafeUnwrap().box).toBe(3);
  });

  it('box 9: meaning, recommendations and the agency-or-national succession pool', () => {
    const result = talentBox('very-good', 'high')._unsafeUnwrap();
    expect(result.meaning.id).toBe('Kinerja di atas ekspektasi dan potensial tinggi');
    expect(result.recommendations.map((item) => item.code)).toEqual(['promote', 'retain', 'succession-pool', 'reward']);
    expect(result.successionPool).toBe('agency-or-national');
    expect(result.reasons).toEqual([
      expect.objectContaining({ code: 'competency/performance-from-predikat', data: { predikat: 'very-good', performance: 'above' } }),
      expect.objectContaining({
        code: 'competency/talent-box',
        message: {
          id: 'Kotak 9: kinerja di atas ekspektasi dan potensial tinggi.',
          en: 'Box 9: performance above expectations, high potential.',
        },
      }),
    ]);
  });

  it('a custom numbering is pluggable; an invalid one is a coded error', () => {
    const mirrored: NineBoxScheme = {
      name: 'mirrored',
      label: { id: 'Cermin', en: 'Mirrored' },
      basis: { instrument: 'Perwal (contoh)' },
      boxes: { above: [3, 6, 9], meets: [2, 5, 8], below: [1, 4, 7] },
    };
    expect(talentBox('above', 'low', { scheme: mirrored })._unsafeUnwrap()).toMatchObject({ box: 3, scheme: 'mirrored' });
    const broken = { ...mirrored, boxes: { above: [3, 6, 9], meets: [2, 5, 8], below: [1, 4, 4] } as const };
    expect(talentBox('above', 'low', { scheme: broken })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('unknown axis values are coded errors', () => {
    // @ts-expect-error: intentionally invalid input
    expect(talentBox('excellent', 'high')._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    // @ts-expect-error: intentionally invalid input
    expect(talentBox('good', 'very-high')._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('talentBox: whole results', () => {
  const NINE_BOX_BASIS = {
    instrument: 'PermenPANRB 3/2020',
    article: 'Lampiran',
    note: 'grid 4 7 9 / 2 5 8 / 1 3 6 as in the KemenPANRB talent-management deck (the Lampiran was not read)',
    evidence: 'secondary-source',
    interpretation: 'nine-box',
  };

  it('§3 box 5 from the predikat Baik: both reasons and the recommendations in the regulation’s order, in full', () => {
    expect(talentBox('good', 'medium')._unsafeUnwrap()).toEqual({
      box: 5,
      performance: 'meets',
      potential: 'medium',
      scheme: 'permenpanrb-3-2020',
      meaning: { id: 'Kinerja sesuai ekspektasi dan potensial menengah', en: 'Performance meets expectations, medium potential' },
      recommendations: [
        { code: 'suitable-placement', label: { id: 'Penempatan yang sesuai', en: 'Suitable placement' } },
        { code: 'performance-coaching', label: { id: 'Bimbingan kinerja', en: 'Performance coaching' } },
        { code: 'competency-development', label: { id: 'Pengembangan kompetensi', en: 'Competency development' } },
      ],
      successionPool: 'none',
      reasons: [
        {
          code: 'competency/performance-from-predikat',
          severity: 'info',
          basis: { instrument: 'PermenPANRB 3/2020', note: 'Sangat Baik → Di Atas, Baik → Sesuai, others → Di Bawah', interpretation: 'nine-box' },
          message: {
            id: 'Predikat kinerja dibaca sebagai kinerja Sesuai Ekspektasi.',
            en: 'The predikat is read as performance meets expectations.',
          },
          data: { predikat: 'good', performance: 'meets' },
        },
        {
          code: 'competency/talent-box',
          severity: 'info',
          basis: NINE_BOX_BASIS,
          message: {
            id: 'Kotak 5: kinerja sesuai ekspektasi dan potensial menengah.',
            en: 'Box 5: performance meets expectations, medium potential.',
          },
          data: { box: 5, performance: 'meets', potential: 'medium', scheme: 'permenpanrb-3-2020' },
        },
      ],
    });
  });

  it('a kinerja axis value given directly adds no predikat reason (each of above, meets, below)', () => {
    for (const performance of ['above', 'meets', 'below'] as const) {
      expect(talentBox(performance, 'low')._unsafeUnwrap().reasons.map((item) => item.code)).toEqual(['competency/talent-box']);
    }
  });

  it('§3 T11 Kemenkeu numbering, box 4 (Sesuai, Rendah), with the scheme’s basis', () => {
    const placed = talentBox('meets', 'low', { scheme: 'kemenkeu' })._unsafeUnwrap();
    expect(placed).toMatchObject({ box: 4, scheme: 'kemenkeu', successionPool: 'none' });
    expect(placed.reasons).toEqual([
      {
        code: 'competency/talent-box',
        severity: 'info',
        basis: {
          instrument: 'Kementerian Keuangan (manajemen talenta)',
          note: 'pluggable numbering, corroborated by one public implementation (the ministerial decree was not read)',
          evidence: 'secondary-source',
          interpretation: 'nine-box',
        },
        message: { id: 'Kotak 4: kinerja sesuai ekspektasi dan potensial rendah.', en: 'Box 4: performance meets expectations, low potential.' },
        data: { box: 4, performance: 'meets', potential: 'low', scheme: 'kemenkeu' },
      },
    ]);
  });

  it('the default scheme by name, and options without a scheme, number as PermenPANRB 3/2020', () => {
    expect(talentBox('above', 'medium', { scheme: 'permenpanrb-3-2020' })._unsafeUnwrap().box).toBe(7);
    expect(talentBox('above', 'medium', {})._unsafeUnwrap().box).toBe(7);
  });

  it('an unknown option key is invalid input', () => {
    expect(talentBox('above', 'medium', untyped({ schema: 'kemenkeu' }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('talentBox types', () => {
  it('returns a Result of a box or a competency error', () => {
    expectTypeOf(talentBox).returns.toEqualTypeOf<Result<TalentBox, CompetencyError>>();
  });
});

describe('properties', () => {
  const performances = ['below', 'meets', 'above'] as const;
  const potentials = ['low', 'medium', 'high'] as const;
  const scheme = fc.constantFrom('permenpanrb-3-2020' as const, 'kemenkeu' as const);

  it('a box never drops when performance or potential rises (both built-in numberings)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), scheme, (p, q, name) => {
        const at = (i: number, j: number): number => talentBox(performances[i]!, potentials[j]!, { scheme: name })._unsafeUnwrap().box;
        const here = at(p, q);
        return (p === 2 || at(p + 1, q) > here) && (q === 2 || at(p, q + 1) > here);
      }),
    );
  });

  it('the succession pool is exactly boxes 7–9 in both built-in numberings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...performances), fc.constantFrom(...potentials), scheme, (performance, potential, name) => {
        const result = talentBox(performance, potential, { scheme: name })._unsafeUnwrap();
        return (result.successionPool !== 'none') === (result.box >= 7);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (performance, potential, options) => {
        const result = talentBox(performance as never, potential as never, options as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
