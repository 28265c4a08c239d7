import { err, ok, type Result } from 'neverthrow';
import { parseInput, validate } from '../core';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { SKM_SCHEME_BY_ID } from './rules/skm-schemes';
import { DEFAULT_SURVEY_OPTIONS, responsesOptionsSchema, skmResponsesSchema, type SkmResponses, type SkmResponsesOptions } from './schemas';

const CODE = 'service-quality/invalid-input';

/**
 * Parses filled SKM questionnaires at the boundary (a form export, a spreadsheet, an HTTP body): a non-empty array
 * of arrays with exactly one answer per element of the scheme, each answer 1–4 or `null`/`undefined` (unanswered).
 * The result is a new array of new rows, deeply frozen, that `satisfactionIndex` and `checkSurvey` use without
 * checking again; the caller's arrays are neither kept nor frozen. One pass, about as fast as the check alone.
 *
 * @param input - The questionnaires, untrusted: at most `INPUT_LIMITS.records` (5,000).
 * @param options - {@link SkmResponsesOptions}: the `scheme` (default `'2017'`, 9 answers; `'2004'`, 14).
 * @returns `Ok(responses)`, or `Err` with `service-quality/invalid-input` and the path of each bad answer (the
 *   first 50, then a count); more than 5,000 questionnaires are refused unread (`Too big: expected array to have
 *   <=5000 items`).
 * @see Official: PermenPANRB 14/2017, Lampiran (kuesioner)
 * @example
 * ```ts
 * import { parseSkmResponses, satisfactionIndex } from 'asn-kit/service-quality';
 * const parsed = parseSkmResponses([[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, null, 4, 3, 3, 4, 3, 3]]);
 * if (parsed.isOk()) satisfactionIndex({ responses: parsed.value }).map((index) => index.converted); // => Ok(86.11)
 * const bad = parseSkmResponses([[4, 4, 4, 4, 5, 4, 4, 4, 4]]);
 * if (bad.isErr()) bad.error.data.issues;
 * // => [{ path: '0.4', message: 'Expected an answer 1, 2, 3 or 4, or null when unanswered' }]
 * ```
 */
export function parseSkmResponses(input: unknown, options?: SkmResponsesOptions): Result<SkmResponses, ServiceQualityError> {
  const checked = options === undefined ? ok(DEFAULT_SURVEY_OPTIONS) : validate(responsesOptionsSchema, options, CODE);
  if (checked.isErr()) return err(checked.error);
  const size = SKM_SCHEME_BY_ID[checked.value.scheme].elements.length;
  return parseInput(skmResponsesSchema(size), input, CODE, KIND.responses);
}
