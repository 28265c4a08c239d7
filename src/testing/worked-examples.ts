import type { LegalBasis } from '../core';
import { deepFrozen } from '../core/frozen';

/**
 * One worked example of a rule: the input, the result the regulation gives, and where it says so. Feed `input` to
 * your own implementation (or to asn-kit's) and compare with `expected`: asn-kit's own tests run every example
 * here against the library.
 *
 * @typeParam Input - What the rule is applied to.
 * @typeParam Expected - What it must give.
 * @example
 * ```ts
 * import type { WorkedExample } from 'asn-kit/testing';
 * const example: WorkedExample<number, string | null> = { name: '2 days: no sanction', input: 2, expected: null,
 *   basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b' } };
 * ```
 */
export interface WorkedExample<Input, Expected> {
  /** What the example shows. */
  readonly name: string;
  /** The input. */
  readonly input: Input;
  /** The expected result. */
  readonly expected: Expected;
  /** The rule that gives the result. */
  readonly basis: LegalBasis;
}

const NIP_BASIS = { instrument: 'Peraturan Kepala BKN 22/2007', note: 'NIP: birth date, TMT CPNS, sex, sequence' } as const;

/**
 * NIPs, valid and invalid: what `parseNip` reads from each, or the code of the first wrong part. The PNS layout is
 * that of Peraturan Kepala BKN 22/2007 (`YYYYMMDD YYYYMM G NNN`); the PPPK one reads digits 13–14 as the marker 2 and
 * the contract count.
 *
 * @example
 * ```ts
 * import { parseNip } from 'asn-kit/employee';
 * import { NIP_EXAMPLES } from 'asn-kit/testing';
 * NIP_EXAMPLES.every((example) => parseNip(example.input).isOk() === example.expected.valid); // => true
 * ```
 */
export const NIP_EXAMPLES: readonly WorkedExample<string,
  | { readonly valid: true; readonly layout: 'pns' | 'pppk'; readonly birthDate: string; readonly gender: 'male' | 'female'; readonly sequence: number }
  | { readonly valid: false; readonly code: string }>[] = /* @__PURE__ */ deepFrozen([
  { name: 'Perban BKN 24/2017 contoh: born 1963-03-12, TMT 1991-02, male, 005', input: '196303121991021005',
    expected: { valid: true, layout: 'pns', birthDate: '1963-03-12', gender: 'male', sequence: 5 }, basis: NIP_BASIS },
  { name: 'Perka BKN 22/2007 contoh in display form: born 1966-08-01, TMT 1988-03, male', input: '19660801.198803.1.001',
    expected: { valid: true, layout: 'pns', birthDate: '1966-08-01', gender: 'male', sequence: 1 }, basis: NIP_BASIS },
  { name: 'born 1986-09-26, TMT 2015-05, male', input: '198609262015051001',
    expected: { valid: true, layout: 'pns', birthDate: '1986-09-26', gender: 'male', sequence: 1 }, basis: NIP_BASIS },
  { name: 'born 1995-02-28, TMT 2020-12, female', input: '199502282020122001',
    expected: { valid: true, layout: 'pns', birthDate: '1995-02-28', gender: 'female', sequence: 1 }, basis: NIP_BASIS },
  { name: 'PPPK, first contract 2024', input: '200012312024211001',
    expected: { valid: true, layout: 'pppk', birthDate: '2000-12-31', gender: 'male', sequence: 1 }, basis: NIP_BASIS },
  { name: 'appointment month 13', input: '19660801198813 1 001',
    expected: { valid: false, code: 'employee/invalid-nip-appointment-month' }, basis: NIP_BASIS },
  { name: 'sequence 000', input: '196608011988031000', expected: { valid: false, code: 'employee/invalid-nip-sequence' }, basis: NIP_BASIS },
  { name: 'sex digit 3', input: '196608011988033001', expected: { valid: false, code: 'employee/invalid-nip-gender' }, basis: NIP_BASIS },
  { name: '17 digits', input: '19660801198803100', expected: { valid: false, code: 'employee/invalid-nip-length' }, basis: NIP_BASIS },
  { name: 'born 30 February', input: '196602301988031001', expected: { valid: false, code: 'employee/invalid-nip-birth-date' }, basis: NIP_BASIS },
]);

const DAYS_OFF_BASIS = {
  instrument: 'PP 11/2017', article: 'Pasal 311 ayat (2)',
  note: 'days off: the national holidays and cuti bersama of each year (SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB; Keppres cuti bersama ASN)',
} as const;

/**
 * Working days in a 5-day-week unit: how many fall between two dates (both included), or the day a span of
 * working days starting on a date ends — holidays and cuti bersama of 2024–2026 left out.
 *
 * @example
 * ```ts
 * import { countWorkingDays, createCalendar, workingSpanEnd } from 'asn-kit/calendar';
 * import { WORKING_DAY_EXAMPLES } from 'asn-kit/testing';
 * const calendar = createCalendar();
 * if (calendar.isOk()) {
 *   WORKING_DAY_EXAMPLES.every(({ input, expected }) => ('to' in input
 *     ? countWorkingDays(calendar.value, input.from, input.to).unwrapOr(null) === expected
 *     : workingSpanEnd(calendar.value, input.from, input.days).unwrapOr(null) === expected)); // => true
 * }
 * ```
 */
export const WORKING_DAY_EXAMPLES: readonly WorkedExample<
  { readonly from: string; readonly to: string } | { readonly from: string; readonly days: number }, number | string>[] = /* @__PURE__ */ deepFrozen([
  { name: 'Mon 2025-03-24 to Fri 2025-04-11: Nyepi, Idulfitri and its cuti bersama left out', input: { from: '2025-03-24', to: '2025-04-11' }, expected: 8, basis: DAYS_OFF_BASIS },
  { name: 'Mon 2024-04-01 to Fri 2024-04-19', input: { from: '2024-04-01', to: '2024-04-19' }, expected: 9, basis: DAYS_OFF_BASIS },
  { name: 'Mon 2026-03-16 to Fri 2026-03-27', input: { from: '2026-03-16', to: '2026-03-27' }, expected: 5, basis: DAYS_OFF_BASIS },
  { name: 'Mon 2026-12-21 to Thu 2026-12-31: 24 December cuti bersama, Christmas', input: { from: '2026-12-21', to: '2026-12-31' }, expected: 7, basis: DAYS_OFF_BASIS },
  { name: '12 working days from Mon 2025-03-24', input: { from: '2025-03-24', days: 12 }, expected: '2025-04-17', basis: DAYS_OFF_BASIS },
  { name: '12 working days from Mon 2026-03-16', input: { from: '2026-03-16', days: 12 }, expected: '2026-04-08', basis: DAYS_OFF_BASIS },
  { name: '6 working days from Mon 2025-08-11: 17 August a Sunday, 18 August cuti bersama', input: { from: '2025-08-11', days: 6 }, expected: '2025-08-19', basis: DAYS_OFF_BASIS },
]);

/**
 * Retirement dates (TMT pensiun): the birthday at the position's retirement age (the law in force on that
 * birthday: UU 20/2023 from 31 October 2023), the last day of that month as the last day of service, and the first
 * day of the next month as TMT pensiun (PP 11/2017 Pasal 239 ayat (1)).
 *
 * @example
 * ```ts
 * import { retirementDate } from 'asn-kit/employee';
 * import { RETIREMENT_EXAMPLES } from 'asn-kit/testing';
 * RETIREMENT_EXAMPLES.every(({ input, expected }) => retirementDate(input).map((r) => r.date).unwrapOr(null) === expected); // => true
 * ```
 */
export const RETIREMENT_EXAMPLES: readonly WorkedExample<{ readonly birthDate: string; readonly position: { readonly type: 'administrator' | 'pelaksana' | 'guru' }
  | { readonly type: 'jpt'; readonly level: 'pratama' } | { readonly type: 'fungsional'; readonly level: 'ahli-madya' | 'ahli-utama' } }, string>[] = /* @__PURE__ */ deepFrozen([
  { name: 'administrator born 1966-05-15: 58', input: { birthDate: '1966-05-15', position: { type: 'administrator' } }, expected: '2024-06-01',
    basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 2' } },
  { name: 'JPT pratama born 1965-01-31: 60', input: { birthDate: '1965-01-31', position: { type: 'jpt', level: 'pratama' } }, expected: '2025-02-01',
    basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 1' } },
  { name: 'fungsional ahli madya born 1964-12-01: 60', input: { birthDate: '1964-12-01', position: { type: 'fungsional', level: 'ahli-madya' } }, expected: '2025-01-01',
    basis: { instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2) huruf b' } },
  { name: 'fungsional ahli utama born 1960-07-20: 65', input: { birthDate: '1960-07-20', position: { type: 'fungsional', level: 'ahli-utama' } }, expected: '2025-08-01',
    basis: { instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2) huruf c' } },
  { name: 'guru born 1965-03-10: 60', input: { birthDate: '1965-03-10', position: { type: 'guru' } }, expected: '2025-04-01',
    basis: { instrument: 'UU 14/2005', article: 'Pasal 30 ayat (4)' } },
  { name: 'pelaksana born 1967-02-28: 58', input: { birthDate: '1967-02-28', position: { type: 'pelaksana' } }, expected: '2025-03-01',
    basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf b angka 2' } },
]);

/**
 * Unexcused absence of a PNS in one year: the sanction (its code in asn-kit, `null` for none) for a yearly total and
 * the longest run of consecutive working days.
 *
 * @example
 * ```ts
 * import { absenceSanction } from 'asn-kit/discipline';
 * import { ABSENCE_SANCTION_EXAMPLES } from 'asn-kit/testing';
 * ABSENCE_SANCTION_EXAMPLES.every(({ input, expected }) =>
 *   absenceSanction(input).map((decision) => decision.sanction?.code ?? null).unwrapOr('error') === expected); // => true
 * ```
 */
export const ABSENCE_SANCTION_EXAMPLES: readonly WorkedExample<{ readonly yearTotal: number; readonly longestConsecutive: number }, string | null>[] = /* @__PURE__ */ deepFrozen([
  { name: '2 days: no sanction', input: { yearTotal: 2, longestConsecutive: 1 }, expected: null, basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b' } },
  { name: '3 days: teguran lisan', input: { yearTotal: 3, longestConsecutive: 1 }, expected: 'oral-reprimand', basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 1' } },
  { name: '12 days: tunjangan kinerja cut 25 % for 6 months', input: { yearTotal: 12, longestConsecutive: 1 }, expected: 'allowance-cut-6-months', basis: { instrument: 'PP 94/2021', article: 'Pasal 10 ayat (2) huruf f angka 1' } },
  { name: '20 days: cut for 12 months', input: { yearTotal: 20, longestConsecutive: 1 }, expected: 'allowance-cut-12-months', basis: { instrument: 'PP 94/2021', article: 'Pasal 10 ayat (2) huruf f angka 3' } },
  { name: '21 days: demotion for 12 months', input: { yearTotal: 21, longestConsecutive: 1 }, expected: 'demotion', basis: { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 1' } },
  { name: '27 days: released to a pelaksana post', input: { yearTotal: 27, longestConsecutive: 1 }, expected: 'release-to-pelaksana', basis: { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 2' } },
  { name: '28 days: dismissal (PDHTAPS)', input: { yearTotal: 28, longestConsecutive: 1 }, expected: 'dismissal', basis: { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 3' } },
  { name: '10 consecutive working days: dismissal (PDHTAPS)', input: { yearTotal: 10, longestConsecutive: 10 }, expected: 'dismissal', basis: { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 4' } },
]);

/**
 * Annual leave of a PNS with long service: the days of a year from the days used in the two years before
 * (12 a year; up to 6 unused days carry over, 12 after two unused years; 24 at most).
 *
 * @example
 * ```ts
 * import { ANNUAL_ENTITLEMENT_EXAMPLES } from 'asn-kit/testing';
 * ANNUAL_ENTITLEMENT_EXAMPLES.map((example) => example.expected); // => [24, 15, 18]
 * ```
 */
export const ANNUAL_ENTITLEMENT_EXAMPLES: readonly WorkedExample<{ readonly year: number; readonly usedTwoYearsBefore: number; readonly usedLastYear: number }, number>[] = /* @__PURE__ */ deepFrozen([
  { name: 'nothing used in 2023 and 2024: 24 days in 2025', input: { year: 2025, usedTwoYearsBefore: 0, usedLastYear: 0 }, expected: 24,
    basis: { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (2)' } },
  { name: '9 of 12 used in 2024: 15 days in 2025', input: { year: 2025, usedTwoYearsBefore: 12, usedLastYear: 9 }, expected: 15,
    basis: { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (1)' } },
  { name: '2 of 12 used in 2024: 18 days in 2025 (carry-over capped at 6)', input: { year: 2025, usedTwoYearsBefore: 12, usedLastYear: 2 }, expected: 18,
    basis: { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (1)' } },
]);
