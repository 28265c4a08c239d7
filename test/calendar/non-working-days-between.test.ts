import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  countWorkingDays,
  createCalendar,
  nonWorkingDaysBetween,
  type CalendarError,
  type NonWorkingDay,
  type WorkingCalendar,
} from '../../src/calendar/index';
import { calendarDaysIn } from '../../src/core';
import { heldRange, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();

describe('nonWorkingDaysBetween', () => {
  it('§3 example 7: 2026-12-21 → 2026-12-31 leaves out 24 Dec (CB), 25 Dec (holiday) and the weekend', () => {
    expect(nonWorkingDaysBetween(calendar, '2026-12-21', '2026-12-31')._unsafeUnwrap().map((day) => [day.date, day.kind])).toEqual([
      ['2026-12-24', 'collective-leave'],
      ['2026-12-25', 'holiday'],
      ['2026-12-26', 'weekend'],
      ['2026-12-27', 'weekend'],
    ]);
  });

  it('§3 example 1: the days left out of CT 2025-03-24 → 2025-04-11, with their reasons', () => {
    expect(nonWorkingDaysBetween(calendar, '2025-03-24', '2025-04-11')._unsafeUnwrap().map((day) => `${day.date} ${day.kind}`)).toEqual([
      '2025-03-28 collective-leave',
      '2025-03-29 holiday',
      '2025-03-30 weekend',
      '2025-03-31 holiday',
      '2025-04-01 holiday',
      '2025-04-02 collective-leave',
      '2025-04-03 collective-leave',
      '2025-04-04 collective-leave',
      '2025-04-05 weekend',
      '2025-04-06 weekend',
      '2025-04-07 collective-leave',
    ]);
  });

  it('leaves out extra working days and lists extra holidays as custom', () => {
    const unit = createCalendar({ extraWorkingDays: ['2026-12-26'], extraHolidays: ['2026-12-28'] })._unsafeUnwrap();
    expect(nonWorkingDaysBetween(unit, '2026-12-26', '2026-12-28')._unsafeUnwrap().map((day) => [day.date, day.kind])).toEqual([
      ['2026-12-27', 'weekend'],
      ['2026-12-28', 'custom'],
    ]);
  });

  it('refuses a reversed range and a range outside the years held', () => {
    expect(nonWorkingDaysBetween(calendar, '2026-12-31', '2026-12-01')._unsafeUnwrapErr().code).toBe('calendar/invalid-range');
    expect(dataOf(nonWorkingDaysBetween(calendar, '2020-12-01', '2021-01-31')._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2020-12-01');
    expect(dataOf(nonWorkingDaysBetween(calendar, '2027-12-01', '2028-01-31')._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2028-01-31');
  });

  it('holds the first and the last day of the years held, and names the end that lies past them', () => {
    expect(nonWorkingDaysBetween(calendar, '2027-12-31', '2027-12-31')._unsafeUnwrap()).toEqual([]);
    expect(nonWorkingDaysBetween(calendar, '2021-01-01', '2021-01-01')._unsafeUnwrap().map((day) => [day.date, day.kind])).toEqual([['2021-01-01', 'holiday']]);
    const end = nonWorkingDaysBetween(calendar, '2027-12-31', '2028-01-01')._unsafeUnwrapErr();
    expect([end.code, end.data]).toEqual(['calendar/year-not-covered', { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }]);
    expect(nonWorkingDaysBetween(calendar, '2028-01-01', '2028-01-02')._unsafeUnwrapErr().data).toEqual({ date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' });
    expect(dataOf(nonWorkingDaysBetween(calendar, '2028-01-03', '2028-01-05')._unsafeUnwrapErr(), 'calendar/year-not-covered').date).toBe('2028-01-03');
  });

  it('names a calendar not made by createCalendar', () => {
    expect(dataOf(nonWorkingDaysBetween({ ...calendar }, '2026-03-16', '2026-03-20')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
    ]);
  });

  it('names each malformed date in its issue', () => {
    expect(dataOf(nonWorkingDaysBetween(calendar, '2026-02-30', '2026-13-01')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'from', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
  });
});

describe('nonWorkingDaysBetween types', () => {
  it('returns a Result of a read-only list', () => {
    expectTypeOf(nonWorkingDaysBetween).parameters.toEqualTypeOf<[WorkingCalendar, string, string]>();
    expectTypeOf(nonWorkingDaysBetween).returns.toEqualTypeOf<Result<readonly NonWorkingDay[], CalendarError>>();
  });
});

describe('properties', () => {
  it('days off plus working days make up every calendar day of a range', () => {
    fc.assert(
      fc.property(heldRange(), ([from, to]) => {
        const off = nonWorkingDaysBetween(calendar, from, to)._unsafeUnwrap();
        expect(off.length + countWorkingDays(calendar, from, to)._unsafeUnwrap()).toBe(calendarDaysIn({ from, to }));
        expect(off.every((day) => day.date >= from && day.date <= to)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), hostile(), hostile(), (unit, from, to) => {
        const result = nonWorkingDaysBetween(unit as WorkingCalendar, from as string, to as string);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});
