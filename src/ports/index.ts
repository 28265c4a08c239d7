/**
 * The storage ports of asn-kit: the interfaces a consumer's database implements (employees, the append-only leave
 * ledger with optimistic concurrency, leave requests and their workflow state, performance results, SKM
 * questionnaires), an in-memory implementation, and the thin services that compose the ports with the pure rules
 * of `asn-kit/leave`. A version conflict is a coded, retryable error: two approvals can never spend the same days.
 *
 * @packageDocumentation
 * @module ports
 */
export type { EmployeeQuery, EmployeeStore } from './employee-store';
export { alreadyExists, notFound, portsError, storageFailure, versionConflict, type PortsError, type PortsErrorCode, type PortsErrorData } from './errors';
export type { LeaveLedgerStore, LedgerAppend, LedgerSnapshot } from './leave-ledger-store';
export type { LeaveRequestSave, LeaveRequestStore, StoredLeaveRequest } from './leave-request-store';
export { createMemoryStores } from './memory-stores';
export { parsePerformanceRecord, performanceRecordSchema } from './parse-performance-record';
export type { PerformanceQuery, PerformanceRecord, PerformanceStore } from './performance-store';
export { readStored } from './read-stored';
export type { Stores } from './stores';
export type { SurveyKey, SurveyResponseStore } from './survey-store';
export { cancelLeaveRequest, type LeaveRequestDateInput } from './cancel-leave-request';
export { considerLeaveRequest, type ConsiderLeaveRequestInput } from './consider-leave-request';
export { decideLeaveRequest, type DecideLeaveRequestInput } from './decide-leave-request';
export type { LeaveServiceDeps, LeaveServiceError, LeaveStep } from './leave-service';
export { recallLeaveRequest } from './recall-leave-request';
export { retryOnConflict } from './retry-on-conflict';
export { submitLeaveRequest, type SubmitLeaveRequestInput } from './submit-leave-request';
