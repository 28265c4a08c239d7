import type * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import {
  calendarOptionsSchema,
  calendarYearDataSchema,
  countWorkingDays,
  createCalendar,
  parseCalendarYearData,
  workingCalendarSchema,
  type CalendarError,
  type CalendarOptions,
  type CalendarYearData,
  type WorkingCalendar,
} from '../../src/calendar/index';
import type { Result } from 'neverthrow';
import type * as errors from '../../src/calendar/errors';
import type { InputIssue } from '../../src/core';

describe('calendar types', () => {
  it('types the schemas by their real zod types, whose outputs fit the public interfaces', () => {
    expectTypeOf<z.output<typeof calendarYearDataSchema>>().toExtend<CalendarYearData>();
    expectTypeOf<z.output<typeof calendarOptionsSchema>>().toExtend<CalendarOptions>();
    expectTypeOf<z.input<typeof calendarOptionsSchema>>().toExtend<CalendarOptions>();
    expectTypeOf<z.output<typeof workingCalendarSchema>>().toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(calendarOptionsSchema.shape).toHaveProperty('workWeek');
  });

  it('takes typed options and gives typed Results', () => {
    expectTypeOf(createCalendar).parameter(0).toEqualTypeOf<CalendarOptions | undefined>();
    expectTypeOf(parseCalendarYearData).returns.toEqualTypeOf<Result<CalendarYearData, CalendarError>>();
    expectTypeOf(countWorkingDays).parameters.toEqualTypeOf<[WorkingCalendar, string, string]>();
  });

  it('refuses a misspelt option, a wrong kind code, an unknown option key and a week that does not exist', () => {
    // @ts-expect-error: a misspelt field (workweek)
    createCalendar({ workweek: 6 });
    // @ts-expect-error: an unknown option key
    createCalendar({ workWeek: 5, timezone: 'Asia/Jakarta' });
    // @ts-expect-error: a 7-day week does not exist
    createCalendar({ workWeek: 7 });
    const table: CalendarYearData = {
      year: 2027,
      instruments: [],
      // @ts-expect-error: a wrong kind code (holliday)
      days: [{ date: '2027-01-01', kind: 'holliday', name: { id: 'a', en: 'b' }, basis: { instrument: 'SKB' } }],
    };
    // @ts-expect-error: a wrong instrument role
    const role: CalendarYearData['instruments'][number]['role'] = 'decree';
    expectTypeOf(table).toEqualTypeOf<CalendarYearData>();
    expectTypeOf(role).toBeString();
  });

  it('takes a calendar, not any object of its shape, at the type level', () => {
    // @ts-expect-error: a plain object is not a WorkingCalendar
    countWorkingDays({ kind: 'asn-kit/working-calendar' }, '2026-01-01', '2026-01-31');
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const dayOutside = (error: errors.CalendarError) => {
      if (error.code === 'calendar/year-not-covered') {
        expectTypeOf(error.data.date).toEqualTypeOf<string>();
        expectTypeOf(error.data.n).toEqualTypeOf<number | undefined>();
        // @ts-expect-error: `option` is a field of calendar/out-of-range, not of calendar/year-not-covered
        expectTypeOf(error.data.option).toBeUnknown();
      }
      if (error.code === 'calendar/out-of-range') expectTypeOf(error.data.option).toEqualTypeOf<'extraHolidays' | 'extraWorkingDays'>();
    };
    expectTypeOf(dayOutside).parameter(0).toEqualTypeOf<errors.CalendarError>();
    expectTypeOf<errors.CalendarErrorData['calendar/invalid-input']['issues']>().toEqualTypeOf<readonly InputIssue[]>();
  });
});
