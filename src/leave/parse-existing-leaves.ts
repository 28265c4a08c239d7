import type { Result } from 'neverthrow';
import { trustParsed } from '../core';
import { parseInput, validate } from '../core/validate';
import type { LeaveError } from './errors';
import { EXISTING_KIND } from './input';
import { existingLeavesSchema, type ExistingLeave } from './schemas';

/**
 * Checks an employee's other requests (for the overlap check of `evaluateLeaveRequest`) at the boundary and returns
 * them typed: a new, deeply frozen list.
 *
 * @param input - The raw list.
 * @returns `Ok(list)`, or `Err` with code `leave/invalid-input` listing every problem with its path.
 * @example
 * ```ts
 * import { parseExistingLeaves } from 'asn-kit/leave';
 * const parsed = parseExistingLeaves([{ id: 'CT-0', kind: 'annual', start: '2026-03-02', end: '2026-03-04', status: 'approved' }]);
 * if (parsed.isOk()) parsed.value.length; // => 1
 * parseExistingLeaves([{ id: 'CT-0', status: 'approvd' }]).isErr(); // => true
 * ```
 */
export function parseExistingLeaves(input: unknown): Result<readonly ExistingLeave[], LeaveError> {
  return parseInput(existingLeavesSchema, input, 'leave/invalid-input', EXISTING_KIND);
}

function checkExistingLeaves(input: unknown): Result<readonly ExistingLeave[], LeaveError> {
  // Stryker disable next-line StringLiteral: the part's code is not kept; invalidParts gives the call's error its code
  return validate(existingLeavesSchema, input, 'leave/invalid-input');
}

/**
 * A list of other requests, taken (internal): a parsed list as it is, anything else checked against the schema
 * (not frozen or recorded: it is only read during the call).
 */
export function takeExistingLeaves(input: unknown): Result<readonly ExistingLeave[], LeaveError> {
  return trustParsed(input, EXISTING_KIND, checkExistingLeaves);
}
