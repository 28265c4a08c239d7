import { describe, expect, it } from 'vitest';
import { asnError, type IsoDate } from '../../src/core';
import type { CalendarError } from '../../src/calendar';
import { calendarError } from '../../src/leave/calendar-error';

const gap: CalendarError = asnError('calendar/year-not-covered', { instrument: 'Keppres 42/2025' }, { id: 'Tahun 2030 tidak ada', en: 'Year 2030 not covered' }, { date: '2030-01-02', year: 2030, years: [2026], from: '2026-01-01' as IsoDate, to: '2026-12-31' as IsoDate });
const range: CalendarError = asnError('calendar/invalid-range', { instrument: 'asn-kit' }, { id: 'Rentang terbalik', en: 'Range reversed' }, { from: '2026-02-02', to: '2026-02-01' });

describe('calendarError (internal)', () => {
  it('passes the data gap on as it is', () => {
    expect(calendarError(gap)).toEqual(gap);
  });

  it('turns any other calendar error into leave/calendar-error, keeping its message and data and naming its code', () => {
    expect(calendarError(range)).toEqual({
      code: 'leave/calendar-error', severity: 'error', basis: { instrument: 'asn-kit', interpretation: 'built-in-holidays' },
      message: { id: 'Rentang terbalik', en: 'Range reversed' }, data: { from: '2026-02-02', to: '2026-02-01', calendarCode: 'calendar/invalid-range' },
    });
  });
});
