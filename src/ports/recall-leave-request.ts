import type { ResultAsync } from 'neverthrow';
import { requestDateSchema, type LeaveRequestDateInput } from './cancel-leave-request';
import { commitStep, serviceInput, type LeaveServiceDeps, type LeaveServiceError, type LeaveStep } from './leave-service';

/**
 * Recalls an employee during approved leave: the unused days (working days of the unit's calendar for annual leave)
 * are returned to the ledger with the new state, in one transaction (PP 11/2017 Pasal 338).
 *
 * @param deps - The ports and the calendar.
 * @param input - The request id and the day the employee is back at work.
 * @returns The stored request and the entries posted, or `Err` (`leave/not-recallable`,
 *   `leave/invalid-transition`, `ports/conflict`, `ports/not-found`, `ports/invalid-input`, a storage error).
 * @example
 * ```ts
 * import { recallLeaveRequest, type LeaveServiceDeps } from 'asn-kit/ports';
 * declare const deps: LeaveServiceDeps;
 * const step = await recallLeaveRequest(deps, { requestId: 'R-1', date: '2026-04-08' });
 * step.match((done) => done.postings.length, (error) => error.code); // => 1
 * ```
 */
export function recallLeaveRequest(deps: LeaveServiceDeps, input: LeaveRequestDateInput): ResultAsync<LeaveStep, LeaveServiceError> {
  return serviceInput(requestDateSchema, input).andThen(({ requestId, date }) =>
    deps.requests.get(requestId).andThen((stored) => deps.ledger.read(stored.nip).andThen((snapshot) =>
      commitStep(deps, stored.state, { type: 'recall', date, calendar: deps.calendarFor(stored.state.decision.employee) }, stored.version, snapshot))));
}
