import type { Result } from 'neverthrow';
import { parseInput, validate } from '../core';
import type { CompetencyError } from './errors';
import { INVALID_INPUT, LEVELS_KIND } from './kinds';
import { competencyLevelsSchema, type CompetencyLevels } from './schemas';

/**
 * Parses competency levels at the boundary (a standard, or the levels an assessment found): 1 to 1,000
 * competencies (`INPUT_LIMITS.items`), each code at most 64 characters, each level a whole number 1–5. The result is a new, frozen object
 * that {@link competencyGap}, {@link jobPersonMatch} and {@link standardForPosition} take without checking it again;
 * the caller's object is never changed.
 *
 * @param input - Any value, e.g. a parsed JSON body.
 * @returns `Ok(levels)`, or `Err` with `competency/invalid-input` and every issue with its path (more than 1,000
 *   competencies: `Too big: expected object to have <=1000 keys`).
 * @example
 * ```ts
 * import { parseCompetencyLevels } from 'asn-kit/competency';
 * const levels = parseCompetencyLevels({ integrity: 3, cooperation: 2 });
 * levels.isOk(); // => true
 * parseCompetencyLevels({ integrity: 6 }).match(
 *   () => '',
 *   (error) => error.data.issues,
 * ); // => [{ path: 'integrity', message: 'A competency level is a whole number from 1 to 5' }]
 * ```
 */
export function parseCompetencyLevels(input: unknown): Result<CompetencyLevels, CompetencyError> {
  return parseInput(competencyLevelsSchema, input, INVALID_INPUT, LEVELS_KIND);
}

/**
 * Tells whether a value is valid competency levels (the schema's answer, without building a value).
 *
 * @param value - Any value.
 * @returns `true` when {@link parseCompetencyLevels} would accept it.
 * @example
 * ```ts
 * import { isCompetencyLevels } from 'asn-kit/competency';
 * isCompetencyLevels({ integrity: 3 }); // => true
 * isCompetencyLevels({ integrity: 0 }); // => false
 * ```
 */
export function isCompetencyLevels(value: unknown): value is CompetencyLevels {
  return validate(competencyLevelsSchema, value, INVALID_INPUT).isOk();
}
