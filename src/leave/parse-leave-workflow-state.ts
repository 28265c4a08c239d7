import { err, ok, type Result } from 'neverthrow';
import { trustParsed } from '../core';
import { isParsed, markParsed } from '../core/parsed';
import { validate } from '../core/validate';
import { workflowStateSchema } from './decision-schemas';
import type { LeaveWorkflowState } from './draft-leave-request';
import type { LeaveError } from './errors';
import { DECISION_KIND, invalidParts, STATE_KIND, type FailedPart } from './input';
import { parseLeaveDecision } from './parse-leave-decision';

/**
 * Checks a workflow state that comes back from storage (JSON) and returns it typed: a new, deeply frozen value that
 * `advanceLeaveRequest` and `leaveFormData` use as it is (a state this module returned is given back as it is). Every state `advanceLeaveRequest` returns is already such
 * a value; a state from `draftLeaveRequest` or from elsewhere is parsed on its first transition.
 *
 * @param input - The stored state.
 * @returns `Ok(state)`, or `Err` with code `leave/invalid-input` listing every problem with its path.
 * @example
 * ```ts
 * import { draftLeaveRequest, parseLeaveWorkflowState, type LeaveDecision } from 'asn-kit/leave';
 * declare const decision: LeaveDecision;
 * const stored = JSON.stringify(draftLeaveRequest(decision));
 * parseLeaveWorkflowState(JSON.parse(stored)).map((state) => state.status); // => Ok('draft')
 * parseLeaveWorkflowState({ status: 'draft' }).isErr(); // => true
 * ```
 */
export function parseLeaveWorkflowState(input: unknown): Result<LeaveWorkflowState, LeaveError> {
  if (isParsed(input, STATE_KIND)) return ok(input as LeaveWorkflowState);
  const shape = validate(workflowStateSchema, input, 'leave/invalid-input');
  const failed: FailedPart[] = [];
  if (shape.isErr()) {
    if (typeof input !== 'object' || input === null) return err(shape.error);
    failed.push({ path: '', error: shape.error });
  }
  const { decision } = input as { readonly decision?: unknown };
  const checkedDecision = trustParsed(decision, DECISION_KIND, parseLeaveDecision);
  if (checkedDecision.isErr()) failed.push({ path: 'decision', error: checkedDecision.error });
  if (shape.isErr() || checkedDecision.isErr()) return err(invalidParts(failed));
  const state: LeaveWorkflowState = { ...shape.value, decision: checkedDecision.value };
  return ok(markParsed(state, STATE_KIND));
}
