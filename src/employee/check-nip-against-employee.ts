import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, yearOf } from '../core';
import { isParsed } from '../core/parsed';
import { concludeCheck, type ConsistencyCheck } from './consistency';
import { NIP_PNS_BASIS, NIP_PPPK_BASIS, type EmployeeError, type EmployeeReason, type EmployeeReasonCode } from './errors';
import { decodeNip } from './nip';
import { EMPLOYEE_KIND } from './parse-employee';
import { nipRecordSchema, type Employee, type NipRecord } from './schemas';

/** The arguments of {@link checkNipAgainstEmployee} for a record the library has not parsed, checked together. */
const argumentsSchema = /* @__PURE__ */ (() => z.object({ nip: z.string(), employee: nipRecordSchema }))();

/** A checked record: an {@link Employee}, or what {@link nipRecordSchema} outputs. */
type CheckedNipRecord = Employee | z.output<typeof nipRecordSchema>;

function mismatch(code: EmployeeReasonCode, basis: typeof NIP_PNS_BASIS, id: string, en: string, data: Record<string, unknown>): EmployeeReason {
  return reason(code, 'error', basis, { id, en }, data);
}

/**
 * Checks that a NIP agrees with an employee record (docs/interpretations.md#nip-layout): the birth date (digits 1–8) and the gender
 * (digit 15); when the record has them, the layout against the kind (PPPK ↔ NI PPPK), the TMT CPNS month of a PNS
 * or CPNS (digits 9–14) and the first-contract year of a PPPK (digits 9–12). The NIP's own warnings (an
 * appointment before 18) are passed on.
 *
 * @param nip - The NIP, in any form {@link parseNip} accepts.
 * @param employee - An {@link Employee} from {@link parseEmployee}, used as it is; or any record with `birthDate`
 *   and `gender`, optionally `kind`, `tmtCpns` and `contract`, which is checked first.
 * @returns `Ok(ConsistencyCheck)` with an error reason per mismatch (`employee/nip-birth-date-mismatch`,
 *   `…-gender-mismatch`, `…-layout-mismatch`, `…-tmt-mismatch`, `…-appointment-year-mismatch`) or an
 *   `employee/nip-matches-record` confirmation; `Err` for an invalid NIP or record.
 * @example
 * ```ts
 * import { checkNipAgainstEmployee } from 'asn-kit/employee';
 * checkNipAgainstEmployee('19660801 198803 1 001', { birthDate: '1966-08-01', gender: 'male', tmtCpns: '1988-03-01' })
 *   .map((check) => check.consistent); // => Ok(true)
 * checkNipAgainstEmployee('196608011988031001', { birthDate: '1966-08-01', gender: 'female' }).match(
 *   (check) => check.reasons.map((found) => found.code),
 *   (error) => [error.code],
 * ); // => ['employee/nip-gender-mismatch']
 * ```
 */
export function checkNipAgainstEmployee(nip: string, employee: NipRecord): Result<ConsistencyCheck, EmployeeError> {
  const given: unknown = nip; // a JavaScript caller may pass anything
  if (typeof given === 'string' && isParsed(employee, EMPLOYEE_KIND)) return compare(given, employee as Employee);
  return validate(argumentsSchema, { nip, employee }, 'employee/invalid-input').andThen((input) => compare(input.nip, input.employee));
}

/** Compares a NIP with a checked record (the unchecked core of {@link checkNipAgainstEmployee}). */
function compare(nip: string, record: CheckedNipRecord): Result<ConsistencyCheck, EmployeeError> {
  return decodeNip(nip).andThen((parsed) => {
    const basis = parsed.layout === 'pns' ? NIP_PNS_BASIS : NIP_PPPK_BASIS;
    const reasons: EmployeeReason[] = [...parsed.reasons];
    if (parsed.birthDate !== record.birthDate) {
      reasons.push(
        mismatch('employee/nip-birth-date-mismatch', basis, 'Tanggal lahir pada NIP berbeda dengan data pegawai.',
          'The birth date in the NIP differs from the record.', { nip: parsed.birthDate, record: record.birthDate }),
      );
    }
    if (parsed.gender !== record.gender) {
      reasons.push(
        mismatch('employee/nip-gender-mismatch', basis, 'Jenis kelamin pada NIP berbeda dengan data pegawai.',
          'The gender in the NIP differs from the record.', { nip: parsed.gender, record: record.gender }),
      );
    }
    if (record.kind !== undefined && (record.kind === 'PPPK') !== (parsed.layout === 'pppk')) {
      reasons.push(
        mismatch('employee/nip-layout-mismatch', basis, `Susunan NIP (${parsed.layout.toUpperCase()}) tidak sesuai dengan jenis pegawai ${record.kind}.`,
          `The NIP layout (${parsed.layout.toUpperCase()}) does not fit an employee of kind ${record.kind}.`, { layout: parsed.layout, kind: record.kind }),
      );
    }
    if (parsed.layout === 'pns' && record.tmtCpns !== undefined && record.tmtCpns.slice(0, 7) !== parsed.tmtCpns.slice(0, 7)) {
      reasons.push(
        mismatch('employee/nip-tmt-mismatch', basis, 'Tahun dan bulan TMT CPNS pada NIP berbeda dengan data pegawai.',
          'The year and month of TMT CPNS in the NIP differ from the record.', { nip: parsed.tmtCpns.slice(0, 7), record: record.tmtCpns }),
      );
    }
    const firstContract = record.contract?.firstStart ?? record.contract?.start;
    if (parsed.layout === 'pppk' && firstContract !== undefined && yearOf(firstContract) !== parsed.appointmentYear) {
      reasons.push(
        mismatch('employee/nip-appointment-year-mismatch', basis, 'Tahun pengangkatan pada NI PPPK berbeda dengan awal perjanjian kerja pertama.',
          "The appointment year in the NI PPPK differs from the first contract's start.", { nip: parsed.appointmentYear, record: firstContract }),
      );
    }
    return ok(
      concludeCheck(
        reasons,
        reason('employee/nip-matches-record', 'info', basis, {
          id: 'NIP sesuai dengan data pegawai.',
          en: 'The NIP matches the record.',
        }),
      ),
    );
  });
}
