import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { countWorkingDays, createCalendar, isWorkingDay, type CalendarError, type WorkingCalendar } from '../../src/calendar/index';
import { addDays, calendarDaysIn } from '../../src/core';
import { heldRange, heldSplit, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();

describe('countWorkingDays', () => {
  it('§3 example 1: CT Mon 2025-03-24 → Fri 2025-04-11 (Mon–Fri unit) → 8 hari kerja', () => {
    expect(countWorkingDays(calendar, '2025-03-24', '2025-04-11')._unsafeUnwrap()).toBe(8);
  });

  it('§3 example 3: CT Mon 2024-04-01 → Fri 2024-04-19 → 9 hari kerja', () => {
    expect(countWorkingDays(calendar, '2024-04-01', '2024-04-19')._unsafeUnwrap()).toBe(9);
  });

  it('§3 example 4: Mon 2026-03-16 → Fri 2026-03-27 = 5 hari kerja', () => {
    expect(countWorkingDays(calendar, '2026-03-16', '2026-03-27')._unsafeUnwrap()).toBe(5);
  });

  it('§3 example 7: Mon–Fri 2026-12-21 → 2026-12-31 → 7 hari kerja (24 Dec CB, 25 Dec holiday)', () => {
    expect(countWorkingDays(calendar, '2026-12-21', '2026-12-31')._unsafeUnwrap()).toBe(7);
  });

  it('counts Saturdays in a 6-day unit: 2025-03-24 → 2025-04-11 gives 9 (Sat 29 Mar is Nyepi, Sat 5 Apr is worked)', () => {
    expect(countWorkingDays(sixDay, '2025-03-24', '2025-04-11')._unsafeUnwrap()).toBe(9);
  });

  it('counts one day as 1 or 0, and works across years', () => {
    expect(countWorkingDays(calendar, '2026-08-18', '2026-08-18')._unsafeUnwrap()).toBe(1);
    expect(countWorkingDays(calendar, '2026-08-17', '2026-08-17')._unsafeUnwrap()).toBe(0);
    expect(countWorkingDays(calendar, '2024-12-23', '2025-01-03')._unsafeUnwrap()).toBe(7);
  });

  it('refuses a reversed range, a range outside the years held and malformed input', () => {
    expect(countWorkingDays(calendar, '2026-12-31', '2026-12-21')._unsafeUnwrapErr().code).toBe('calendar/invalid-range');
    const before = countWorkingDays(calendar, '2020-12-29', '2021-01-05')._unsafeUnwrapErr();
    expect([before.code, dataOf(before, 'calendar/year-not-covered').date]).toEqual(['calendar/year-not-covered', '2020-12-29']);
    const after = countWorkingDays(calendar, '2027-12-29', '2028-01-05')._unsafeUnwrapErr();
    expect([after.code, dataOf(after, 'calendar/year-not-covered').date]).toEqual(['calendar/year-not-covered', '2028-01-05']);
    expect(countWorkingDays(calendar, '2026-1-1', '2026-12-31')._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
    // @ts-expect-error: intentionally invalid input, a calendar of another shape
    expect(countWorkingDays({ years: [2026] }, '2026-01-01', '2026-12-31')._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
  });

  it('holds the first and the last day of the years held, and names the end that lies past them', () => {
    expect(countWorkingDays(calendar, '2021-01-01', '2021-01-04')._unsafeUnwrap()).toBe(1);
    expect(countWorkingDays(calendar, '2027-12-31', '2027-12-31')._unsafeUnwrap()).toBe(1);
    const end = countWorkingDays(calendar, '2027-12-31', '2028-01-01')._unsafeUnwrapErr();
    expect([end.code, dataOf(end, 'calendar/year-not-covered').date]).toEqual(['calendar/year-not-covered', '2028-01-01']);
    const start = countWorkingDays(calendar, '2028-01-01', '2028-01-02')._unsafeUnwrapErr();
    expect([start.code, dataOf(start, 'calendar/year-not-covered').date]).toEqual(['calendar/year-not-covered', '2028-01-01']);
    expect(dataOf(countWorkingDays(calendar, '2028-01-03', '2028-01-05')._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2028-01-03');
  });

  it('refuses a range that ends before it starts, naming both ends', () => {
    const error = countWorkingDays(calendar, '2026-12-31', '2026-12-30')._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'calendar/invalid-range',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'periods are inclusive of both ends', interpretation: 'dates-without-time-zone' },
      message: { id: 'Akhir rentang tanggal tidak boleh sebelum awalnya.', en: 'The end of a date range must not be before its start.' },
      data: { from: '2026-12-31', to: '2026-12-30' },
    });
  });

  it('names each malformed date in its issue', () => {
    expect(dataOf(countWorkingDays(calendar, '2026-02-30', '2026-13-01')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'from', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(dataOf(countWorkingDays(calendar, '2026-03-16', '2026-3-20')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
  });
});

describe('countWorkingDays types', () => {
  it('returns a Result of a number', () => {
    expectTypeOf(countWorkingDays).parameters.toEqualTypeOf<[WorkingCalendar, string, string]>();
    expectTypeOf(countWorkingDays).returns.toEqualTypeOf<Result<number, CalendarError>>();
  });
});

describe('properties', () => {
  it('counts are additive over adjacent ranges', () => {
    fc.assert(
      fc.property(heldSplit(), fc.constantFrom(calendar, sixDay), ([a, b, c], unit) => {
        const whole = countWorkingDays(unit, a, c)._unsafeUnwrap();
        const left = countWorkingDays(unit, a, b)._unsafeUnwrap();
        const right = countWorkingDays(unit, addDays(b, 1), c)._unsafeUnwrap();
        expect(whole).toBe(left + right);
      }),
    );
  });

  it('a range counts the days that isWorkingDay says are worked, and never more than its calendar days', () => {
    fc.assert(
      fc.property(heldRange(), ([from, to]) => {
        const count = countWorkingDays(calendar, from, to)._unsafeUnwrap();
        expect(count).toBeLessThanOrEqual(calendarDaysIn({ from, to }));
        expect(countWorkingDays(calendar, from, from)._unsafeUnwrap()).toBe(isWorkingDay(calendar, from)._unsafeUnwrap() ? 1 : 0);
      }),
    );
  });

  it('a 6-day unit never works fewer days than a 5-day unit', () => {
    fc.assert(
      fc.property(heldRange(), ([from, to]) => {
        expect(countWorkingDays(sixDay, from, to)._unsafeUnwrap()).toBeGreaterThanOrEqual(countWorkingDays(calendar, from, to)._unsafeUnwrap());
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), hostile(), hostile(), (unit, from, to) => {
        const result = countWorkingDays(unit as WorkingCalendar, from as string, to as string);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});
