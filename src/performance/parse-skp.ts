import { err, ok, type Result } from 'neverthrow';
import { validate } from '../core';
import { withErrorData } from '../core/errors';
import { markParsed } from '../core/parsed';
import type { PerformanceError } from './errors';
import { skpSchema } from './schemas';
import { skpViolations, withGuidance } from './skp-rules';
import type { Skp } from './types';

/** The kind a parsed SKP is recorded as. */
export const SKP_KIND = 'performance/skp';

/**
 * Parses an SKP under PermenPANRB 6/2022 at the boundary: the schema first, then the
 * rules that cross fields — one calendar year at most, unique RHK ids, a target on every indicator, the
 * intervened RHK of the assessor on every main result of a non-JPT employee, a perspective on every RHK of a JPT,
 * each of the seven BerAKHLAK values exactly once, an assessor other than the employee, evaluations inside the
 * SKP's period and naming its RHK, and a recorded predikat equal to the matrix of its two ratings. The official
 * behaviour guidance is filled in where left out. The result is a new, deeply frozen SKP that
 * {@link unitPerformanceReport} uses as it is; the caller's object is never changed.
 *
 * @param input - The raw SKP (see {@link skpSchema}), e.g. a JSON body or a database record.
 * @returns `Ok(skp)`; or `Err` with the first violation's code (`performance/invalid-input`,
 *   `performance/duplicate-rhk-id`, `performance/missing-target`, `performance/period-crosses-year`,
 *   `performance/period-outside-skp`, …); a rule violation carries `data.violations` (every violation) and
 *   `data.nip` (the employee's), an invalid shape `data.issues` (every issue with its path).
 * @example
 * ```ts
 * import { parseSkp } from 'asn-kit/performance';
 * const parsed = parseSkp({ approach: 'quantitative' });
 * if (parsed.isErr()) parsed.error.code; // => 'performance/invalid-input'
 * ```
 */
export function parseSkp(input: unknown): Result<Skp, PerformanceError> {
  return validate(skpSchema, input, 'performance/invalid-input').andThen((skp) => {
    const violations = skpViolations(skp);
    const [first] = violations;
    if (first === undefined) return ok(markParsed<Skp>(withGuidance(skp), SKP_KIND));
    return err(withErrorData(first, { nip: skp.employee.nip, violations }));
  });
}
