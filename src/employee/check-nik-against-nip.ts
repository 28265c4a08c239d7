import { ok, type Result } from 'neverthrow';
import { dayOf, monthOf, yearOf } from '../core/iso-date';
import { reason } from '../core/reason';
import { concludeCheck, type ConsistencyCheck } from './consistency';
import { NIK_BASIS, notStringsError, type EmployeeError, type EmployeeReason } from './errors';
import { decodeNip } from './nip';
import { parseNik } from './parse-nik';

/**
 * Checks that a NIK and a NIP belong to the same person: the NIK's birth date (DDMMYY, the century taken from the
 * NIP) and gender must match NIP digits 1–8 and 15.
 *
 * @param nik - The NIK, 16 digits (spaces and dots ignored).
 * @param nip - The NIP or NI PPPK, 18 digits (spaces and dots ignored).
 * @returns `Ok(ConsistencyCheck)` with an error reason per mismatch (`employee/nik-birth-date-mismatch`,
 *   `employee/nik-gender-mismatch`) or an `employee/nik-matches-nip` confirmation; `Err` when either number is
 *   invalid.
 * @example
 * ```ts
 * import { checkNikAgainstNip } from 'asn-kit/employee';
 * checkNikAgainstNip('3515144508680002', '196808052000032001').map((check) => check.consistent); // => Ok(true)
 * checkNikAgainstNip('3515140508680001', '196808052000032001').match(
 *   (check) => check.reasons.map((found) => found.code),
 *   (error) => [error.code],
 * ); // => ['employee/nik-gender-mismatch']
 * checkNikAgainstNip('123', '196808052000032001').isErr(); // => true ('employee/invalid-nik-length')
 * ```
 */
export function checkNikAgainstNip(nik: string, nip: string): Result<ConsistencyCheck, EmployeeError> {
  return (
    notStringsError({ nik, nip }) ??
    parseNik(nik).andThen((parsedNik) =>
      decodeNip(nip).andThen((parsedNip) => {
        const reasons: EmployeeReason[] = [];
        const nipBirth = parsedNip.birthDate;
        if (
          parsedNik.birthDay !== dayOf(nipBirth) ||
          parsedNik.birthMonth !== monthOf(nipBirth) ||
          parsedNik.birthYear !== yearOf(nipBirth) % 100
        ) {
          reasons.push(
            reason(
              'employee/nik-birth-date-mismatch',
              'error',
              NIK_BASIS,
              { id: 'Tanggal lahir pada NIK berbeda dengan NIP.', en: 'The birth date in the NIK differs from the NIP.' },
              { nik: parsedNik.nik.slice(6, 12), nip: nipBirth },
            ),
          );
        }
        if (parsedNik.gender !== parsedNip.gender) {
          reasons.push(
            reason(
              'employee/nik-gender-mismatch',
              'error',
              NIK_BASIS,
              { id: 'Jenis kelamin pada NIK berbeda dengan NIP.', en: 'The gender in the NIK differs from the NIP.' },
              { nik: parsedNik.gender, nip: parsedNip.gender },
            ),
          );
        }
        return ok(
          concludeCheck(
            reasons,
            reason('employee/nik-matches-nip', 'info', NIK_BASIS, {
              id: 'Tanggal lahir dan jenis kelamin pada NIK sesuai dengan NIP.',
              en: 'The birth date and gender in the NIK match the NIP.',
            }),
          ),
        );
      }),
    )
  );
}
