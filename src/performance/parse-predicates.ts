import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { PerformanceError } from './errors';
import type { Predikat } from './predikat';
import { predicatesSchema } from './schemas';

/** The kind a parsed list of predikat is recorded as. */
export const PREDICATES_KIND = 'performance/predicates';

/**
 * Parses the predikat of a unit's evaluated employees (one per employee, as a system stores them for a period) at
 * the boundary. The result is a new, frozen list that {@link checkDistribution} uses as it is; the caller's array
 * is never changed.
 *
 * @param input - A list of predikat (`'very-good' | 'good' | 'needs-improvement' | 'poor' | 'very-poor'`).
 * @returns `Ok(list)`; `Err` with code `performance/unknown-predikat` when an item is not a predikat, or
 *   `performance/invalid-input` when the input is not a list; every issue in `data.issues`.
 * @example
 * ```ts
 * import { checkDistribution, parsePredicates } from 'asn-kit/performance';
 * const unit = parsePredicates(['good', 'good', 'very-good', 'needs-improvement']);
 * if (unit.isOk()) checkDistribution('good', unit.value).map((check) => check.compliant); // => Ok(false)
 * parsePredicates(['Baik']).isErr(); // => true
 * ```
 */
export function parsePredicates(input: unknown): Result<readonly Predikat[], PerformanceError> {
  const code = Array.isArray(input) ? 'performance/unknown-predikat' : 'performance/invalid-input';
  return parseInput(predicatesSchema, input, code, PREDICATES_KIND);
}
