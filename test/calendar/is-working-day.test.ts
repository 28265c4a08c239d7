import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { countWorkingDays, createCalendar, isWorkingDay, type CalendarError, type WorkingCalendar } from '../../src/calendar/index';
import { heldDate, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();

describe('isWorkingDay', () => {
  it('§3 example 8: in a 6-day unit, Sat 2025-03-29 is not a working day (Nyepi)', () => {
    expect(isWorkingDay(sixDay, '2025-03-29')._unsafeUnwrap()).toBe(false);
  });

  it('§3 example 8: in a 6-day unit, Sat 2025-04-05 is a working day', () => {
    expect(isWorkingDay(sixDay, '2025-04-05')._unsafeUnwrap()).toBe(true);
  });

  it('docs/interpretations.md#working-week: Saturday and Sunday are off in a 5-day unit; Sunday is off in a 6-day unit', () => {
    expect(isWorkingDay(calendar, '2025-04-05')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(calendar, '2025-04-06')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(sixDay, '2025-04-06')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(calendar, '2025-04-08')._unsafeUnwrap()).toBe(true);
  });

  it('docs/interpretations.md#built-in-holidays: holidays, ad-hoc election days and cuti bersama are off', () => {
    expect(isWorkingDay(calendar, '2024-02-14')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(calendar, '2024-11-27')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(calendar, '2026-12-24')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(calendar, '2025-08-18')._unsafeUnwrap()).toBe(false);
  });

  it('holds the first and the last day of the years held, and not the day after', () => {
    expect(isWorkingDay(calendar, '2021-01-01')._unsafeUnwrap()).toBe(false);
    expect(isWorkingDay(calendar, '2027-12-31')._unsafeUnwrap()).toBe(true);
    const after = isWorkingDay(calendar, '2028-01-01')._unsafeUnwrapErr();
    expect([after.code, after.data]).toEqual(['calendar/year-not-covered', { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }]);
    expect(dataOf(isWorkingDay(calendar, '2020-12-31')._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2020-12-31');
    expect(after.message.id).toBe(
      'Kalender tidak memuat data hari libur tahun 2028 (2028-01-01), hanya 2021–2027: tambahkan tabelnya melalui createCalendar({ yearData }).',
    );
    const single = isWorkingDay(createCalendar({ years: [2026] })._unsafeUnwrap(), '2025-12-31')._unsafeUnwrapErr();
    expect(single.message).toEqual({
      id: 'Kalender tidak memuat data hari libur tahun 2025 (2025-12-31), hanya 2026: tambahkan tabelnya melalui createCalendar({ yearData }).',
      en: 'The calendar holds no holiday data for 2025 (2025-12-31), only 2026: add its table through createCalendar({ yearData }).',
    });
  });

  it('names the malformed date in its issue', () => {
    expect(dataOf(isWorkingDay(calendar, '2026-02-30')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
  });

  it('refuses a date outside the years held and a malformed date', () => {
    const error = isWorkingDay(calendar, '2028-01-04')._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['calendar/year-not-covered', { date: '2028-01-04', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }]);
    expect(error.message.en).toBe('The calendar holds no holiday data for 2028 (2028-01-04), only 2021–2027: add its table through createCalendar({ yearData }).');
    expect(isWorkingDay(calendar, '2025-02-29')._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
  });
});

describe('isWorkingDay types', () => {
  it('returns a Result of a boolean', () => {
    expectTypeOf(isWorkingDay).parameters.toEqualTypeOf<[WorkingCalendar, string]>();
    expectTypeOf(isWorkingDay).returns.toEqualTypeOf<Result<boolean, CalendarError>>();
    // @ts-expect-error: a Date is not a calendar date string
    isWorkingDay(calendar, new Date(2026, 0, 2));
  });
});

describe('properties', () => {
  it('a day works exactly when its one-day count is 1', () => {
    fc.assert(
      fc.property(heldDate(), fc.constantFrom(calendar, sixDay), (date, unit) => {
        expect(isWorkingDay(unit, date)._unsafeUnwrap()).toBe(countWorkingDays(unit, date, date)._unsafeUnwrap() === 1);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), hostile(), (unit, date) => {
        const result = isWorkingDay(unit as WorkingCalendar, date as string);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});
