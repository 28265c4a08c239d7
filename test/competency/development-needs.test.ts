import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competencyGap, developmentNeeds } from '../../src/competency/index';
import { untyped } from './arbitraries';

describe('developmentNeeds', () => {
  it('maps shortfalls to forms and JP with the default table', () => {
    const plan = developmentNeeds([
      { competency: 'decision-making', shortfall: 2 },
      { competency: 'integrity', shortfall: 1 },
      { competency: 'national-cohesion', shortfall: 3 },
      { competency: 'road-asset-management', shortfall: 1 },
      { competency: 'cooperation', shortfall: 0 },
    ])._unsafeUnwrap();
    expect(plan.needs.map((need) => [need.competency, need.kind, need.forms.map((form) => form.code), need.jp])).toEqual([
      ['decision-making', 'managerial', ['managerial-training', 'coaching'], 40],
      ['integrity', 'managerial', ['coaching', 'mentoring', 'e-learning'], 10],
      ['national-cohesion', 'socio-cultural', ['socio-cultural-training'], 60],
      ['road-asset-management', 'technical', ['on-the-job-guidance', 'e-learning'], 10],
    ]);
    expect(plan.totalJp).toBe(120);
    expect(plan.reasons[0]).toMatchObject({ code: 'competency/development-needs', data: { count: 4, totalJp: 120, table: 'default' } });
  });

  it("accepts a gap's belowStandard list and an explicit kind", () => {
    const gap = competencyGap({ 'public-service': 3, 'sipd-operation': 3 }, { 'public-service': 1, 'sipd-operation': 3 })._unsafeUnwrap();
    expect(developmentNeeds(gap.belowStandard)._unsafeUnwrap().needs[0]?.jp).toBe(40);
    const explicit = developmentNeeds([{ competency: 'x-ray', shortfall: 1, kind: 'managerial' }])._unsafeUnwrap();
    expect(explicit.needs[0]?.forms[0]?.code).toBe('coaching');
  });

  it('a custom table replaces the default; a table without a row is a coded error', () => {
    const suggestions = [{ kind: 'managerial' as const, minShortfall: 1, forms: ['mentoring' as const], jpPerLevel: 8 }];
    const plan = developmentNeeds([{ competency: 'integrity', shortfall: 2 }], { suggestions })._unsafeUnwrap();
    expect(plan.needs[0]).toMatchObject({ jp: 16, forms: [{ code: 'mentoring', path: 'non-classroom' }] });
    expect(plan.reasons[0]?.data).toMatchObject({ table: 'custom' });
    const error = developmentNeeds([{ competency: 'national-cohesion', shortfall: 1 }], { suggestions })._unsafeUnwrapErr();
    expect(error.code).toBe('competency/no-development-suggestion');
    expect(error.data).toEqual({ competency: 'national-cohesion', kind: 'socio-cultural', shortfall: 1 });
  });

  it('negative shortfalls and negative JP per level are coded errors', () => {
    expect(developmentNeeds([{ competency: 'integrity', shortfall: -1 }])._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    const negative = [{ kind: 'managerial' as const, minShortfall: 1, forms: ['mentoring' as const], jpPerLevel: -8 }];
    expect(developmentNeeds([], { suggestions: negative })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('developmentNeeds: whole results', () => {
  const BASIS = {
    instrument: 'PP 11/2017',
    article: 'Pasal 210',
    note: 'forms of development (Peraturan LAN 10/2018); the shortfall → form and JP mapping is an asn-kit default, overridable',
  };

  it('the default table, in full', () => {
    expect(developmentNeeds([{ competency: 'national-cohesion', shortfall: 1 }, { competency: 'gis', shortfall: 2 }])._unsafeUnwrap()).toEqual({
      needs: [
        {
          competency: 'national-cohesion',
          kind: 'socio-cultural',
          shortfall: 1,
          forms: [
            { code: 'learning-community', path: 'non-classroom', label: { id: 'Komunitas belajar', en: 'Learning community' } },
            { code: 'e-learning', path: 'non-classroom', label: { id: 'E-learning', en: 'E-learning' } },
          ],
          jp: 10,
        },
        {
          competency: 'gis',
          kind: 'technical',
          shortfall: 2,
          forms: [
            { code: 'technical-training', path: 'classroom', label: { id: 'Pelatihan teknis', en: 'Technical training' } },
            { code: 'technical-guidance', path: 'classroom', label: { id: 'Bimbingan teknis', en: 'Technical guidance (bimtek)' } },
          ],
          jp: 40,
        },
      ],
      totalJp: 50,
      reasons: [
        {
          code: 'competency/development-needs',
          severity: 'info',
          basis: BASIS,
          message: { id: '2 kebutuhan pengembangan kompetensi, total 50 JP.', en: '2 competency development needs, 50 JP in total.' },
          data: { count: 2, totalJp: 50, table: 'default' },
        },
      ],
    });
  });

  it('options without suggestions take the default table', () => {
    const plan = developmentNeeds([{ competency: 'integrity', shortfall: 1 }], {})._unsafeUnwrap();
    expect(plan.needs[0]?.jp).toBe(10);
    expect(plan.reasons[0]?.data).toEqual({ count: 1, totalJp: 10, table: 'default' });
  });

  it('the row with the largest minShortfall not above the shortfall, whatever the table order; the first of equal rows', () => {
    const suggestions = [
      { kind: 'managerial' as const, minShortfall: 3, forms: ['leadership-training' as const], jpPerLevel: 30 },
      { kind: 'managerial' as const, minShortfall: 1, forms: ['mentoring' as const], jpPerLevel: 8 },
      { kind: 'managerial' as const, minShortfall: 1, forms: ['coaching' as const], jpPerLevel: 9 },
      { kind: 'technical' as const, minShortfall: 2, forms: ['course' as const], jpPerLevel: 12 },
    ];
    const plan = developmentNeeds(
      [
        { competency: 'integrity', shortfall: 1 },
        { competency: 'cooperation', shortfall: 2 },
        { competency: 'communication', shortfall: 3 },
        { competency: 'decision-making', shortfall: 4 },
        { competency: 'sipd', shortfall: 2 },
      ],
      { suggestions },
    )._unsafeUnwrap();
    expect(plan.needs.map((need) => [need.competency, need.forms.map((form) => form.code), need.jp])).toEqual([
      ['integrity', ['mentoring'], 8],
      ['cooperation', ['mentoring'], 16],
      ['communication', ['leadership-training'], 90],
      ['decision-making', ['leadership-training'], 120],
      ['sipd', ['course'], 24],
    ]);
    expect(plan.totalJp).toBe(258);
    expect(plan.reasons[0]?.data).toEqual({ count: 5, totalJp: 258, table: 'custom' });
  });

  it('no row for a kind and shortfall: the error in full', () => {
    const suggestions = [{ kind: 'technical' as const, minShortfall: 2, forms: ['course' as const], jpPerLevel: 12 }];
    expect(developmentNeeds([{ competency: 'sipd', shortfall: 1 }], { suggestions })._unsafeUnwrapErr()).toEqual({
      code: 'competency/no-development-suggestion',
      severity: 'error',
      basis: BASIS,
      message: {
        id: 'Tabel saran pengembangan tidak memiliki baris untuk sipd (technical, kekurangan 1 level).',
        en: 'The development-suggestion table has no row for sipd (technical, shortfall 1 levels).',
      },
      data: { competency: 'sipd', kind: 'technical', shortfall: 1 },
    });
  });

  it('only zero shortfalls, or none: no needs and 0 JP', () => {
    expect(developmentNeeds([{ competency: 'integrity', shortfall: 0 }])._unsafeUnwrap()).toMatchObject({ needs: [], totalJp: 0 });
    expect(developmentNeeds([])._unsafeUnwrap().reasons[0]?.message.en).toBe('0 competency development needs, 0 JP in total.');
  });

  it('an unknown option key, or a list that is not an array, is invalid input', () => {
    expect(developmentNeeds([], untyped({ suggestion: [] }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(developmentNeeds(untyped({ 0: { competency: 'integrity', shortfall: 1 }, length: 1 }))._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
  });
});

describe('properties', () => {
  it('JP never negative and grows with the shortfall', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.constantFrom('integrity', 'national-cohesion', 'gis'), (shortfall, competency) => {
        const less = developmentNeeds([{ competency, shortfall }])._unsafeUnwrap().totalJp;
        const more = developmentNeeds([{ competency, shortfall: shortfall + 1 }])._unsafeUnwrap().totalJp;
        return less > 0 && more > less;
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (shortfalls, options) => {
        const result = developmentNeeds(shortfalls as never, options as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
