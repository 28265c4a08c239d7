import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { WorkplanError } from './errors';
import { INVALID_INPUT, SKP_PLAN_KIND } from './kinds';
import { skpPlanSchema } from './schemas';
import type { SkpPlan } from './types';

/**
 * Parses an individual plan (SKP) at the boundary: its shape only (see {@link skpPlanSchema}). What a plan may
 * still get wrong — a target without a unit, weights, a missing main result, a cascade that does not hold — is
 * not a parse error but an issue of {@link validateSkpPlan}. The result is a new, deeply frozen plan that the
 * validators use as it is; the caller's object is never changed.
 *
 * @param input - The raw plan, e.g. a JSON body.
 * @returns `Ok(plan)`, or `Err` with `workplan/invalid-input` and every issue with its path (a list or string
 *   longer than its limit in `INPUT_LIMITS` at its path).
 * @example
 * ```ts
 * import { parseSkpPlan } from 'asn-kit/workplan';
 * parseSkpPlan({ approach: 'quantitative' }).match(() => 'ok', (error) => error.code); // => 'workplan/invalid-input'
 * ```
 */
export function parseSkpPlan(input: unknown): Result<SkpPlan, WorkplanError> {
  return parseInput(skpPlanSchema, input, INVALID_INPUT, SKP_PLAN_KIND);
}
