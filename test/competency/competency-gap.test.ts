import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from 'neverthrow';
import { competencyGap, type CompetencyError, type CompetencyGap } from '../../src/competency/index';
import { NINE } from './arbitraries';
import { dataOf } from '../error-data';

function levels(values: readonly number[]): Record<string, number> {
  return Object.fromEntries(NINE.map((code, index) => [code, values[index] ?? 1]));
}

describe('competencyGap', () => {
  it('§2.4 C1: standard 3, actual 2 → gap −1, shortfall (deficit) 1', () => {
    const gap = competencyGap({ integrity: 3 }, { integrity: 2 })._unsafeUnwrap();
    expect(gap.items).toEqual([{ competency: 'integrity', kind: 'managerial', standard: 3, actual: 2, gap: -1, shortfall: 1 }]);
    expect(gap.totalShortfall).toBe(1);
    expect(gap.totalGap).toBe(-1);
  });

  it('totals, and competencies below standard ordered by shortfall (ties in standard order)', () => {
    const gap = competencyGap(levels([3, 3, 3, 3, 3, 3, 3, 3, 3]), levels([2, 4, 1, 3, 2, 3, 3, 1, 3]))._unsafeUnwrap();
    expect(gap.totalStandard).toBe(27);
    expect(gap.totalActual).toBe(22);
    expect(gap.totalGap).toBe(-5);
    expect(gap.totalShortfall).toBe(6);
    expect(gap.belowStandard.map((item) => [item.competency, item.shortfall])).toEqual([
      ['communication', 2],
      ['decision-making', 2],
      ['integrity', 1],
      ['public-service', 1],
    ]);
    expect(gap.reasons).toEqual([
      {
        code: 'competency/below-standard',
        severity: 'warning',
        basis: {
          instrument: 'PermenPANRB 38/2017',
          note: 'gap = actual − standard (negative is a shortfall); shortfall = max(0, standard − actual)',
          interpretation: 'competency-gap',
        },
        message: {
          id: '4 kompetensi di bawah standar jabatan (total kekurangan 6 level).',
          en: '4 competencies are below the position’s standard (total shortfall 6 levels).',
        },
        data: { competencies: ['communication', 'decision-making', 'integrity', 'public-service'], totalShortfall: 6 },
      },
    ]);
  });

  it('a level above standard never offsets a shortfall elsewhere', () => {
    const gap = competencyGap({ integrity: 2, cooperation: 2 }, { integrity: 4, cooperation: 1 })._unsafeUnwrap();
    expect(gap.totalGap).toBe(1);
    expect(gap.totalShortfall).toBe(1);
  });

  it('meets the standard: an info reason and no competencies below standard', () => {
    const gap = competencyGap({ 'national-cohesion': 2 }, { 'national-cohesion': 5 })._unsafeUnwrap();
    expect(gap.belowStandard).toEqual([]);
    expect(gap.items[0]?.kind).toBe('socio-cultural');
    expect(gap.reasons[0]?.code).toBe('competency/meets-standard');
  });

  it('a code outside the dictionary is a technical competency', () => {
    const gap = competencyGap({ 'road-asset-management': 3 }, { 'road-asset-management': 1 })._unsafeUnwrap();
    expect(gap.items[0]?.kind).toBe('technical');
    expect(gap.items[0]?.shortfall).toBe(2);
  });

  it('prototype names are plain codes, not dictionary entries', () => {
    const gap = competencyGap({ constructor: 2 }, { constructor: 1 })._unsafeUnwrap();
    expect(gap.items[0]?.kind).toBe('technical');
  });

  it('levels outside 1–5 are coded errors with the path', () => {
    const error = competencyGap({ integrity: 3 }, { integrity: 6 })._unsafeUnwrapErr();
    expect(error.code).toBe('competency/invalid-input');
    expect(dataOf(error, 'competency/invalid-input').issues).toEqual([{ path: 'actual.integrity', message: 'A competency level is a whole number from 1 to 5' }]);
    expect(competencyGap({ integrity: 0 }, { integrity: 3 })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(competencyGap({ integrity: 2.5 }, { integrity: 3 })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('empty, non-object and over-long inputs are invalid', () => {
    expect(competencyGap({}, {})._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    // @ts-expect-error: intentionally invalid input
    expect(competencyGap(null, [3])._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    const long = 'x'.repeat(65);
    expect(competencyGap({ [long]: 1 }, { [long]: 1 })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('mismatched competency lists are a coded error naming what is missing and extra', () => {
    const error = competencyGap({ integrity: 3, cooperation: 3 }, { integrity: 3, communication: 2 })._unsafeUnwrapErr();
    expect(error.code).toBe('competency/mismatched-competencies');
    expect(error.data).toEqual({ missing: ['cooperation'], extra: ['communication'] });
    const extraOnly = competencyGap({ integrity: 3 }, { integrity: 3, cooperation: 2 })._unsafeUnwrapErr();
    expect(extraOnly.data).toEqual({ missing: [], extra: ['cooperation'] });
    expect(extraOnly.message.id).toBe(
      'Daftar kompetensi standar dan hasil asesmen berbeda (tidak dinilai: -; di luar standar: cooperation).',
    );
    expect(extraOnly.message.en).toBe(
      'The standard and the assessment name different competencies (not assessed: -; not in the standard: cooperation).',
    );
  });
});

describe('competencyGap: whole results', () => {
  const BASIS = {
    instrument: 'PermenPANRB 38/2017',
    note: 'gap = actual − standard (negative is a shortfall); shortfall = max(0, standard − actual)',
    interpretation: 'competency-gap',
  };

  it('every competency at or above standard: the info reason in full, nothing below standard', () => {
    expect(competencyGap({ integrity: 3, 'national-cohesion': 2 }, { integrity: 3, 'national-cohesion': 4 })._unsafeUnwrap()).toEqual({
      items: [
        { competency: 'integrity', kind: 'managerial', standard: 3, actual: 3, gap: 0, shortfall: 0 },
        { competency: 'national-cohesion', kind: 'socio-cultural', standard: 2, actual: 4, gap: 2, shortfall: 0 },
      ],
      belowStandard: [],
      totalStandard: 5,
      totalActual: 7,
      totalGap: 2,
      totalShortfall: 0,
      reasons: [
        {
          code: 'competency/meets-standard',
          severity: 'info',
          basis: BASIS,
          message: { id: 'Semua kompetensi memenuhi standar jabatan.', en: 'Every competency meets the position’s standard.' },
        },
      ],
    });
  });

  it('one competency one level short: the warning in full', () => {
    const gap = competencyGap({ cooperation: 4, integrity: 3 }, { cooperation: 3, integrity: 3 })._unsafeUnwrap();
    expect(gap.belowStandard).toEqual([{ competency: 'cooperation', kind: 'managerial', standard: 4, actual: 3, gap: -1, shortfall: 1 }]);
    expect(gap.reasons).toEqual([
      {
        code: 'competency/below-standard',
        severity: 'warning',
        basis: BASIS,
        message: {
          id: '1 kompetensi di bawah standar jabatan (total kekurangan 1 level).',
          en: '1 competencies are below the position’s standard (total shortfall 1 levels).',
        },
        data: { competencies: ['cooperation'], totalShortfall: 1 },
      },
    ]);
  });

  it('the largest shortfall comes first even when it is listed last', () => {
    const gap = competencyGap({ a: 2, b: 5, c: 4 }, { a: 1, b: 1, c: 1 })._unsafeUnwrap();
    expect(gap.belowStandard.map((item) => [item.competency, item.shortfall])).toEqual([['b', 4], ['c', 3], ['a', 1]]);
  });

  it('mismatched lists: the error in full, in both languages', () => {
    expect(competencyGap({ integrity: 3, cooperation: 3 }, { integrity: 3, communication: 2 })._unsafeUnwrapErr()).toEqual({
      code: 'competency/mismatched-competencies',
      severity: 'error',
      basis: BASIS,
      message: {
        id: 'Daftar kompetensi standar dan hasil asesmen berbeda (tidak dinilai: cooperation; di luar standar: communication).',
        en: 'The standard and the assessment name different competencies (not assessed: cooperation; not in the standard: communication).',
      },
      data: { missing: ['cooperation'], extra: ['communication'] },
    });
    const missingOnly = competencyGap({ integrity: 3, cooperation: 3 }, { integrity: 3 })._unsafeUnwrapErr();
    expect(missingOnly.data).toEqual({ missing: ['cooperation'], extra: [] });
    expect(missingOnly.message.id).toBe('Daftar kompetensi standar dan hasil asesmen berbeda (tidak dinilai: cooperation; di luar standar: -).');
  });

  it('the same number of competencies under other names is a mismatch, not a match', () => {
    expect(competencyGap({ integrity: 3 }, { cooperation: 3 })._unsafeUnwrapErr().data).toEqual({ missing: ['integrity'], extra: ['cooperation'] });
  });
});

describe('competencyGap types', () => {
  it('returns a Result of a gap or a competency error', () => {
    expectTypeOf(competencyGap).returns.toEqualTypeOf<Result<CompetencyGap, CompetencyError>>();
  });
});

describe('properties', () => {
  const level = fc.integer({ min: 1, max: 5 });
  const pair = fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 12 }).map((rows) => ({
    standard: Object.fromEntries(rows.map(([value], index) => [`c${String(index)}`, value])),
    actual: Object.fromEntries(rows.map(([, value], index) => [`c${String(index)}`, value])),
  }));

  it('shortfall is never negative, and gap + shortfall ≥ 0 per competency', () => {
    fc.assert(
      fc.property(pair, ({ standard, actual }) => {
        const gap = competencyGap(standard, actual)._unsafeUnwrap();
        return gap.items.every((item) => item.shortfall >= 0 && item.gap + item.shortfall >= 0);
      }),
    );
  });

  it('the total gap is Σ actual − Σ standard', () => {
    fc.assert(
      fc.property(pair, ({ standard, actual }) => {
        const gap = competencyGap(standard, actual)._unsafeUnwrap();
        return gap.totalGap === gap.totalActual - gap.totalStandard;
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (standard, actual) => {
        const result = competencyGap(standard as never, actual as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
