import type { IsoDate } from '../core';
import type { LeaveDecision } from './evaluate-request';
import type { LedgerEntry, LeaveStatus } from './schemas';

/**
 * A decision of the direct superior (*pertimbangan*) or of the PYBMC (*keputusan*), per docs/interpretations.md#leave-decisions: `approved`
 * (disetujui), `changed` (perubahan), `deferred` (ditangguhkan) or `rejected` (tidak disetujui).
 *
 * @example
 * ```ts
 * import type { LeaveOutcome } from 'asn-kit/leave';
 * const outcome: LeaveOutcome = 'deferred';
 * ```
 */
export type LeaveOutcome = 'approved' | 'changed' | 'deferred' | 'rejected';

/**
 * A recorded pertimbangan or keputusan.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { LeaveVerdict } from 'asn-kit/leave';
 * const verdict: LeaveVerdict = { outcome: 'approved', date: '2026-03-02' as IsoDate, note: '' };
 * ```
 */
export interface LeaveVerdict {
  /** The outcome. */
  readonly outcome: LeaveOutcome;
  /** The day it was given. */
  readonly date: IsoDate;
  /** The reason written on the form (required for all but `approved`). */
  readonly note: string;
}

/**
 * The state of one request in the workflow. It is a plain value: every transition returns a new one.
 *
 * @example
 * ```ts
 * import type { LeaveWorkflowState } from 'asn-kit/leave';
 * const isOpen = (state: LeaveWorkflowState) => state.status === 'submitted' || state.status === 'considered';
 * ```
 */
export interface LeaveWorkflowState {
  /** Where the request is. */
  readonly status: LeaveStatus;
  /** The evaluated request (after a `changed` decision, the changed one). */
  readonly decision: LeaveDecision;
  /** The direct superior's pertimbangan (form section VII). */
  readonly consideration: LeaveVerdict | null;
  /** The PYBMC's keputusan (form section VIII). */
  readonly verdict: LeaveVerdict | null;
  /** Every ledger entry the workflow has posted so far. */
  readonly posted: readonly LedgerEntry[];
  /** The statuses passed through, with their dates. */
  readonly history: readonly {
    /** The status entered. */
    readonly status: LeaveStatus;
    /** The day it was entered (`null` for the draft). */
    readonly date: IsoDate | null;
  }[];
}

/**
 * Starts the workflow of an evaluated request: a draft, nothing posted yet.
 *
 * @param decision - The favourable evaluation from {@link evaluateLeaveRequest}.
 * @returns The draft state.
 * @example
 * ```ts
 * import { draftLeaveRequest, type LeaveDecision } from 'asn-kit/leave';
 * declare const decision: LeaveDecision;
 * draftLeaveRequest(decision).status; // => 'draft'
 * ```
 */
export function draftLeaveRequest(decision: LeaveDecision): LeaveWorkflowState {
  return { status: 'draft', decision, consideration: null, verdict: null, posted: [], history: [{ status: 'draft', date: null }] };
}
