import type { ResultAsync } from 'neverthrow';
import type { Ledger, LedgerEntry } from '../leave';
import type { PortsError } from './errors';

/**
 * An employee's ledger as read, with the version to pass back when appending.
 *
 * @example
 * ```ts
 * import type { LedgerSnapshot } from 'asn-kit/ports';
 * const next = (snapshot: LedgerSnapshot) => snapshot.version;
 * ```
 */
export interface LedgerSnapshot {
  /** The employee's NIP. */
  readonly nip: string;
  /** The entries (of the year asked for, or all), in the order they were appended; parsed and frozen. */
  readonly entries: Ledger;
  /** The number of entries the employee's whole ledger holds (all years): 0 for an empty ledger. */
  readonly version: number;
}

/**
 * What {@link LeaveLedgerStore.append} writes: entries, on condition that the ledger is still at the version read.
 *
 * @example
 * ```ts
 * import type { LedgerAppend } from 'asn-kit/ports';
 * const nothing: LedgerAppend = { nip: '199001012015031001', expectedVersion: 0, entries: [] };
 * ```
 */
export interface LedgerAppend {
  /** The employee's NIP. */
  readonly nip: string;
  /** The {@link LedgerSnapshot.version} the caller based its decision on. */
  readonly expectedVersion: number;
  /** The entries to append, in order. */
  readonly entries: readonly LedgerEntry[];
}

/**
 * The append-only leave ledger (balances are folded from it, never stored). One version counter per employee,
 * over all years: an append succeeds only when nothing was appended since the caller read the ledger, so two
 * approvals that both saw 3 days left cannot both spend them. The loser gets a retryable `ports/conflict`.
 * Entries are never changed or removed: a cancellation appends `returned` entries.
 *
 * @example
 * ```ts
 * import type { LeaveLedgerStore } from 'asn-kit/ports';
 * const entriesOf = (store: LeaveLedgerStore, nip: string, year: number) => store.read(nip, year).map((s) => s.entries.length);
 * ```
 */
export interface LeaveLedgerStore {
  /**
   * Reads an employee's ledger (an unknown employee has an empty one at version 0).
   *
   * @param nip - The NIP.
   * @param year - Only the entries of this leave year (the version still counts all years).
   */
  read(nip: string, year?: number): ResultAsync<LedgerSnapshot, PortsError>;
  /**
   * Appends entries, all or none, if the ledger is still at `expectedVersion`.
   *
   * @param append - The NIP, the version read and the entries.
   * @returns The new version, or `ports/conflict` (nothing was written).
   */
  append(append: LedgerAppend): ResultAsync<number, PortsError>;
}
