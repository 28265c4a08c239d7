import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { CompetencyError } from './errors';
import { DEVELOPMENT_ACTIVITY_KIND, INVALID_INPUT } from './kinds';
import { checkDevelopmentActivity, developmentActivitySchema, type DevelopmentActivity } from './schemas';

/**
 * Parses a development activity at the boundary: its form, title, date, status (default `completed`) and its JP,
 * or for a classroom activity its minutes (1 JP = 45 minutes). The result is a new, frozen value that
 * {@link developmentHours} takes without checking it again; the caller's object is never changed.
 *
 * @param input - Any value, e.g. a row of a training record.
 * @returns `Ok(activity)`, or `Err` with `competency/invalid-input` (negative JP, a non-classroom activity given
 *   in minutes, a missing JP …) and every issue with its path.
 * @example
 * ```ts
 * import { parseDevelopmentActivity } from 'asn-kit/competency';
 * const activity = parseDevelopmentActivity({ form: 'seminar', title: 'Seminar SPBE', date: '2026-05-05', minutes: 90 });
 * if (activity.isOk()) activity.value.status; // => 'completed'
 * parseDevelopmentActivity({ form: 'coaching', title: 'Coaching', date: '2026-01-09', minutes: 90 }).match(
 *   () => '',
 *   (error) => error.data.issues,
 * ); // => [{ path: 'jp', message: 'An activity needs its JP (a classroom activity may give its minutes instead)' }]
 * ```
 */
export function parseDevelopmentActivity(input: unknown): Result<DevelopmentActivity, CompetencyError> {
  return parseInput(developmentActivitySchema, input, INVALID_INPUT, DEVELOPMENT_ACTIVITY_KIND, (activity) =>
    checkDevelopmentActivity(activity),
  );
}
