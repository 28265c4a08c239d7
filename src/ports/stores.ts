import type { EmployeeStore } from './employee-store';
import type { LeaveLedgerStore } from './leave-ledger-store';
import type { LeaveRequestStore } from './leave-request-store';
import type { PerformanceStore } from './performance-store';
import type { SurveyResponseStore } from './survey-store';

/**
 * Every port, as one adapter provides them over one database (`createMemoryStores`, or the SQLite and PostgreSQL
 * adapters of the storage guide).
 *
 * @example
 * ```ts
 * import { createMemoryStores, type Stores } from 'asn-kit/ports';
 * const stores: Stores = createMemoryStores();
 * ```
 */
export interface Stores {
  /** Employees by NIP. */
  readonly employees: EmployeeStore;
  /** The leave ledger. */
  readonly ledger: LeaveLedgerStore;
  /** Leave requests and their workflow state. */
  readonly requests: LeaveRequestStore;
  /** Performance results. */
  readonly performance: PerformanceStore;
  /** SKM questionnaires. */
  readonly surveys: SurveyResponseStore;
}
