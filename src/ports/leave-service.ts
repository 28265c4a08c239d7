import { errAsync, okAsync, ResultAsync, type Result } from 'neverthrow';
import type { Reason } from '../core';
import { validate, type ParseableSchema } from '../core/validate';
import type { WorkingCalendar } from '../calendar';
import type { Employee } from '../employee';
import {
  advanceLeaveRequest, evaluateLeaveRequest, parseExistingLeaves,
  type LeaveDecision, type LeaveError, type LeaveRequest, type LeaveWorkflowEvent, type LeaveWorkflowState, type LedgerEntry,
} from '../leave';
import { portsError, type PortsError } from './errors';
import type { EmployeeStore } from './employee-store';
import type { LeaveLedgerStore, LedgerSnapshot } from './leave-ledger-store';
import type { LeaveRequestStore, StoredLeaveRequest } from './leave-request-store';

/**
 * What the leave services need: the three leave ports and the working calendar of an employee's unit.
 *
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * import { createMemoryStores, type LeaveServiceDeps } from 'asn-kit/ports';
 * const calendars = { 5: createCalendar({ workWeek: 5 }), 6: createCalendar({ workWeek: 6 }) };
 * const stores = createMemoryStores();
 * if (calendars[5].isOk() && calendars[6].isOk()) {
 *   const five = calendars[5].value;
 *   const six = calendars[6].value;
 *   const deps: LeaveServiceDeps = { ...stores, calendarFor: (employee) => (employee.workWeek === 6 ? six : five) };
 * }
 * ```
 */
export interface LeaveServiceDeps {
  /** Employees by NIP. */
  readonly employees: EmployeeStore;
  /** The leave ledger. */
  readonly ledger: LeaveLedgerStore;
  /** Leave requests (saved together with their postings). */
  readonly requests: LeaveRequestStore;
  /** The working calendar of the employee's unit (5- or 6-day week), from `createCalendar`. */
  readonly calendarFor: (employee: Employee) => WorkingCalendar;
}

/**
 * The error of a leave service: a storage error (`ports/…`; `ports/conflict` is retryable), or the leave module's
 * (a refusal with every violation, an invalid transition).
 *
 * @example
 * ```ts
 * import type { LeaveServiceError } from 'asn-kit/ports';
 * const retry = (error: LeaveServiceError) => 'retryable' in error && error.retryable;
 * ```
 */
export type LeaveServiceError = PortsError | LeaveError;

/**
 * What a leave service did: the request as stored now, the ledger entries it posted, and why.
 *
 * @example
 * ```ts
 * import type { LeaveStep } from 'asn-kit/ports';
 * const days = (step: LeaveStep) => step.postings.reduce((sum, entry) => sum + entry.days, 0);
 * ```
 */
export interface LeaveStep {
  /** The request after the step. */
  readonly stored: StoredLeaveRequest;
  /** The ledger entries written with it (none for most steps). */
  readonly postings: readonly LedgerEntry[];
  /** The explanation: the evaluation's reasons on submission, the transition's after. */
  readonly reasons: readonly Reason[];
}

/** Checks a service's input against its strict schema (internal). */
export function serviceInput<T>(schema: ParseableSchema<T>, input: unknown): ResultAsync<T, LeaveServiceError> {
  const checked = validate(schema, input, 'ports/invalid-input');
  return checked.isOk() ? okAsync(checked.value) : errAsync(portsError(checked.error.code, checked.error.message, checked.error.data));
}

/** A synchronous result as the services' asynchronous type (internal). */
export function later<T>(result: Result<T, LeaveServiceError>): ResultAsync<T, LeaveServiceError> {
  return new ResultAsync(Promise.resolve(result));
}

/** The moment the request was submitted (the date its evaluation is repeated as of), else the fallback (internal). */
export function submittedOn(state: LeaveWorkflowState, fallback: string): string {
  return state.history.find((step) => step.status === 'submitted')?.date ?? fallback;
}

/**
 * Evaluates a request against the employee's ledger and other requests as stored now (internal): on submission,
 * and again when the PYBMC approves, so an approval spends only days that are still there.
 */
export function evaluateNow(deps: LeaveServiceDeps, employee: Employee, request: LeaveRequest, asOf: string):
  ResultAsync<{ readonly decision: LeaveDecision; readonly snapshot: LedgerSnapshot }, LeaveServiceError> {
  return deps.ledger.read(employee.nip).andThen((snapshot) => deps.requests.listByEmployee(employee.nip).andThen((others) => {
    const existing = parseExistingLeaves(others
      .filter((other) => other.id !== request.id)
      .map(({ id, state }) => ({ id, kind: state.decision.request.kind, start: state.decision.request.start, end: state.decision.request.end, status: state.status })));
    return later(existing.andThen((parsed) => evaluateLeaveRequest({
      employee, request, ledger: snapshot.entries, existing: parsed, calendar: deps.calendarFor(employee), asOf,
    })).map((decision) => ({ decision, snapshot })));
  }));
}

/** Runs one workflow step and saves the new state with its postings, on the versions read (internal). */
export function commitStep(deps: LeaveServiceDeps, state: LeaveWorkflowState, event: LeaveWorkflowEvent, expectedVersion: number,
  snapshot: LedgerSnapshot): ResultAsync<LeaveStep, LeaveServiceError> {
  return later(advanceLeaveRequest(state, event)).andThen(({ state: next, postings, reasons }) => {
    const save = postings.length === 0
      ? { state: next, expectedVersion }
      : { state: next, expectedVersion, postings: { expectedLedgerVersion: snapshot.version, entries: postings } };
    return deps.requests.save(save).map((stored) => ({ stored, postings, reasons }));
  });
}
