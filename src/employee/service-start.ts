import type { Result } from 'neverthrow';
import type { IsoDate } from '../core';
import type { EmployeeError } from './errors';
import { parseEmployee } from './parse-employee';
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
 * The date an employee's service is counted from (RULINGS R-L5): the TMT CPNS of a PNS or CPNS, the start of the
 * first contract of a PPPK. The record is checked like {@link parseEmployee} does, so raw input is welcome.
 *
 * @param employee - An employee record (raw, or from {@link parseEmployee}).
 * @returns `Ok(date)`, or `Err` with code `employee/invalid-input` for a record that is not a valid employee.
 * @example
 * ```ts
 * import { serviceStart } from 'asn-kit/employee';
 * serviceStart({
 *   kind: 'PPPK', nip: '20001231 2024 21 1 001', name: 'Fajar', gender: 'male', birthDate: '2000-12-31',
 *   contract: { start: '2029-03-01', years: 5, firstStart: '2024-03-01' }, golongan: 'IX',
 *   position: { type: 'guru' }, workUnit: { id: 'disdik', name: 'Dinas Pendidikan Kota Medan' },
 * })._unsafeUnwrap(); // => '2024-03-01'
 * serviceStart({ kind: 'PNS' })._unsafeUnwrapErr().code; // => 'employee/invalid-input'
 * ```
 */
export function serviceStart(employee: unknown): Result<IsoDate, EmployeeError> {
  return parseEmployee(employee).map(startOfService);
}
