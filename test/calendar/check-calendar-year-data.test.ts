import { describe, expect, it } from 'vitest';
import { checkCalendarYearData, parseCalendarYearData, type CalendarYearData } from '../../src/calendar/index';
import { dataOf } from '../error-data';

const SKB = { instrument: 'SKB 2029 (test)' };
const day = (date: string, kind: 'holiday' | 'collective-leave', id: string): CalendarYearData['days'][number] => ({
  date,
  kind,
  name: { id, en: id },
  basis: SKB,
});
const YEAR_2029: CalendarYearData = {
  year: 2029,
  instruments: [],
  days: [day('2029-01-01', 'holiday', 'Tahun Baru'), day('2029-02-12', 'collective-leave', 'Cuti bersama Imlek')],
  counts: { holidays: 1, collectiveLeave: 1 },
};

/** The issues of parseCalendarYearData, which runs the same checks across the rows. */
function parseIssues(input: unknown): unknown {
  const parsed = parseCalendarYearData(input);
  return parsed.isOk() ? [] : dataOf(parsed.error, 'calendar/invalid-input').issues;
}

describe('checkCalendarYearData', () => {
  it('finds nothing in a good table', () => {
    expect(checkCalendarYearData(YEAR_2029)).toEqual([]);
  });

  it('names a wrong shape at its path from the table', () => {
    expect(checkCalendarYearData({ ...YEAR_2029, days: 'none' })).toEqual([{ path: 'days', message: 'Invalid input: expected array, received string' }]);
    expect(checkCalendarYearData(null)).toEqual([{ path: '', message: 'Invalid input: expected object, received null' }]);
  });

  it('finds days out of date order, each after the day it should precede', () => {
    const table = { ...YEAR_2029, days: [YEAR_2029.days[1]!, YEAR_2029.days[0]!] };
    const issues = [{ path: 'days.1.date', message: 'The days are not in date order' }];
    expect(checkCalendarYearData(table)).toEqual(issues);
    expect(parseIssues(table)).toEqual(issues);
  });

  it('finds a date given twice, except two holidays of different names on one day (13 May 2021)', () => {
    const twoHolidays = { ...YEAR_2029, days: [day('2029-01-01', 'holiday', 'A'), day('2029-01-01', 'holiday', 'B')], counts: undefined };
    expect(checkCalendarYearData({ year: 2029, instruments: [], days: twoHolidays.days })).toEqual([]);
    const twice = [{ path: 'days.1.date', message: 'The date appears twice' }];
    const sameName = [day('2029-01-01', 'holiday', 'A'), day('2029-01-01', 'holiday', 'A')];
    expect(checkCalendarYearData({ year: 2029, instruments: [], days: sameName })).toEqual(twice);
    const leaveThenHoliday = [day('2029-01-01', 'collective-leave', 'A'), day('2029-01-01', 'holiday', 'B')];
    expect(checkCalendarYearData({ year: 2029, instruments: [], days: leaveThenHoliday })).toEqual(twice);
    const holidayThenLeave = [day('2029-01-01', 'holiday', 'A'), day('2029-01-01', 'collective-leave', 'B')];
    expect(checkCalendarYearData({ year: 2029, instruments: [], days: holidayThenLeave })).toEqual(twice);
    expect(parseIssues({ year: 2029, instruments: [], days: holidayThenLeave })).toEqual(twice);
  });

  it('finds a superseded day outside the table year', () => {
    const table = { ...YEAR_2029, superseded: [{ ...day('2029-05-01', 'holiday', 'Lama'), movedTo: '2029-05-02' }, day('2028-12-31', 'holiday', 'Lama')] };
    const issues = [{ path: 'superseded.1.date', message: 'The date is not in 2029' }];
    expect(checkCalendarYearData(table)).toEqual(issues);
    expect(parseIssues(table)).toEqual(issues);
  });

  it('finds counts the table does not hold, in English; parseCalendarYearData also in Bahasa Indonesia', () => {
    const table = { ...YEAR_2029, counts: { holidays: 2, collectiveLeave: 0 } };
    expect(checkCalendarYearData(table)).toEqual([
      { path: 'counts.holidays', message: 'The instruments state 2 holidays but the table has 1' },
      { path: 'counts.collectiveLeave', message: 'The instruments state 0 cuti bersama days but the table has 1' },
    ]);
    expect(parseCalendarYearData(table)._unsafeUnwrapErr().message.id).toBe(
      'Masukan tidak valid — counts.holidays: Instrumen menetapkan 2 hari libur, tetapi tabel memuat 1; ' +
        'counts.collectiveLeave: Instrumen menetapkan 0 hari cuti bersama, tetapi tabel memuat 1',
    );
    expect(checkCalendarYearData({ ...YEAR_2029, counts: { holidays: 1, collectiveLeave: 2 } })).toEqual([
      { path: 'counts.collectiveLeave', message: 'The instruments state 2 cuti bersama days but the table has 1' },
    ]);
  });

  it('names a day outside the year in Bahasa Indonesia too', () => {
    const table = { ...YEAR_2029, days: [day('2030-01-01', 'holiday', 'Tahun Baru')], counts: undefined };
    expect(parseCalendarYearData({ year: 2029, instruments: [], days: table.days })._unsafeUnwrapErr().message).toEqual({
      id: 'Masukan tidak valid — days.0.date: Tanggal tidak berada dalam tahun 2029',
      en: 'Invalid input — days.0.date: The date is not in 2029',
    });
  });
});
