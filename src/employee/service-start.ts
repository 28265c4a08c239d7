import type { IsoDate } from '../core';
import type { Employee } from './schemas';

/**
 * The date an employee's service is counted from (RULINGS R-L5): the TMT CPNS of a PNS or CPNS, the start of the
 * first contract of a PPPK.
 *
 * @param employee - An employee from {@link parseEmployee}.
 * @returns The start of service.
 * @example
 * ```ts
 * import { parseEmployee, serviceStart } from 'asn-kit/employee';
 * const employee = parseEmployee({
 *   kind: 'PPPK', nip: '20001231 2024 21 1 001', name: 'Fajar', gender: 'male', birthDate: '2000-12-31',
 *   contract: { start: '2029-03-01', years: 5, firstStart: '2024-03-01' }, golongan: 'IX',
 *   position: { type: 'guru' }, workUnit: { id: 'disdik', name: 'Dinas Pendidikan Kota Medan' },
 * })._unsafeUnwrap();
 * serviceStart(employee); // => '2024-03-01'
 * ```
 */
export function serviceStart(employee: Employee): IsoDate {
  return employee.kind === 'PPPK' ? employee.contract.firstStart : employee.tmtCpns;
}
