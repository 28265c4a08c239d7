import { addBusinessDays, format } from 'date-fns';
import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  createCalendar,
  isWorkingDay,
  type CalendarError,
  type WorkingCalendar,
} from '../../src/calendar/index';
import { addDays, dayOf, fromDayNumber, monthOf, toDayNumber, yearOf, type IsoDate } from '../../src/core';
import { heldDate, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
// A year with no holidays at all, where the calendar must agree with date-fns exactly.
const plain = createCalendar({ years: [2028], yearData: [{ year: 2028, instruments: [], days: [] }] })._unsafeUnwrap();

describe('addWorkingDays', () => {
  it('steps over cuti bersama, holidays and weekends: 2026-12-23 + 1 → 2026-12-28', () => {
    expect(addWorkingDays(calendar, '2026-12-23', 1)._unsafeUnwrap()).toBe('2026-12-28');
  });

  it('goes backwards for a negative n: 2026-12-28 − 1 → 2026-12-23', () => {
    expect(addWorkingDays(calendar, '2026-12-28', -1)._unsafeUnwrap()).toBe('2026-12-23');
  });

  it('returns the date itself for n = 0, worked or not (date-fns semantics)', () => {
    expect(addWorkingDays(calendar, '2026-08-17', 0)._unsafeUnwrap()).toBe('2026-08-17');
  });

  it('counts from a day off: Sat 2025-03-29 + 1 → Tue 2025-04-08; − 1 → Thu 2025-03-27', () => {
    expect(addWorkingDays(calendar, '2025-03-29', 1)._unsafeUnwrap()).toBe('2025-04-08');
    expect(addWorkingDays(calendar, '2025-03-29', -1)._unsafeUnwrap()).toBe('2025-03-27');
  });

  it('agrees with date-fns on a week without holidays: Fri 2028-01-07 + 1 → Mon 2028-01-10', () => {
    expect(addWorkingDays(plain, '2028-01-07', 1)._unsafeUnwrap()).toBe('2028-01-10');
  });

  it('refuses a result outside the years held', () => {
    const error = addWorkingDays(calendar, '2021-01-04', -2)._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual([
      'calendar/year-not-covered',
      { date: '2020-12-31', year: 2020, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31', start: '2021-01-04', n: -2 },
    ]);
    expect(addWorkingDays(calendar, '2027-12-31', 1)._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
    expect(addWorkingDays(calendar, '2028-01-04', 0)._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('holds the first and the last day of the years held, and nothing past them (n = 0)', () => {
    expect(addWorkingDays(calendar, '2021-01-01', 1)._unsafeUnwrap()).toBe('2021-01-04');
    expect(addWorkingDays(calendar, '2027-12-31', 0)._unsafeUnwrap()).toBe('2027-12-31');
    const after = addWorkingDays(calendar, '2028-01-01', 0)._unsafeUnwrapErr();
    expect([after.code, after.data]).toEqual([
      'calendar/year-not-covered',
      { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' },
    ]);
    expect(dataOf(addWorkingDays(calendar, '2020-12-31', 0)._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2020-12-31');
  });

  it('goes back to the first working day held, and to the first day held when it is worked', () => {
    expect(addWorkingDays(calendar, '2021-01-05', -1)._unsafeUnwrap()).toBe('2021-01-04');
    expect(dataOf(addWorkingDays(calendar, '2021-01-04', -1)._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2020-12-31');
    // Mon 2029-01-01 is worked in a year table without days off: it is the calendar's first day (index 0).
    const year2029 = createCalendar({ years: [2029], yearData: [{ year: 2029, instruments: [], days: [] }] })._unsafeUnwrap();
    expect(addWorkingDays(year2029, '2029-01-02', -1)._unsafeUnwrap()).toBe('2029-01-01');
    expect(addWorkingDays(year2029, '2029-01-03', -2)._unsafeUnwrap()).toBe('2029-01-01');
    expect(addWorkingDays(year2029, '2029-01-02', -2)._unsafeUnwrapErr().data).toEqual({
      date: '2028-12-31', year: 2028, years: [2029], from: '2029-01-01', to: '2029-12-31', start: '2029-01-02', n: -2,
    });
  });

  it('names each bad argument in its issue, in English and in Bahasa Indonesia', () => {
    const error = addWorkingDays(calendar, '2026-02-30', 1.5)._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/invalid-input').issues]).toEqual([
      'calendar/invalid-input',
      [
        { path: 'date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
        { path: 'n', message: 'Invalid input: expected int, received number' },
      ],
    ]);
    expect(error.message.id).toBe(
      'Masukan tidak valid — date: Diharapkan tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999); n: Input tidak valid: diharapkan int, diterima number',
    );
    expect(dataOf(addWorkingDays(calendar, '2026-03-16', Number.NaN)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'n', message: 'Invalid input: expected number, received NaN' },
    ]);
    expect(dataOf(addWorkingDays(calendar, '2026-3-16', 1)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(dataOf(addWorkingDays({ ...calendar }, '2026-03-16', 1)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
    ]);
  });

  it('refuses a fractional n', () => {
    expect(addWorkingDays(calendar, '2026-03-16', 0.5)._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
  });
});

describe('addWorkingDays types', () => {
  it('returns a Result of an IsoDate', () => {
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<[WorkingCalendar, string, number]>();
    expectTypeOf(addWorkingDays).returns.toEqualTypeOf<Result<IsoDate, CalendarError>>();
  });
});

describe('properties', () => {
  it('agrees with date-fns addBusinessDays in a year without holidays', () => {
    const first = toDayNumber('2028-01-01' as IsoDate);
    fc.assert(
      fc.property(fc.integer({ min: first + 20, max: first + 344 }), fc.integer({ min: -14, max: 14 }), (day, n) => {
        const date = fromDayNumber(day);
        const expected = format(addBusinessDays(new Date(yearOf(date), monthOf(date) - 1, dayOf(date)), n), 'yyyy-MM-dd');
        expect(addWorkingDays(plain, date, n)._unsafeUnwrap()).toBe(expected);
      }),
    );
  });

  it('agrees with countWorkingDays: n > 0 working days after a date lands on the n-th working day after it', () => {
    fc.assert(
      fc.property(heldDate(), fc.integer({ min: 1, max: 60 }), (date, n) => {
        const result = addWorkingDays(calendar, date, n);
        if (result.isErr()) return;
        expect(countWorkingDays(calendar, addDays(date, 1), result.value)._unsafeUnwrap()).toBe(n);
        expect(isWorkingDay(calendar, result.value)._unsafeUnwrap()).toBe(true);
      }),
    );
  });

  it('going back undoes going forward from a working day', () => {
    fc.assert(
      fc.property(heldDate(), fc.integer({ min: 1, max: 60 }), (date, n) => {
        if (!isWorkingDay(calendar, date)._unsafeUnwrap()) return;
        const forward = addWorkingDays(calendar, date, n);
        if (forward.isErr()) return;
        expect(addWorkingDays(calendar, forward.value, -n)._unsafeUnwrap()).toBe(date);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), hostile(), hostile(), (unit, date, n) => {
        const result = addWorkingDays(unit as WorkingCalendar, date as string, n as number);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});
