import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dayNumberOf, isRealDateShape } from '../../src/core/iso-date';
import {
  addDays,
  addMonths,
  addYears,
  calendarDaysIn,
  compareDates,
  dateRangeSchema,
  dayOf,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  isoDateFromParts,
  isoDateSchema,
  isoWeekday,
  monthOf,
  parseIsoDate,
  rangesOverlap,
  startOfNextMonth,
  toDayNumber,
  yearOf,
  type IsoDate,
} from '../../src/core';

const d = (value: string): IsoDate => value as IsoDate;

describe('isIsoDate / parseIsoDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2999-12-31')).toBe(true);
  });

  it('rejects impossible dates, other layouts and non-strings', () => {
    for (const bad of ['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', '05-01-2026', ' 2026-01-05', '1899-12-31', '3000-01-01', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    for (const bad of [null, undefined, 20260105, {}, [], true]) expect(isIsoDate(bad)).toBe(false);
  });

  it('parseIsoDate returns Ok for a date and a coded Err otherwise', () => {
    expect(parseIsoDate('2026-12-24')._unsafeUnwrap()).toBe('2026-12-24');
    const error = parseIsoDate('24/12/2026')._unsafeUnwrapErr();
    expect(error.code).toBe('core/invalid-date');
    expect(error.severity).toBe('error');
    expect(error.data).toEqual({ input: '24/12/2026' });
    expect(parseIsoDate(42)._unsafeUnwrapErr().data).toEqual({ input: 'number' });
  });

  it('isoDateFromParts builds or refuses', () => {
    expect(isoDateFromParts(1966, 8, 1)._unsafeUnwrap()).toBe('1966-08-01');
    expect(isoDateFromParts(1966, 2, 30)._unsafeUnwrapErr().code).toBe('core/invalid-date');
    expect(isoDateFromParts(2026, 1.5, 1).isErr()).toBe(true);
  });

  it('schemas accept dates and ordered ranges only', () => {
    expect(isoDateSchema.safeParse('2026-02-28').success).toBe(true);
    expect(isoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(dateRangeSchema.safeParse({ from: '2026-01-01', to: '2026-01-01' }).success).toBe(true);
    expect(dateRangeSchema.safeParse({ from: '2026-01-02', to: '2026-01-01' }).success).toBe(false);
  });
});

describe('parts and day numbers', () => {
  it('reads the parts of a date', () => {
    expect([yearOf(d('2026-08-17')), monthOf(d('2026-08-17')), dayOf(d('2026-08-17'))]).toEqual([2026, 8, 17]);
  });

  it('numbers days from 1970-01-01', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('1970-01-02'))).toBe(1);
    expect(toDayNumber(d('1969-12-31'))).toBe(-1);
    expect(toDayNumber(d('2000-03-01'))).toBe(11017);
    expect(toDayNumber(d('1900-01-01'))).toBe(-25567);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(11016)).toBe('2000-02-29');
    expect(fromDayNumber(-25567)).toBe('1900-01-01');
  });

  it('knows the weekday (1 = Monday … 7 = Sunday)', () => {
    expect(isoWeekday(d('2026-08-17'))).toBe(1);
    expect(isoWeekday(d('2025-03-29'))).toBe(6);
    expect(isoWeekday(d('2024-03-31'))).toBe(7);
    expect(isoWeekday(d('1970-01-01'))).toBe(4);
    expect(isoWeekday(d('1969-12-29'))).toBe(1);
  });
});

describe('arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2024-02-28'), 2)).toBe('2024-03-01');
    expect(addDays(d('2026-01-01'), -1)).toBe('2025-12-31');
  });

  it('adds months with clamping (date-fns semantics)', () => {
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2026-03-15'), -3)).toBe('2025-12-15');
  });

  it('adds years; 29 February becomes 28 February in a common year (docs/interpretations.md#retirement-date)', () => {
    expect(addYears(d('1968-02-29'), 58)).toBe('2026-02-28');
    expect(addYears(d('1968-02-29'), 56)).toBe('2024-02-29');
    expect(addYears(d('1966-05-15'), 58)).toBe('2024-05-15');
  });

  it('finds month ends and the next month start', () => {
    expect(endOfMonth(d('2024-02-10'))).toBe('2024-02-29');
    expect(endOfMonth(d('2100-02-01'))).toBe('2100-02-28');
    expect(endOfMonth(d('2026-04-30'))).toBe('2026-04-30');
    expect(startOfNextMonth(d('2024-12-01'))).toBe('2025-01-01');
  });

  it('compares, measures and overlaps ranges', () => {
    expect([d('2026-01-02'), d('2025-12-31'), d('2026-01-01')].sort(compareDates)).toEqual(['2025-12-31', '2026-01-01', '2026-01-02']);
    expect(compareDates(d('2026-01-01'), d('2026-01-01'))).toBe(0);
    expect(calendarDaysIn({ from: d('2026-12-21'), to: d('2026-12-31') })).toBe(11);
    expect(rangesOverlap({ from: d('2026-01-05'), to: d('2026-01-09') }, { from: d('2026-01-09'), to: d('2026-01-12') })).toBe(true);
    expect(rangesOverlap({ from: d('2026-01-05'), to: d('2026-01-08') }, { from: d('2026-01-09'), to: d('2026-01-12') })).toBe(false);
  });
});

describe('iso-date types', () => {
  it('brands parsed dates', () => {
    expectTypeOf(parseIsoDate('2026-01-01')._unsafeUnwrap()).toEqualTypeOf<IsoDate>();
    // @ts-expect-error: a plain string is not an IsoDate until it is checked
    const unchecked: IsoDate = '2026-01-01';
    expect(unchecked).toBe('2026-01-01');
  });
});

const dayNumbers = fc.integer({ min: toDayNumber(d('1900-01-01')), max: toDayNumber(d('2999-12-31')) });

describe('properties', () => {
  it('fromDayNumber and toDayNumber are inverse and every result is a valid date', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });

  it('consecutive day numbers are consecutive weekdays and ordered strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25000, max: 300000 }), (n) => {
        expect(isoWeekday(fromDayNumber(n + 1)) % 7).toBe((isoWeekday(fromDayNumber(n)) + 1) % 7);
        expect(fromDayNumber(n) < fromDayNumber(n + 1)).toBe(true);
      }),
    );
  });

  it('addMonths never leaves the target month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -120, max: 120 }), (n, months) => {
        const date = fromDayNumber(n);
        const moved = addMonths(date, months);
        const target = yearOf(date) * 12 + monthOf(date) - 1 + months;
        expect(yearOf(moved) * 12 + monthOf(moved) - 1).toBe(target);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseIsoDate(input);
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

describe('dayNumberOf (the one-pass date parser)', () => {
  it('reads valid dates and refuses everything else in the same pass', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2024-02-29')).toBe(19782);
    expect(dayNumberOf('1900-01-01')).toBe(-25567);
    for (const bad of ['1899-12-31', '3000-01-01', '2025-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-04-31',
      '2026-1-01', ' 2026-01-01', '2026/01/01', '2026-01-0a', '２０２６-01-01', '2026-01-01T00:00', '']) {
      expect(dayNumberOf(bad), bad).toBeNaN();
    }
  });

  // An independent oracle: a regex for the shape, then UTC milliseconds for the real date and its day number.
  const oracle = (text: string): number => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (match === null) return Number.NaN;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    const real = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
    return real && year >= 1900 && year <= 2999 ? ms / 86_400_000 : Number.NaN;
  };

  it('agrees with an independent oracle on every string of the date’s shape', () => {
    const digit = fc.constantFrom(...'0123456789x-'.split(''));
    const shaped = fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }),
      fc.array(digit, { minLength: 2, maxLength: 2 })).map(([y, m, day]) => `${y.join('')}-${m.join('')}-${day.join('')}`);
    fc.assert(
      fc.property(fc.oneof(shaped, dayNumbers.map(fromDayNumber)), (text) => {
        const expected = oracle(text);
        if (Number.isNaN(expected)) expect(dayNumberOf(text)).toBeNaN();
        else expect(dayNumberOf(text)).toBe(expected);
        expect(isIsoDate(text)).toBe(!Number.isNaN(expected));
      }),
    );
  });
});

describe('boundaries of the date rules', () => {
  it('isoDateFromParts: years 1900–2999, months 1–12, days within the month (leap years by the Gregorian rule)', () => {
    const built = (year: number, month: number, day: number): string | null => isoDateFromParts(year, month, day).unwrapOr(null);
    expect([built(1900, 1, 1), built(2999, 12, 31), built(1899, 12, 31), built(3000, 1, 1)]).toEqual(['1900-01-01', '2999-12-31', null, null]);
    expect([built(2026, 0, 1), built(2026, 13, 1), built(2026, 12, 0), built(2026, 12, 32), built(2026, 4, 31), built(2026, 4, 30)]).toEqual([
      null, null, null, null, null, '2026-04-30',
    ]);
    expect([built(2024, 2, 29), built(2000, 2, 29), built(1900, 2, 29), built(2100, 2, 29), built(2025, 2, 29), built(2025, 2, 28)]).toEqual([
      '2024-02-29', '2000-02-29', null, null, null, '2025-02-28',
    ]);
    expect([built(2026.5, 1, 1), built(2026, 1, 1.5), built(2026, 6, 31), built(2026, 9, 31), built(2026, 11, 31), built(2026, 7, 31)]).toEqual([
      null, null, null, null, null, '2026-07-31',
    ]);
  });

  it('parseIsoDate: the error in both languages, with its basis', () => {
    expect(parseIsoDate('2026-02-30')._unsafeUnwrapErr()).toEqual({
      code: 'core/invalid-date',
      severity: 'error',
      basis: { instrument: 'ISO 8601', note: 'calendar dates are written YYYY-MM-DD', interpretation: 'dates-without-time-zone' },
      message: {
        id: 'Tanggal harus berupa tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999).',
        en: 'A date must be a real calendar date written YYYY-MM-DD (years 1900–2999).',
      },
      data: { input: '2026-02-30' },
    });
    expect(isoDateFromParts(2026, 2, 30)._unsafeUnwrapErr().data).toEqual({ input: '2026-2-30' });
  });

  it('dayNumberOf: only ASCII digits, the characters next to them refused', () => {
    for (const bad of ['2026-01-0/', '2026-01-0:', '/026-01-01', ':026-01-01', '2026-0/-01', '2026-:1-01', '2026_01-01', '2026-01_01']) {
      expect(dayNumberOf(bad), bad).toBeNaN();
    }
    expect([dayNumberOf('2999-12-31'), dayNumberOf('2000-02-29'), dayNumberOf('2100-03-01')]).toEqual([376199, 11016, 47541]);
  });

  it('isRealDateShape: a real date of any four-digit year (zod’s iso.date), by the 400-year cycle', () => {
    const shapes = ['1600-02-29', '1700-02-29', '3000-01-01', '0000-02-29', '0100-02-29', '2026-02-30', '2026-2-01', '20260-01-01'];
    expect(shapes.map((shape) => isRealDateShape(shape))).toEqual([true, false, true, true, false, false, false, false]);
  });

  it('rangesOverlap: sharing one day either way round, and not when apart either way round', () => {
    const early = { from: d('2026-01-05'), to: d('2026-01-09') };
    const late = { from: d('2026-01-09'), to: d('2026-01-12') };
    const later = { from: d('2026-01-10'), to: d('2026-01-12') };
    expect([rangesOverlap(late, early), rangesOverlap(later, early), rangesOverlap(early, later), rangesOverlap(early, early)]).toEqual([true, false, false, true]);
    expect([compareDates(d('2026-01-02'), d('2026-01-01')), compareDates(d('2026-01-01'), d('2026-01-02'))]).toEqual([1, -1]);
  });
});

describe('D11: isoDateFromParts is Result-safe for any value', () => {
  it('the reproduction: a null-prototype year is an Err naming its type, not a throw', () => {
    const result = isoDateFromParts(Object.create(null) as number, 1, 1);
    expect(result.isErr() && [result.error.code, result.error.data]).toEqual(['core/invalid-date', { input: 'object-1-1' }]);
    expect(isoDateFromParts(Symbol('y') as unknown as number, 1n as unknown as number, 1)._unsafeUnwrapErr().data).toEqual({ input: 'symbol-bigint-1' });
  });
});
