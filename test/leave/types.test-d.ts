import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { WorkingCalendar } from '../../src/calendar';
import type { IsoDate } from '../../src/core';
import type { Employee } from '../../src/employee';
import {
  advanceLeaveRequest,
  annualLeaveEntitlement,
  evaluateLeaveRequest,
  existingLeaveSchema,
  existingLeavesSchema,
  leaveBalance,
  leaveDocumentSchema,
  leaveFormData,
  leaveGroundSchema,
  leaveKindSchema,
  leaveRequestSchema,
  leaveStatusSchema,
  ledgerEntrySchema,
  ledgerEntryTypeSchema,
  ledgerSchema,
  parseExistingLeaves,
  parseLeaveDecision,
  parseLeaveRequest,
  parseLeaveWorkflowState,
  parseLedger,
  type AnnualEntitlement,
  type AnnualLeaveHistory,
  type EvaluateLeaveRequestParams,
  type ExistingLeave,
  type ExistingLeaveInput,
  type LeaveBalance,
  type LeaveBalanceOptions,
  type LeaveDecision,
  type LeaveDocument,
  type LeaveError,
  type LeaveGround,
  type LeaveKind,
  type LeaveRefusal,
  type LeaveRequest,
  type LeaveRequestInput,
  type LeaveStatus,
  type LeaveWorkflowState,
  type Ledger,
  type LedgerEntry,
  type LedgerEntryInput,
  type LedgerEntryType,
} from '../../src/leave';
import type * as errors from '../../src/leave/errors';
import type { InputIssue } from '../../src/core';

declare const employee: Employee;
declare const request: LeaveRequest;
declare const ledger: Ledger;
declare const existing: readonly ExistingLeave[];
declare const calendar: WorkingCalendar;
declare const decision: LeaveDecision;
declare const state: LeaveWorkflowState;

describe('the parsers take unknown (the boundary) and return the module types', () => {
  it('parseLeaveRequest, parseLedger, parseExistingLeaves, parseLeaveDecision, parseLeaveWorkflowState', () => {
    expectTypeOf(parseLeaveRequest).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseLeaveRequest).returns.toEqualTypeOf<Result<LeaveRequest, LeaveError>>();
    expectTypeOf(parseLedger).returns.toEqualTypeOf<Result<Ledger, LeaveError>>();
    expectTypeOf(parseExistingLeaves).returns.toEqualTypeOf<Result<readonly ExistingLeave[], LeaveError>>();
    expectTypeOf(parseLeaveDecision).returns.toEqualTypeOf<Result<LeaveDecision, LeaveError>>();
    expectTypeOf(parseLeaveWorkflowState).returns.toEqualTypeOf<Result<LeaveWorkflowState, LeaveError>>();
  });
});

describe('the domain functions declare the parsed types', () => {
  it('evaluateLeaveRequest takes typed records, a calendar and a date', () => {
    expectTypeOf<EvaluateLeaveRequestParams['employee']>().toEqualTypeOf<Employee>();
    expectTypeOf<EvaluateLeaveRequestParams['request']>().toEqualTypeOf<LeaveRequest>();
    expectTypeOf<EvaluateLeaveRequestParams['ledger']>().toEqualTypeOf<Ledger | undefined>();
    expectTypeOf<EvaluateLeaveRequestParams['existing']>().toEqualTypeOf<readonly ExistingLeave[] | undefined>();
    expectTypeOf<EvaluateLeaveRequestParams['calendar']>().toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(evaluateLeaveRequest).returns.toEqualTypeOf<Result<LeaveDecision, LeaveRefusal>>();
    expectTypeOf(evaluateLeaveRequest({ employee, request, ledger, existing, calendar, asOf: '2026-03-01' })).toEqualTypeOf<Result<LeaveDecision, LeaveRefusal>>();
  });

  it('annualLeaveEntitlement and leaveBalance', () => {
    expectTypeOf(annualLeaveEntitlement).parameter(0).toEqualTypeOf<Employee>();
    expectTypeOf(annualLeaveEntitlement).parameter(2).toEqualTypeOf<AnnualLeaveHistory | undefined>();
    expectTypeOf(annualLeaveEntitlement).returns.toEqualTypeOf<Result<AnnualEntitlement, LeaveError>>();
    expectTypeOf(leaveBalance).parameter(0).toEqualTypeOf<Ledger>();
    expectTypeOf(leaveBalance).parameter(1).toEqualTypeOf<LeaveBalanceOptions>();
    expectTypeOf(leaveBalance).returns.toEqualTypeOf<Result<LeaveBalance, LeaveError>>();
    expectTypeOf<AnnualLeaveHistory['ledger']>().toEqualTypeOf<Ledger | undefined>();
  });

  it('the workflow and the form take the module values', () => {
    expectTypeOf(advanceLeaveRequest).parameter(0).toEqualTypeOf<LeaveWorkflowState>();
    expectTypeOf(leaveFormData({ decision, state, ledger })).toEqualTypeOf<ReturnType<typeof leaveFormData>>();
  });

  it('no domain function takes unknown', () => {
    expectTypeOf(evaluateLeaveRequest).parameter(0).not.toEqualTypeOf<unknown>();
    expectTypeOf(annualLeaveEntitlement).parameter(0).not.toEqualTypeOf<unknown>();
    expectTypeOf(leaveBalance).parameter(0).not.toEqualTypeOf<unknown>();
    expectTypeOf(leaveBalance).parameter(1).not.toEqualTypeOf<unknown>();
  });
});

describe('misspelt fields, wrong codes and unknown options do not compile', () => {
  it('a misspelt kind or field of a request', () => {
    // @ts-expect-error -- 'anual' is not a leave kind
    evaluateLeaveRequest({ employee, request: { ...request, kind: 'anual' }, calendar, asOf: '2026-03-01' });
    // @ts-expect-error -- `strat` is not a field of a request
    evaluateLeaveRequest({ employee, request: { ...request, strat: request.start }, calendar, asOf: '2026-03-01' });
    // @ts-expect-error -- a raw object is not a parsed request: its dates are plain strings
    evaluateLeaveRequest({ employee, request: { id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-10' }, calendar, asOf: '2026-03-01' });
    // @ts-expect-error -- an unknown parameter
    evaluateLeaveRequest({ employee, request, calendar, asOf: '2026-03-01', exisiting: existing });
    // @ts-expect-error -- a misspelt ground
    evaluateLeaveRequest({ employee, request: { ...request, ground: 'first-haj' }, calendar, asOf: '2026-03-01' });
  });

  it('a wrong code in the input types', () => {
    // @ts-expect-error -- 'anual' is not a leave kind
    const input: LeaveRequestInput = { id: 'R', kind: 'anual', start: '2026-04-06', end: '2026-04-10' };
    // @ts-expect-error -- 'grants' is not a ledger entry type
    const entry: LedgerEntryInput = { type: 'grants', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { instrument: 'x' } };
    // @ts-expect-error -- 'approvd' is not a status
    const other: ExistingLeaveInput = { id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-10', status: 'approvd' };
    expectTypeOf([input, entry, other]).not.toBeNever();
  });

  it('an unknown option key', () => {
    // @ts-expect-error -- `asof` is not an option of leaveBalance
    leaveBalance(ledger, { kind: 'annual', asof: '2026-06-30' });
    // @ts-expect-error -- `ledgr` is not a key of the history
    annualLeaveEntitlement(employee, 2026, { ledgr: ledger });
    // @ts-expect-error -- a raw ledger entry is not a parsed one
    leaveBalance([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { instrument: 'x' } }], { kind: 'annual', asOf: '2026-06-30' });
    // @ts-expect-error -- `ledgers` is not a parameter of the form
    leaveFormData({ decision, ledgers: ledger });
  });
});

describe('the schemas are zod/mini objects with their shape, and their output fits the module types', () => {
  it('outputs are assignable to the interfaces', () => {
    expectTypeOf<z.output<typeof leaveRequestSchema>>().toExtend<LeaveRequest>();
    expectTypeOf<z.output<typeof ledgerEntrySchema>>().toExtend<LedgerEntry>();
    expectTypeOf<z.output<typeof ledgerSchema>>().toExtend<Ledger>();
    expectTypeOf<z.output<typeof existingLeaveSchema>>().toExtend<ExistingLeave>();
    expectTypeOf<z.output<typeof existingLeavesSchema>>().toExtend<readonly ExistingLeave[]>();
  });

  it('inputs accept the input interfaces', () => {
    expectTypeOf<Omit<LeaveRequestInput, 'documents'>>().toExtend<Omit<z.input<typeof leaveRequestSchema>, 'documents'>>();
    expectTypeOf<LeaveDocument[]>().toExtend<z.input<typeof leaveRequestSchema>['documents']>();
    expectTypeOf<ExistingLeaveInput>().toExtend<z.input<typeof existingLeaveSchema>>();
  });

  it('the code schemas are the code unions', () => {
    expectTypeOf<z.output<typeof leaveKindSchema>>().toEqualTypeOf<LeaveKind>();
    expectTypeOf<z.output<typeof leaveGroundSchema>>().toEqualTypeOf<LeaveGround>();
    expectTypeOf<z.output<typeof leaveDocumentSchema>>().toEqualTypeOf<LeaveDocument>();
    expectTypeOf<z.output<typeof ledgerEntryTypeSchema>>().toEqualTypeOf<LedgerEntryType>();
    expectTypeOf<z.output<typeof leaveStatusSchema>>().toEqualTypeOf<LeaveStatus>();
  });

  it('object schemas expose their shape', () => {
    expectTypeOf(leaveRequestSchema.shape.start).toExtend<z.ZodMiniType<IsoDate, string>>();
    expectTypeOf(ledgerEntrySchema.shape).toHaveProperty('basis');
    expectTypeOf(existingLeaveSchema.shape).toHaveProperty('status');
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code, in an error and in each violation of a refusal', () => {
    const shortBy = (refusal: errors.LeaveRefusal) => {
      for (const violation of refusal.violations) {
        if (violation.code === 'leave/insufficient-balance') {
          expectTypeOf(violation.data.available).toEqualTypeOf<number>();
          // @ts-expect-error: `document` is a field of leave/missing-document, not of leave/insufficient-balance
          expectTypeOf(violation.data.document).toBeUnknown();
        }
      }
      if (refusal.code === 'leave/request-refused') expectTypeOf(refusal.data.count).toEqualTypeOf<number>();
      if (refusal.code === 'leave/invalid-input') expectTypeOf(refusal.data.issues).toEqualTypeOf<readonly InputIssue[] | undefined>();
    };
    expectTypeOf(shortBy).parameter(0).toEqualTypeOf<errors.LeaveRefusal>();
    expectTypeOf<errors.LeaveErrorData['leave/missing-document']['document']>().toEqualTypeOf<LeaveDocument>();
  });
});
