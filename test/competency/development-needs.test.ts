import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competencyGap, developmentNeeds } from '../../src/competency/index';

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
