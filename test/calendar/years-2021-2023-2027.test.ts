import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CALENDAR_DATA,
  CALENDAR_DATA_2021,
  CALENDAR_DATA_2022,
  CALENDAR_DATA_2023,
  CALENDAR_DATA_2027,
  checkCalendarYearData,
  countWorkingDays,
  createCalendar,
  describeDay,
  isWorkingDay,
  provisionalWarnings,
  type CalendarYearData,
} from '../../src/calendar/index';
import { isoWeekday, type IsoDate } from '../../src/core';
import { dataOf } from '../error-data';

// The final tables of the domain file on 2021, 2022, 2023 and 2027, copied by hand: date, weekday, type, name.
const ROWS: readonly (readonly [string, string, 'holiday' | 'collective-leave', string])[] = [
  ['2021-01-01', 'Fri', 'holiday', 'Tahun Baru 2021 Masehi'],
  ['2021-02-12', 'Fri', 'holiday', 'Tahun Baru Imlek 2572 Kongzili'],
  ['2021-03-11', 'Thu', 'holiday', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2021-03-14', 'Sun', 'holiday', 'Hari Suci Nyepi Tahun Baru Saka 1943'],
  ['2021-04-02', 'Fri', 'holiday', 'Wafat Isa Al Masih'],
  ['2021-05-01', 'Sat', 'holiday', 'Hari Buruh Internasional'],
  ['2021-05-12', 'Wed', 'collective-leave', 'Cuti bersama Hari Raya Idul Fitri 1442 Hijriah'],
  ['2021-05-13', 'Thu', 'holiday', 'Kenaikan Isa Al Masih'],
  ['2021-05-13', 'Thu', 'holiday', 'Hari Raya Idul Fitri 1442 Hijriah'],
  ['2021-05-14', 'Fri', 'holiday', 'Hari Raya Idul Fitri 1442 Hijriah'],
  ['2021-05-26', 'Wed', 'holiday', 'Hari Raya Waisak 2565'],
  ['2021-06-01', 'Tue', 'holiday', 'Hari Lahir Pancasila'],
  ['2021-07-20', 'Tue', 'holiday', 'Hari Raya Idul Adha 1442 Hijriah'],
  ['2021-08-11', 'Wed', 'holiday', 'Tahun Baru Islam 1443 Hijriah'],
  ['2021-08-17', 'Tue', 'holiday', 'Hari Kemerdekaan Republik Indonesia'],
  ['2021-10-20', 'Wed', 'holiday', 'Maulid Nabi Muhammad SAW'],
  ['2021-12-25', 'Sat', 'holiday', 'Hari Raya Natal'],
  ['2022-01-01', 'Sat', 'holiday', 'Tahun Baru 2022 Masehi'],
  ['2022-02-01', 'Tue', 'holiday', 'Tahun Baru Imlek 2573 Kongzili'],
  ['2022-02-28', 'Mon', 'holiday', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2022-03-03', 'Thu', 'holiday', 'Hari Suci Nyepi Tahun Baru Saka 1944'],
  ['2022-04-15', 'Fri', 'holiday', 'Wafat Isa Al Masih / Wafat Yesus Kristus'],
  ['2022-04-29', 'Fri', 'collective-leave', 'Cuti bersama Hari Raya Idul Fitri 1443 Hijriah'],
  ['2022-05-01', 'Sun', 'holiday', 'Hari Buruh Internasional'],
  ['2022-05-02', 'Mon', 'holiday', 'Hari Raya Idul Fitri 1443 Hijriah'],
  ['2022-05-03', 'Tue', 'holiday', 'Hari Raya Idul Fitri 1443 Hijriah'],
  ['2022-05-04', 'Wed', 'collective-leave', 'Cuti bersama Hari Raya Idul Fitri 1443 Hijriah'],
  ['2022-05-05', 'Thu', 'collective-leave', 'Cuti bersama Hari Raya Idul Fitri 1443 Hijriah'],
  ['2022-05-06', 'Fri', 'collective-leave', 'Cuti bersama Hari Raya Idul Fitri 1443 Hijriah'],
  ['2022-05-16', 'Mon', 'holiday', 'Hari Raya Waisak 2566 BE'],
  ['2022-05-26', 'Thu', 'holiday', 'Kenaikan Isa Al Masih / Kenaikan Yesus Kristus'],
  ['2022-06-01', 'Wed', 'holiday', 'Hari Lahir Pancasila'],
  ['2022-07-10', 'Sun', 'holiday', 'Hari Raya Idul Adha 1443 Hijriah'],
  ['2022-07-30', 'Sat', 'holiday', 'Tahun Baru Islam 1444 Hijriah'],
  ['2022-08-17', 'Wed', 'holiday', 'Hari Kemerdekaan Republik Indonesia'],
  ['2022-10-08', 'Sat', 'holiday', 'Maulid Nabi Muhammad SAW'],
  ['2022-12-25', 'Sun', 'holiday', 'Hari Raya Natal'],
  ['2023-01-01', 'Sun', 'holiday', 'Tahun Baru 2023 Masehi'],
  ['2023-01-22', 'Sun', 'holiday', 'Tahun Baru Imlek 2574 Kongzili'],
  ['2023-01-23', 'Mon', 'collective-leave', 'Cuti bersama Tahun Baru Imlek 2574 Kongzili'],
  ['2023-02-18', 'Sat', 'holiday', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2023-03-22', 'Wed', 'holiday', 'Hari Suci Nyepi Tahun Baru Saka 1945'],
  ['2023-03-23', 'Thu', 'collective-leave', 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1945'],
  ['2023-04-07', 'Fri', 'holiday', 'Wafat Isa Almasih'],
  ['2023-04-19', 'Wed', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-04-20', 'Thu', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-04-21', 'Fri', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-04-22', 'Sat', 'holiday', 'Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-04-23', 'Sun', 'holiday', 'Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-04-24', 'Mon', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-04-25', 'Tue', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1444 Hijriah'],
  ['2023-05-01', 'Mon', 'holiday', 'Hari Buruh Internasional'],
  ['2023-05-18', 'Thu', 'holiday', 'Kenaikan Isa Almasih'],
  ['2023-06-01', 'Thu', 'holiday', 'Hari Lahir Pancasila'],
  ['2023-06-02', 'Fri', 'collective-leave', 'Cuti bersama Hari Raya Waisak'],
  ['2023-06-04', 'Sun', 'holiday', 'Hari Raya Waisak 2567 BE'],
  ['2023-06-28', 'Wed', 'collective-leave', 'Cuti bersama Hari Raya Iduladha 1444 Hijriah'],
  ['2023-06-29', 'Thu', 'holiday', 'Hari Raya Iduladha 1444 Hijriah'],
  ['2023-06-30', 'Fri', 'collective-leave', 'Cuti bersama Hari Raya Iduladha 1444 Hijriah'],
  ['2023-07-19', 'Wed', 'holiday', 'Tahun Baru Islam 1445 Hijriah'],
  ['2023-08-17', 'Thu', 'holiday', 'Hari Kemerdekaan Republik Indonesia'],
  ['2023-09-28', 'Thu', 'holiday', 'Maulid Nabi Muhammad SAW'],
  ['2023-12-25', 'Mon', 'holiday', 'Hari Raya Natal'],
  ['2023-12-26', 'Tue', 'collective-leave', 'Cuti bersama Hari Raya Natal'],
  ['2027-01-01', 'Fri', 'holiday', 'Tahun Baru 2027 Masehi'],
  ['2027-01-05', 'Tue', 'holiday', 'Isra Mikraj Nabi Muhammad S.A.W. (1448 H)'],
  ['2027-02-05', 'Fri', 'collective-leave', 'Cuti bersama Tahun Baru Imlek 2578 Kongzili'],
  ['2027-02-06', 'Sat', 'holiday', 'Tahun Baru Imlek 2578 Kongzili'],
  ['2027-03-08', 'Mon', 'holiday', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'],
  ['2027-03-09', 'Tue', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1448 Hijriah'],
  ['2027-03-10', 'Wed', 'holiday', 'Idulfitri 1448 Hijriah'],
  ['2027-03-11', 'Thu', 'holiday', 'Idulfitri 1448 Hijriah'],
  ['2027-03-12', 'Fri', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1448 Hijriah'],
  ['2027-03-15', 'Mon', 'collective-leave', 'Cuti bersama Hari Raya Idulfitri 1448 Hijriah'],
  ['2027-03-25', 'Thu', 'collective-leave', 'Cuti bersama Wafat Yesus Kristus'],
  ['2027-03-26', 'Fri', 'holiday', 'Wafat Yesus Kristus'],
  ['2027-03-28', 'Sun', 'holiday', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2027-05-01', 'Sat', 'holiday', 'Hari Buruh Internasional'],
  ['2027-05-06', 'Thu', 'holiday', 'Kenaikan Yesus Kristus'],
  ['2027-05-17', 'Mon', 'holiday', 'Iduladha 1448 Hijriah'],
  ['2027-05-18', 'Tue', 'collective-leave', 'Cuti bersama Iduladha 1448 Hijriah'],
  ['2027-05-19', 'Wed', 'collective-leave', 'Cuti bersama Hari Raya Waisak 2571 BE'],
  ['2027-05-20', 'Thu', 'holiday', 'Hari Raya Waisak 2571 BE'],
  ['2027-06-01', 'Tue', 'holiday', 'Hari Lahir Pancasila'],
  ['2027-06-06', 'Sun', 'holiday', '1 Muharam Tahun Baru Islam 1449 Hijriah'],
  ['2027-08-15', 'Sun', 'holiday', 'Maulid Nabi Muhammad S.A.W.'],
  ['2027-08-17', 'Tue', 'holiday', 'Proklamasi Kemerdekaan'],
  ['2027-12-24', 'Fri', 'collective-leave', 'Cuti bersama Kelahiran Yesus Kristus (Natal)'],
  ['2027-12-25', 'Sat', 'holiday', 'Kelahiran Yesus Kristus (Natal)'],
  ['2027-12-26', 'Sun', 'holiday', 'Isra Mikraj Nabi Muhammad S.A.W. (1449 H)'],
];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const NEW_YEARS: readonly CalendarYearData[] = [CALENDAR_DATA_2021, CALENDAR_DATA_2022, CALENDAR_DATA_2023, CALENDAR_DATA_2027];
const CALENDAR = createCalendar()._unsafeUnwrap();
const instruments = (table: CalendarYearData): string[][] => table.instruments.map((item) => [item.role, item.basis.instrument, item.signed]);

describe('the 2021, 2022, 2023 and 2027 tables', () => {
  it('hold exactly the final rows of the domain tables: date, kind and Indonesian name, in order', () => {
    expect(NEW_YEARS.flatMap((table) => table.days.map((day) => [day.date, day.kind, day.name.id]))).toEqual(ROWS.map(([date, , kind, name]) => [date, kind, name]));
  });

  it('put every date on the weekday the domain tables print', () => {
    for (const [date, weekday] of ROWS) expect([date, WEEKDAYS[isoWeekday(date as IsoDate) - 1]]).toEqual([date, weekday]);
  });

  it('state the counts of the instruments: 16 + 1, 16 + 4, 16 + 11, 18 + 8', () => {
    expect(NEW_YEARS.map((table) => table.counts)).toEqual([
      { holidays: 16, collectiveLeave: 1 },
      { holidays: 16, collectiveLeave: 4 },
      { holidays: 16, collectiveLeave: 11 },
      { holidays: 18, collectiveLeave: 8 },
    ]);
  });

  it('name every instrument of each year, in the order signed', () => {
    expect(instruments(CALENDAR_DATA_2021)).toEqual([
      ['skb', 'SKB 642/2020, 4/2020, 4/2020', '2020-09-10'],
      ['amendment', 'SKB 281/2021, 1/2021, 1/2021', '2021-02-22'],
      ['asn-keppres', 'Keppres 7/2021', '2021-04-09'],
      ['amendment', 'SKB 712/2021, 1/2021, 3/2021', '2021-06-18'],
    ]);
    expect(instruments(CALENDAR_DATA_2022)).toEqual([
      ['skb', 'SKB 963/2021, 3/2021, 4/2021', '2021-09-22'],
      ['amendment', 'SKB 375/2022, 1/2022, 1/2022', '2022-04-07'],
      ['asn-keppres', 'Keppres 4/2022', '2022-04-26'],
      ['amendment', 'SKB 678/2022, 2/2022, 2/2022', '2022-07-07'],
    ]);
    expect(instruments(CALENDAR_DATA_2023)).toEqual([
      ['skb', 'SKB 1066/2022, 3/2022, 3/2022', '2022-10-11'],
      ['asn-keppres', 'Keppres 24/2022', '2022-12-23'],
      ['amendment', 'SKB 327/2023, 1/2023, 1/2023', '2023-03-29'],
      ['amendment', 'Keppres 8/2023', '2023-04-13'],
      ['amendment', 'SKB 624/2023, 2/2023, 2/2023', '2023-06-16'],
      ['amendment', 'Keppres 16/2023', '2023-06-22'],
    ]);
    expect(instruments(CALENDAR_DATA_2027)).toEqual([['skb', 'SKB 1205/2026, 3/2026, 2/2026', '2026-09-15']]);
    expect(CALENDAR_DATA_2023.instruments[5]?.title).toEqual({ id: 'Perubahan Kedua atas Keppres 24/2022', en: 'Second amendment of Keppres 24/2022' });
  });

  it('keep every superseded date with the instrument that moved or removed it', () => {
    expect(NEW_YEARS.flatMap((table) => (table.superseded ?? []).map((day) => [day.date, day.kind, day.basis.instrument, day.movedTo ?? null]))).toEqual([
      ['2021-03-12', 'collective-leave', 'SKB 281/2021, 1/2021, 1/2021', null],
      ['2021-05-17', 'collective-leave', 'SKB 281/2021, 1/2021, 1/2021', null],
      ['2021-05-18', 'collective-leave', 'SKB 281/2021, 1/2021, 1/2021', null],
      ['2021-05-19', 'collective-leave', 'SKB 281/2021, 1/2021, 1/2021', null],
      ['2021-08-10', 'holiday', 'SKB 712/2021, 1/2021, 3/2021', '2021-08-11'],
      ['2021-10-19', 'holiday', 'SKB 712/2021, 1/2021, 3/2021', '2021-10-20'],
      ['2021-12-24', 'collective-leave', 'SKB 712/2021, 1/2021, 3/2021', null],
      ['2021-12-27', 'collective-leave', 'SKB 281/2021, 1/2021, 1/2021', null],
      ['2022-07-09', 'holiday', 'SKB 678/2022, 2/2022, 2/2022', '2022-07-10'],
      ['2023-04-26', 'collective-leave', 'Keppres 8/2023', null],
    ]);
  });

  it('mark 2027 alone as provisional, resting on SKB 1205/2026, 3/2026, 2/2026 Diktum KEDUA', () => {
    expect(BUILT_IN_CALENDAR_DATA.filter((table) => table.provisional !== undefined).map((table) => table.year)).toEqual([2027]);
    expect(CALENDAR_DATA_2027.provisional?.basis).toEqual({ instrument: 'SKB 1205/2026, 3/2026, 2/2026', article: 'Diktum KEDUA' });
    expect(CALENDAR_DATA_2027.provisional?.reason.en).toContain('not issued yet');
  });

  it('pass checkCalendarYearData, every built-in year', () => {
    for (const table of BUILT_IN_CALENDAR_DATA) expect([table.year, checkCalendarYearData(table)]).toEqual([table.year, []]);
  });
});

describe('the conflicts, resolved', () => {
  it('24 Dec 2021 is a working day for ASN: removed by SKB 712/2021, with the note on Keppres 7/2021 and SE MenPANRB 26/2021', () => {
    expect(isWorkingDay(CALENDAR, '2021-12-24')._unsafeUnwrap()).toBe(true);
    const note = CALENDAR_DATA_2021.superseded?.find((day) => day.date === '2021-12-24')?.basis.note;
    expect(note).toContain('Keppres 7/2021');
    expect(note).toContain('SE MenPANRB 26/2021');
    expect(note).toContain('no amending Keppres was found');
  });

  it('12 Mar 2021 is a working day, and describeDay says it was cuti bersama removed by SKB 281/2021', () => {
    const day = describeDay(CALENDAR, '2021-03-12')._unsafeUnwrap();
    expect(day.working).toBe(true);
    expect(day.reasons.map((item) => [item.code, item.basis.instrument])).toEqual([
      ['calendar/working-day', 'Perpres 21/2023'],
      ['calendar/superseded-day', 'SKB 281/2021, 1/2021, 1/2021'],
    ]);
  });

  it('2021 Maulid is Wednesday 20 Oct (not the 22 Oct of one release), moved from 19 Oct', () => {
    expect([isWorkingDay(CALENDAR, '2021-10-19')._unsafeUnwrap(), isWorkingDay(CALENDAR, '2021-10-20')._unsafeUnwrap(), isWorkingDay(CALENDAR, '2021-10-22')._unsafeUnwrap()]).toEqual([true, false, true]);
  });

  it('13 May 2021 holds two holidays, Kenaikan Isa Al Masih and Idul Fitri', () => {
    expect(describeDay(CALENDAR, '2021-05-13')._unsafeUnwrap().nonWorking.map((day) => day.name.id)).toEqual(['Kenaikan Isa Al Masih', 'Hari Raya Idul Fitri 1442 Hijriah']);
  });

  it('26 Dec 2022 was never cuti bersama (a retracted remark): a working day', () => {
    expect(isWorkingDay(CALENDAR, '2022-12-26')._unsafeUnwrap()).toBe(true);
  });

  it('2023 Idulfitri cuti bersama follow SKB 327/2023 and Keppres 8/2023: 19–21, 24–25 Apr; 26 Apr is a working day', () => {
    expect(countWorkingDays(CALENDAR, '2023-04-17', '2023-04-28')._unsafeUnwrap()).toBe(5);
    expect(isWorkingDay(CALENDAR, '2023-04-26')._unsafeUnwrap()).toBe(true);
  });

  it('2023 Iduladha cuti bersama of 28 and 30 Jun (SKB 624/2023, Keppres 16/2023) are days off', () => {
    expect(countWorkingDays(CALENDAR, '2023-06-26', '2023-06-30')._unsafeUnwrap()).toBe(2);
  });

  it('2022 Idul Adha is Sunday 10 Jul (SKB 678/2022), and the four cuti bersama of Keppres 4/2022 are days off', () => {
    expect(CALENDAR_DATA_2022.days.find((day) => day.date === '2022-07-10')?.basis.note).toBe('moved from 2022-07-09 by SKB 678/2022, 2/2022, 2/2022 (7 Jul 2022)');
    expect(countWorkingDays(CALENDAR, '2022-04-25', '2022-05-06')._unsafeUnwrap()).toBe(4);
  });

  it('a day of 2027 carries the provisional warning; a day of 2026 does not', () => {
    expect(provisionalWarnings(CALENDAR, '2027-01-04', '2027-01-08')._unsafeUnwrap().map((item) => [item.code, item.severity, item.basis.instrument])).toEqual([
      ['calendar/provisional-year', 'warning', 'SKB 1205/2026, 3/2026, 2/2026'],
    ]);
    expect(describeDay(CALENDAR, '2027-01-04')._unsafeUnwrap().reasons.map((item) => item.code)).toEqual(['calendar/working-day', 'calendar/provisional-year']);
    expect(provisionalWarnings(CALENDAR, '2026-12-01', '2026-12-31')._unsafeUnwrap()).toEqual([]);
  });

  it('a day of 2028 is calendar/year-not-covered, naming the years held and how to add one', () => {
    const error = countWorkingDays(CALENDAR, '2028-01-03', '2028-01-07')._unsafeUnwrapErr();
    expect(error.code).toBe('calendar/year-not-covered');
    expect(error.message.en).toContain('2021–2027');
    expect(error.message.en).toContain('yearData');
    expect(dataOf(error, 'calendar/year-not-covered').years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });
});

describe('working days per year', () => {
  it('counts the working days of each built-in year in 5- and 6-day weeks', () => {
    const six = createCalendar({ workWeek: 6 })._unsafeUnwrap();
    const table = [2021, 2022, 2023, 2024, 2025, 2026, 2027].map((year) => [
      year,
      countWorkingDays(CALENDAR, `${year}-01-01`, `${year}-12-31`)._unsafeUnwrap(),
      countWorkingDays(six, `${year}-01-01`, `${year}-12-31`)._unsafeUnwrap(),
    ]);
    expect(table).toEqual(WORKING_DAYS);
  });
});

// Checked by hand for 2021 (261 weekdays − 12 weekday holidays − 1 cuti bersama = 248) and 2027 (261 − 11 − 8 = 242).
const WORKING_DAYS: readonly (readonly [number, number, number])[] = [
  [2021, 248, 298],
  [2022, 246, 296],
  [2023, 239, 289],
  [2024, 238, 287],
  [2025, 237, 288],
  [2026, 240, 291],
  [2027, 242, 291],
];
