import { ok, type Result } from 'neverthrow';
import { isoDateFromParts, yearOf, type IsoDate } from '../core/iso-date';
import { reason } from '../core/reason';
import { nipFail, type EmployeeError, type EmployeeReason } from './errors';
import type { Gender } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The fields every decoded NIP has, whatever its layout.
 *
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * parseNip('198609262015051001').map((nip) => nip.birthDate); // => Ok('1986-09-26')
 * ```
 */
export interface NipFields {
  /** The 18 digits, without separators. */
  readonly nip: string;
  /** Digits 1–8: the birth date. */
  readonly birthDate: IsoDate;
  /** The year of the first appointment (digits 9–12). */
  readonly appointmentYear: number;
  /** Digit 15: `1` male, `2` female. */
  readonly gender: Gender;
  /** Digits 16–18: the sequence number, 1–999. */
  readonly sequence: number;
  /** Warnings about the NIP, e.g. `employee/appointed-under-18` (docs/interpretations.md#nip-layout); empty when there are none. */
  readonly reasons: readonly EmployeeReason[];
}

/**
 * A decoded PNS NIP, layout `YYYYMMDD YYYYMM G NNN` (Perka BKN 22/2007, docs/interpretations.md#nip-layout).
 *
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * parseNip('19660801.198803.1.001').map((nip) => (nip.layout === 'pns' ? nip.tmtCpns : undefined)); // => Ok('1988-03-01')
 * ```
 */
export interface PnsNip extends NipFields {
  /** The PNS layout. */
  readonly layout: 'pns';
  /** Digits 13–14: the month of the TMT CPNS, 1–12. */
  readonly appointmentMonth: number;
  /** The TMT CPNS the NIP encodes: the first day of the appointment month (appointments start on the 1st). */
  readonly tmtCpns: IsoDate;
}

/**
 * A decoded NI PPPK, layout `YYYYMMDD YYYY 2 K G NNN` (docs/interpretations.md#nip-layout): digit 13 is the PPPK marker 2, digit 14 the
 * contract count.
 *
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * parseNip('200012312024211001').map((nip) => (nip.layout === 'pppk' ? nip.contractCount : 0)); // => Ok(1)
 * ```
 */
export interface PppkNip extends NipFields {
  /** The PPPK layout. */
  readonly layout: 'pppk';
  /** Digit 13: the PPPK marker, always 2. */
  readonly marker: 2;
  /** Digit 14: the number of the work contract (jumlah perjanjian kerja), 1–9. */
  readonly contractCount: number;
}

/**
 * A decoded NIP of either layout; `layout` tells them apart.
 *
 * @example
 * ```ts
 * import { parseNip, type ParsedNip } from 'asn-kit/employee';
 * const parsed = parseNip('196303121991021005');
 * if (parsed.isOk()) {
 *   const nip: ParsedNip = parsed.value;
 *   nip.layout; // => 'pns'
 * }
 * ```
 */
export type ParsedNip = PnsNip | PppkNip;

const UNDER_18_BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'PP 11/2017', article: 'Pasal 23 ayat (1) huruf a', note: 'a warning, not an error', interpretation: 'nip-layout' } as const);

/**
 * Strips the separators a displayed NIP or NIK may carry (spaces and dots).
 *
 * @param raw - The number as typed.
 * @returns The bare characters.
 */
export function stripSeparators(raw: string): string {
  return raw.replace(/[ .]/g, '');
}

/**
 * Tells whether a NIP of 18 digits has the PNS layout (digits 13–14 a month, 01–12) rather than the NI PPPK layout
 * (digit 13 the PPPK marker 2), as {@link decodeNip} reads it (see docs/employee.md, "Open points settled here").
 *
 * @param nip - The 18 digits of a NIP without separators.
 * @returns `true` for the PNS layout.
 */
export function hasPnsLayout(nip: string): boolean {
  const digit = nip.charAt(12);
  return digit === '0' || digit === '1';
}

/**
 * The 18th birthday, a 29 February birth falling on 28 February (asn-kit's reading, see docs/employee.md, "Open
 * points settled here"): 18 years after a leap year is never a leap year. Plain arithmetic, without a `Date` or
 * date-fns, so the NIP functions bundle small and do not depend on the time zone.
 */
function eighteenthBirthday(birthDate: IsoDate): IsoDate {
  return `${yearOf(birthDate) + 18}${birthDate.endsWith('-02-29') ? '-02-28' : birthDate.slice(4)}` as IsoDate;
}

function under18(birthDate: IsoDate, appointedBy: IsoDate): EmployeeReason[] {
  const eighteenth = eighteenthBirthday(birthDate);
  if (appointedBy >= eighteenth) return [];
  return [
    reason(
      'employee/appointed-under-18',
      'warning',
      UNDER_18_BASIS,
      {
        id: 'Menurut NIP, pegawai diangkat sebelum berusia 18 tahun; periksa data (NIP hasil konversi 2007 mengikuti aturan lama).',
        en: 'According to the NIP the employee was appointed before turning 18; check the record (NIPs converted in 2007 follow older rules).',
      },
      { birthDate, eighteenthBirthday: eighteenth, appointedBy },
    ),
  ];
}

/**
 * Decodes a NIP of either layout (docs/interpretations.md#nip-layout), checking each part in order and naming the first wrong one.
 *
 * @param raw - The NIP as typed, with or without spaces and dots.
 * @returns `Ok(ParsedNip)`, or `Err` whose code names the wrong part.
 */
export function decodeNip(raw: string): Result<ParsedNip, EmployeeError> {
  const nip = stripSeparators(raw);
  if (!/^\d*$/.test(nip)) return nipFail('employee/invalid-nip-characters', { input: raw });
  if (nip.length !== 18) return nipFail('employee/invalid-nip-length', { input: raw, length: nip.length });
  const birth = isoDateFromParts(Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8)));
  if (birth.isErr()) return nipFail('employee/invalid-nip-birth-date', { input: raw, digits: nip.slice(0, 8) });
  const birthDate = birth.value;
  const appointmentYear = Number(nip.slice(8, 12));
  const layoutDigits = nip.slice(12, 14);
  const isPns = hasPnsLayout(nip);
  const appointmentMonth = Number(layoutDigits);
  const contractCount = Number(layoutDigits.charAt(1));
  if (isPns && (appointmentMonth < 1 || appointmentMonth > 12)) {
    return nipFail('employee/invalid-nip-appointment-month', { input: raw, digits: layoutDigits });
  }
  if (!isPns && !layoutDigits.startsWith('2')) {
    return nipFail('employee/invalid-nip-pppk-marker', { input: raw, digits: layoutDigits });
  }
  if (!isPns && contractCount === 0) {
    return nipFail('employee/invalid-nip-contract-count', { input: raw, digits: layoutDigits });
  }
  // A PNS is appointed on the 1st of the month; for a PPPK only the year is known, so the last day of that year
  // is the most favourable reading of the appointment.
  const appointed = isPns ? isoDateFromParts(appointmentYear, appointmentMonth, 1) : isoDateFromParts(appointmentYear, 12, 31);
  if (appointed.isErr() || appointed.value <= birthDate) {
    return nipFail('employee/invalid-nip-appointment-date', { input: raw, birthDate, digits: nip.slice(8, 14) });
  }
  const genderDigit = nip.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') {
    return nipFail('employee/invalid-nip-gender', { input: raw, digit: genderDigit });
  }
  const sequence = Number(nip.slice(15));
  if (sequence === 0) return nipFail('employee/invalid-nip-sequence', { input: raw, digits: nip.slice(15) });
  const fields: NipFields = {
    nip,
    birthDate,
    appointmentYear,
    gender: genderDigit === '1' ? 'male' : 'female',
    sequence,
    reasons: under18(birthDate, appointed.value),
  };
  return ok(
    isPns
      ? { layout: 'pns', ...fields, appointmentMonth, tmtCpns: appointed.value }
      : { layout: 'pppk', ...fields, marker: 2, contractCount },
  );
}

/**
 * Writes a NIP in its display form with spaces: PNS `19660801 198803 1 001`, PPPK `20001231 2024 21 1 001`.
 *
 * @param nip - A decoded NIP.
 * @returns The display form.
 */
export function displayNip(nip: ParsedNip): string {
  const digits = nip.nip;
  const middle = nip.layout === 'pns' ? digits.slice(8, 14) : `${digits.slice(8, 12)} ${digits.slice(12, 14)}`;
  return `${digits.slice(0, 8)} ${middle} ${digits.charAt(14)} ${digits.slice(15)}`;
}

