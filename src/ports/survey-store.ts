import type { ResultAsync } from 'neverthrow';
import type { SkmResponses, SkmSchemeId } from '../service-quality';
import type { PortsError } from './errors';

/**
 * Which survey: a service unit's community satisfaction survey (SKM) of one period, under one scheme.
 *
 * @example
 * ```ts
 * import type { SurveyKey } from 'asn-kit/ports';
 * const key: SurveyKey = { unitId: 'disdukcapil', period: '2026-S1', scheme: '2017' };
 * ```
 */
export interface SurveyKey {
  /** The service unit's id. */
  readonly unitId: string;
  /** The period, as the agency names it (e.g. `2026-S1`). */
  readonly period: string;
  /** The scheme of the questionnaire: `'2017'` (PermenPANRB 14/2017, 9 elements) or `'2004'` (14 elements). */
  readonly scheme: SkmSchemeId;
}

/**
 * Where filled SKM questionnaires are kept: appended in batches as they come in, read back as one list for
 * `satisfactionIndex`.
 *
 * @example
 * ```ts
 * import type { SurveyResponseStore, SurveyKey } from 'asn-kit/ports';
 * const respondents = (store: SurveyResponseStore, key: SurveyKey) => store.read(key).map((responses) => responses.length);
 * ```
 */
export interface SurveyResponseStore {
  /**
   * Appends questionnaires to a survey.
   *
   * @param key - The survey.
   * @param responses - Parsed questionnaires (from `parseSkmResponses`, with the key's scheme).
   */
  append(key: SurveyKey, responses: SkmResponses): ResultAsync<void, PortsError>;
  /**
   * Every questionnaire of a survey, in the order appended, parsed and frozen (none: an empty list).
   *
   * @param key - The survey.
   */
  read(key: SurveyKey): ResultAsync<SkmResponses, PortsError>;
}
