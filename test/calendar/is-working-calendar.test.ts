import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCalendar, isWorkingCalendar, type WorkingCalendar } from '../../src/calendar/index';
import { hostile } from './arbitraries';

const calendar = createCalendar()._unsafeUnwrap();

describe('isWorkingCalendar', () => {
  it('recognises a calendar made by createCalendar', () => {
    expect(isWorkingCalendar(calendar)).toBe(true);
    expect(isWorkingCalendar(createCalendar({ workWeek: 6, years: [2026] })._unsafeUnwrap())).toBe(true);
  });

  it('refuses look-alikes: the tag alone, a calendar with its counts cut off, null and strings', () => {
    expect([
      isWorkingCalendar({ kind: 'asn-kit/working-calendar' }),
      isWorkingCalendar({ ...calendar, prefix: new Int32Array(1) }),
      isWorkingCalendar({ ...calendar, workWeek: 7 }),
      isWorkingCalendar(null),
      isWorkingCalendar('calendar'),
    ]).toEqual([false, false, false, false, false]);
  });

  it('refuses a copy of a real calendar, and an object that inherits from one: only what createCalendar made counts', () => {
    expect([isWorkingCalendar({ ...calendar }), isWorkingCalendar(Object.create(calendar)), isWorkingCalendar(structuredClone({ ...calendar }))]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('isWorkingCalendar types', () => {
  it('is a type guard', () => {
    expectTypeOf(isWorkingCalendar).guards.toEqualTypeOf<WorkingCalendar>();
  });
});

describe('properties', () => {
  it('arbitrary input never throws and is never taken for a calendar', () => {
    fc.assert(
      fc.property(hostile(), (value) => {
        expect(isWorkingCalendar(value)).toBe(false);
      }),
    );
  });
});
