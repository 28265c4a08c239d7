import type { Result } from 'neverthrow';
import { trustParsed, type LocalizedIssue } from '../core';
import { checkInput, parseInput } from '../core/validate';
import type { LeaveError } from './errors';
import { REQUEST_KIND } from './input';
import { leaveRequestSchema, type LeaveRequest } from './schemas';
import { deepFrozen } from '../core/frozen';

const END_BEFORE_START: readonly LocalizedIssue[] = /* @__PURE__ */ deepFrozen([{
  path: 'end',
  message: { id: 'Tanggal akhir tidak boleh sebelum tanggal mulai', en: 'The end must not be before the start' },
}]);

function checkPeriod(request: LeaveRequest): readonly LocalizedIssue[] {
  return request.start <= request.end ? [] : END_BEFORE_START;
}

/**
 * Checks a leave request at the boundary (an HTTP body, a form) and returns it typed, with its defaults filled in
 * (no travel days, not abroad, no documents, empty texts): a new, deeply frozen value that the leave functions use
 * as it is. The end must not be before the start.
 *
 * @param input - The raw request, e.g. parsed JSON.
 * @returns `Ok(request)`, or `Err` with code `leave/invalid-input` whose `data.issues` lists every problem with its
 *   path. The caller's object is never changed.
 * @example
 * ```ts
 * import { parseLeaveRequest } from 'asn-kit/leave';
 * const parsed = parseLeaveRequest({ id: 'CT-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10' });
 * if (parsed.isOk()) parsed.value.remotePlaceDays; // => 0
 * const misspelt = parseLeaveRequest({ id: 'CT-2', kind: 'anual', start: '2026-04-06', end: '2026-04-10' });
 * if (misspelt.isErr()) misspelt.error.code; // => 'leave/invalid-input' (issue at path 'kind')
 * ```
 */
export function parseLeaveRequest(input: unknown): Result<LeaveRequest, LeaveError> {
  return parseInput(leaveRequestSchema, input, 'leave/invalid-input', REQUEST_KIND, checkPeriod);
}

function checkRequest(input: unknown): Result<LeaveRequest, LeaveError> {
  // Stryker disable next-line StringLiteral: the part's code is not kept; invalidParts gives the call's error its code
  return checkInput(leaveRequestSchema, input, 'leave/invalid-input', checkPeriod);
}

/**
 * A request argument, taken (internal): a parsed request as it is, anything else checked like
 * {@link parseLeaveRequest} does, without freezing or recording the result (the caller's call reads it once).
 */
export function takeLeaveRequest(input: unknown): Result<LeaveRequest, LeaveError> {
  return trustParsed(input, REQUEST_KIND, checkRequest);
}
