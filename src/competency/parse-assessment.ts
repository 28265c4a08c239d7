import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import { markParsed } from '../core/parsed';
import type { CompetencyError } from './errors';
import { ASSESSMENT_KIND, INVALID_INPUT, LEVELS_KIND } from './kinds';
import { assessmentSchema, type Assessment } from './schemas';

/** Records the levels inside a parsed assessment as parsed levels, so the gap functions take them as they are. */
function withParsedLevels<T extends Assessment>(assessment: T): T {
  markParsed(assessment.actual, LEVELS_KIND);
  markParsed(assessment.standard, LEVELS_KIND);
  return assessment;
}

/**
 * Parses an assessment result at the boundary: the NIP (18 digits), the date (`YYYY-MM-DD`), the actual levels
 * and optionally the position's standard. The result is a new, deeply frozen value that {@link trainingNeeds}
 * takes without checking it again, and its `actual` and `standard` go to {@link competencyGap} and
 * {@link jobPersonMatch} as parsed levels. The caller's object is never changed.
 *
 * @param input - Any value, e.g. a row of an assessment-centre export.
 * @returns `Ok(assessment)`, or `Err` with `competency/invalid-input` and every issue with its path (`actual` or
 *   `standard` of more than 1,000 competencies: `Too big: expected object to have <=1000 keys`).
 * @example
 * ```ts
 * import { competencyGap, parseAssessment } from 'asn-kit/competency';
 * const parsed = parseAssessment({
 *   nip: '198503152010012003', date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 },
 * });
 * if (parsed.isOk() && parsed.value.standard !== undefined) {
 *   competencyGap(parsed.value.standard, parsed.value.actual).isOk(); // => true
 * }
 * parseAssessment({ nip: '198503152010012003', date: '2026-02-30', actual: { integrity: 2 } }).isErr(); // => true
 * ```
 */
export function parseAssessment(input: unknown): Result<Assessment, CompetencyError> {
  return parseInput(assessmentSchema, input, INVALID_INPUT, ASSESSMENT_KIND).map(withParsedLevels);
}
