import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  countWorkingDays,
  createCalendar,
  nonWorkingDays,
  type CalendarError,
  type NonWorkingDay,
  type WorkingCalendar,
} from '../../src/calendar/index';
import { hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();

describe('nonWorkingDays', () => {
  it('§3 example 6: 2026 has 8 cuti bersama days for a nurse to work through (CT 2026 = 12 + 8 = 20)', () => {
    const collective = nonWorkingDays(calendar, 2026)._unsafeUnwrap().filter((day) => day.kind === 'collective-leave');
    expect(collective.map((day) => day.date)).toEqual([
      '2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24',
    ]);
    expect(12 + collective.length).toBe(20);
  });

  it('lists 125 days off in 2026 for a 5-day unit and 74 for a 6-day unit', () => {
    expect(nonWorkingDays(calendar, 2026)._unsafeUnwrap().length).toBe(125);
    expect(nonWorkingDays(sixDay, 2026)._unsafeUnwrap().length).toBe(74);
  });

  it('lists a day off once, by its most specific reason, in date order', () => {
    expect(nonWorkingDays(calendar, 2026)._unsafeUnwrap().slice(0, 4)).toEqual([
      {
        date: '2026-01-01',
        kind: 'holiday',
        name: { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day 2026" },
        basis: { instrument: 'SKB 1497/2025, 2/2025, 5/2025' },
      },
      { date: '2026-01-03', kind: 'weekend', name: { id: 'Sabtu', en: 'Saturday' }, basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3 ayat (1)–(2)', note: 'Monday–Friday', interpretation: 'working-week' } },
      { date: '2026-01-04', kind: 'weekend', name: { id: 'Minggu', en: 'Sunday' }, basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3 ayat (1)–(2)', note: 'Monday–Friday', interpretation: 'working-week' } },
      { date: '2026-01-10', kind: 'weekend', name: { id: 'Sabtu', en: 'Saturday' }, basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3 ayat (1)–(2)', note: 'Monday–Friday', interpretation: 'working-week' } },
    ]);
    expect(nonWorkingDays(calendar, 2026)._unsafeUnwrap().find((day) => day.date === '2026-03-21')?.kind).toBe('holiday');
  });

  it('refuses a year the calendar does not hold, and a fractional year', () => {
    const error = nonWorkingDays(calendar, 2028)._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['calendar/year-not-covered', { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }]);
    expect(nonWorkingDays(calendar, 2026.5)._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
    expect(dataOf(nonWorkingDays(calendar, 2026.5)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'year', message: 'Invalid input: expected int, received number' },
    ]);
  });
});

describe('nonWorkingDays types', () => {
  it('returns a Result of a read-only list', () => {
    expectTypeOf(nonWorkingDays).parameters.toEqualTypeOf<[WorkingCalendar, number]>();
    expectTypeOf(nonWorkingDays).returns.toEqualTypeOf<Result<readonly NonWorkingDay[], CalendarError>>();
  });
});

describe('properties', () => {
  it('the days off and the working days of a year add up to the days of the year', () => {
    fc.assert(
      fc.property(fc.constantFrom(2024, 2025, 2026), fc.constantFrom(calendar, sixDay), (year, unit) => {
        const off = nonWorkingDays(unit, year)._unsafeUnwrap().length;
        const worked = countWorkingDays(unit, `${String(year)}-01-01`, `${String(year)}-12-31`)._unsafeUnwrap();
        expect(off + worked).toBe(year === 2024 ? 366 : 365);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), fc.oneof(hostile(), fc.integer({ min: 2020, max: 2030 })), (unit, year) => {
        const result = nonWorkingDays(unit as WorkingCalendar, year as number);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});
