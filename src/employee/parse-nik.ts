import { ok, type Result } from 'neverthrow';
import { isoDateFromParts } from '../core/iso-date';
import { nikFail, notStringsError, type EmployeeError } from './errors';
import { stripSeparators } from './nip';
import type { Gender } from './schemas';

/**
 * A decoded NIK (Nomor Induk Kependudukan), layout `PP KK CC DDMMYY NNNN`.
 *
 * @example
 * ```ts
 * import { parseNik } from 'asn-kit/employee';
 * parseNik('3515144508680002').map((nik) => nik.birthDay); // => Ok(5)
 * ```
 */
export interface ParsedNik {
  /** The 16 digits, without separators. */
  readonly nik: string;
  /** Digits 1–2: the province code, e.g. `'12'` (Sumatera Utara). */
  readonly province: string;
  /** Digits 3–4: the regency or city code within the province, e.g. `'75'` (Kota Medan). */
  readonly regency: string;
  /** Digits 5–6: the district (kecamatan) code within the regency or city. */
  readonly district: string;
  /** The day of birth, 1–31 (for a woman the NIK holds day + 40). */
  readonly birthDay: number;
  /** The month of birth, 1–12. */
  readonly birthMonth: number;
  /** The last two digits of the year of birth, 0–99 (the NIK does not hold the century). */
  readonly birthYear: number;
  /** Gender: female when the day digits are 41–71. */
  readonly gender: Gender;
  /** Digits 13–16: the sequence number, 1–9999. */
  readonly sequence: number;
}

/**
 * Decodes a NIK, the 16-digit population number: province, regency/city and district codes, the birth date as
 * DDMMYY (a woman's day is written + 40, so 41–71) and a sequence number. Spaces and dots are ignored.
 * The century is not in the NIK; {@link checkNikAgainstNip} takes it from the NIP.
 *
 * @param input - The NIK as typed (any value: a non-string is an error, never a throw).
 * @returns `Ok(ParsedNik)`; or `Err` with `employee/invalid-input` (not a string) or an `employee/invalid-nik-*`
 *   code naming the wrong part (characters, length, region, birth date, sequence).
 * @example
 * ```ts
 * import { parseNik } from 'asn-kit/employee';
 * parseNik('3515140508680001').unwrapOr(undefined);
 * // => { nik: '3515140508680001', province: '35', regency: '15', district: '14', birthDay: 5, birthMonth: 8,
 * //      birthYear: 68, gender: 'male', sequence: 1 }
 * parseNik('3515143208680001').match(
 *   (nik) => nik.gender,
 *   (error) => error.code,
 * ); // => 'employee/invalid-nik-birth-date'
 * ```
 */
export function parseNik(input: unknown): Result<ParsedNik, EmployeeError> {
  return notStringsError({ '': input }) ?? decodeNik(input as string);
}

/** Decodes the NIK string, naming the first wrong part. */
function decodeNik(raw: string): Result<ParsedNik, EmployeeError> {
  const nik = stripSeparators(raw);
  if (!/^\d*$/.test(nik)) return nikFail('employee/invalid-nik-characters', { input: raw });
  if (nik.length !== 16) return nikFail('employee/invalid-nik-length', { input: raw, length: nik.length });
  const province = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  const district = nik.slice(4, 6);
  if (province === '00' || regency === '00' || district === '00') {
    return nikFail('employee/invalid-nik-region', { input: raw, digits: nik.slice(0, 6) });
  }
  const dayDigits = Number(nik.slice(6, 8));
  const gender: Gender = dayDigits > 40 ? 'female' : 'male';
  const birthDay = gender === 'female' ? dayDigits - 40 : dayDigits;
  const birthMonth = Number(nik.slice(8, 10));
  const birthYear = Number(nik.slice(10, 12));
  // 2000 + yy is a leap year exactly when yy is divisible by 4, so 29 February is accepted for those years.
  if (isoDateFromParts(2000 + birthYear, birthMonth, birthDay).isErr()) {
    return nikFail('employee/invalid-nik-birth-date', { input: raw, digits: nik.slice(6, 12) });
  }
  const sequence = Number(nik.slice(12));
  if (sequence === 0) return nikFail('employee/invalid-nik-sequence', { input: raw, digits: nik.slice(12) });
  return ok({ nik, province, regency, district, birthDay, birthMonth, birthYear, gender, sequence });
}
