import type { ResultAsync } from 'neverthrow';
import * as z from 'zod/mini';
import { isoDateSchema } from '../core/schemas';
import { commitStep, serviceInput, type LeaveServiceDeps, type LeaveServiceError, type LeaveStep } from './leave-service';

/**
 * The input of {@link cancelLeaveRequest} and {@link recallLeaveRequest}. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { LeaveRequestDateInput } from 'asn-kit/ports';
 * const input: LeaveRequestDateInput = { requestId: 'R-1', date: '2026-04-01' };
 * ```
 */
export interface LeaveRequestDateInput {
  /** The request's id. */
  readonly requestId: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
}

/** The schema of {@link LeaveRequestDateInput} (internal). */
export const requestDateSchema = /* @__PURE__ */ (() => z.strictObject({ requestId: z.string(), date: isoDateSchema }))();

/**
 * Cancels a request: a pending one simply ends; an approved one, before its leave starts, gets its days back
 * (`returned` entries, posted with the new state in one transaction, on the ledger version read).
 *
 * @param deps - The ports and the calendar.
 * @param input - The request id and the date.
 * @returns The stored request and the entries posted, or `Err` (`leave/invalid-transition` once the leave has
 *   started, `ports/conflict`, `ports/not-found`, `ports/invalid-input`, a storage error).
 * @example
 * ```ts
 * import { cancelLeaveRequest, type LeaveServiceDeps } from 'asn-kit/ports';
 * declare const deps: LeaveServiceDeps;
 * const step = await cancelLeaveRequest(deps, { requestId: 'R-1', date: '2026-04-01' });
 * step.match((done) => done.stored.state.status, (error) => error.code); // => 'cancelled'
 * ```
 */
export function cancelLeaveRequest(deps: LeaveServiceDeps, input: LeaveRequestDateInput): ResultAsync<LeaveStep, LeaveServiceError> {
  return serviceInput(requestDateSchema, input).andThen(({ requestId, date }) =>
    deps.requests.get(requestId).andThen((stored) => deps.ledger.read(stored.nip).andThen((snapshot) =>
      commitStep(deps, stored.state, { type: 'cancel', date }, stored.version, snapshot))));
}
