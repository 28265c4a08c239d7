import type { ResultAsync } from 'neverthrow';
import * as z from 'zod/mini';
import { isoDateSchema } from '../core/schemas';
import { draftLeaveRequest, parseLeaveRequest, type LeaveRequestInput } from '../leave';
import { commitStep, evaluateNow, later, serviceInput, type LeaveServiceDeps, type LeaveServiceError, type LeaveStep } from './leave-service';

/**
 * The input of {@link submitLeaveRequest}. Any other key is refused.
 *
 * @example
 * ```ts
 * import type { SubmitLeaveRequestInput } from 'asn-kit/ports';
 * const input: SubmitLeaveRequestInput = { nip: '198503152010012001', date: '2026-03-02',
 *   request: { id: 'R-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10' } };
 * ```
 */
export interface SubmitLeaveRequestInput {
  /** The employee's NIP. */
  readonly nip: string;
  /** The request, raw (it is parsed with `parseLeaveRequest`) or parsed. */
  readonly request: LeaveRequestInput;
  /** The day it is submitted, `YYYY-MM-DD`: the date it is evaluated as of. */
  readonly date: string;
}

const inputSchema = /* @__PURE__ */ (() => z.strictObject({ nip: z.string(), request: z.unknown(), date: isoDateSchema }))();

/**
 * Submits a leave request: reads the employee, the ledger and the employee's other requests, evaluates the request
 * with `evaluateLeaveRequest` (every violation is reported at once), and stores it as submitted. A 1-day sick
 * notice is approved at once and its days are posted in the same transaction.
 *
 * @param deps - The ports and the calendar ({@link LeaveServiceDeps}).
 * @param input - The NIP, the request and the date.
 * @returns The stored request, or `Err`: `leave/request-refused` with the violations, `ports/not-found` for an
 *   unknown NIP, `ports/already-exists` for a request id used before, `ports/invalid-input`, or a storage error.
 * @example
 * ```ts
 * import { submitLeaveRequest, type LeaveServiceDeps } from 'asn-kit/ports';
 * declare const deps: LeaveServiceDeps;
 * const step = await submitLeaveRequest(deps, { nip: '198503152010012001', date: '2026-03-02',
 *   request: { id: 'R-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10' } });
 * step.match((done) => done.stored.state.status, (error) => error.code); // => 'submitted'
 * ```
 */
export function submitLeaveRequest(deps: LeaveServiceDeps, input: SubmitLeaveRequestInput): ResultAsync<LeaveStep, LeaveServiceError> {
  return serviceInput(inputSchema, input).andThen(({ nip, request, date }) =>
    later(parseLeaveRequest(request)).andThen((parsed) => deps.employees.get(nip).andThen((employee) =>
      evaluateNow(deps, employee, parsed, date).andThen(({ decision, snapshot }) =>
        commitStep(deps, draftLeaveRequest(decision), { type: 'submit', date }, 0, snapshot)
          .map((step) => ({ ...step, reasons: [...decision.reasons, ...step.reasons] }))))));
}
