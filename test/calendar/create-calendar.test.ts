import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CALENDAR_DATA_2026,
  calendarOptionsSchema,
  countWorkingDays,
  createCalendar,
  describeDay,
  isWorkingDay,
  type CalendarError,
  type CalendarOptions,
  type CalendarYearData,
  type WorkingCalendar,
} from '../../src/calendar/index';
import { heldDate, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const YEAR_2028: CalendarYearData = {
  year: 2028,
  instruments: [{ role: 'skb', basis: { instrument: 'SKB 2028 (test)' }, signed: '2027-09-01', title: { id: 'Uji', en: 'Test' } }],
  days: [{ date: '2028-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2028 Masehi', en: "New Year's Day 2028" }, basis: { instrument: 'SKB 2028 (test)' } }],
};

describe('createCalendar', () => {
  it('defaults to a 5-day week over the built-in years 2021–2027', () => {
    const calendar = createCalendar()._unsafeUnwrap();
    expect([calendar.kind, calendar.workWeek, calendar.years, calendar.from, calendar.to]).toEqual([
      'asn-kit/working-calendar',
      5,
      [2021, 2022, 2023, 2024, 2025, 2026, 2027],
      '2021-01-01',
      '2027-12-31',
    ]);
  });

  it('counts the working days of each built-in year (5-day: 238, 237, 240; 6-day: 287, 288, 291)', () => {
    const five = createCalendar()._unsafeUnwrap();
    const six = createCalendar({ workWeek: 6 })._unsafeUnwrap();
    const perYear = (calendar: WorkingCalendar): number[] =>
      [2024, 2025, 2026].map((year) => countWorkingDays(calendar, `${String(year)}-01-01`, `${String(year)}-12-31`)._unsafeUnwrap());
    expect(perYear(five)).toEqual([238, 237, 240]);
    expect(perYear(six)).toEqual([287, 288, 291]);
  });

  it('holds only the years asked for, in order, whatever order they are given in', () => {
    const calendar = createCalendar({ years: [2026, 2025] })._unsafeUnwrap();
    expect([calendar.years, calendar.from, calendar.to]).toEqual([[2025, 2026], '2025-01-01', '2026-12-31']);
    expect(isWorkingDay(calendar, '2024-12-31')._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('refuses years that are not consecutive', () => {
    const error = createCalendar({ years: [2024, 2026] })._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/invalid-input').issues]).toEqual(['calendar/invalid-input', [{ path: 'years', message: 'The years must be consecutive' }]]);
  });

  it('refuses a year given twice (the years are consecutive distinct years)', () => {
    const error = createCalendar({ years: [2026, 2025, 2026] })._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/invalid-input').issues]).toEqual(['calendar/invalid-input', [{ path: 'years', message: 'Each year may be given once' }]]);
  });

  it('D1: 200,000 copies of one year give an Err, not a RangeError from a spread into Math.max', () => {
    const years: number[] = Array<number>(200_000).fill(2026);
    const error = createCalendar({ years })._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/invalid-input').issues]).toEqual(['calendar/invalid-input', [{ path: 'years', message: 'Too big: expected array to have <=1100 items' }]]);
    expect(calendarOptionsSchema.safeParse({ years }).success).toBe(false);
  });

  it('D1: 1,100 copies of one year (as many as the list may hold) are checked by the rules in one pass', () => {
    const years: number[] = Array<number>(1_100).fill(2026);
    const error = createCalendar({ years })._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/invalid-input').issues]).toEqual(['calendar/invalid-input', [{ path: 'years', message: 'Each year may be given once' }]]);
    expect(calendarOptionsSchema.safeParse({ years }).success).toBe(false);
  });

  it('D1: a long run of distinct years is checked in one pass (an Err per year without a table, no throw)', () => {
    const years = Array.from({ length: 1_100 }, (_, index) => 1900 + index);
    expect(createCalendar({ years })._unsafeUnwrapErr().data).toEqual({ year: 1900, available: [2021, 2022, 2023, 2024, 2025, 2026, 2027] });
  });

  it('refuses a year without a table, naming it and the years available (never a guess)', () => {
    const error = createCalendar({ years: [2027, 2028] })._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['calendar/unknown-year', { year: 2028, available: [2021, 2022, 2023, 2024, 2025, 2026, 2027] }]);
    expect(error.message).toEqual({
      id: 'Tidak ada data hari libur dan cuti bersama untuk tahun 2028 (tersedia: 2021, 2022, 2023, 2024, 2025, 2026, 2027); tambahkan tabel tahun itu melalui yearData.',
      en: 'There is no holiday and cuti bersama table for 2028 (available: 2021, 2022, 2023, 2024, 2025, 2026, 2027); add one through yearData.',
    });
  });

  it('lists the years available in order, the caller tables among the built-in ones', () => {
    const tables = [{ ...YEAR_2028, year: 2031, days: [] }, { ...YEAR_2028, year: 2019, days: [] }, { ...YEAR_2028, year: 2029, days: [] }];
    const error = createCalendar({ years: [2029, 2030], yearData: tables })._unsafeUnwrapErr();
    expect(error.data).toEqual({ year: 2030, available: [2019, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2029, 2031] });
    expect(error.message.en).toBe(
      'There is no holiday and cuti bersama table for 2030 (available: 2019, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2029, 2031); add one through yearData.',
    );
  });

  it('holds exactly the days of its years: a running count per day, and nothing past the last', () => {
    const unit = createCalendar({ years: [2026] })._unsafeUnwrap();
    expect([unit.prefix.length, unit.prefix[0], unit.prefix[365]]).toEqual([366, 0, 240]);
    expect(isWorkingDay(unit, '2027-01-01')._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('adds a year from a table of the caller', () => {
    const calendar = createCalendar({ yearData: [YEAR_2028] })._unsafeUnwrap();
    expect(calendar.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(isWorkingDay(calendar, '2028-01-01')._unsafeUnwrap()).toBe(false);
    expect(countWorkingDays(calendar, '2027-12-27', '2028-01-07')._unsafeUnwrap()).toBe(10);
  });

  it('refuses a gap between the built-in years and a table of the caller', () => {
    const error = createCalendar({ yearData: [{ ...YEAR_2028, year: 2029, days: [] }] })._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/unknown-year').year]).toEqual(['calendar/unknown-year', 2028]);
  });

  it('lets a table of the caller replace a built-in year (an amendment is one data change)', () => {
    const without18August: CalendarYearData = {
      year: 2025,
      instruments: [{ role: 'skb', basis: { instrument: 'SKB 1017/2024, 2/2024, 2/2024' }, signed: '2024-10-14', title: { id: 'Uji', en: 'Test' } }],
      days: [{ date: '2025-08-17', kind: 'holiday', name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' }, basis: { instrument: 'SKB 1017/2024, 2/2024, 2/2024' } }],
    };
    const calendar = createCalendar({ years: [2025], yearData: [without18August] })._unsafeUnwrap();
    expect(isWorkingDay(calendar, '2025-08-18')._unsafeUnwrap()).toBe(true);
    expect(isWorkingDay(calendar, '2025-12-26')._unsafeUnwrap()).toBe(true);
  });

  it('checks a table of the caller: days in its year, one row per date, one table per year', () => {
    const strayDay = createCalendar({ yearData: [{ ...YEAR_2028, days: [{ ...YEAR_2028.days[0]!, date: '2027-12-31' }] }] })._unsafeUnwrapErr();
    expect([strayDay.code, dataOf(strayDay, 'calendar/invalid-input').issues]).toEqual(['calendar/invalid-input', [{ path: 'yearData.0.days.0.date', message: 'The date is not in 2028' }]]);
    const twice = createCalendar({ yearData: [{ ...YEAR_2028, days: [YEAR_2028.days[0]!, YEAR_2028.days[0]!] }] })._unsafeUnwrapErr();
    expect(dataOf(twice, 'calendar/invalid-input').issues).toEqual([{ path: 'yearData.0.days.1.date', message: 'The date appears twice' }]);
    const twoTables = createCalendar({ yearData: [YEAR_2028, YEAR_2028] })._unsafeUnwrapErr();
    expect(dataOf(twoTables, 'calendar/invalid-input').issues).toEqual([{ path: 'yearData', message: 'Each year may have one table only' }]);
  });

  it('adds extra holidays as custom non-working days, with a default name and basis', () => {
    const calendar = createCalendar({ extraHolidays: ['2026-07-01'] })._unsafeUnwrap();
    expect(describeDay(calendar, '2026-07-01')._unsafeUnwrap().nonWorking).toEqual([
      {
        date: '2026-07-01',
        kind: 'custom',
        name: { id: 'Hari libur tambahan', en: 'Extra holiday' },
        basis: { instrument: 'Perpres 21/2023', article: 'Pasal 6', note: 'set for the unit by its PPK (createCalendar option)' },
      },
    ]);
  });

  it('keeps the name and basis the caller gives an extra holiday', () => {
    const calendar = createCalendar({
      extraHolidays: [{ date: '2026-07-01', name: { id: 'Hari Jadi Kota Medan', en: 'Medan city anniversary' }, basis: { instrument: 'Keputusan Wali Kota Medan' } }],
    })._unsafeUnwrap();
    expect(describeDay(calendar, '2026-07-01')._unsafeUnwrap().nonWorking[0]).toEqual({
      date: '2026-07-01',
      kind: 'custom',
      name: { id: 'Hari Jadi Kota Medan', en: 'Medan city anniversary' },
      basis: { instrument: 'Keputusan Wali Kota Medan' },
    });
  });

  it('makes an extra working day work: a Saturday make-up day, or even a holiday', () => {
    const calendar = createCalendar({ extraWorkingDays: ['2026-03-28', { date: '2026-08-17' }] })._unsafeUnwrap();
    expect(isWorkingDay(calendar, '2026-03-28')._unsafeUnwrap()).toBe(true);
    expect(isWorkingDay(calendar, '2026-08-17')._unsafeUnwrap()).toBe(true);
    expect(countWorkingDays(calendar, '2026-03-23', '2026-03-29')._unsafeUnwrap()).toBe(4);
  });

  it('refuses an extra day outside the years held', () => {
    const error = createCalendar({ years: [2026], extraWorkingDays: ['2026-03-28', '2025-12-27'] })._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual([
      'calendar/out-of-range',
      { date: '2025-12-27', from: '2026-01-01', to: '2026-12-31', option: 'extraWorkingDays', index: 1 },
    ]);
    expect(dataOf(createCalendar({ extraHolidays: ['2028-01-04'] })._unsafeUnwrapErr(), 'calendar/out-of-range').option).toBe('extraHolidays');
    expect(error.message).toEqual({
      id: 'extraWorkingDays: tanggal 2025-12-27 di luar tahun yang dimuat kalender (2026-01-01 s.d. 2026-12-31).',
      en: 'extraWorkingDays: the date 2025-12-27 is outside the years the calendar holds (2026-01-01 to 2026-12-31).',
    });
    const first = createCalendar({ years: [2026], extraHolidays: ['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01'] })._unsafeUnwrapErr();
    expect(first.data).toEqual({ date: '2025-12-31', from: '2026-01-01', to: '2026-12-31', option: 'extraHolidays', index: 0 });
    const last = createCalendar({ years: [2026], extraHolidays: ['2026-01-01', '2026-12-31', '2027-01-01'] })._unsafeUnwrapErr();
    expect(last.data).toEqual({ date: '2027-01-01', from: '2026-01-01', to: '2026-12-31', option: 'extraHolidays', index: 2 });
  });

  it('refuses a date that is both an extra holiday and an extra working day', () => {
    const error = createCalendar({ extraHolidays: ['2026-07-01'], extraWorkingDays: [{ date: '2026-07-01' }] })._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['calendar/conflicting-days', { date: '2026-07-01' }]);
  });

  it('refuses malformed options with coded, located issues', () => {
    const cases: readonly unknown[] = [{ workWeek: 7 }, { years: [] }, { workweek: 6 }, 'calendar', { extraHolidays: ['2026-02-30'] }, { years: [2025.5] }];
    for (const options of cases) {
      expect(createCalendar(options as CalendarOptions)._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
    }
    expect(dataOf(createCalendar({ extraHolidays: ['2026-02-30'] })._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'extraHolidays.0', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(dataOf(createCalendar({ years: [] })._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([{ path: 'years', message: 'Too small: expected array to have >=1 items' }]);
  });

  it('returns a frozen calendar', () => {
    expect(Object.isFrozen(createCalendar()._unsafeUnwrap())).toBe(true);
  });
});

describe('createCalendar at the boundary', () => {
  it('names an unknown option (a strict object), in English and in Bahasa Indonesia', () => {
    const error = createCalendar({ workweek: 6 } as CalendarOptions)._unsafeUnwrapErr();
    expect(dataOf(error, 'calendar/invalid-input').issues).toEqual([{ path: '', message: 'Unrecognized key: "workweek"' }]);
    expect(error.message).toEqual({ id: 'Masukan tidak valid — Kunci tidak dikenali: "workweek"', en: 'Invalid input — Unrecognized key: "workweek"' });
  });

  it('gives a coded Err, never a throw, for null, symbols, typed arrays and other odd options', () => {
    const odd: readonly unknown[] = [
      null,
      Symbol('options'),
      new Uint8Array(2),
      { years: new Int32Array(2) },
      { extraHolidays: new Uint8Array(1) },
      { yearData: [new Float64Array(3)] },
      { workWeek: 5n },
      [],
    ];
    for (const options of odd) expect(createCalendar(options as CalendarOptions)._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
    expect(dataOf(createCalendar({ years: new Int32Array(2) } as unknown as CalendarOptions)._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'years', message: 'Invalid input: expected array, received Int32Array' },
    ]);
  });

  it('freezes the calendar deeply: its years, running counts, and every entry, and every day it returns with its name and basis', () => {
    const calendar = createCalendar({ extraHolidays: ['2026-07-01'], extraWorkingDays: [{ date: '2026-03-28' }] })._unsafeUnwrap();
    const entries = [...calendar.offDays.values()].flat();
    const extra = [...calendar.extraWorkingDays.values()];
    expect([Object.isFrozen(calendar), Object.isFrozen(calendar.years), Object.isFrozen(calendar.prefix)]).toEqual([true, true, true]);
    // The official days of 2021–2027 (17 + 20 + 27 + 29 + 28 + 25 + 26) and the extra holiday.
    expect(entries.length).toBe(17 + 20 + 27 + 29 + 28 + 25 + 26 + 1);
    expect([...calendar.offDays.values(), ...calendar.superseded.values(), ...entries].every((value) => Object.isFrozen(value))).toBe(true);
    const returned = [...calendar.offDays.keys()]
      .flatMap((date) => describeDay(calendar, date)._unsafeUnwrap().nonWorking)
      .filter((day) => day.kind !== 'weekend');
    expect(returned.length).toBe(entries.length);
    expect([...returned, ...extra].every((day) => Object.isFrozen(day) && Object.isFrozen(day.name) && Object.isFrozen(day.basis))).toBe(true);
  });

  it('D7: its maps are read-only views: nothing can be set, deleted or cleared through them, so a later answer cannot change', () => {
    const calendar = createCalendar({ extraHolidays: ['2026-07-01'], extraWorkingDays: [{ date: '2026-03-28' }] })._unsafeUnwrap();
    const maps = [calendar.offDays, calendar.extraWorkingDays, calendar.provisional, calendar.superseded];
    for (const map of maps) {
      expect(Object.isFrozen(map)).toBe(true);
      expect(['set', 'delete', 'clear'].filter((name) => name in map)).toEqual([]);
      expect(() => Object.assign(map, { set: () => undefined })).toThrow(TypeError);
    }
    // Everything a map reads: the same entries by every method, and the view itself passed to forEach.
    const { offDays } = calendar;
    const seen: [string, unknown, unknown][] = [];
    offDays.forEach(function (this: unknown, value, key, owner) {
      seen.push([key, value, owner === offDays && this === 'context']);
    }, 'context');
    expect(seen.map(([key, value, owner]) => [key, value, owner])).toEqual([...offDays.entries()].map(([key, value]) => [key, value, true]));
    expect([...offDays]).toEqual([...offDays.entries()]);
    expect([...offDays.keys()]).toEqual(seen.map(([key]) => key));
    expect([...offDays.values()]).toEqual(seen.map(([, value]) => value));
    expect([offDays.size, offDays.has('2026-07-01'), offDays.get('2026-07-01')?.[0]?.kind, offDays.has('2026-07-02')]).toEqual([seen.length, true, 'custom', false]);
    expect([calendar.extraWorkingDays.size, calendar.extraWorkingDays.get('2026-03-28')?.date]).toEqual([1, '2026-03-28']);
    expect(isWorkingDay(calendar, '2026-07-01')._unsafeUnwrap()).toBe(false);
    // A value holding a calendar can still be cloned (the clone is not a calendar, and its maps are empty objects).
    expect(structuredClone({ calendar }).calendar.offDays).toEqual({});
  });

  it('copies what it keeps: the caller can change its own objects afterwards, and nothing of the calendar moves', () => {
    const name = { id: 'Hari Jadi Kota Medan', en: 'Medan city anniversary' };
    const options = { extraHolidays: [{ date: '2026-07-01', name }] };
    const calendar = createCalendar(options)._unsafeUnwrap();
    name.en = 'changed';
    options.extraHolidays.push({ date: '2026-07-02', name });
    expect(describeDay(calendar, '2026-07-01')._unsafeUnwrap().nonWorking[0]?.name).toEqual({ id: 'Hari Jadi Kota Medan', en: 'Medan city anniversary' });
    expect(isWorkingDay(calendar, '2026-07-02')._unsafeUnwrap()).toBe(true);
    expect([Object.isFrozen(options), Object.isFrozen(name)]).toEqual([false, false]);
  });

  it('answers from the options as they are at each call (no stale result)', () => {
    const options: { workWeek: 5 | 6; extraHolidays: string[] } = { workWeek: 5, extraHolidays: [] };
    const before = createCalendar(options)._unsafeUnwrap();
    options.workWeek = 6;
    options.extraHolidays.push('2026-07-01');
    const after = createCalendar(options)._unsafeUnwrap();
    expect([isWorkingDay(before, '2026-07-04')._unsafeUnwrap(), isWorkingDay(after, '2026-07-04')._unsafeUnwrap()]).toEqual([false, true]);
    expect([isWorkingDay(before, '2026-07-01')._unsafeUnwrap(), isWorkingDay(after, '2026-07-01')._unsafeUnwrap()]).toEqual([true, false]);
  });

  it('D7: holds a built-in day as its row and returns it named from the built-in table, whose names are frozen where they are made', () => {
    const calendar = createCalendar()._unsafeUnwrap();
    const table = CALENDAR_DATA_2026.days[0]!;
    expect(calendar.offDays.get(table.date)).toEqual([{ date: '2026-01-01', kind: 'holiday', row: 0 }]);
    const entry = describeDay(calendar, table.date)._unsafeUnwrap().nonWorking[0];
    expect(entry).toEqual({ date: table.date, kind: table.kind, name: table.name, basis: table.basis });
    expect([Object.isFrozen(entry), Object.isFrozen(table.name), Object.isFrozen(table.basis)]).toEqual([true, true, true]);
  });

  it('is the only maker of calendars: a copy of one is not a calendar', () => {
    const calendar = createCalendar()._unsafeUnwrap();
    const copy = { ...calendar } as WorkingCalendar;
    const error = countWorkingDays(copy, '2026-01-05', '2026-01-09')._unsafeUnwrapErr();
    expect([error.code, dataOf(error, 'calendar/invalid-input').issues]).toEqual([
      'calendar/invalid-input',
      [{ path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' }],
    ]);
    expect(error.message.id).toBe('Masukan tidak valid — calendar: Diharapkan kalender kerja yang dibuat oleh createCalendar (asn-kit/calendar)');
  });
});

describe('createCalendar types', () => {
  it('takes optional options and returns a Result', () => {
    expectTypeOf(createCalendar).parameter(0).toEqualTypeOf<CalendarOptions | undefined>();
    expectTypeOf(createCalendar).returns.toEqualTypeOf<Result<WorkingCalendar, CalendarError>>();
    // @ts-expect-error: a 7-day week does not exist
    createCalendar({ workWeek: 7 });
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostile(), (options) => {
        const result = createCalendar(options as CalendarOptions);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });

  it('arbitrary option objects never throw', () => {
    fc.assert(
      fc.property(
        fc.record(
          { workWeek: hostile(), years: fc.array(fc.integer({ min: 2020, max: 2030 })), extraHolidays: fc.array(hostile()), extraWorkingDays: fc.array(hostile()) },
          { requiredKeys: [] },
        ),
        (options) => {
          const result = createCalendar(options as CalendarOptions);
          expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
        },
      ),
    );
  });

  it('every calendar is deeply frozen, and an extra holiday added to the caller options between two calls shows in the second only', () => {
    const base = createCalendar()._unsafeUnwrap();
    fc.assert(
      fc.property(fc.constantFrom<5 | 6>(5, 6), heldDate(), fc.array(heldDate(), { maxLength: 4 }), (workWeek, added, holidays) => {
        const options: { workWeek: 5 | 6; extraHolidays: string[] } = { workWeek, extraHolidays: [...holidays] };
        const first = createCalendar(options)._unsafeUnwrap();
        for (const value of [first, first.years, first.prefix, ...first.offDays.values(), ...[...first.offDays.values()].flat()]) {
          expect(Object.isFrozen(value)).toBe(true);
        }
        options.extraHolidays.push(added);
        const second = createCalendar(options)._unsafeUnwrap();
        expect(isWorkingDay(second, added)._unsafeUnwrap()).toBe(false);
        const before = isWorkingDay(first, added)._unsafeUnwrap();
        expect(before).toBe(!holidays.includes(added) && isWorkingDay(workWeek === 5 ? base : createCalendar({ workWeek: 6 })._unsafeUnwrap(), added)._unsafeUnwrap());
        expect(Object.isFrozen(options)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('the options schema accepts what createCalendar accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom<5 | 6>(5, 6), fc.subarray([2024, 2025, 2026], { minLength: 1 }), (workWeek, years) => {
        const consecutive = years.every((year, index) => index === 0 || year === years[index - 1]! + 1);
        expect(calendarOptionsSchema.safeParse({ workWeek, years }).success).toBe(consecutive);
        expect(createCalendar({ workWeek, years }).isOk()).toBe(consecutive);
      }),
    );
  });
});
