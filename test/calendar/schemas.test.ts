import * as z from 'zod/mini';
import * as classic from 'zod';
import { describe, expect, it } from 'vitest';
import { calendarOptionsSchema, calendarYearDataSchema, createCalendar, workingCalendarSchema } from '../../src/calendar/index';

describe('the calendar schemas compose', () => {
  it('publish a JSON Schema of the options in input mode, dates with their format', () => {
    const schema = z.toJSONSchema(calendarOptionsSchema, { io: 'input' }) as {
      properties: Record<string, { type?: string; enum?: unknown[]; items?: { anyOf?: { format?: string }[] } }>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(['workWeek', 'years', 'extraHolidays', 'extraWorkingDays', 'yearData']);
    expect(schema.properties['workWeek']?.enum).toEqual([5, 6]);
    expect(schema.properties['extraHolidays']?.items?.anyOf?.[0]?.format).toBe('date');
    expect(schema.additionalProperties).toBe(false);
    expect(() => z.toJSONSchema(calendarYearDataSchema, { io: 'input' })).not.toThrow();
  });

  it('expose their shape: extend and pick work', () => {
    const withSource = z.extend(calendarYearDataSchema, { source: z.string() });
    expect(withSource.safeParse({ year: 2027, instruments: [], days: [], source: 'jdih.go.id' }).success).toBe(true);
    expect(z.pick(calendarOptionsSchema, { workWeek: true }).safeParse({ workWeek: 6 }).success).toBe(true);
    expect(Object.keys(calendarOptionsSchema.shape)).toEqual(['workWeek', 'years', 'extraHolidays', 'extraWorkingDays', 'yearData']);
  });

  it('embed in a consumer request body, with zod or zod/mini', () => {
    const mini = z.object({ unit: z.string(), calendar: calendarOptionsSchema });
    const full = classic.object({ unit: classic.string(), calendar: calendarOptionsSchema });
    for (const body of [mini, full]) {
      expect(body.safeParse({ unit: 'RSUD', calendar: { workWeek: 6, years: [2026] } }).success).toBe(true);
      expect(body.safeParse({ unit: 'RSUD', calendar: { workweek: 6 } }).success).toBe(false);
    }
  });

  it('accept a calendar made by createCalendar inside an object, and nothing else', () => {
    const params = z.object({ calendar: workingCalendarSchema });
    const calendar = createCalendar()._unsafeUnwrap();
    const parsed = params.safeParse({ calendar });
    expect([parsed.success, parsed.data?.calendar === calendar]).toEqual([true, true]);
    expect(params.safeParse({ calendar: { ...calendar } }).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['calendar'], 'Expected a working calendar made by createCalendar (asn-kit/calendar)'],
    ]);
  });
});
