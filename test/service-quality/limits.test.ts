import { describe, expect, it } from 'vitest';
import { checkSurvey, parseSkmResponses, satisfactionIndex, type SkmAnswer } from '../../src/service-quality';
import { dataOf } from '../error-data';

const TOO_MANY = 'Too big: expected array to have <=5000 items';
const TOO_MANY_ID = 'Terlalu besar: diharapkan array memiliki <=5000 item';
const questionnaires = (count: number, row: readonly SkmAnswer[] = [4, 3, 4, 4, 3, 4, 4, 3, 4]) => Array.from({ length: count }, () => [...row]);

describe('D9: a survey holds at most 5,000 questionnaires (INPUT_LIMITS.records), refused before any is read', () => {
  it('5,000 questionnaires are checked, indexed and parsed', () => {
    expect(checkSurvey(questionnaires(5000))._unsafeUnwrap().usable).toBe(5000);
    expect(satisfactionIndex({ responses: questionnaires(5000) })._unsafeUnwrap().respondents).toBe(5000);
    expect(parseSkmResponses(questionnaires(5000))._unsafeUnwrap()).toHaveLength(5000);
  });

  it('5,001 are an Err with zod’s too-big issue, in both languages, whatever the questionnaires hold', () => {
    const check = checkSurvey(questionnaires(5001))._unsafeUnwrapErr();
    expect(dataOf(check, 'service-quality/invalid-input').issues).toEqual([{ path: '', message: TOO_MANY }]);
    expect(check.message).toEqual({ id: `Masukan tidak valid — ${TOO_MANY_ID}`, en: `Invalid input — ${TOO_MANY}` });
    const index = satisfactionIndex({ responses: questionnaires(5001) })._unsafeUnwrapErr();
    expect(dataOf(index, 'service-quality/invalid-input').issues).toEqual([{ path: 'responses', message: TOO_MANY }]);
    expect(index.message.id).toBe(`Masukan tidak valid — responses: ${TOO_MANY_ID}`);
    const parsed = parseSkmResponses(questionnaires(5001).map((row) => row.map(() => 9)))._unsafeUnwrapErr();
    expect(dataOf(parsed, 'service-quality/invalid-input').issues).toEqual([{ path: '', message: TOO_MANY }]);
    expect(parsed.message.id).toBe(`Masukan tidak valid — ${TOO_MANY_ID}`);
    // Rows that are not questionnaires at all are not gone through either.
    expect(dataOf(checkSurvey(Array.from({ length: 5001 }, () => 'x') as never)._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: TOO_MANY },
    ]);
    expect(dataOf(parseSkmResponses(questionnaires(5001, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), { scheme: '2004' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: TOO_MANY },
    ]);
  });
});
