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
