import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { WorkplanError } from './errors';
import { ASN_WORK_PLAN_KIND, INVALID_INPUT } from './kinds';
import { asnWorkPlanSchema } from './schemas';
import type { AsnWorkPlan } from './types';

/**
 * Parses an agency's ASN-management work plan at the boundary: its shape only (see {@link asnWorkPlanSchema}).
 * References, targets, schedules, budgets and coverage are checked by {@link validateAsnWorkPlan}. The result is
 * a new, deeply frozen plan that the validator uses as it is.
 *
 * @param input - The raw plan.
 * @returns `Ok(plan)`, or `Err` with `workplan/invalid-input` and every issue with its path (a list or string
 *   longer than its limit in `INPUT_LIMITS` at its path, all the lists over `INPUT_LIMITS.total` at path `''`).
 * @example
 * ```ts
 * import { parseAsnWorkPlan } from 'asn-kit/workplan';
 * parseAsnWorkPlan({ id: 'RK-2027' }).match(() => 'ok', (error) => error.code); // => 'workplan/invalid-input'
 * ```
 */
export function parseAsnWorkPlan(input: unknown): Result<AsnWorkPlan, WorkplanError> {
  return parseInput(asnWorkPlanSchema, input, INVALID_INPUT, ASN_WORK_PLAN_KIND);
}
