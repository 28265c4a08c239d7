import type { ResultAsync } from 'neverthrow';
import type { Predikat, Rating } from '../performance';
import type { PortsError } from './errors';

/**
 * An employee's performance result for a year: the two ratings and the predikat they give (the matrix of
 * PermenPANRB 6/2022, from `performancePredicate`), with the unit it counts for in the distribution check.
 *
 * @example
 * ```ts
 * import type { PerformanceRecord } from 'asn-kit/ports';
 * const record: PerformanceRecord = { nip: '199001012015031001', year: 2026, workUnitId: 'disdik',
 *   workRating: 'meets', behaviourRating: 'meets', predikat: 'good' };
 * ```
 */
export interface PerformanceRecord {
  /** The employee's NIP. */
  readonly nip: string;
  /** The year evaluated. */
  readonly year: number;
  /** The work unit the employee was in (its `id`). */
  readonly workUnitId: string;
  /** The rating of work results. */
  readonly workRating: Rating;
  /** The rating of work behaviour. */
  readonly behaviourRating: Rating;
  /** The predikat kinerja. */
  readonly predikat: Predikat;
}

/**
 * Which records {@link PerformanceStore.list} returns.
 *
 * @example
 * ```ts
 * import type { PerformanceQuery } from 'asn-kit/ports';
 * const query: PerformanceQuery = { year: 2026, workUnitId: 'disdik' };
 * ```
 */
export interface PerformanceQuery {
  /** The year. */
  readonly year: number;
  /** Only this work unit's records. */
  readonly workUnitId?: string;
}

/**
 * Where performance results are kept, one per employee and year (a new one replaces the old).
 *
 * @example
 * ```ts
 * import type { PerformanceStore } from 'asn-kit/ports';
 * const count = (store: PerformanceStore) => store.list({ year: 2026 }).map((records) => records.length);
 * ```
 */
export interface PerformanceStore {
  /**
   * Stores records, all or none, replacing those of the same employee and year.
   *
   * @param records - Parsed records (from `parsePerformanceRecord`).
   */
  put(records: readonly PerformanceRecord[]): ResultAsync<void, PortsError>;
  /**
   * A year's records in NIP order.
   *
   * @param query - The year, and optionally the unit.
   */
  list(query: PerformanceQuery): ResultAsync<readonly PerformanceRecord[], PortsError>;
}
