import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  parseSkmResponses,
  satisfactionIndex,
  type SatisfactionIndex,
  type SatisfactionIndexParams,
  type ServiceQualityError,
  type SkmAnswer,
  type SkmElementCode,
  type SurveyOptions,
} from '../../src/service-quality';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const S2_NRR = [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2];
const all = (value: number, count = 9): number[] => Array.from({ length: count }, () => value);
const answers = (value: SkmAnswer, count = 9): SkmAnswer[] => Array.from({ length: count }, () => value);

describe('satisfactionIndex: digest §4.3 vectors', () => {
  it('S1: all respondents 4 on all 9 unsur → IKM 4,00 → 100,00 → A Sangat Baik', () => {
    const responses = [answers(4), answers(4), answers(4)];
    const index = satisfactionIndex({ responses })._unsafeUnwrap();
    expect(index.ikm).toBe(4);
    expect(index.converted).toBe(100);
    expect(index.grade).toBe('A');
    expect(index.label).toEqual({ id: 'Sangat Baik', en: 'Very good' });
    expect(index.respondents).toBe(3);
  });

  it('S2: NRR [3,2 3,5 3,1 3,9 3,3 3,4 3,6 3,0 3,2], exact 1/9 → 3,3556 → 83,89 → B Baik', () => {
    const index = satisfactionIndex({ nrr: S2_NRR })._unsafeUnwrap();
    expect(index.ikm).toBeCloseTo(3.3556, 4);
    expect(index.weight).toBe(1 / 9);
    expect(index.converted).toBe(83.89);
    expect(index.grade).toBe('B');
    expect(index.label.id).toBe('Baik');
    expect(index.respondents).toBeUndefined();
  });

  it('S2: with the printed weight 0,111 → 83,81 (B); with 0,11 → 83,05 (B)', () => {
    const w111 = satisfactionIndex({ nrr: S2_NRR }, { weight: 0.111 })._unsafeUnwrap();
    expect(w111.converted).toBe(83.81);
    expect(w111.grade).toBe('B');
    expect(w111.reasons.map((r) => r.code)).toEqual(['service-quality/grade', 'service-quality/custom-weight']);
    const w11 = satisfactionIndex({ nrr: S2_NRR }, { weight: 0.11 })._unsafeUnwrap();
    expect(w11.converted).toBe(83.05);
    expect(w11.grade).toBe('B');
  });

  it('S3: NIK 76,60 / 76,61 → C Kurang Baik / B Baik', () => {
    // IKM 3.064 × 25 = 76.60; IKM 3.0644 × 25 = 76.61.
    expect(satisfactionIndex({ nrr: all(3.064) })._unsafeUnwrap()).toMatchObject({ converted: 76.6, grade: 'C', label: { id: 'Kurang Baik' } });
    expect(satisfactionIndex({ nrr: all(3.0644) })._unsafeUnwrap()).toMatchObject({ converted: 76.61, grade: 'B', label: { id: 'Baik' } });
  });

  it('S4: NIK 88,30 / 88,31 → B / A', () => {
    expect(satisfactionIndex({ nrr: all(3.532) })._unsafeUnwrap()).toMatchObject({ converted: 88.3, grade: 'B' });
    expect(satisfactionIndex({ nrr: all(3.5324) })._unsafeUnwrap()).toMatchObject({ converted: 88.31, grade: 'A' });
  });

  it('S5: NIK 64,99 / 65,00 → D / C', () => {
    expect(satisfactionIndex({ nrr: all(2.5996) })._unsafeUnwrap()).toMatchObject({ converted: 64.99, grade: 'D', label: { id: 'Tidak Baik' } });
    expect(satisfactionIndex({ nrr: all(2.6) })._unsafeUnwrap()).toMatchObject({ converted: 65, grade: 'C' });
  });

  it('S6: NRR all 2,00 → 50,00 → D Tidak Baik; under the 2004 table C Kurang Baik', () => {
    expect(satisfactionIndex({ nrr: all(2) })._unsafeUnwrap()).toMatchObject({ converted: 50, grade: 'D' });
    const old = satisfactionIndex({ nrr: all(2, 14) }, { scheme: '2004' })._unsafeUnwrap();
    expect(old).toMatchObject({ scheme: '2004', converted: 50, grade: 'C', label: { id: 'Kurang Baik' } });
    expect(old.weight).toBe(1 / 14);
    expect(old.elements).toHaveLength(14);
  });
});

describe('satisfactionIndex: responses', () => {
  it('computes NRR per element over the answers given, leaving missing answers out', () => {
    const responses: SkmAnswer[][] = [
      [4, 3, 3, 4, 3, 4, 4, 2, 3],
      [3, 3, 2, 4, 3, 3, 4, null, 3],
      [4, 2, 3, 4, 4, 3, 3, 3, undefined],
      [3, 3, 3, 4, 3, 4, 4, 3, 4],
    ];
    const index = satisfactionIndex({ responses })._unsafeUnwrap();
    expect(index.elements.map((e) => e.nrr)).toEqual([3.5, 2.75, 2.75, 4, 3.25, 3.5, 3.75, 8 / 3, 10 / 3]);
    expect(index.elements.map((e) => e.answers)).toEqual([4, 4, 4, 4, 4, 4, 4, 3, 3]);
    expect(index.elements.map((e) => e.converted)).toEqual([87.5, 68.75, 68.75, 100, 81.25, 87.5, 93.75, 66.67, 83.33]);
    expect(index.elements.map((e) => e.grade)).toEqual(['B', 'C', 'C', 'A', 'B', 'B', 'A', 'C', 'B']);
    // Σ NRR = 3.5 + 2.75 + 2.75 + 4 + 3.25 + 3.5 + 3.75 + 8/3 + 10/3 = 29.5; IKM = 29.5 / 9 = 3.2778; × 25 = 81.94.
    expect(index.ikm).toBeCloseTo(29.5 / 9, 12);
    expect(index.converted).toBe(81.94);
    expect(index.grade).toBe('B');
    expect(index.reasons[1]).toMatchObject({
      code: 'service-quality/missing-answers',
      severity: 'warning',
      data: { missing: { 'complaint-handling': 1, facilities: 1 } },
    });
  });

  it("reads the columns in the order the unit's form uses (unsur 8 and 9 swapped)", () => {
    const order: SkmElementCode[] = ['requirements', 'procedure', 'completion-time', 'cost', 'product', 'competence', 'conduct', 'facilities', 'complaint-handling'];
    const index = satisfactionIndex({ responses: [[4, 4, 4, 4, 4, 4, 4, 1, 2]] }, { order })._unsafeUnwrap();
    expect(index.elements.at(-2)).toMatchObject({ code: 'complaint-handling', nrr: 2 });
    expect(index.elements.at(-1)).toMatchObject({ code: 'facilities', nrr: 1 });
  });

  it('accepts NRR keyed by element code, and an NRR array in a custom order', () => {
    const keyed = satisfactionIndex({
      nrr: { requirements: 3.2, procedure: 3.5, 'completion-time': 3.1, cost: 3.9, product: 3.3, competence: 3.4, conduct: 3.6, 'complaint-handling': 3.0, facilities: 3.2 },
    })._unsafeUnwrap();
    expect(keyed.converted).toBe(83.89);
    const order: SkmElementCode[] = ['facilities', 'requirements', 'procedure', 'completion-time', 'cost', 'product', 'competence', 'conduct', 'complaint-handling'];
    const reordered = satisfactionIndex({ nrr: [1, 4, 4, 4, 4, 4, 4, 4, 4] }, { order })._unsafeUnwrap();
    expect(reordered.elements.find((e) => e.code === 'facilities')?.nrr).toBe(1);
  });

  it('TSDoc example: questionnaires parsed once give the index without a second check', () => {
    const responses = parseSkmResponses([[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, null, 4, 3, 3, 4, 3, 3]])._unsafeUnwrap();
    // NRR 3,5 3,5 3 4 3 3,5 4 3 3,5: Σ 31 / 9 = 3,4444 × 25 = 86,11 → B.
    expect(satisfactionIndex({ responses }).map((result) => [result.converted, result.grade])._unsafeUnwrap()).toEqual([86.11, 'B']);
    expect(satisfactionIndex(untyped({ responses: [[4, 4, 4, 4, 5, 4, 4, 4, 4]] })).match(() => 'ok', (error) => error.code)).toBe(
      'service-quality/invalid-input',
    );
  });

  it('explains the grade with its band and basis (docs/interpretations.md#satisfaction-index)', () => {
    const index = satisfactionIndex({ nrr: S2_NRR })._unsafeUnwrap();
    expect(index.reasons).toEqual([
      {
        code: 'service-quality/grade',
        severity: 'info',
        basis: {
          instrument: 'PermenPANRB 14/2017',
          article: 'Lampiran (unsur SKM; nilai interval konversi)',
          note: 'in force from the year of the instrument (day not read); replaced PermenPANRB 16/2014',
          evidence: 'secondary-source',
          interpretation: 'satisfaction-index',
        },
        message: {
          id: 'IKM 3,3556 × 25 = 83,89: mutu B (Baik), rentang 76,61–88,30.',
          en: 'IKM 3.3556 × 25 = 83.89: grade B (Good), band 76.61–88.30.',
        },
        data: { ikm: 30.2 / 9, converted: 83.89, grade: 'B' },
      },
    ]);
  });
});

describe('satisfactionIndex: bad input gives coded errors', () => {
  it('an answer outside 1–4 names its path (TSDoc example)', () => {
    const error = satisfactionIndex(untyped({ responses: [[4, 4, 4, 4, 5, 4, 4, 4, 4]] }))._unsafeUnwrapErr();
    expect(error.code).toBe('service-quality/invalid-input');
    expect(dataOf(error, 'service-quality/invalid-input').issues).toEqual([{ path: 'responses.0.4', message: 'Expected an answer 1, 2, 3 or 4, or null when unanswered' }]);
  });

  it('a questionnaire with the wrong number of answers, a non-array row, an empty survey', () => {
    expect(dataOf(satisfactionIndex({ responses: [[4, 4]] })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'responses.0', message: 'Expected 9 answers, got 2' },
    ]);
    expect(dataOf(satisfactionIndex(untyped({ responses: ['4444'] }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'responses.0', message: 'Expected an array of answers' },
    ]);
    expect(dataOf(satisfactionIndex({ responses: [] })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'responses', message: 'Expected at least one questionnaire' },
    ]);
    expect(dataOf(satisfactionIndex(untyped({ responses: 'many' }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'responses', message: 'Expected an array of questionnaires (arrays of answers)' },
    ]);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const responses = Array.from({ length: 60 }, () => all(0));
    const issues = dataOf(satisfactionIndex(untyped({ responses }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues as unknown[];
    expect(issues).toHaveLength(51);
    expect(issues[50]).toEqual({ path: 'responses', message: '490 more problems not listed' });
  });

  it('an element nobody answered cannot have an NRR', () => {
    const error = satisfactionIndex({ responses: [[4, 4, 4, 4, 4, 4, 4, 4, null]] })._unsafeUnwrapErr();
    expect(error.code).toBe('service-quality/no-answers');
    expect(error.data).toEqual({ element: 'facilities' });
  });

  it('NRR out of 1–4, the wrong count, unknown or missing keys', () => {
    expect(dataOf(satisfactionIndex({ nrr: [4.5, ...all(3, 8)] })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'nrr.0', message: 'Too big: expected number to be <=4' },
    ]);
    expect(dataOf(satisfactionIndex({ nrr: [1] })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'nrr', message: 'Too small: expected array to have exactly 9 items' },
    ]);
    const keyed = dataOf(satisfactionIndex(untyped({ nrr: { cost: 3, price: 2 } }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues;
    expect(keyed.map((issue) => issue.path)).toEqual(['nrr.requirements', 'nrr.procedure', 'nrr.completion-time', 'nrr.product', 'nrr.competence', 'nrr.conduct', 'nrr.complaint-handling', 'nrr.facilities', 'nrr']);
    expect(satisfactionIndex(untyped({}))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(satisfactionIndex(untyped(null))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
  });

  it('bad options: unknown scheme, weight out of (0, 1], an order that is not a permutation', () => {
    expect(dataOf(satisfactionIndex({ nrr: S2_NRR }, untyped({ scheme: '2014' }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'scheme', message: 'Invalid option: expected one of "2004"|"2017"' },
    ]);
    expect(satisfactionIndex({ nrr: S2_NRR }, { weight: 0 })._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(dataOf(satisfactionIndex({ nrr: S2_NRR }, { order: ['cost'] })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'order', message: 'Expected each of the 9 elements of scheme 2017 exactly once' },
    ]);
    expect(satisfactionIndex({ nrr: S2_NRR }, { order: all(0).map((): SkmElementCode => 'cost') })._unsafeUnwrapErr().code).toBe(
      'service-quality/invalid-input',
    );
  });
});

describe('satisfactionIndex: whole reasons and elements', () => {
  const SKM_BASIS = {
    instrument: 'PermenPANRB 14/2017',
    article: 'Lampiran (unsur SKM; nilai interval konversi)',
    note: 'in force from the year of the instrument (day not read); replaced PermenPANRB 16/2014',
    evidence: 'secondary-source',
    interpretation: 'satisfaction-index',
  };

  it('S2 with the printed weight 0,111: the custom-weight warning in full, each element weighted by it', () => {
    const index = satisfactionIndex({ nrr: S2_NRR }, { weight: 0.111 })._unsafeUnwrap();
    expect(index.weight).toBe(0.111);
    expect(index.reasons[1]).toEqual({
      code: 'service-quality/custom-weight',
      severity: 'warning',
      basis: { ...SKM_BASIS, note: 'the exact weight is 1 / number of elements' },
      message: { id: 'Bobot 0,111 dipakai sebagai pengganti bobot tepat 1/9.', en: 'The weight 0.111 was used instead of the exact 1/9.' },
      data: { weight: 0.111, exact: 1 / 9 },
    });
    expect(index.elements[0]).toEqual({ code: 'requirements', label: { id: 'Persyaratan', en: 'Requirements' }, nrr: 3.2, weighted: 3.2 * 0.111, converted: 80, grade: 'B' });
    // Σ NRR 30.2 × 0.111 = 3.3522 → × 25 = 83.81.
    expect(index.ikm).toBeCloseTo(3.3522, 10);
  });

  it('the exact weight: every element weighted 1/9, the index the mean NRR', () => {
    const index = satisfactionIndex({ nrr: all(3) })._unsafeUnwrap();
    expect(index.elements.map((e) => e.weighted)).toEqual(all(3 / 9));
    expect([index.ikm, index.converted, index.grade]).toEqual([3, 75, 'C']);
    expect(index.reasons.map((r) => r.code)).toEqual(['service-quality/grade']);
  });

  it('an element nobody answered: the error in full', () => {
    expect(satisfactionIndex({ responses: [[4, 4, 4, 4, 4, 4, 4, 4, null]] })._unsafeUnwrapErr()).toEqual({
      code: 'service-quality/no-answers',
      severity: 'error',
      basis: SKM_BASIS,
      message: {
        id: 'Unsur "facilities" tidak dijawab oleh satu responden pun, sehingga NRR-nya tidak dapat dihitung.',
        en: 'No questionnaire answered the element "facilities", so its NRR cannot be computed.',
      },
      data: { element: 'facilities' },
    });
  });

  it('one answer missing of two: the missing-answers warning in full, that element’s NRR over one answer', () => {
    const index = satisfactionIndex({ responses: [[4, 3, null, 4, 4, 4, 4, 4, 4], [4, 3, 2, 4, 4, 4, 4, 4, 4]] })._unsafeUnwrap();
    expect(index.elements[2]).toMatchObject({ code: 'completion-time', answers: 1, nrr: 2, converted: 50, grade: 'D' });
    expect(index.elements[1]).toMatchObject({ answers: 2, nrr: 3 });
    expect(index.reasons[1]).toEqual({
      code: 'service-quality/missing-answers',
      severity: 'warning',
      basis: SKM_BASIS,
      message: {
        id: 'Sebagian kuesioner tidak menjawab semua unsur; NRR tiap unsur dibagi dengan jumlah jawaban yang terisi.',
        en: 'Some questionnaires left elements unanswered; each NRR divides by the answers actually given.',
      },
      data: { missing: { 'completion-time': 1 } },
    });
  });

  it('questionnaires parsed for the 2017 scheme are checked again under the 2004 scheme; parsed 2004 ones are taken', () => {
    const nine = parseSkmResponses([all(4)])._unsafeUnwrap();
    expect(dataOf(satisfactionIndex({ responses: nine }, { scheme: '2004' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'responses.0', message: 'Expected 14 answers, got 9' },
    ]);
    const fourteen = parseSkmResponses([all(3, 14), all(4, 14)], { scheme: '2004' })._unsafeUnwrap();
    const old = satisfactionIndex({ responses: fourteen }, { scheme: '2004' })._unsafeUnwrap();
    expect([old.respondents, old.ikm, old.converted, old.grade]).toEqual([2, 3.5, 87.5, 'A']);
  });

  it('the responses in a custom order are read by column', () => {
    const order: SkmElementCode[] = ['facilities', 'requirements', 'procedure', 'completion-time', 'cost', 'product', 'competence', 'conduct', 'complaint-handling'];
    const index = satisfactionIndex({ responses: [[1, 4, 4, 4, 4, 4, 4, 4, 4], [1, 4, 4, 4, 4, 4, 4, 4, 4]] }, { order })._unsafeUnwrap();
    expect(index.elements.map((e) => [e.code, e.nrr])).toEqual([
      ['requirements', 4], ['procedure', 4], ['completion-time', 4], ['cost', 4], ['product', 4], ['competence', 4], ['conduct', 4], ['complaint-handling', 4], ['facilities', 1],
    ]);
  });

  it('responses and nrr: an unknown key beside them is invalid input', () => {
    expect(satisfactionIndex(untyped({ responses: [all(4)], nrr: all(4) }))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(satisfactionIndex(untyped({ nrr: all(4), weight: 0.1 }))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
  });
});

describe('satisfactionIndex types', () => {
  it('returns a Result of the index or a service-quality error', () => {
    expectTypeOf(satisfactionIndex).parameter(0).toEqualTypeOf<SatisfactionIndexParams>();
    expectTypeOf(satisfactionIndex).parameter(1).toEqualTypeOf<SurveyOptions | undefined>();
    expectTypeOf(satisfactionIndex).returns.toEqualTypeOf<Result<SatisfactionIndex, ServiceQualityError>>();
  });
});

describe('properties', () => {
  const answer = fc.constantFrom<SkmAnswer>(1, 2, 3, 4);
  const questionnaire = fc.array(answer, { minLength: 9, maxLength: 9 });
  const survey = fc.array(questionnaire, { minLength: 1, maxLength: 40 });

  it('the converted index is in 25–100 and the grade matches its band', () => {
    fc.assert(
      fc.property(survey, (responses) => {
        const index = satisfactionIndex({ responses })._unsafeUnwrap();
        expect(index.converted).toBeGreaterThanOrEqual(25);
        expect(index.converted).toBeLessThanOrEqual(100);
        const expected = index.converted >= 88.31 ? 'A' : index.converted >= 76.61 ? 'B' : index.converted >= 65 ? 'C' : 'D';
        expect(index.grade).toBe(expected);
      }),
    );
  });

  it('does not depend on the order of the responses', () => {
    fc.assert(
      fc.property(survey, fc.integer(), (responses, seed) => {
        const shuffled = [...responses].sort((a, b) => ((a.join('') + String(seed)).localeCompare(b.join('') + String(seed))));
        const first = satisfactionIndex({ responses })._unsafeUnwrap();
        const second = satisfactionIndex({ responses: [...shuffled].reverse() })._unsafeUnwrap();
        expect(second.converted).toBe(first.converted);
        expect(second.grade).toBe(first.grade);
      }),
    );
  });

  it('a higher answer never lowers the index', () => {
    fc.assert(
      fc.property(survey, fc.nat(), fc.nat(8), (responses, row, column) => {
        const i = row % responses.length;
        const raised = responses.map((r, k) => (k === i ? r.map((a, j) => (j === column ? 4 : a)) : r));
        expect(satisfactionIndex({ responses: raised })._unsafeUnwrap().ikm).toBeGreaterThanOrEqual(
          satisfactionIndex({ responses })._unsafeUnwrap().ikm - 1e-12,
        );
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const result = satisfactionIndex(untyped(input), untyped(options));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything(), { maxLength: 10 }), { maxLength: 5 }), (responses) => {
        const result = satisfactionIndex(untyped({ responses }));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
