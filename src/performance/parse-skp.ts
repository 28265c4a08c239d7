import { err, ok, type Result } from 'neverthrow';
import { asnError, validate } from '../core';
import type { PerformanceError } from './errors';
import { skpSchema, type Skp } from './schemas';
import { skpViolations, withGuidance } from './skp-rules';

/**
 * Checks an SKP under PermenPANRB 6/2022 (digest §1.2, RULINGS R-W1): the schema first, then the rules that
 * cross fields — one calendar year at most, unique RHK ids, a target on every indicator, the intervened RHK of
 * the assessor on every main result of a non-JPT employee, a perspective on every RHK of a JPT, each of the
 * seven BerAKHLAK values exactly once, an assessor other than the employee, evaluations inside the SKP's period
 * and naming its RHK, and a recorded predikat equal to the matrix of its two ratings. The official behaviour
 * guidance is filled in where left out.
 *
 * @param input - The raw SKP (see {@link skpSchema}).
 * @returns `Ok(skp)`; or `Err` with the first violation's code (`performance/invalid-input`,
 *   `performance/duplicate-rhk-id`, `performance/missing-target`, `performance/period-crosses-year`,
 *   `performance/period-outside-skp`, …) whose `data.violations` lists every violation.
 * @example
 * ```ts
 * import { parseSkp } from 'asn-kit/performance';
 * parseSkp({ approach: 'quantitative' })._unsafeUnwrapErr().code; // => 'performance/invalid-input'
 * ```
 */
export function parseSkp(input: unknown): Result<Skp, PerformanceError> {
  return validate(skpSchema, input, 'performance/invalid-input').andThen((skp) => {
    const violations = skpViolations(skp);
    const [first] = violations;
    if (first === undefined) return ok(withGuidance(skp));
    return err(asnError(first.code, first.basis, first.message, { ...first.data, violations }));
  });
}
