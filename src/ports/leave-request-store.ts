import type { ResultAsync } from 'neverthrow';
import type { LeaveWorkflowState, LedgerEntry } from '../leave';
import type { PortsError } from './errors';

/**
 * A leave request as stored: its workflow state (with the evaluated decision inside) and its version.
 *
 * @example
 * ```ts
 * import type { StoredLeaveRequest } from 'asn-kit/ports';
 * const status = (stored: StoredLeaveRequest) => stored.state.status;
 * ```
 */
export interface StoredLeaveRequest {
  /** The request's id (`state.decision.request.id`). */
  readonly id: string;
  /** The employee's NIP (`state.decision.employee.nip`). */
  readonly nip: string;
  /** 1 when first saved, one more at each save. */
  readonly version: number;
  /** The workflow state, parsed and frozen. */
  readonly state: LeaveWorkflowState;
}

/**
 * What {@link LeaveRequestStore.save} writes: a request's new state, and the ledger entries its transition posts.
 *
 * @example
 * ```ts
 * import type { LeaveRequestSave } from 'asn-kit/ports';
 * const postsNothing = (save: LeaveRequestSave) => save.postings === undefined;
 * ```
 */
export interface LeaveRequestSave {
  /** The new state; its request id and the employee's NIP are the keys. */
  readonly state: LeaveWorkflowState;
  /** The version read: 0 to create the request (a `ports/conflict` if it exists). */
  readonly expectedVersion: number;
  /** Entries to append to the employee's ledger in the same transaction, if it is still at `expectedLedgerVersion`. */
  readonly postings?: {
    /** The ledger version the transition was decided on. */
    readonly expectedLedgerVersion: number;
    /** The entries. */
    readonly entries: readonly LedgerEntry[];
  };
}

/**
 * Leave requests and their workflow state. A save is conditional on the version read, and a save that posts
 * ledger entries writes the state and the entries in **one transaction**: a crash leaves either both or neither, so
 * an approved request always has its days taken and no days are taken for a request still pending. An adapter
 * therefore keeps requests and the ledger in the same database.
 *
 * @example
 * ```ts
 * import type { LeaveRequestStore } from 'asn-kit/ports';
 * const pending = (store: LeaveRequestStore, nip: string) =>
 *   store.listByEmployee(nip).map((list) => list.filter((stored) => stored.state.status === 'submitted'));
 * ```
 */
export interface LeaveRequestStore {
  /**
   * One request.
   *
   * @param id - The request's id.
   * @returns The request, or `ports/not-found`.
   */
  get(id: string): ResultAsync<StoredLeaveRequest, PortsError>;
  /**
   * An employee's requests, in the order they were created.
   *
   * @param nip - The NIP.
   */
  listByEmployee(nip: string): ResultAsync<readonly StoredLeaveRequest[], PortsError>;
  /**
   * Saves a new state (and its postings) if the request and the ledger are still at the versions read.
   *
   * @param save - The state, the versions and the postings.
   * @returns The request as stored now, or `ports/conflict` (nothing was written).
   */
  save(save: LeaveRequestSave): ResultAsync<StoredLeaveRequest, PortsError>;
}
