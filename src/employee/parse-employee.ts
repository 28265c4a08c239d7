import { ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { parseInput, trustParsed, type LocalizedIssue } from '../core';
import { checkInput } from '../core/validate';
import { isParsed } from '../core/parsed';
import type { EmployeeError } from './errors';
import { hasPnsLayout } from './nip';
import { employeeSchema, type Employee } from './schemas';

/** The kind {@link parseEmployee} records its values under; other modules take an employee by it. */
export const EMPLOYEE_KIND = 'employee/employee';

const PNS_NIP = {
  id: 'Diharapkan NIP PNS yang valid (YYYYMMDD YYYYMM G NNN, Perka BKN 22/2007)',
  en: 'Expected a valid PNS NIP (YYYYMMDD YYYYMM G NNN, Perka BKN 22/2007)',
};
const PPPK_NIP = { id: 'Diharapkan NI PPPK yang valid (YYYYMMDD YYYY 2 K G NNN)', en: 'Expected a valid NI PPPK (YYYYMMDD YYYY 2 K G NNN)' };

/** The rules of an employee record that tie one field to another (the schema checks each field on its own). */
function crossCheck(employee: z.output<typeof employeeSchema>): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  if (employee.kind === 'PPPK') {
    if (hasPnsLayout(employee.nip)) issues.push({ path: 'nip', message: PPPK_NIP });
    if (employee.contract.firstStart > employee.contract.start) {
      issues.push({ path: 'contract.firstStart', message: {
        id: 'Kontrak pertama tidak boleh dimulai setelah kontrak saat ini',
        en: 'The first contract cannot start after the current one',
      } });
    }
  } else {
    if (!hasPnsLayout(employee.nip)) issues.push({ path: 'nip', message: PNS_NIP });
    if (employee.tmtCpns <= employee.birthDate) issues.push({ path: 'tmtCpns', message: { id: 'TMT CPNS harus setelah tanggal lahir', en: 'TMT CPNS must be after the birth date' } });
  }
  return issues;
}

/**
 * Parses an employee record at the boundary (a form, an API body, a database row) and returns a new, deeply
 * frozen {@link Employee} that every asn-kit function takes as it is, without checking it again. Defaults are filled
 * in (a 5-day week, no births, no CLTN, `contract.firstStart` = `contract.start`) and the NIP is written without
 * separators. The NIP must be valid and of the kind's layout (PNS: Perka BKN 22/2007), the golongan must belong to the kind
 * (PNS I/a–IV/e, PPPK I–XVII), and a PNS or CPNS needs a TMT CPNS after the birth date, a PPPK a contract whose
 * first start is not after its current one. Fields a kind does not use (a PNS's `contract`, a PPPK's `tmtCpns`)
 * and unknown keys are dropped. The caller's object is never changed or frozen, whether the parse succeeds or not.
 *
 * @param input - The raw record, e.g. parsed JSON from a form or an API (any value: bad input is an `Err`,
 *   never a throw).
 * @returns `Ok(Employee)`, or `Err` with code `employee/invalid-input` whose `data.issues` lists every problem
 *   with its path.
 * @example
 * ```ts
 * import { parseEmployee, retirementDate } from 'asn-kit/employee';
 * const parsed = parseEmployee({
 *   kind: 'PNS', nip: '19660801 198803 1 001', name: 'Amir', gender: 'male', birthDate: '1966-08-01',
 *   tmtCpns: '1988-03-01', golongan: 'IV/a', position: { type: 'pelaksana' },
 *   workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
 * });
 * if (parsed.isOk()) {
 *   parsed.value.nip; // => '196608011988031001'
 *   parsed.value.workWeek; // => 5
 *   retirementDate(parsed.value).map((retirement) => retirement.date); // => Ok('2024-09-01'), no second check
 * }
 * parseEmployee({ kind: 'PNS' }).match(
 *   () => 'ok',
 *   (error) => error.code,
 * ); // => 'employee/invalid-input'
 * ```
 */
export function parseEmployee(input: unknown): Result<Employee, EmployeeError> {
  if (isParsed(input, EMPLOYEE_KIND)) return ok(input as Employee);
  return parseInput(employeeSchema, input, 'employee/invalid-input', EMPLOYEE_KIND, crossCheck);
}

function checkEmployee(input: unknown): Result<Employee, EmployeeError> {
  return checkInput(employeeSchema, input, 'employee/invalid-input', crossCheck);
}

/**
 * An employee argument, taken (internal): a parsed employee as it is, anything else checked as {@link parseEmployee}
 * checks it but neither frozen nor recorded, for functions that only read it during the call.
 *
 * @param input - The argument as given.
 * @returns `Ok(employee)`, or the `Err` of {@link parseEmployee}.
 */
export function takeEmployee(input: unknown): Result<Employee, EmployeeError> {
  return trustParsed(input, EMPLOYEE_KIND, checkEmployee);
}
