import type { ResultAsync } from 'neverthrow';
import type { Employee } from '../employee';
import type { PortsError } from './errors';

/**
 * Where employees are kept, keyed by NIP. An adapter returns employees it read through `parseEmployee` (see
 * `readStored`), so every value it hands out is a parsed, frozen {@link Employee}.
 *
 * @example
 * ```ts
 * import type { EmployeeStore } from 'asn-kit/ports';
 * const unitSize = (store: EmployeeStore, unit: string) => store.list({ workUnitId: unit }).map((list) => list.length);
 * ```
 */
export interface EmployeeStore {
  /**
   * Stores employees, replacing any with the same NIP, all or none.
   *
   * @param employees - Parsed employees.
   */
  put(employees: readonly Employee[]): ResultAsync<void, PortsError>;
  /**
   * One employee.
   *
   * @param nip - The NIP (18 digits).
   * @returns The employee, or `ports/not-found`.
   */
  get(nip: string): ResultAsync<Employee, PortsError>;
  /**
   * Employees in NIP order, optionally of one work unit.
   *
   * @param query - `workUnitId`: only that unit's employees.
   */
  list(query?: EmployeeQuery): ResultAsync<readonly Employee[], PortsError>;
}

/**
 * Which employees {@link EmployeeStore.list} returns.
 *
 * @example
 * ```ts
 * import type { EmployeeQuery } from 'asn-kit/ports';
 * const query: EmployeeQuery = { workUnitId: 'disdik' };
 * ```
 */
export interface EmployeeQuery {
  /** Only the employees of this work unit (its `id`). */
  readonly workUnitId?: string;
}
