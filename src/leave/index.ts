/**
 * Leave (cuti) for PNS, CPNS and PPPK: the rules of PP 11/2017 jo. PP 17/2020 and PP 49/2018 as dated, cited
 * tables; an append-only ledger from which balances are folded; the annual entitlement with carry-over, deferral
 * and cuti-bersama compensation; the evaluation of a request that lists every violation; the approval workflow;
 * and the fields of the official request form. docs/interpretations.md explains how asn-kit settles the open
 * questions.
 *
 * @packageDocumentation
 * @module leave
 */
export { annualLeaveEntitlement, type AnnualEntitlement, type AnnualLeaveHistory } from './annual-entitlement';
export { leaveBalance, type LeaveBalance, type LeaveBalanceOptions } from './balance';
export {
  draftLeaveRequest,
  type LeaveOutcome,
  type LeaveVerdict,
  type LeaveWorkflowState,
} from './draft-leave-request';
export type { LeaveError, LeaveErrorCode, LeaveErrorData, LeaveRefusal, LeaveRefusalCode } from './errors';
export {
  evaluateLeaveRequest,
  type EvaluateLeaveRequestParams,
  type LeaveDecision,
  type LeaveDuration,
  type LeaveRoute,
} from './evaluate-request';
export { leaveFormData, type LeaveFormData, type LeaveFormParams, type LeaveFormVerdict } from './form-data';
export { parseExistingLeaves } from './parse-existing-leaves';
export { parseLeaveDecision } from './parse-leave-decision';
export { parseLeaveRequest } from './parse-leave-request';
export { parseLeaveWorkflowState } from './parse-leave-workflow-state';
export { parseLedger } from './parse-ledger';
export { ANNUAL_ENTITLEMENT_RULES, ANNUAL_LEAVE_RULES, type AnnualEntitlementRule } from './rules/annual';
export type {
  DocumentTier,
  LeaveDecider,
  LeaveDocument,
  LeaveGround,
  LeaveKind,
  LeaveMaximum,
  LeaveRule,
  LeaveRuleTable,
  LeaveUnit,
} from './rules/leave-rule';
export { COLLECTIVE_LEAVE_RULES } from './rules/collective';
export { IMPORTANT_REASON_LEAVE_RULES } from './rules/important-reason';
export { MAJOR_LEAVE_RULES } from './rules/major';
export { MATERNITY_LEAVE_RULES } from './rules/maternity';
export { SICK_LEAVE_RULES } from './rules/sick';
export { LEAVE_RULE_TABLES } from './rules/tables';
export { UNPAID_LEAVE_RULES } from './rules/unpaid';
export {
  existingLeaveSchema,
  existingLeavesSchema,
  leaveDocumentSchema,
  leaveGroundSchema,
  leaveKindSchema,
  leaveRequestSchema,
  leaveStatusSchema,
  ledgerEntrySchema,
  ledgerEntryTypeSchema,
  ledgerSchema,
  type ExistingLeave,
  type ExistingLeaveInput,
  type LeaveRequest,
  type LeaveRequestInput,
  type LeaveStatus,
  type Ledger,
  type LedgerEntry,
  type LedgerEntryInput,
  type LedgerEntryType,
} from './schemas';
export {
  advanceLeaveRequest,
  type LeaveTransition,
  type LeaveWorkflowEvent,
} from './workflow';
