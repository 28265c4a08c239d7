import * as z from 'zod/mini';
import { ok, type Result } from 'neverthrow';
import { validate } from '../core';
import { isParsed } from '../core/parsed';
import type { ServiceQualityError } from './errors';
import { DEFAULT_SURVEY_OPTIONS, surveyOptionsSchema, type CheckedSurveyOptions, type SurveyOptions } from './schemas';

/**
 * Tells whether a list argument can be used as it is: a list a parser of the module returned, or an array whose
 * every element a parser returned (for example a filtered parsed list). Internal.
 *
 * @param value - The argument as given.
 * @param listKind - The kind the list parser records.
 * @param elementKind - The kind the element parser records.
 * @returns `true` when nothing in it needs checking again.
 */
export function isTrustedList(value: unknown, listKind: string, elementKind: string): boolean {
  if (isParsed(value, listKind)) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value as readonly unknown[]) if (!isParsed(item, elementKind)) return false;
  return true;
}

/**
 * The field schema of a list already known to be parsed: it takes the list as it is (internal; used only after
 * {@link isTrustedList} said so).
 *
 * @returns The schema.
 */
export function trustedListSchema<T>(): z.ZodMiniType<readonly T[]> {
  return z.custom<readonly T[]>();
}

/**
 * The fields of a parameter bag, whatever a JavaScript caller passed in its place (`null`, a number …): reading
 * them never throws (internal).
 *
 * @param params - The parameters as given.
 * @returns The object itself, or an object without fields.
 */
export function fieldsOf<T extends object>(params: T): Partial<T> {
  return Object(params) as Partial<T>;
}

/**
 * The survey options checked: the defaults without running zod when none are given.
 *
 * @param options - The options as given.
 * @returns `Ok(options)` or the invalid-input error naming each bad (or unknown) key.
 */
export function surveyOptionsOf(options: SurveyOptions | undefined): Result<CheckedSurveyOptions, ServiceQualityError> {
  return options === undefined ? ok(DEFAULT_SURVEY_OPTIONS) : validate(surveyOptionsSchema, options, 'service-quality/invalid-input');
}
