import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { countWorkingDays, createCalendar, isWorkingDay, workingSpanEnd, type CalendarError, type WorkingCalendar } from '../../src/calendar/index';
import type { IsoDate } from '../../src/core';
import { heldDate, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();

describe('workingSpanEnd', () => {
  it('§3 example 2: 12 hari kerja of CT starting Mon 2025-03-24 → last day Thu 2025-04-17', () => {
    expect(workingSpanEnd(calendar, '2025-03-24', 12)._unsafeUnwrap()).toBe('2025-04-17');
  });

  it('§3 example 4: 12 hari kerja starting Mon 2026-03-16 → last day Wed 2026-04-08', () => {
    expect(workingSpanEnd(calendar, '2026-03-16', 12)._unsafeUnwrap()).toBe('2026-04-08');
  });

  it('§3 example 5: 6 hari kerja starting Mon 2025-08-11 → ends Tue 2025-08-19 (18 Aug CB, 17 Aug a Sunday)', () => {
    expect(workingSpanEnd(calendar, '2025-08-11', 6)._unsafeUnwrap()).toBe('2025-08-19');
  });

  it('a span of 1 starting on a working day ends that day', () => {
    expect(workingSpanEnd(calendar, '2026-08-18', 1)._unsafeUnwrap()).toBe('2026-08-18');
  });

  it('a span starting on a day off begins at the next working day (Sat 2025-03-29 → Tue 2025-04-08)', () => {
    expect(workingSpanEnd(calendar, '2025-03-29', 1)._unsafeUnwrap()).toBe('2025-04-08');
  });

  it('counts Saturdays in a 6-day unit: 12 days from Mon 2025-03-24 end on Tue 2025-04-15 (9 by Fri 11 Apr, then Sat 12, Mon 14, Tue 15)', () => {
    expect(workingSpanEnd(sixDay, '2025-03-24', 12)._unsafeUnwrap()).toBe('2025-04-15');
  });

  it('refuses a span that would end after the last year held', () => {
    const error = workingSpanEnd(calendar, '2027-12-30', 5)._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual([
      'calendar/year-not-covered',
      { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31', start: '2027-12-30', n: 5 },
    ]);
    expect(workingSpanEnd(calendar, '2020-12-30', 5)._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('holds the first and the last day of the years held, and not the day after', () => {
    expect(workingSpanEnd(calendar, '2021-01-01', 1)._unsafeUnwrap()).toBe('2021-01-04');
    expect(workingSpanEnd(calendar, '2027-12-31', 1)._unsafeUnwrap()).toBe('2027-12-31');
    const after = workingSpanEnd(calendar, '2028-01-01', 1)._unsafeUnwrapErr();
    expect([after.code, after.data]).toEqual(['calendar/year-not-covered', { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }]);
    // Mon 2029-01-01 is worked in a year table without days off: a span can end on the calendar's first day.
    const year2029 = createCalendar({ years: [2029], yearData: [{ year: 2029, instruments: [], days: [] }] })._unsafeUnwrap();
    expect(workingSpanEnd(year2029, '2029-01-01', 1)._unsafeUnwrap()).toBe('2029-01-01');
    expect(dataOf(workingSpanEnd({ ...calendar }, '2026-03-16', 1)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
    ]);
    expect(dataOf(workingSpanEnd(calendar, '2026-3-16', 1)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'start', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(workingSpanEnd(calendar, '2027-12-31', 2)._unsafeUnwrapErr().data).toEqual({ ...{ date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }, start: '2027-12-31', n: 2 });
  });

  it('refuses n below 1 or fractional', () => {
    expect(workingSpanEnd(calendar, '2026-03-16', 0)._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
    expect(dataOf(workingSpanEnd(calendar, '2026-03-16', 1.5)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'n', message: 'Invalid input: expected int, received number' },
    ]);
  });
});

describe('workingSpanEnd types', () => {
  it('returns a Result of an IsoDate', () => {
    expectTypeOf(workingSpanEnd).parameters.toEqualTypeOf<[WorkingCalendar, string, number]>();
    expectTypeOf(workingSpanEnd).returns.toEqualTypeOf<Result<IsoDate, CalendarError>>();
  });
});

describe('properties', () => {
  it('the span of n working days contains exactly n working days and ends on a working day', () => {
    fc.assert(
      fc.property(heldDate(), fc.integer({ min: 1, max: 400 }), fc.constantFrom(calendar, sixDay), (start, n, unit) => {
        const end = workingSpanEnd(unit, start, n);
        if (end.isErr()) {
          expect(end.error.code).toBe('calendar/year-not-covered');
          expect(countWorkingDays(unit, start, unit.to)._unsafeUnwrap()).toBeLessThan(n);
          return;
        }
        expect(countWorkingDays(unit, start, end.value)._unsafeUnwrap()).toBe(n);
        expect(isWorkingDay(unit, end.value)._unsafeUnwrap()).toBe(true);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), hostile(), hostile(), (unit, start, n) => {
        const result = workingSpanEnd(unit as WorkingCalendar, start as string, n as number);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});
