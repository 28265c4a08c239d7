import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { CompetencyError } from './errors';
import { INVALID_INPUT, TALENT_ENTRY_KIND } from './kinds';
import { talentEntrySchema, type TalentEntry } from './schemas';

/**
 * Parses one person of a talent pool at the boundary: the NIP (18 digits), optionally the name, a predikat or
 * kinerja axis value, and the potensial. The result is a new, frozen value that {@link talentPool} takes without
 * checking it again; the caller's object is never changed.
 *
 * @param input - Any value.
 * @returns `Ok(entry)`, or `Err` with `competency/invalid-input` and every issue with its path.
 * @example
 * ```ts
 * import { parseTalentEntry } from 'asn-kit/competency';
 * parseTalentEntry({ nip: '198503152010012003', performance: 'very-good', potential: 'high' }).isOk(); // => true
 * parseTalentEntry({ nip: '198503152010012003', performance: 'excellent', potential: 'high' }).isErr(); // => true
 * ```
 */
export function parseTalentEntry(input: unknown): Result<TalentEntry, CompetencyError> {
  return parseInput(talentEntrySchema, input, INVALID_INPUT, TALENT_ENTRY_KIND);
}
