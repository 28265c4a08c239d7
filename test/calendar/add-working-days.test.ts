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
