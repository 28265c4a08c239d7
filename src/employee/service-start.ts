import type { Result } from 'neverthrow';
import type { IsoDate } from '../core';
import type { EmployeeError } from './errors';
import { takeEmployee } from './parse-employee';
import type { Employee } from './schemas';

/**
 * The start of service of an already-parsed employee (internal: the leave module reads it on its hot path).
 *
 * @param employee - A parsed employee.
 * @returns TMT CPNS, or the start of the first PPPK contract.
 */
export function startOfService(employee: Employee): IsoDate {
  return employee.kind === 'PPPK' ? employee.contract.firstStart : employee.tmtCpns;
}

/**
 * The date an employee's service is counted from (docs/interpretations.md#eligibility-service): the TMT CPNS of a PNS or CPNS, the start of the
 * first contract of a PPPK. An employee from {@link parseEmployee} is used as it is; any other value is parsed
 * first, so a JavaScript caller gets an `Err`, never a throw.
 *
 * @param employee - An employee from {@link parseEmployee}.
 * @returns `Ok(date)`, or `Err` with code `employee/invalid-input` for a value that is not a valid employee.
 * @example
 * ```ts
 * import { parseEmployee, serviceStart } from 'asn-kit/employee';
 * parseEmployee({
 *   kind: 'PPPK', nip: '20001231 2024 21 1 001', name: 'Fajar', gender: 'male', birthDate: '2000-12-31',
 *   contract: { start: '2029-03-01', years: 5, firstStart: '2024-03-01' }, golongan: 'IX',
 *   position: { type: 'guru' }, workUnit: { id: 'disdik', name: 'Dinas Pendidikan Kota Medan' },
 * }).andThen(serviceStart).unwrapOr(undefined); // => '2024-03-01'
 * ```
 */
export function serviceStart(employee: Employee): Result<IsoDate, EmployeeError> {
  return takeEmployee(employee).map(startOfService);
}
