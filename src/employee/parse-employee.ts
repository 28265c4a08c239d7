import type { Result } from 'neverthrow';
import { validate } from '../core';
import type { EmployeeError } from './errors';
import { employeeSchema, type Employee } from './schemas';

/**
 * Checks a raw employee record and returns it typed, with its defaults filled in (a 5-day week, no births, no
 * CLTN, `contract.firstStart` = `contract.start`) and the NIP without separators. The NIP must be valid and of
 * the kind's layout (RULINGS R-E1), the golongan must belong to the kind (PNS I/a–IV/e, PPPK I–XVII), and a PNS
 * or CPNS needs a TMT CPNS after the birth date, a PPPK a contract. Fields a kind does not use (a PNS's
 * `contract`, a PPPK's `tmtCpns`) are dropped.
 *
 * @param input - The raw record, e.g. parsed JSON from a form or an API.
 * @returns `Ok(Employee)`, or `Err` with code `employee/invalid-input` whose `data.issues` lists every problem
 *   with its path.
 * @example
 * ```ts
 * import { parseEmployee } from 'asn-kit/employee';
 * const result = parseEmployee({
 *   kind: 'PNS', nip: '19660801 198803 1 001', name: 'Amir', gender: 'male', birthDate: '1966-08-01',
 *   tmtCpns: '1988-03-01', golongan: 'IV/a', position: { type: 'pelaksana' },
 *   workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
 * });
 * result._unsafeUnwrap().nip; // => '196608011988031001'
 * result._unsafeUnwrap().workWeek; // => 5
 * parseEmployee({ kind: 'PNS' })._unsafeUnwrapErr().code; // => 'employee/invalid-input'
 * ```
 */
export function parseEmployee(input: unknown): Result<Employee, EmployeeError> {
  return validate(employeeSchema, input, 'employee/invalid-input');
}
