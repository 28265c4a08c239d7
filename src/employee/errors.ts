import { err, type Err } from 'neverthrow';
import { asnError, type AsnError, type AsnErrorOf, type ErrorBuilder } from '../core/errors';
import { invalidInput, type InvalidInputError } from '../core/input-error';
import type { IsoDate } from '../core/iso-date';
import type { LegalBasis } from '../core/legal-basis';
import type { LocalizedText, Reason } from '../core/reason';
import { deepFrozen } from '../core/frozen';
import type { BupCategory } from './rules/bup';

/**
 * The `data` of each error code of `asn-kit/employee`. Each code names the part of the input that is wrong.
 *
 * - `employee/invalid-input` — the input does not have the expected shape (`data.issues` lists the paths).
 * - `employee/invalid-nip-characters`, `…-length`, `…-birth-date`, `…-appointment-month`, `…-pppk-marker`,
 *   `…-contract-count`, `…-appointment-date`, `…-gender`, `…-sequence` — the part of a NIP that is wrong
 *   (docs/interpretations.md#nip-layout); `data.input` is the NIP as typed.
 * - `employee/invalid-nik-characters`, `…-length`, `…-region`, `…-birth-date`, `…-sequence` — the part of a NIK
 *   that is wrong; `data.input` is the NIK as typed.
 * - `employee/unknown-golongan` — not a PNS golongan/ruang (I/a–IV/e) nor a PPPK golongan (I–XVII).
 * - `employee/invalid-service-period` — a service period that ends before it starts.
 * - `employee/no-bup-rule` — no retirement-age rule of asn-kit's table is in force when the employee reaches it.
 *
 * @example
 * ```ts
 * import type { EmployeeErrorData } from 'asn-kit/employee';
 * const data: EmployeeErrorData['employee/invalid-nip-length'] = { input: '123', length: 3 };
 * ```
 */
export interface EmployeeErrorData {
  /** Every issue with its path. */
  readonly 'employee/invalid-input': InvalidInputError<'employee/invalid-input'>['data'];
  /** The NIP as typed. */
  readonly 'employee/invalid-nip-characters': { readonly input: string };
  /** The NIP as typed and its number of digits. */
  readonly 'employee/invalid-nip-length': { readonly input: string; readonly length: number };
  /** Digits 1–8. */
  readonly 'employee/invalid-nip-birth-date': { readonly input: string; readonly digits: string };
  /** Digits 13–14. */
  readonly 'employee/invalid-nip-appointment-month': { readonly input: string; readonly digits: string };
  /** Digits 13–14. */
  readonly 'employee/invalid-nip-pppk-marker': { readonly input: string; readonly digits: string };
  /** Digits 13–14. */
  readonly 'employee/invalid-nip-contract-count': { readonly input: string; readonly digits: string };
  /** Digits 9–14 and the birth date read from digits 1–8. */
  readonly 'employee/invalid-nip-appointment-date': { readonly input: string; readonly digits: string } & { readonly birthDate: IsoDate };
  /** Digit 15. */
  readonly 'employee/invalid-nip-gender': { readonly input: string; readonly digit: string };
  /** Digits 16–18. */
  readonly 'employee/invalid-nip-sequence': { readonly input: string; readonly digits: string };
  /** The NIK as typed. */
  readonly 'employee/invalid-nik-characters': { readonly input: string };
  /** The NIK as typed and its number of digits. */
  readonly 'employee/invalid-nik-length': { readonly input: string; readonly length: number };
  /** Digits 1–6. */
  readonly 'employee/invalid-nik-region': { readonly input: string; readonly digits: string };
  /** Digits 7–12. */
  readonly 'employee/invalid-nik-birth-date': { readonly input: string; readonly digits: string };
  /** Digits 13–16. */
  readonly 'employee/invalid-nik-sequence': { readonly input: string; readonly digits: string };
  /** The golongan given, or the type of a value that is not a string. */
  readonly 'employee/unknown-golongan': { readonly input: string };
  /** The two ends of the period. */
  readonly 'employee/invalid-service-period': { readonly from: IsoDate; readonly to: IsoDate };
  /** The position group, with the birth date (a retirement date) or the date asked about (a retirement age). */
  readonly 'employee/no-bup-rule':
    | { readonly category: BupCategory; readonly birthDate: IsoDate }
    | { readonly category: BupCategory; readonly on: IsoDate };
}

/**
 * The error codes of `asn-kit/employee` (each described at {@link EmployeeErrorData}).
 *
 * @example
 * ```ts
 * import type { EmployeeErrorCode } from 'asn-kit/employee';
 * const code: EmployeeErrorCode = 'employee/invalid-nip-sequence';
 * ```
 */
export type EmployeeErrorCode = keyof EmployeeErrorData;

/**
 * The error value of every `asn-kit/employee` function: a coded {@link AsnError} with messages in Bahasa
 * Indonesia and English, one member per code, so that a test of `error.code` gives `error.data` the fields of that
 * code ({@link EmployeeErrorData}).
 *
 * @example
 * ```ts
 * import { parseNip, type EmployeeError } from 'asn-kit/employee';
 * parseNip('196608011988031000').mapErr((error: EmployeeError) => error.code);
 * // => Err('employee/invalid-nip-sequence')
 * parseNip('1966').match(
 *   () => 0,
 *   (error) => (error.code === 'employee/invalid-nip-length' ? error.data.length : 0),
 * ); // => 4
 * ```
 */
export type EmployeeError = AsnErrorOf<EmployeeErrorData>;

/**
 * The codes of the reasons (explanations, warnings and findings) that `asn-kit/employee` decisions carry:
 *
 * - `employee/appointed-under-18` (warning) — the NIP's appointment falls before the 18th birthday (docs/interpretations.md#nip-layout).
 * - `employee/rank` — the pangkat or PPPK golongan and its basis.
 * - `employee/bup`, `employee/retirement-date`, `employee/leap-day-birthday` — the retirement age, TMT pensiun
 *   and the 29 February reading (docs/interpretations.md#retirement-date, #retirement-age).
 * - `employee/professor-extension-available`, `employee/professor-extension-not-applicable` (warning) — the
 *   extension of a professor's retirement age to 70.
 * - `employee/pension-entitled`, `employee/pension-not-entitled` (warning) — the 10-year pension service.
 * - `employee/nip-*-mismatch`, `employee/nik-*-mismatch` (error) and `employee/nip-matches-record`,
 *   `employee/nik-matches-nip` — the outcome of a consistency check.
 *
 * @example
 * ```ts
 * import type { EmployeeReasonCode } from 'asn-kit/employee';
 * const code: EmployeeReasonCode = 'employee/appointed-under-18';
 * ```
 */
export type EmployeeReasonCode =
  | 'employee/appointed-under-18'
  | 'employee/rank'
  | 'employee/bup'
  | 'employee/retirement-date'
  | 'employee/leap-day-birthday'
  | 'employee/professor-extension-available'
  | 'employee/professor-extension-not-applicable'
  | 'employee/pension-entitled'
  | 'employee/pension-not-entitled'
  | 'employee/nip-birth-date-mismatch'
  | 'employee/nip-gender-mismatch'
  | 'employee/nip-layout-mismatch'
  | 'employee/nip-tmt-mismatch'
  | 'employee/nip-appointment-year-mismatch'
  | 'employee/nip-matches-record'
  | 'employee/nik-birth-date-mismatch'
  | 'employee/nik-gender-mismatch'
  | 'employee/nik-matches-nip';

/**
 * A reason given by an `asn-kit/employee` decision.
 *
 * @example
 * ```ts
 * import { rankOf, type EmployeeReason } from 'asn-kit/employee';
 * const why: EmployeeReason | undefined = rankOf('III/d').match((rank) => rank.reasons[0], () => undefined);
 * why?.code; // => 'employee/rank'
 * ```
 */
export type EmployeeReason = Reason<EmployeeReasonCode>;

/** Builds an employee error, its data checked against its code (internal). */
const employeeError: ErrorBuilder<EmployeeErrorData> = asnError;

/** The basis of the PNS NIP layout (Perka BKN 22/2007) as asn-kit reads it. */
export const NIP_PNS_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'Perka BKN 22/2007', interpretation: 'nip-layout' });

/** The basis of the NI PPPK layout: asn-kit's reading of observed practice, no regulation text was read. */
export const NIP_PPPK_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'asn-kit',
  note: 'NI PPPK layout YYYYMMDD YYYY 2 K G NNN as used in practice',
  evidence: 'interpretation',
  interpretation: 'nip-layout',
});

/** The basis of the NIK layout (population number). */
export const NIK_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 24/2013',
  note: 'NIK layout PP KK CC DDMMYY NNNN; women add 40 to the day (Dukcapil practice)',
  evidence: 'secondary-source',
});

/** The codes of a wrong NIP, each naming the part that is wrong (the layouts of Perka BKN 22/2007 and of the NI PPPK). */
export type NipErrorCode = Extract<EmployeeErrorCode, `employee/invalid-nip-${string}`>;

/** The codes of a wrong NIK, each naming the part that is wrong. */
export type NikErrorCode = Extract<EmployeeErrorCode, `employee/invalid-nik-${string}`>;

/** The other codes with a fixed basis and message. */
type OtherErrorCode = Exclude<EmployeeErrorCode, 'employee/invalid-input' | NipErrorCode | NikErrorCode>;

/** The basis and message of each code. One table per family, so a bundle of the NIP functions holds only theirs. */
type Messages<Code extends string> = Readonly<Record<Code, readonly [LegalBasis, LocalizedText]>>;

const NIP_MESSAGES: Messages<NipErrorCode> = /* @__PURE__ */ deepFrozen({
  'employee/invalid-nip-characters': [
    NIP_PNS_BASIS,
    {
      id: 'NIP hanya boleh berisi angka (spasi dan titik pemisah diabaikan).',
      en: 'A NIP may only hold digits (separating spaces and dots are ignored).',
    },
  ],
  'employee/invalid-nip-length': [
    NIP_PNS_BASIS,
    { id: 'NIP harus terdiri atas 18 angka.', en: 'A NIP must have exactly 18 digits.' },
  ],
  'employee/invalid-nip-birth-date': [
    NIP_PNS_BASIS,
    {
      id: 'Angka 1–8 NIP bukan tanggal lahir yang valid (YYYYMMDD).',
      en: 'Digits 1–8 of the NIP are not a real birth date (YYYYMMDD).',
    },
  ],
  'employee/invalid-nip-appointment-month': [
    NIP_PNS_BASIS,
    {
      id: 'Angka 13–14 NIP PNS harus bulan TMT CPNS (01–12).',
      en: 'Digits 13–14 of a PNS NIP must be the month of the TMT CPNS (01–12).',
    },
  ],
  'employee/invalid-nip-pppk-marker': [
    NIP_PPPK_BASIS,
    {
      id: 'Angka 13–14 NIP bukan bulan (01–12) dan angka 13 bukan penanda PPPK 2.',
      en: 'Digits 13–14 of the NIP are not a month (01–12), and digit 13 is not the PPPK marker 2.',
    },
  ],
  'employee/invalid-nip-contract-count': [
    NIP_PPPK_BASIS,
    {
      id: 'Angka 14 NI PPPK (jumlah perjanjian kerja) harus 1–9.',
      en: 'Digit 14 of a NI PPPK (the contract count) must be 1–9.',
    },
  ],
  'employee/invalid-nip-appointment-date': [
    NIP_PNS_BASIS,
    {
      id: 'Waktu pengangkatan dalam NIP (angka 9–14) harus sesudah tanggal lahir dan dalam tahun 1900–2999.',
      en: 'The appointment encoded in the NIP (digits 9–14) must be after the birth date and within 1900–2999.',
    },
  ],
  'employee/invalid-nip-gender': [
    NIP_PNS_BASIS,
    {
      id: 'Angka 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).',
      en: 'Digit 15 of the NIP (gender) must be 1 (male) or 2 (female).',
    },
  ],
  'employee/invalid-nip-sequence': [
    NIP_PNS_BASIS,
    { id: 'Nomor urut NIP (angka 16–18) tidak boleh 000.', en: 'The NIP sequence (digits 16–18) must not be 000.' },
  ],
});

const NIK_MESSAGES: Messages<NikErrorCode> = /* @__PURE__ */ deepFrozen({
  'employee/invalid-nik-characters': [
    NIK_BASIS,
    { id: 'NIK hanya boleh berisi angka.', en: 'A NIK may only hold digits.' },
  ],
  'employee/invalid-nik-length': [NIK_BASIS, { id: 'NIK harus terdiri atas 16 angka.', en: 'A NIK must have exactly 16 digits.' }],
  'employee/invalid-nik-region': [
    NIK_BASIS,
    {
      id: 'Kode provinsi, kabupaten/kota atau kecamatan dalam NIK tidak boleh 00.',
      en: 'The province, regency/city or district code of the NIK must not be 00.',
    },
  ],
  'employee/invalid-nik-birth-date': [
    NIK_BASIS,
    {
      id: 'Angka 7–12 NIK bukan tanggal lahir yang valid (DDMMYY; perempuan: tanggal + 40).',
      en: 'Digits 7–12 of the NIK are not a real birth date (DDMMYY; women: day + 40).',
    },
  ],
  'employee/invalid-nik-sequence': [
    NIK_BASIS,
    { id: 'Nomor urut NIK (angka 13–16) tidak boleh 0000.', en: 'The NIK sequence (digits 13–16) must not be 0000.' },
  ],
});

const OTHER_MESSAGES: Messages<OtherErrorCode> = /* @__PURE__ */ deepFrozen({
  'employee/unknown-golongan': [
    { instrument: 'PP 99/2000', article: 'Lampiran', note: 'PPPK golongan I–XVII: Perpres 98/2020' },
    {
      id: 'Golongan tidak dikenal: PNS I/a–IV/e, PPPK I–XVII.',
      en: 'Unknown golongan: PNS I/a–IV/e, PPPK I–XVII.',
    },
  ],
  'employee/invalid-service-period': [
    { instrument: 'asn-kit', note: 'periods run forward', interpretation: 'dates-without-time-zone' },
    { id: 'Akhir masa kerja sebelum awalnya.', en: 'The end of the service period is before its start.' },
  ],
  'employee/no-bup-rule': [
    { instrument: 'asn-kit', note: 'rule table employee/bup' },
    {
      id: 'Tidak ada ketentuan BUP dalam tabel asn-kit yang berlaku ketika pegawai mencapai usia pensiun.',
      en: "No retirement-age rule of asn-kit's table is in force when the employee reaches it.",
    },
  ],
});

/**
 * Builds the `Err` of a NIP error code with its standard basis and message.
 *
 * @param code - The error code.
 * @param data - The values involved.
 * @returns `Err` holding the error value.
 */
export function nipFail<Code extends NipErrorCode>(code: Code, data: EmployeeErrorData[Code]): Err<never, AsnError<Code, EmployeeErrorData[Code]>> {
  const [basis, message] = NIP_MESSAGES[code];
  return err(employeeError(code, basis, message, data));
}

/**
 * Builds the `Err` of a NIK error code with its standard basis and message.
 *
 * @param code - The error code.
 * @param data - The values involved.
 * @returns `Err` holding the error value.
 */
export function nikFail<Code extends NikErrorCode>(code: Code, data: EmployeeErrorData[Code]): Err<never, AsnError<Code, EmployeeErrorData[Code]>> {
  const [basis, message] = NIK_MESSAGES[code];
  return err(employeeError(code, basis, message, data));
}

/**
 * Builds the `Err` of another employee error code (golongan, service period, BUP rule) with its standard basis
 * and message.
 *
 * @param code - The error code.
 * @param data - The values involved.
 * @returns `Err` holding the error value.
 */
export function employeeFail<Code extends OtherErrorCode>(code: Code, data: EmployeeErrorData[Code]): Err<never, AsnError<Code, EmployeeErrorData[Code]>> {
  const [basis, message] = OTHER_MESSAGES[code];
  return err(employeeError(code, basis, message, data));
}

/** The type name zod's messages use for a value ("expected string, received number"). */
function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * The `employee/invalid-input` error for arguments that must be strings and are not, built without zod so that the
 * NIP and NIK functions bundle without it: core's `invalidInput` with every issue and its path, in both languages.
 *
 * @param values - The arguments by path (`''` for a function's only input), e.g. `{ nik, nip }`.
 * @returns The error, or `undefined` when every value is a string.
 */
export function notStringsError(values: Readonly<Record<string, unknown>>): Err<never, EmployeeError> | undefined {
  const wrong = Object.entries(values).filter(([, value]) => typeof value !== 'string');
  if (wrong.length === 0) return undefined;
  const issue = (message: string) => ([path, value]: readonly [string, unknown]) => ({ path, message: `${message}${typeName(value)}` });
  return err(invalidInput('employee/invalid-input', wrong.map(issue('Invalid input: expected string, received ')),
    wrong.map(issue('Input tidak valid: diharapkan string, diterima '))));
}
