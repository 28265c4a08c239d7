import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { CompetencyError } from './errors';
import { INVALID_INPUT, ROSTER_MEMBER_KIND } from './kinds';
import { rosterMemberSchema, type RosterMember } from './schemas';

/**
 * Parses a roster member of {@link trainingNeeds} at the boundary: the NIP (18 digits), optionally the name and
 * the position. An `Employee` from `parseEmployee` of `asn-kit/employee` needs no second parse: `trainingNeeds`
 * takes it as it is. The result is a new, frozen value; the caller's object is never changed.
 *
 * @param input - Any value.
 * @returns `Ok(member)`, or `Err` with `competency/invalid-input` and every issue with its path.
 * @example
 * ```ts
 * import { parseRosterMember } from 'asn-kit/competency';
 * parseRosterMember({ nip: '198503152010012003', name: 'Rina', position: { type: 'pengawas' } }).isOk(); // => true
 * parseRosterMember({ nip: '19850315 201001 2 003' }).isErr(); // => true (separators)
 * ```
 */
export function parseRosterMember(input: unknown): Result<RosterMember, CompetencyError> {
  return parseInput(rosterMemberSchema, input, INVALID_INPUT, ROSTER_MEMBER_KIND);
}
