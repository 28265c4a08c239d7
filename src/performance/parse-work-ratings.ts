import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { PerformanceError } from './errors';
import { workRatingsSchema } from './schemas';
import type { WorkRatings } from './types';

/** The kind parsed work ratings are recorded as. */
export const WORK_RATINGS_KIND = 'performance/work-ratings';

/**
 * Parses the per-RHK ratings of an evaluation, with the assessor's override, at the boundary. The result is a new,
 * deeply frozen value that {@link aggregateWorkRating} uses as it is; the caller's object is never changed.
 *
 * @param input - `{ results: { rhkId, kind: 'main' | 'additional', rating }[], override? }` (see {@link workRatingsSchema}).
 * @returns `Ok(ratings)`, or `Err` with code `performance/invalid-input` and every issue in `data.issues`.
 * @example
 * ```ts
 * import { aggregateWorkRating, parseWorkRatings } from 'asn-kit/performance';
 * const ratings = parseWorkRatings({ results: [{ rhkId: 'R1', kind: 'main', rating: 'above' }] });
 * if (ratings.isOk()) aggregateWorkRating(ratings.value).map((advice) => advice.advisory); // => Ok('above')
 * parseWorkRatings({ results: [{ rhkId: 'R1', kind: 'main', rating: 'excellent' }] }).isErr(); // => true
 * ```
 */
export function parseWorkRatings(input: unknown): Result<WorkRatings, PerformanceError> {
  return parseInput(workRatingsSchema, input, 'performance/invalid-input', WORK_RATINGS_KIND);
}
