import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from 'neverthrow';
import {
  classifyJpm,
  jobPersonMatch,
  type CompetencyError,
  type JobPersonMatch,
  type JpmScheme,
} from '../../src/competency/index';
import { NINE, untyped } from './arbitraries';
import { dataOf } from '../error-data';

/** Nine competencies at `standard` each, with actual levels summing to `total` (spread from the first). */
function assessment(standard: number, total: number): { standard: Record<string, number>; actual: Record<string, number> } {
  const actual: Record<string, number> = {};
  let left = total;
  NINE.forEach((code, index) => {
    const remaining = NINE.length - index - 1;
    const value = Math.min(5, Math.max(1, left - remaining));
    actual[code] = value;
    left -= value;
  });
  return { standard: Object.fromEntries(NINE.map((code) => [code, standard])), actual };
}

function both(standard: number, total: number): [string, number, string] {
  const { standard: std, actual } = assessment(standard, total);
  const mapping = jobPersonMatch(std, actual)._unsafeUnwrap();
  const selection = jobPersonMatch(std, actual, { scheme: 'selection' })._unsafeUnwrap();
  return [mapping.category.code, mapping.percentageRounded, selection.category.code];
}

const KKP_JPT: JpmScheme = {
  name: 'kkp-jpt',
  label: { id: 'KKP: JPT dan JF Ahli Utama', en: 'KKP: JPT and JF Ahli Utama' },
  basis: { instrument: 'PermenKKP 39/2023', article: 'Pasal 52' },
  categories: [
    { code: 'very-good', label: { id: 'Sangat Baik', en: 'Very good' }, min: 91 },
    { code: 'good', label: { id: 'Baik', en: 'Good' }, min: 85 },
    { code: 'poor', label: { id: 'Kurang', en: 'Poor' }, min: 0 },
  ],
};
const KKP_OTHER: JpmScheme = {
  ...KKP_JPT,
  name: 'kkp-other',
  categories: [
    { code: 'very-good', label: { id: 'Sangat Baik', en: 'Very good' }, min: 85 },
    { code: 'good', label: { id: 'Baik', en: 'Good' }, min: 75 },
    { code: 'poor', label: { id: 'Kurang', en: 'Poor' }, min: 0 },
  ],
};

describe('jobPersonMatch', () => {
  it('§2.4 C2: Σstd 27, Σactual 25 → 92,59% Optimal; selection MS', () => {
    expect(both(3, 25)).toEqual(['optimal', 92.59, 'qualified']);
  });

  it('§2.4 C3: Σstd 27, Σactual 22 → 81,48% Cukup Optimal; MS', () => {
    expect(both(3, 22)).toEqual(['fairly-optimal', 81.48, 'qualified']);
  });

  it('§2.4 C4: Σstd 27, Σactual 20 → 74,07% Kurang Optimal; MMS', () => {
    expect(both(3, 20)).toEqual(['less-optimal', 74.07, 'still-qualified']);
  });

  it('§2.4 C5: Σstd 27, Σactual 18 → 66,67% Kurang Optimal; KMS', () => {
    expect(both(3, 18)).toEqual(['less-optimal', 66.67, 'less-qualified']);
  });

  it('§2.4 C6: Σstd 36 (JPT Pratama defaults ×9), Σactual 30 → 83,33% Cukup Optimal; MS', () => {
    expect(both(4, 30)).toEqual(['fairly-optimal', 83.33, 'qualified']);
  });

  it('§2.4 C7: boundary 90,00% → Optimal (exact ratio 9/10)', () => {
    const match = jobPersonMatch(
      { integrity: 5, cooperation: 5 },
      { integrity: 5, cooperation: 4 },
    )._unsafeUnwrap();
    expect(match.percentage).toBe(90);
    expect(match.category.code).toBe('optimal');
  });

  it('JPM is not capped at 100 (docs/interpretations.md#job-person-match, Q7)', () => {
    const match = jobPersonMatch({ integrity: 2, cooperation: 2, communication: 2 }, { integrity: 5, cooperation: 4, communication: 3 })._unsafeUnwrap();
    expect(match.percentage).toBe(200);
    expect(match.category.code).toBe('optimal');
  });

  it('reports the totals and a reason in BKN report wording', () => {
    const { standard, actual } = assessment(3, 25);
    const match = jobPersonMatch(standard, actual)._unsafeUnwrap();
    expect(match.totalActual).toBe(25);
    expect(match.totalStandard).toBe(27);
    expect(match.scheme).toBe('mapping');
    expect(match.reasons[0]?.message).toEqual({
      id: 'Nilai total kompetensi 25 dari total 27, setara 92,59% Job Person Match: Optimal.',
      en: 'Total competency 25 of 27, a 92.59% job-person match: Optimal.',
    });
  });

  it('§2.4 C8: a custom scheme (PermenKKP 39/2023): JPT 90% → Baik; Administrator 90% → Sangat Baik', () => {
    const standard = { integrity: 5, cooperation: 5 };
    const actual = { integrity: 5, cooperation: 4 };
    expect(jobPersonMatch(standard, actual, { scheme: KKP_JPT })._unsafeUnwrap().category.label.id).toBe('Baik');
    expect(jobPersonMatch(standard, actual, { scheme: KKP_OTHER })._unsafeUnwrap().category.label.id).toBe('Sangat Baik');
  });

  it('bad levels, bad schemes and mismatched lists are coded errors', () => {
    expect(jobPersonMatch({ integrity: 3 }, { integrity: -1 })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(jobPersonMatch({ integrity: 3 }, { cooperation: 3 })._unsafeUnwrapErr().code).toBe('competency/mismatched-competencies');
    const noFloor = { ...KKP_JPT, categories: [{ code: 'a', label: { id: 'A', en: 'A' }, min: 50 }] };
    expect(jobPersonMatch({ integrity: 3 }, { integrity: 3 }, { scheme: noFloor })._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
    const rising = {
      ...KKP_JPT,
      categories: [
        { code: 'a', label: { id: 'A', en: 'A' }, min: 50 },
        { code: 'b', label: { id: 'B', en: 'B' }, min: 60 },
        { code: 'c', label: { id: 'C', en: 'C' }, min: 0 },
      ],
    };
    expect(jobPersonMatch({ integrity: 3 }, { integrity: 3 }, { scheme: rising })._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
    // @ts-expect-error: intentionally invalid scheme name
    expect(jobPersonMatch({ integrity: 3 }, { integrity: 3 }, { scheme: 'kkp' })._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
  });
});

describe('classifyJpm', () => {
  it('§2.4 C7: boundary 90,00% / 89,99% (pemetaan) → Optimal / Cukup Optimal', () => {
    expect(classifyJpm(90)._unsafeUnwrap().label.id).toBe('Optimal');
    expect(classifyJpm(89.99)._unsafeUnwrap().label.id).toBe('Cukup Optimal');
  });

  it('selection boundaries 80 / 68', () => {
    expect(classifyJpm(80, { scheme: 'selection' })._unsafeUnwrap().code).toBe('qualified');
    expect(classifyJpm(79.99, { scheme: 'selection' })._unsafeUnwrap().code).toBe('still-qualified');
    expect(classifyJpm(68, { scheme: 'selection' })._unsafeUnwrap().code).toBe('still-qualified');
    expect(classifyJpm(67.99, { scheme: 'selection' })._unsafeUnwrap().code).toBe('less-qualified');
  });

  it('§2.4 C8 and Q8: KKP JPT 90 → Baik, 90,5 → Baik (Sangat Baik from 91)', () => {
    expect(classifyJpm(90, { scheme: KKP_JPT })._unsafeUnwrap().code).toBe('good');
    expect(classifyJpm(90.5, { scheme: KKP_JPT })._unsafeUnwrap().code).toBe('good');
    expect(classifyJpm(91, { scheme: KKP_JPT })._unsafeUnwrap().code).toBe('very-good');
  });

  it('a negative or non-numeric percentage is a coded error', () => {
    expect(classifyJpm(-0.01)._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    // @ts-expect-error: intentionally invalid input
    expect(classifyJpm('90')._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    // @ts-expect-error: intentionally invalid options
    expect(classifyJpm(90, 'mapping')._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('jobPersonMatch: whole results', () => {
  const SELECTION_BASIS = {
    instrument: 'Peraturan BKN 26/2019',
    note: 'categories of BKN-format assessment reports (the regulation text was not read)',
    evidence: 'secondary-source',
    interpretation: 'job-person-match',
  };

  it('8 of 9 under the selection scheme: 88,89% Memenuhi Syarat, in full', () => {
    expect(
      jobPersonMatch({ integrity: 3, cooperation: 3, communication: 3 }, { integrity: 3, cooperation: 2, communication: 3 }, { scheme: 'selection' })._unsafeUnwrap(),
    ).toEqual({
      percentage: 800 / 9,
      percentageRounded: 88.89,
      totalActual: 8,
      totalStandard: 9,
      category: { code: 'qualified', label: { id: 'Memenuhi Syarat (MS)', en: 'Qualified' }, min: 80 },
      scheme: 'selection',
      reasons: [
        {
          code: 'competency/jpm-category',
          severity: 'info',
          basis: SELECTION_BASIS,
          message: {
            id: 'Nilai total kompetensi 8 dari total 9, setara 88,89% Job Person Match: Memenuhi Syarat (MS).',
            en: 'Total competency 8 of 9, a 88.89% job-person match: Qualified.',
          },
          data: { percentage: 800 / 9, category: 'qualified', scheme: 'selection' },
        },
      ],
    });
  });

  it('the mapping scheme by name and by empty options is the default', () => {
    const standard = { integrity: 5, cooperation: 5 };
    const actual = { integrity: 4, cooperation: 4 };
    expect(jobPersonMatch(standard, actual, { scheme: 'mapping' })._unsafeUnwrap()).toMatchObject({ scheme: 'mapping', category: { code: 'fairly-optimal' } });
    expect(jobPersonMatch(standard, actual, {})._unsafeUnwrap()).toMatchObject({ scheme: 'mapping', percentage: 80 });
  });

  it('§2.2 categories decided on the exact ratio: 7 of 9 (77,78%) is Kurang Optimal, 78 of 100 is Cukup Optimal', () => {
    const standard = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`c${String(index)}`, 5]));
    const actual = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`c${String(index)}`, index < 18 ? 4 : 3]));
    const match = jobPersonMatch(standard, actual)._unsafeUnwrap();
    expect([match.totalActual, match.totalStandard, match.category.code]).toEqual([78, 100, 'fairly-optimal']);
    const below = jobPersonMatch({ a: 3, b: 3, c: 3 }, { a: 3, b: 2, c: 2 })._unsafeUnwrap();
    expect([below.percentageRounded, below.category.code]).toEqual([77.78, 'less-optimal']);
  });

  it('a custom scheme is named in the result and cites its own basis', () => {
    const match = jobPersonMatch({ integrity: 5, cooperation: 5 }, { integrity: 5, cooperation: 4 }, { scheme: KKP_JPT })._unsafeUnwrap();
    expect(match.scheme).toBe('kkp-jpt');
    expect(match.reasons[0]).toMatchObject({ basis: { instrument: 'PermenKKP 39/2023', article: 'Pasal 52' }, message: { en: 'Total competency 9 of 10, a 90.00% job-person match: Good.' } });
  });

  it('a custom scheme must have strictly decreasing minimums and at least one category', () => {
    const level = { integrity: 3 };
    const category = (code: string, min: number) => ({ code, label: { id: code, en: code }, min });
    const equal = { ...KKP_JPT, categories: [category('a', 50), category('b', 50), category('c', 0)] };
    expect(jobPersonMatch(level, level, { scheme: equal })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(jobPersonMatch(level, level, { scheme: { ...KKP_JPT, categories: [] } })._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(jobPersonMatch(level, level, { scheme: { ...KKP_JPT, categories: [category('all', 0)] } })._unsafeUnwrap().category.code).toBe('all');
  });

  it('an unknown option key is invalid input, even with valid levels', () => {
    expect(jobPersonMatch({ integrity: 3 }, { integrity: 3 }, untyped({ schema: 'mapping' }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('classifyJpm: whole results', () => {
  it('the lowest category has min 0: 0 and 50 are Kurang Optimal, in full', () => {
    const lowest = { code: 'less-optimal', label: { id: 'Kurang Optimal', en: 'Less than optimal' }, min: 0 };
    expect(classifyJpm(50)._unsafeUnwrap()).toEqual(lowest);
    expect(classifyJpm(0)._unsafeUnwrap()).toEqual(lowest);
  });

  it('78 is Cukup Optimal, 77.99 Kurang Optimal; 1000 is the largest percentage accepted', () => {
    expect(classifyJpm(78)._unsafeUnwrap().code).toBe('fairly-optimal');
    expect(classifyJpm(77.99)._unsafeUnwrap().code).toBe('less-optimal');
    expect(classifyJpm(1000)._unsafeUnwrap().code).toBe('optimal');
    expect(classifyJpm(1000.01)._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('bad options are refused before the percentage is read', () => {
    expect(dataOf(classifyJpm(-1, untyped({ scheme: 'kkp' }))._unsafeUnwrapErr(), 'competency/invalid-input').issues).toEqual([expect.objectContaining({ path: 'scheme' })]);
  });
});

describe('jobPersonMatch types', () => {
  it('returns a Result of a match or a competency error', () => {
    expectTypeOf(jobPersonMatch).returns.toEqualTypeOf<Result<JobPersonMatch, CompetencyError>>();
  });
});

describe('properties', () => {
  const level = fc.integer({ min: 1, max: 5 });
  const rows = fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 12 });

  it('JPM grows when an actual level grows', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (pairs, pick) => {
        const index = pick % pairs.length;
        const [, found] = pairs[index]!;
        fc.pre(found < 5);
        const standard = Object.fromEntries(pairs.map(([value], i) => [`c${String(i)}`, value]));
        const actual = Object.fromEntries(pairs.map(([, value], i) => [`c${String(i)}`, value]));
        const raised = { ...actual, [`c${String(index)}`]: found + 1 };
        const before = jobPersonMatch(standard, actual)._unsafeUnwrap();
        const after = jobPersonMatch(standard, raised)._unsafeUnwrap();
        const order = ['less-optimal', 'fairly-optimal', 'optimal'];
        return after.percentage > before.percentage && order.indexOf(after.category.code) >= order.indexOf(before.category.code);
      }),
    );
  });

  it('classifyJpm agrees with jobPersonMatch on the exact ratio', () => {
    fc.assert(
      fc.property(rows, (pairs) => {
        const standard = Object.fromEntries(pairs.map(([value], i) => [`c${String(i)}`, value]));
        const actual = Object.fromEntries(pairs.map(([, value], i) => [`c${String(i)}`, value]));
        const match = jobPersonMatch(standard, actual, { scheme: 'selection' })._unsafeUnwrap();
        const total = pairs.reduce((sum, [value]) => sum + value, 0);
        const found = pairs.reduce((sum, [, value]) => sum + value, 0);
        return (found * 100 >= 80 * total) === (match.category.code === 'qualified');
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (standard, actual, options) => {
        const result = jobPersonMatch(standard as never, actual as never, options as never);
        const category = classifyJpm(standard as never, options as never);
        return (result.isOk() || result.isErr()) && (category.isOk() || category.isErr());
      }),
    );
  });
});
