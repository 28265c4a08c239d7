import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { CompetencyError } from './errors';
import { INVALID_INPUT, TECHNICAL_COMPETENCY_KIND } from './kinds';
import { technicalCompetencySchema, type TechnicalCompetency } from './schemas';

/**
 * Parses a technical competency definition at the boundary: a kebab-case code, the name and description in both
 * languages, exactly five levels numbered 1 to 5 in order and optionally the basis. The result is a new, frozen
 * value that {@link defineCompetency} takes without checking it again; the caller's object is never changed.
 *
 * @param input - Any value, e.g. a definition kept in the agency's database.
 * @returns `Ok(definition)`, or `Err` with `competency/invalid-input` and every issue with its path.
 * @example
 * ```ts
 * import { parseTechnicalCompetency } from 'asn-kit/competency';
 * const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `Level ${level}`, en: `Level ${level}` } }));
 * const text = { id: 'SIPD', en: 'SIPD' };
 * parseTechnicalCompetency({ code: 'sipd', name: text, description: text, levels }).isOk(); // => true
 * parseTechnicalCompetency({ code: 'SIPD', name: text, description: text, levels }).isErr(); // => true
 * ```
 */
export function parseTechnicalCompetency(input: unknown): Result<TechnicalCompetency, CompetencyError> {
  return parseInput(technicalCompetencySchema, input, INVALID_INPUT, TECHNICAL_COMPETENCY_KIND);
}
