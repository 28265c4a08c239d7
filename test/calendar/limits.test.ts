import { describe, expect, it } from 'vitest';
import {
  calendarOptionsSchema,
  calendarYearDataSchema,
  checkCalendarYearData,
  countWorkingDays,
  createCalendar,
  parseCalendarYearData,
  type CalendarOptions,
  type CalendarYearData,
} from '../../src/calendar/index';
import { fromDayNumber, toDayNumber, validate, type InputIssue, type IsoDate, type LocalizedText } from '../../src/core';
import { dataOf } from '../error-data';

// D9: every list the calendar takes has a limit (the years and year tables: 1,100, every year of 1900–2999; the days
// and superseded days of a table: 366; its instruments: 1,000; the extra days: 5,000 each; a text: 10,000
// characters), and the list items of one createCalendar call together are at most 200,000. createCalendar checks its
// options without zod, so each limit is tested on both sides: createCalendar and calendarOptionsSchema (through
// validate, which counts the items first), checkCalendarYearData and parseCalendarYearData.

const TOO_MANY_ITEMS: LocalizedText = {
  en: 'Too big: expected all the lists of the input to hold <=200000 items together',
  id: 'Terlalu besar: seluruh daftar dalam masukan diharapkan berisi <=200000 butir',
};

const BASIS = { instrument: 'SKB 2028 (test)' };
const holiday = (date: string, id = 'Libur'): CalendarYearData['days'][number] => ({ date, kind: 'holiday', name: { id, en: id }, basis: BASIS });
const instrument: CalendarYearData['instruments'][number] = { role: 'skb', basis: BASIS, signed: '2027-09-01', title: { id: 'Uji', en: 'Test' } };

/** Every date of a year, in order. */
function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let day = toDayNumber(`${String(year)}-01-01` as IsoDate); day <= toDayNumber(`${String(year)}-12-31` as IsoDate); day += 1) dates.push(fromDayNumber(day));
  return dates;
}

/** The years from `first`, `count` of them. */
const yearsFrom = (first: number, count: number): number[] => Array.from({ length: count }, (_, index) => first + index);

/** The issues createCalendar finds in its options (none when it gets past them), in English. */
function createIssues(options: unknown): readonly InputIssue[] {
  const result = createCalendar(options as CalendarOptions);
  return result.isErr() && result.error.code === 'calendar/invalid-input' ? dataOf(result.error, 'calendar/invalid-input').issues : [];
}

/** The issues calendarOptionsSchema gives through validate (which counts the list items first). */
function schemaIssues(options: unknown): readonly InputIssue[] {
  const parsed = validate(calendarOptionsSchema, options, 'calendar/invalid-input');
  return parsed.isErr() ? parsed.error.data.issues : [];
}

/** The issues parseCalendarYearData finds in a table. */
function parseIssues(table: unknown): readonly InputIssue[] {
  const parsed = parseCalendarYearData(table);
  return parsed.isErr() ? dataOf(parsed.error, 'calendar/invalid-input').issues : [];
}

/** Both sides agree on the options, and give `issues`. */
function expectOptionIssues(options: unknown, issues: readonly InputIssue[]): void {
  expect([createIssues(options), schemaIssues(options)]).toEqual([issues, issues]);
}

/** Both sides agree on the table, and give `issues`. */
function expectTableIssues(table: unknown, issues: readonly InputIssue[]): void {
  expect([checkCalendarYearData(table), parseIssues(table)]).toEqual([issues, issues]);
}

describe('D9: the crafted inputs that took seconds are refused before their items are read', () => {
  it('1900–2999 with every day listed as a holiday (401,767 day rows, 1.4 s before) is one issue at path ""', () => {
    const day = holiday('1900-01-01');
    const daysIn = (year: number): number => (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365);
    const options = { years: yearsFrom(1900, 1_100), yearData: yearsFrom(1900, 1_100).map((year) => ({ year, instruments: [], days: Array<unknown>(daysIn(year)).fill(day) })) };
    expect(options.yearData.reduce((rows, table) => rows + table.days.length, 0)).toBe(401_767);
    expectOptionIssues(options, [{ path: '', message: TOO_MANY_ITEMS.en }]);
    const error = createCalendar(options as CalendarOptions)._unsafeUnwrapErr();
    expect(error.message).toEqual({ id: `Masukan tidak valid — ${TOO_MANY_ITEMS.id}`, en: `Invalid input — ${TOO_MANY_ITEMS.en}` });
  });

  it('a table of 40,000 distinct dates (seconds before: each row looked for its date among all the rows) is one issue at its days', () => {
    const first = toDayNumber('1900-01-01' as IsoDate);
    const table = { year: 1900, instruments: [], days: Array.from({ length: 40_000 }, (_, index) => holiday(fromDayNumber(first + index))) };
    expectTableIssues(table, [{ path: 'days', message: 'Too big: expected array to have <=366 items' }]);
    expectOptionIssues({ years: [1900], yearData: [table] }, [{ path: 'yearData.0.days', message: 'Too big: expected array to have <=366 items' }]);
    expect(parseCalendarYearData(table)._unsafeUnwrapErr().message.id).toBe('Masukan tidak valid — days: Terlalu besar: diharapkan array memiliki <=366 item');
  });

  it('the rows of a table are matched to the first row of their date: a third row with the name of the first is a date given twice', () => {
    const days = [holiday('2029-01-01', 'A'), holiday('2029-01-01', 'B'), holiday('2029-01-01', 'A')];
    expectTableIssues({ year: 2029, instruments: [], days }, [{ path: 'days.2.date', message: 'The date appears twice' }]);
  });
});

describe('D9: each list of the calendar at its limit, and one item past it', () => {
  it('years: 1,100 (every year of 1900–2999) are checked for their tables; 1,101 are too many', () => {
    const years = yearsFrom(1900, 1_100);
    expect(schemaIssues({ years })).toEqual([]);
    expect(createCalendar({ years })._unsafeUnwrapErr().code).toBe('calendar/unknown-year');
    expectOptionIssues({ years: [...years, 2026] }, [{ path: 'years', message: 'Too big: expected array to have <=1100 items' }]);
  });

  it('yearData: 1,100 tables (one for each year of 1900–2999) are read; 1,101 are too many (and their years are not compared)', () => {
    const tables = yearsFrom(1900, 1_100).map((year) => ({ year, instruments: [], days: [] }));
    const calendar = createCalendar({ years: [2998, 2999], yearData: tables });
    expect(calendar.isOk() && [calendar.value.from, calendar.value.to]).toEqual(['2998-01-01', '2999-12-31']);
    expect(schemaIssues({ yearData: tables })).toEqual([]);
    expectOptionIssues({ yearData: [...tables, tables[0]] }, [{ path: 'yearData', message: 'Too big: expected array to have <=1100 items' }]);
  });

  it('days: 366 rows (every day of 2028 a holiday) make a year without a working day; 367 are too many', () => {
    const table = { year: 2028, instruments: [], days: datesOf(2028).map((date) => holiday(date)) };
    expectTableIssues(table, []);
    const calendar = createCalendar({ years: [2028], yearData: [table] });
    expect(calendar.andThen((held) => countWorkingDays(held, '2028-01-01', '2028-12-31'))._unsafeUnwrap()).toBe(0);
    const longer = { ...table, days: [...table.days, holiday('2028-12-31', 'Lain')] };
    expectTableIssues(longer, [{ path: 'days', message: 'Too big: expected array to have <=366 items' }]);
    expectOptionIssues({ yearData: [longer] }, [{ path: 'yearData.0.days', message: 'Too big: expected array to have <=366 items' }]);
  });

  it('superseded: 366 days; 367 are too many', () => {
    const superseded = datesOf(2028).map((date) => holiday(date));
    expectTableIssues({ year: 2028, instruments: [], days: [], superseded }, []);
    expectTableIssues({ year: 2028, instruments: [], days: [], superseded: [...superseded, holiday('2028-01-01')] }, [
      { path: 'superseded', message: 'Too big: expected array to have <=366 items' },
    ]);
  });

  it('instruments: 1,000; 1,001 are too many', () => {
    const instruments = Array<typeof instrument>(1_000).fill(instrument);
    expectTableIssues({ year: 2028, instruments, days: [] }, []);
    expectTableIssues({ year: 2028, instruments: [...instruments, instrument], days: [] }, [{ path: 'instruments', message: 'Too big: expected array to have <=1000 items' }]);
  });

  it('extraHolidays and extraWorkingDays: 5,000 each; 5,001 are too many, their items unread', () => {
    const holidays = Array<string>(5_000).fill('2026-07-01');
    const workingDays = Array<string>(5_000).fill('2026-03-28');
    expect(createCalendar({ years: [2026], extraHolidays: holidays, extraWorkingDays: workingDays }).isOk()).toBe(true);
    expect(schemaIssues({ years: [2026], extraHolidays: holidays, extraWorkingDays: workingDays })).toEqual([]);
    expectOptionIssues({ extraHolidays: [...holidays, 'not a date'], extraWorkingDays: [...workingDays, '2026-03-28'] }, [
      { path: 'extraHolidays', message: 'Too big: expected array to have <=5000 items' },
      { path: 'extraWorkingDays', message: 'Too big: expected array to have <=5000 items' },
    ]);
  });

  it('a text: 10,000 characters, counted in code points; 10,001 are too many, in both languages', () => {
    const at = (text: string): CalendarOptions => ({ years: [2026], extraHolidays: [{ date: '2026-07-01', name: { id: text, en: 'Holiday' }, basis: { instrument: text } }] });
    expectOptionIssues(at('x'.repeat(10_000)), []);
    // 10,001 UTF-16 units, but 10,000 code points (zod counts the code points).
    expectOptionIssues(at(`${'x'.repeat(9_999)}😀`), []);
    const tooLong = 'Too big: expected string to have <=10000 characters';
    expectOptionIssues(at('x'.repeat(10_001)), [
      { path: 'extraHolidays.0.name.id', message: tooLong },
      { path: 'extraHolidays.0.basis.instrument', message: tooLong },
    ]);
    expect(createCalendar(at(`${'x'.repeat(10_000)}😀`))._unsafeUnwrapErr().message).toEqual({
      id: 'Masukan tidak valid — extraHolidays.0.name.id: Terlalu besar: diharapkan string memiliki <=10000 karakter; extraHolidays.0.basis.instrument: Terlalu besar: diharapkan string memiliki <=10000 karakter',
      en: `Invalid input — extraHolidays.0.name.id: ${tooLong}; extraHolidays.0.basis.instrument: ${tooLong}`,
    });
    expectTableIssues({ year: 2028, instruments: [], days: [holiday('2028-01-01', 'x'.repeat(10_001))] }, [
      { path: 'days.0.name.id', message: tooLong },
      { path: 'days.0.name.en', message: tooLong },
    ]);
  });
});

describe('D9: the list items of one createCalendar call together, at most 200,000', () => {
  /** Options whose seven lists hold the items given (the years list, both extra-day lists, two tables and their lists). */
  const spread = (counts: readonly number[]): unknown => {
    const [years, holidays, workingDays, instruments, days, superseded, lastDays] = counts.map((count) => Array<number>(count).fill(0));
    return {
      years,
      extraHolidays: holidays,
      extraWorkingDays: workingDays,
      yearData: [
        { year: 2028, instruments, days, superseded },
        { year: 2029, instruments: [], days: lastDays },
      ],
    };
  };
  // 1 + 1 + 1 + 2 tables + 1 + 1 + 1 + 199,992 = 200,000.
  const AT_THE_LIMIT = [1, 1, 1, 1, 1, 1, 199_992];

  it('exactly 200,000 items: the lists are read (here the last table has too many days)', () => {
    const issues = createIssues(spread(AT_THE_LIMIT));
    expect(issues.some((issue) => issue.path === '')).toBe(false);
    expect(issues.at(-1)).toEqual({ path: 'yearData.1.days', message: 'Too big: expected array to have <=366 items' });
    expect(createIssues(spread(AT_THE_LIMIT))).toEqual(schemaIssues(spread(AT_THE_LIMIT)));
  });

  it('one item more in any of the lists: one issue at path "", nothing read', () => {
    for (let list = 0; list < AT_THE_LIMIT.length; list += 1) {
      const counts = AT_THE_LIMIT.map((count, index) => (index === list ? count + 1 : count));
      expectOptionIssues(spread(counts), [{ path: '', message: TOO_MANY_ITEMS.en }]);
    }
  });

  it('the items of a table after the count reaches exactly 200,000 still count', () => {
    // 2 tables + 199,998 days = 200,000, then one day more in the second table.
    const table = (year: number, days: number): unknown => ({ year, instruments: [], days: Array<number>(days).fill(0) });
    expect(createIssues({ yearData: [table(2028, 199_998), table(2029, 0)] })).toEqual([{ path: 'yearData.0.days', message: 'Too big: expected array to have <=366 items' }]);
    expectOptionIssues({ yearData: [table(2028, 199_998), table(2029, 1)] }, [{ path: '', message: TOO_MANY_ITEMS.en }]);
  });

  it('a year table alone is not counted: its own limits keep it within 1,732 items', () => {
    expectTableIssues({ year: 2028, instruments: [], days: Array<number>(200_001).fill(0) }, [{ path: 'days', message: 'Too big: expected array to have <=366 items' }]);
    expect(calendarYearDataSchema.safeParse({ year: 2028, instruments: [], days: [], superseded: [] }).success).toBe(true);
  });
});
