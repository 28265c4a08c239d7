import fc from 'fast-check';

/** The parts of a NIP of either layout, as a generator picks them. */
export interface NipParts {
  readonly layout: 'pns' | 'pppk';
  readonly birth: { readonly year: number; readonly month: number; readonly day: number };
  readonly appointmentYear: number;
  /** Month (PNS) or contract count (PPPK). */
  readonly second: number;
  readonly genderDigit: 1 | 2;
  readonly sequence: number;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The 18 digits of a NIP built from its parts. */
export function nipDigits(parts: NipParts): string {
  const { birth } = parts;
  const middle = parts.layout === 'pns' ? pad(parts.second, 2) : `2${String(parts.second)}`;
  return `${pad(birth.year, 4)}${pad(birth.month, 2)}${pad(birth.day, 2)}${pad(parts.appointmentYear, 4)}${middle}${String(parts.genderDigit)}${pad(parts.sequence, 3)}`;
}

/** Valid NIPs of both layouts: a real birth date, an appointment after it, gender 1 or 2, sequence 001–999. */
export const nipPartsArbitrary: fc.Arbitrary<NipParts> = fc
  .record({
    layout: fc.constantFrom('pns' as const, 'pppk' as const),
    year: fc.integer({ min: 1940, max: 2008 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    offset: fc.integer({ min: 1, max: 60 }),
    second: fc.integer({ min: 1, max: 9 }),
    monthShift: fc.integer({ min: 0, max: 3 }),
    genderDigit: fc.constantFrom(1 as const, 2 as const),
    sequence: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ layout, year, month, day, offset, second, monthShift, genderDigit, sequence }) => ({
    layout,
    birth: { year, month, day },
    appointmentYear: year + offset,
    second: layout === 'pns' ? second + monthShift : second,
    genderDigit,
    sequence,
  }));

/** Inserts spaces and dots at arbitrary places of a string. */
export const withSeparators = (digits: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('', '', '', ' ', '.'), { minLength: digits.length, maxLength: digits.length })
    .map((separators) => Array.from({ length: digits.length }, (_, index) => `${separators[index] ?? ''}${digits.charAt(index)}`).join(''));

const date = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Valid `YYYY-MM-DD` dates between two years (days 1–28, so every month has them). */
export const dateArbitrary = (minYear: number, maxYear: number): fc.Arbitrary<string> =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => date(year, month, day));

/** Valid inclusive date ranges (`from ≤ to`). */
export const rangeArbitrary: fc.Arbitrary<{ from: string; to: string }> = fc
  .tuple(dateArbitrary(1980, 2040), dateArbitrary(1980, 2040))
  .map(([left, right]) => (left <= right ? { from: left, to: right } : { from: right, to: left }));

const PNS_GOLONGAN_CODES = ['I/a', 'II/c', 'III/a', 'III/d', 'IV/a', 'IV/e'] as const;
const PPPK_GOLONGAN_CODES = ['I', 'V', 'IX', 'XI', 'XVII'] as const;
const POSITIONS = [
  { type: 'jpt', level: 'pratama', title: 'Kepala Dinas' },
  { type: 'administrator' },
  { type: 'pengawas', title: 'Kepala Seksi' },
  { type: 'pelaksana' },
  { type: 'fungsional', level: 'ahli-madya' },
  { type: 'fungsional', level: 'ahli-utama' },
  { type: 'fungsional', level: 'terampil' },
  { type: 'guru', title: 'Guru Matematika' },
  { type: 'dosen' },
  { type: 'dosen', professor: true },
] as const;

/**
 * Raw employee records that {@link parseEmployee} accepts, of every kind: a NIP of the kind's layout (with or
 * without separators) that agrees with the birth date, gender and TMT CPNS or first contract; optional work week,
 * births and CLTN periods. Fresh plain objects, as `JSON.parse` gives them.
 */
export const employeeInputArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    parts: nipPartsArbitrary,
    cpns: fc.boolean(),
    spaced: fc.boolean(),
    name: fc.constantFrom('Amir', 'Siti Rahmah', '  Budi  '),
    position: fc.constantFrom(...POSITIONS),
    pnsGolongan: fc.constantFrom(...PNS_GOLONGAN_CODES),
    pppkGolongan: fc.constantFrom(...PPPK_GOLONGAN_CODES),
    workWeek: fc.option(fc.constantFrom(5, 6), { nil: undefined }),
    births: fc.option(fc.array(dateArbitrary(1990, 2030), { maxLength: 2 }), { nil: undefined }),
    cltn: fc.option(fc.array(rangeArbitrary, { maxLength: 2 }), { nil: undefined }),
    renewals: fc.integer({ min: 0, max: 3 }),
    years: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ parts, cpns, spaced, name, position, pnsGolongan, pppkGolongan, workWeek, births, cltn, renewals, years }) => {
    const digits = nipDigits(parts);
    const nip = spaced ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.charAt(14)} ${digits.slice(15)}` : digits;
    const base: Record<string, unknown> = {
      nip,
      name,
      gender: parts.genderDigit === 1 ? 'male' : 'female',
      birthDate: date(parts.birth.year, parts.birth.month, parts.birth.day),
      position: { ...position },
      workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
      ...(workWeek === undefined ? {} : { workWeek }),
      ...(births === undefined ? {} : { births }),
      ...(cltn === undefined ? {} : { cltn }),
    };
    if (parts.layout === 'pns') {
      return { ...base, kind: cpns ? 'CPNS' : 'PNS', tmtCpns: date(parts.appointmentYear, parts.second, 1), golongan: pnsGolongan };
    }
    const first = date(parts.appointmentYear, 3, 1);
    const contract =
      renewals === 0 ? { start: first, years } : { start: date(parts.appointmentYear + renewals * 5, 3, 1), years, firstStart: first };
    return { ...base, kind: 'PPPK', contract, golongan: pppkGolongan };
  });


export { hostileArbitrary, untyped } from '../hostile';
