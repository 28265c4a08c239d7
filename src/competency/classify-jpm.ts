import * as z from 'zod/mini';
import { err, ok, type Result } from 'neverthrow';
import { validate } from '../core';
import type { CompetencyError } from './errors';
import { parseJpmOptions, pickCategory } from './job-person-match';
import { INVALID_INPUT } from './kinds';
import type { JpmCategory } from './rules/jpm-schemes';
import type { JpmOptions } from './schemas';

const percentageSchema = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(1000)))();

/**
 * The category of a JPM percentage already computed elsewhere (docs/interpretations.md#job-person-match), e.g. one printed on an
 * assessment-centre report, under a built-in or a custom scheme. Boundaries are inclusive minimums.
 *
 * @param percentage - The JPM percentage, 0–1000 (JPM is not capped at 100).
 * @param options - `{ scheme }`: `'mapping'` (default), `'selection'` or a custom {@link JpmScheme} (at most 1,000
 *   categories); an unknown key is an error.
 * @returns `Ok(category)`, or `Err` with `competency/invalid-input`.
 * @example
 * ```ts
 * import { classifyJpm } from 'asn-kit/competency';
 * classifyJpm(90).map((category) => category.code).unwrapOr(''); // => 'optimal'
 * classifyJpm(89.99).map((category) => category.code).unwrapOr(''); // => 'fairly-optimal'
 * classifyJpm(-1).match(() => '', (error) => error.code); // => 'competency/invalid-input'
 * ```
 */
export function classifyJpm(percentage: number, options?: JpmOptions): Result<JpmCategory, CompetencyError> {
  const scheme = parseJpmOptions(options);
  if (scheme.isErr()) return err(scheme.error);
  const value = validate(percentageSchema, percentage, INVALID_INPUT);
  if (value.isErr()) return err(value.error);
  return ok(pickCategory(scheme.value, (min) => value.value >= min));
}
