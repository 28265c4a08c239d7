import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { DisciplineError } from './errors';
import { ABSENCE_SANCTION_PARAMS_KIND } from './kinds';
import { absenceSanctionParamsSchema, type AbsenceSanctionParams } from './schemas';

/**
 * Parses the counts {@link absenceSanction} decides on, as they come from an attendance system: whole,
 * non-negative `yearTotal` and `longestConsecutive`, optional `lateMinutes` and a real `asOf` date. The result is a
 * new, frozen value that `absenceSanction` uses without checking it again.
 *
 * @param input - The untrusted counts.
 * @returns `Ok(params)`, or `Err` with code `discipline/invalid-input` listing every issue with its path.
 * @example
 * ```ts
 * import { absenceSanction, parseAbsenceSanctionParams } from 'asn-kit/discipline';
 * parseAbsenceSanctionParams({ yearTotal: 12, longestConsecutive: 2 })
 *   .andThen((params) => absenceSanction(params))
 *   .match((decision) => decision.sanction?.code, (error) => error.code);
 * // => 'allowance-cut-6-months'
 * parseAbsenceSanctionParams({ yearTotal: -1, longestConsecutive: 0 }).isErr(); // => true
 * ```
 */
export function parseAbsenceSanctionParams(input: unknown): Result<AbsenceSanctionParams, DisciplineError> {
  return parseInput(absenceSanctionParamsSchema, input, 'discipline/invalid-input', ABSENCE_SANCTION_PARAMS_KIND);
}
