import { err, ok, type Result } from 'neverthrow';
import { reason, trustParsed, validate, type LegalBasis, type Reason } from '../core';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { KIND } from './kinds';
import { LAST_ROW } from './rules/sample-size';
import { SKM_SCHEME_BY_ID, type SkmElementCode, type SkmSchemeId } from './rules/skm-schemes';
import { rawResponsesSchema, type RawSkmAnswer, type RawSkmResponses, type SurveyOptions } from './schemas';
import { surveySampleSize } from './survey-sample-size';
import { surveyOptionsOf } from './trusted';

/** At most this many problem locations are listed in a reason's data; the count covers them all. */
const MAX_LISTED = 50;

/**
 * One answer that is not 1, 2, 3, 4 or empty.
 *
 * @example
 * ```ts
 * import type { BadAnswer } from 'asn-kit/service-quality';
 * const bad: BadAnswer = { questionnaire: 12, element: 'cost', answer: 5 };
 * ```
 */
export interface BadAnswer {
  /** The questionnaire's index in the input (0-based). */
  readonly questionnaire: number;
  /** The element the answer belongs to. */
  readonly element: SkmElementCode;
  /** The answer as given (a number or string), or its type for anything else. */
  readonly answer: string | number;
}

/**
 * The result of the checks on a batch of SKM questionnaires.
 *
 * @example
 * ```ts
 * import { checkSurvey, type SurveyCheck } from 'asn-kit/service-quality';
 * const checkResult = checkSurvey([[4, 4, 4, 4, 4, 4, 4, 4, 4]]);
 * if (checkResult.isOk()) {
 *   const check: SurveyCheck = checkResult.value;
 *   check.valid; // => true
 * }
 * ```
 */
export interface SurveyCheck {
  /** The scheme checked against. */
  readonly scheme: SkmSchemeId;
  /** The number of questionnaires given. */
  readonly questionnaires: number;
  /** Questionnaires with the right number of answers and no answer outside 1–4: the ones the index can use. */
  readonly usable: number;
  /** Usable questionnaires that answer every element. */
  readonly complete: number;
  /** Unanswered elements, counted per element (only elements with at least one). */
  readonly missing: Readonly<Partial<Record<SkmElementCode, number>>>;
  /** The sample the population needs (docs/interpretations.md#survey-sample-size); absent when no population was given. */
  readonly needed?: number;
  /** `true` when no questionnaire has a wrong answer count or an answer outside 1–4. */
  readonly valid: boolean;
  /** `true` when there are at least `needed` usable questionnaires; absent when no population was given. */
  readonly enoughRespondents?: boolean;
  /** Every problem found, errors first, then warnings. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

function shown(value: RawSkmAnswer): string | number {
  return typeof value === 'number' || typeof value === 'string' ? value : typeof value;
}

/**
 * Checks a batch of SKM questionnaires before the index is computed: answers outside 1–4 (errors), questionnaires
 * with more or fewer answers than the scheme has elements (errors), unanswered elements (warnings: the NRR of an
 * element divides by the answers given) and, when the population is given, fewer usable questionnaires than the
 * Krejcie–Morgan sample (a warning, docs/interpretations.md#survey-sample-size). It never refuses the data itself: every problem is a reason.
 *
 * @param responses - The questionnaires as read: one array of answers per respondent, in the scheme's order (or
 *   `order`), at most `INPUT_LIMITS.records` (5,000). Parsed questionnaires (`parseSkmResponses`) are taken
 *   without the shape check.
 * @param options - {@link SurveyOptions}: `scheme`, `order`, `population`; an unknown key is an error.
 * @returns `Ok(check)`; `Err` with `service-quality/invalid-input` only when the input is not an array of arrays,
 *   holds more than 5,000 questionnaires (`Too big: expected array to have <=5000 items`, refused unread) or the
 *   options are malformed.
 * @see Official: PermenPANRB 14/2017, Lampiran (kuesioner; penentuan jumlah responden)
 * @example
 * ```ts
 * import { checkSurvey } from 'asn-kit/service-quality';
 * const check = checkSurvey([[4, 4, 4, 4, 4, 4, 4, 4, 7], [3, 3, null, 3, 3, 3, 3, 3, 3]], { population: 100 });
 * if (check.isOk()) {
 *   [check.value.valid, check.value.usable, check.value.needed, check.value.enoughRespondents]; // => [false, 1, 80, false]
 *   check.value.reasons.map((r) => r.code);
 *   // => ['service-quality/answer-out-of-range', 'service-quality/missing-answers', 'service-quality/too-few-respondents']
 * }
 * // checkSurvey(rows, { populaton: 100 }) does not compile; from JavaScript it is Err('service-quality/invalid-input').
 * ```
 */
export function checkSurvey(responses: RawSkmResponses, options?: SurveyOptions): Result<SurveyCheck, ServiceQualityError> {
  const parsedOptions = surveyOptionsOf(options);
  if (parsedOptions.isErr()) return err(parsedOptions.error);
  // Parsed questionnaires are an array of arrays already; anything else gets the shape check (nothing is kept).
  const parsed = trustParsed(responses, KIND.responses, (input) => validate(rawResponsesSchema, input, 'service-quality/invalid-input'));
  if (parsed.isErr()) return err(parsed.error);
  const { scheme, order, population } = parsedOptions.value;
  const row = SKM_SCHEME_BY_ID[scheme];
  const columns: readonly SkmElementCode[] = order ?? row.elements.map((element) => element.code);
  const size = columns.length;
  const basis: LegalBasis = { ...row.basis, interpretation: 'survey-sample-size' };

  const badAnswers: BadAnswer[] = [];
  let badAnswerCount = 0;
  const wrongCount: { questionnaire: number; answers: number }[] = [];
  let wrongCountTotal = 0;
  const missing: Partial<Record<SkmElementCode, number>> = {};
  let usable = 0;
  let complete = 0;
  for (const [i, answers] of parsed.value.entries()) {
    if (answers.length !== size) {
      wrongCountTotal += 1;
      if (wrongCount.length < MAX_LISTED) wrongCount.push({ questionnaire: i, answers: answers.length });
      continue;
    }
    let bad = false;
    let gaps = 0;
    for (let j = 0; j < size; j += 1) {
      const answer = answers[j];
      if (answer === 1 || answer === 2 || answer === 3 || answer === 4) continue;
      const element = columns[j] as SkmElementCode;
      if (answer === null || answer === undefined) {
        gaps += 1;
        missing[element] = (missing[element] ?? 0) + 1;
        continue;
      }
      bad = true;
      badAnswerCount += 1;
      if (badAnswers.length < MAX_LISTED) badAnswers.push({ questionnaire: i, element, answer: shown(answer) });
    }
    if (!bad) {
      usable += 1;
      if (gaps === 0) complete += 1;
    }
  }

  const reasons: Reason<ServiceQualityReasonCode>[] = [];
  if (badAnswerCount > 0) {
    reasons.push(
      reason(
        'service-quality/answer-out-of-range',
        'error',
        basis,
        {
          id: `${badAnswerCount} jawaban di luar skala 1–4; kuesioner yang memuatnya tidak dapat dipakai.`,
          en: `${badAnswerCount} answers outside the 1–4 scale; the questionnaires holding them cannot be used.`,
        },
        { count: badAnswerCount, answers: badAnswers },
      ),
    );
  }
  if (wrongCountTotal > 0) {
    reasons.push(
      reason(
        'service-quality/wrong-answer-count',
        'error',
        basis,
        {
          id: `${wrongCountTotal} kuesioner tidak memuat tepat ${size} jawaban (satu per unsur).`,
          en: `${wrongCountTotal} questionnaires do not hold exactly ${size} answers (one per element).`,
        },
        { count: wrongCountTotal, expected: size, questionnaires: wrongCount },
      ),
    );
  }
  const missingTotal = Object.values(missing).reduce((sum, count) => sum + count, 0);
  if (missingTotal > 0) {
    reasons.push(
      reason(
        'service-quality/missing-answers',
        'warning',
        basis,
        {
          id: `${missingTotal} unsur tidak dijawab; NRR unsur tersebut dihitung dari jawaban yang terisi saja.`,
          en: `${missingTotal} elements were left unanswered; their NRR counts the answers given only.`,
        },
        { count: missingTotal, byElement: missing },
      ),
    );
  }
  const check = {
    scheme,
    questionnaires: parsed.value.length,
    usable,
    complete,
    missing,
    valid: badAnswerCount === 0 && wrongCountTotal === 0,
    reasons,
  };
  if (population === undefined) return ok(check);
  const needed = surveySampleSize(population).map((size) => size.sample).unwrapOr(population);
  if (usable < needed) {
    reasons.push(
      reason(
        'service-quality/too-few-respondents',
        'warning',
        LAST_ROW.basis,
        {
          id: `Hanya ${usable} kuesioner yang dapat dipakai, sedangkan populasi ${population} orang memerlukan ${needed} responden.`,
          en: `Only ${usable} usable questionnaires, while a population of ${population} needs ${needed} respondents.`,
        },
        { usable, needed, population },
      ),
    );
  }
  return ok({ ...check, needed, enoughRespondents: usable >= needed });
}
