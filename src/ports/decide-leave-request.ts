import type { ResultAsync } from 'neverthrow';
import * as z from 'zod/mini';
import { isoDateSchema } from '../core/schemas';
import { parseLeaveRequest, type LeaveOutcome, type LeaveRequestInput } from '../leave';
import { outcomeSchema } from '../leave/decision-schemas';
import { commitStep, evaluateNow, later, serviceInput, submittedOn, type LeaveServiceDeps, type LeaveServiceError, type LeaveStep } from './leave-service';

/**
 * The input of {@link decideLeaveRequest}. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { DecideLeaveRequestInput } from 'asn-kit/ports';
 * const approve: DecideLeaveRequestInput = { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' };
 * ```
 */
export interface DecideLeaveRequestInput {
  /** The request's id. */
  readonly requestId: string;
  /** The day of the keputusan, `YYYY-MM-DD`. */
  readonly date: string;
  /** The keputusan: `approved`, `changed`, `deferred` or `rejected`. */
  readonly outcome: LeaveOutcome;
  /** The reason (required unless approved). */
  readonly note?: string;
  /** For `changed`: the same request (same id) with its new dates. */
  readonly changed?: LeaveRequestInput;
}

const inputSchema = /* @__PURE__ */ (() => z.strictObject({
  requestId: z.string(), date: isoDateSchema, outcome: outcomeSchema, note: z.optional(z.string()), changed: z.optional(z.unknown()),
}))();

/**
 * The PYBMC's keputusan on a considered request. An approval (or a change of dates) evaluates the request again
 * against the employee, the ledger and the other requests **as stored now**, and posts the days on condition that
 * the ledger has not changed since: if another approval spent the days in between, the result is a retryable
 * `ports/conflict` (run it again with {@link retryOnConflict}; the next run sees the new balance and refuses with
 * `leave/request-refused` if the days are gone). Nothing is ever half written.
 *
 * @param deps - The ports and the calendar.
 * @param input - The request id, the date, the outcome, the note and (for `changed`) the new request.
 * @returns The stored request and its postings, or `Err` (`leave/request-refused`, `leave/invalid-transition`,
 *   `ports/conflict`, `ports/not-found`, `ports/invalid-input`, a storage error).
 * @example
 * ```ts
 * import { decideLeaveRequest, retryOnConflict, type LeaveServiceDeps } from 'asn-kit/ports';
 * declare const deps: LeaveServiceDeps;
 * const step = await retryOnConflict(() => decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }));
 * step.match((done) => done.stored.state.status, (error) => error.code); // => 'approved'
 * ```
 */
export function decideLeaveRequest(deps: LeaveServiceDeps, input: DecideLeaveRequestInput): ResultAsync<LeaveStep, LeaveServiceError> {
  return serviceInput(inputSchema, input).andThen(({ requestId, date, outcome, note, changed }) =>
    deps.requests.get(requestId).andThen((stored) => {
      const { state } = stored;
      const event = note === undefined ? { type: 'decide', date, outcome } as const : { type: 'decide', date, outcome, note } as const;
      // Only a considered request is re-evaluated: on any other the workflow refuses the step as it stands.
      if (state.status !== 'considered' || (outcome !== 'approved' && outcome !== 'changed')) {
        return deps.ledger.read(stored.nip).andThen((snapshot) => commitStep(deps, state, event, stored.version, snapshot));
      }
      return deps.employees.get(stored.nip).andThen((employee) => {
        if (outcome === 'approved') {
          return evaluateNow(deps, employee, state.decision.request, submittedOn(state, date)).andThen(({ decision, snapshot }) =>
            commitStep(deps, { ...state, decision }, event, stored.version, snapshot));
        }
        return later(parseLeaveRequest(changed)).andThen((request) => evaluateNow(deps, employee, request, date)).andThen(({ decision, snapshot }) =>
          commitStep(deps, state, { ...event, changed: decision }, stored.version, snapshot));
      });
    }));
}
