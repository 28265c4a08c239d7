import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { WorkplanError } from './errors';
import { INVALID_INPUT, RENJA_KIND } from './kinds';
import { renjaSchema } from './schemas';
import type { Renja } from './types';

/**
 * Parses a Renja Perangkat Daerah at the boundary: its shape only (see {@link renjaSchema}); the rules of
 * Permendagri 86/2017 are checked by {@link validateRenja}.
 *
 * @param input - The raw Renja.
 * @returns `Ok(renja)`, a new deeply frozen value, or `Err` with `workplan/invalid-input` (a list or string longer
 *   than its limit in `INPUT_LIMITS` at its path, all the lists over `INPUT_LIMITS.total` at path `''`).
 * @example
 * ```ts
 * import { parseRenja } from 'asn-kit/workplan';
 * parseRenja({ unit: { id: 'bkpsdm', name: 'BKPSDM' }, year: 2027, forwardYear: 2028, programmes: [] }).isOk(); // => true
 * ```
 */
export function parseRenja(input: unknown): Result<Renja, WorkplanError> {
  return parseInput(renjaSchema, input, INVALID_INPUT, RENJA_KIND);
}
