import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkSurvey, parseSkmResponses, type RawSkmResponses, type ServiceQualityError, type SkmElementCode, type SurveyCheck, type SurveyOptions } from '../../src/service-quality';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const full = (value: number, count = 9): number[] => Array.from({ length: count }, () => value);

describe('checkSurvey', () => {
  it('TSDoc example: an answer 7, a missing answer, too few respondents for a population of 100', () => {
    const check = checkSurvey([[4, 4, 4, 4, 4, 4, 4, 4, 7], [3, 3, null, 3, 3, 3, 3, 3, 3]], { population: 100 })._unsafeUnwrap();
    expect(check).toMatchObject({
      scheme: '2017',
      questionnaires: 2,
      usable: 1,
      complete: 0,
      missing: { 'completion-time': 1 },
      needed: 80,
      valid: false,
      enoughRespondents: false,
    });
    expect(check.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['service-quality/answer-out-of-range', 'error'],
      ['service-quality/missing-answers', 'warning'],
      ['service-quality/too-few-respondents', 'warning'],
    ]);
    expect(check.reasons[0]?.data).toEqual({ count: 1, answers: [{ questionnaire: 0, element: 'facilities', answer: 7 }] });
    expect(check.reasons[2]?.message.id).toBe('Hanya 1 kuesioner yang dapat dipakai, sedangkan populasi 100 orang memerlukan 80 responden.');
  });

  it('a clean survey passes, with no population check unless asked', () => {
    const check = checkSurvey([full(4), full(3)])._unsafeUnwrap();
    expect(check).toEqual({ scheme: '2017', questionnaires: 2, usable: 2, complete: 2, missing: {}, valid: true, reasons: [] });
  });

  it('enough respondents for a small population (census)', () => {
    const check = checkSurvey([full(4), full(3), full(2)], { population: 3 })._unsafeUnwrap();
    expect(check).toMatchObject({ needed: 3, enoughRespondents: true, reasons: [] });
  });

  it('wrong answer counts, strings, fractions and objects are reported, not rejected', () => {
    const check = checkSurvey(untyped([[4, 4], [...full(4, 8), '4'], [...full(4, 8), 2.5], [...full(4, 8), {}]]))._unsafeUnwrap();
    expect(check.usable).toBe(0);
    expect(check.reasons[0]?.data).toEqual({
      count: 3,
      answers: [
        { questionnaire: 1, element: 'facilities', answer: '4' },
        { questionnaire: 2, element: 'facilities', answer: 2.5 },
        { questionnaire: 3, element: 'facilities', answer: 'object' },
      ],
    });
    expect(check.reasons[1]).toMatchObject({
      code: 'service-quality/wrong-answer-count',
      data: { count: 1, expected: 9, questionnaires: [{ questionnaire: 0, answers: 2 }] },
    });
  });

  it('the 2004 scheme expects 14 answers, and a custom order names the elements', () => {
    expect(checkSurvey([full(4, 14)], { scheme: '2004' })._unsafeUnwrap().valid).toBe(true);
    const order: SkmElementCode[] = ['facilities', 'requirements', 'procedure', 'completion-time', 'cost', 'product', 'competence', 'conduct', 'complaint-handling'];
    expect(checkSurvey([[null, ...full(4, 8)]], { order })._unsafeUnwrap().missing).toEqual({ facilities: 1 });
  });

  it('lists at most 50 locations while counting them all', () => {
    const check = checkSurvey(Array.from({ length: 10 }, () => full(9)).concat(Array.from({ length: 60 }, () => [1])))._unsafeUnwrap();
    expect(check.reasons[0]?.data?.count).toBe(90);
    expect(check.reasons[0]?.data?.answers).toHaveLength(50);
    expect(check.reasons[1]?.data?.count).toBe(60);
    expect(check.reasons[1]?.data?.questionnaires).toHaveLength(50);
  });

  it('refuses only what is not a survey at all, or bad options', () => {
    expect(checkSurvey(untyped('not a survey'))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(dataOf(checkSurvey(untyped([[4], 'x']))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([{ path: '1', message: 'Expected an array of answers' }]);
    expect(checkSurvey([], { population: 0 })._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    const issues = dataOf(checkSurvey(untyped(Array.from({ length: 55 }, () => 'x')))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues as unknown[];
    expect(issues).toHaveLength(51);
    expect(issues[50]).toEqual({ path: '', message: '5 more problems not listed' });
  });
});

describe('checkSurvey: whole results', () => {
  const SKM_BASIS = {
    instrument: 'PermenPANRB 14/2017',
    article: 'Lampiran (unsur SKM; nilai interval konversi)',
    note: 'in force from the year of the instrument (day not read); replaced PermenPANRB 16/2014',
    evidence: 'secondary-source',
    interpretation: 'survey-sample-size',
  };
  const SAMPLE_BASIS = {
    instrument: 'PermenPANRB 14/2017',
    article: 'Lampiran (penentuan jumlah responden; tabel Krejcie dan Morgan)',
    note: 'a population between two rows takes the higher row',
    evidence: 'secondary-source',
    interpretation: 'survey-sample-size',
  };

  it('every kind of problem at once, errors first: the check in full (population 50 needs 44)', () => {
    const check = checkSurvey(untyped([[4, 4, 4, 4, 4, 4, 4, 4, 7], [3, 3], [3, 3, null, 3, 3, 3, 3, 3, undefined]]), { population: 50 })._unsafeUnwrap();
    expect(check).toEqual({
      scheme: '2017',
      questionnaires: 3,
      usable: 1,
      complete: 0,
      missing: { 'completion-time': 1, facilities: 1 },
      valid: false,
      needed: 44,
      enoughRespondents: false,
      reasons: [
        {
          code: 'service-quality/answer-out-of-range',
          severity: 'error',
          basis: SKM_BASIS,
          message: {
            id: '1 jawaban di luar skala 1–4; kuesioner yang memuatnya tidak dapat dipakai.',
            en: '1 answers outside the 1–4 scale; the questionnaires holding them cannot be used.',
          },
          data: { count: 1, answers: [{ questionnaire: 0, element: 'facilities', answer: 7 }] },
        },
        {
          code: 'service-quality/wrong-answer-count',
          severity: 'error',
          basis: SKM_BASIS,
          message: {
            id: '1 kuesioner tidak memuat tepat 9 jawaban (satu per unsur).',
            en: '1 questionnaires do not hold exactly 9 answers (one per element).',
          },
          data: { count: 1, expected: 9, questionnaires: [{ questionnaire: 1, answers: 2 }] },
        },
        {
          code: 'service-quality/missing-answers',
          severity: 'warning',
          basis: SKM_BASIS,
          message: {
            id: '2 unsur tidak dijawab; NRR unsur tersebut dihitung dari jawaban yang terisi saja.',
            en: '2 elements were left unanswered; their NRR counts the answers given only.',
          },
          data: { count: 2, byElement: { 'completion-time': 1, facilities: 1 } },
        },
        {
          code: 'service-quality/too-few-respondents',
          severity: 'warning',
          basis: SAMPLE_BASIS,
          message: {
            id: 'Hanya 1 kuesioner yang dapat dipakai, sedangkan populasi 50 orang memerlukan 44 responden.',
            en: 'Only 1 usable questionnaires, while a population of 50 needs 44 respondents.',
          },
          data: { usable: 1, needed: 44, population: 50 },
        },
      ],
    });
  });

  it('answers 1, 2, 3 and 4 are each valid; 0 and 5 are not; a questionnaire with a gap is usable but not complete', () => {
    const check = checkSurvey(untyped([[1, 2, 3, 4, 1, 2, 3, 4, 1], [0, ...full(4, 8)], [...full(4, 8), 5], [null, ...full(1, 8)]]))._unsafeUnwrap();
    expect([check.usable, check.complete]).toEqual([2, 1]);
    expect(check.reasons[0]?.data).toEqual({
      count: 2,
      answers: [
        { questionnaire: 1, element: 'requirements', answer: 0 },
        { questionnaire: 2, element: 'facilities', answer: 5 },
      ],
    });
  });

  it('two bad answers in one questionnaire count twice and leave it unusable', () => {
    const check = checkSurvey(untyped([[9, 9, 4, 4, 4, 4, 4, 4, 4], full(4)]))._unsafeUnwrap();
    expect([check.usable, check.complete, check.valid]).toEqual([1, 1, false]);
    expect(check.reasons[0]?.data?.count).toBe(2);
  });

  it('exactly as many usable questionnaires as needed: enough, and no warning', () => {
    const rows = Array.from({ length: 10 }, () => full(3));
    expect(checkSurvey(rows, { population: 10 })._unsafeUnwrap()).toMatchObject({ needed: 10, enoughRespondents: true, reasons: [] });
    const short = checkSurvey(rows.slice(1), { population: 10 })._unsafeUnwrap();
    expect(short).toMatchObject({ needed: 10, enoughRespondents: false });
    expect(short.reasons.map((r) => r.code)).toEqual(['service-quality/too-few-respondents']);
  });

  it('exactly 50 problems are all listed', () => {
    const check = checkSurvey(untyped(Array.from({ length: 50 }, () => [1])))._unsafeUnwrap();
    expect(check.reasons[0]?.data).toMatchObject({ count: 50 });
    expect((check.reasons[0]?.data?.questionnaires as unknown[]).length).toBe(50);
    const answers = checkSurvey(untyped(Array.from({ length: 50 }, () => [...full(4, 8), 7])))._unsafeUnwrap();
    expect((answers.reasons[0]?.data?.answers as unknown[]).length).toBe(50);
  });

  it('an empty survey is valid with nothing usable; the 2004 scheme counts 14 answers', () => {
    expect(checkSurvey([])._unsafeUnwrap()).toEqual({ scheme: '2017', questionnaires: 0, usable: 0, complete: 0, missing: {}, valid: true, reasons: [] });
    const old = checkSurvey([full(4)], { scheme: '2004' })._unsafeUnwrap();
    expect(old).toMatchObject({ scheme: '2004', usable: 0, valid: false });
    expect(old.reasons[0]?.message.en).toBe('1 questionnaires do not hold exactly 14 answers (one per element).');
  });

  it('questionnaires parsed once are taken without the shape check', () => {
    const responses = parseSkmResponses([full(4), [null, ...full(4, 8)]])._unsafeUnwrap();
    expect(checkSurvey(responses)._unsafeUnwrap()).toMatchObject({ usable: 2, complete: 1, missing: { requirements: 1 } });
  });
});

describe('checkSurvey types', () => {
  it('returns a Result of the check or a service-quality error', () => {
    expectTypeOf(checkSurvey).parameter(0).toEqualTypeOf<RawSkmResponses>();
    expectTypeOf(checkSurvey).parameter(1).toEqualTypeOf<SurveyOptions | undefined>();
    expectTypeOf(checkSurvey).returns.toEqualTypeOf<Result<SurveyCheck, ServiceQualityError>>();
  });
});

describe('properties', () => {
  it('usable ≤ questionnaires, complete ≤ usable, and valid answers are always valid', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(1, 2, 3, 4, null), { minLength: 9, maxLength: 9 }), { maxLength: 30 }), (responses) => {
        const check = checkSurvey(responses)._unsafeUnwrap();
        expect(check.valid).toBe(true);
        expect(check.usable).toBe(responses.length);
        expect(check.complete).toBeLessThanOrEqual(check.usable);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const result = checkSurvey(untyped(input), untyped(options));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything(), { maxLength: 12 }), { maxLength: 5 }), (responses) => {
        expect(checkSurvey(untyped(responses)).isOk()).toBe(true);
      }),
    );
  });
});
