import type { ResultAsync } from 'neverthrow';
import * as z from 'zod/mini';
import { isoDateSchema } from '../core/schemas';
import type { LeaveOutcome } from '../leave';
import { outcomeSchema } from '../leave/decision-schemas';
import { commitStep, serviceInput, type LeaveServiceDeps, type LeaveServiceError, type LeaveStep } from './leave-service';

/**
 * The input of {@link considerLeaveRequest}. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { ConsiderLeaveRequestInput } from 'asn-kit/ports';
 * const input: ConsiderLeaveRequestInput = { requestId: 'R-1', date: '2026-03-03', outcome: 'approved' };
 * ```
 */
export interface ConsiderLeaveRequestInput {
  /** The request's id. */
  readonly requestId: string;
  /** The day of the pertimbangan, `YYYY-MM-DD`. */
  readonly date: string;
  /** The pertimbangan. */
  readonly outcome: LeaveOutcome;
  /** The reason (required unless approved). */
  readonly note?: string;
}

const inputSchema = /* @__PURE__ */ (() => z.strictObject({
  requestId: z.string(), date: isoDateSchema, outcome: outcomeSchema, note: z.optional(z.string()),
}))();

/**
 * The direct superior's pertimbangan on a submitted request: stored on condition that the request has not changed
 * since it was read (a `ports/conflict` otherwise). It posts nothing.
 *
 * @param deps - The ports and the calendar.
 * @param input - The request id, the date, the outcome and the note.
 * @returns The stored request, or `Err` (`leave/invalid-transition`, `leave/invalid-input` for a missing note,
 *   `ports/conflict`, `ports/not-found`, `ports/invalid-input`, a storage error).
 * @example
 * ```ts
 * import { considerLeaveRequest, type LeaveServiceDeps } from 'asn-kit/ports';
 * declare const deps: LeaveServiceDeps;
 * const step = await considerLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-03', outcome: 'approved' });
 * step.match((done) => done.stored.state.status, (error) => error.code); // => 'considered'
 * ```
 */
export function considerLeaveRequest(deps: LeaveServiceDeps, input: ConsiderLeaveRequestInput): ResultAsync<LeaveStep, LeaveServiceError> {
  return serviceInput(inputSchema, input).andThen(({ requestId, date, outcome, note }) =>
    deps.requests.get(requestId).andThen((stored) => deps.ledger.read(stored.nip).andThen((snapshot) =>
      commitStep(deps, stored.state, note === undefined ? { type: 'consider', date, outcome } : { type: 'consider', date, outcome, note },
        stored.version, snapshot))));
}
