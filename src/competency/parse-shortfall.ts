import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { CompetencyError } from './errors';
import { INVALID_INPUT, SHORTFALL_KIND } from './kinds';
import { shortfallSchema, type Shortfall } from './schemas';

/**
 * Parses one shortfall of {@link developmentNeeds} at the boundary: a competency code, its shortfall (0–4 levels)
 * and optionally its kind. The result is a new, frozen value; the caller's object is never changed.
 *
 * @param input - Any value.
 * @returns `Ok(shortfall)`, or `Err` with `competency/invalid-input` and every issue with its path.
 * @example
 * ```ts
 * import { parseShortfall } from 'asn-kit/competency';
 * parseShortfall({ competency: 'decision-making', shortfall: 2 }).isOk(); // => true
 * parseShortfall({ competency: 'decision-making', shortfall: 7 }).isErr(); // => true
 * ```
 */
export function parseShortfall(input: unknown): Result<Shortfall, CompetencyError> {
  return parseInput(shortfallSchema, input, INVALID_INPUT, SHORTFALL_KIND);
}
