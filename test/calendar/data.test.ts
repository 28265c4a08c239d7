import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BUILT_IN_CALENDAR_DATA,
  CALENDAR_DATA_2024,
  CALENDAR_DATA_2025,
  CALENDAR_DATA_2026,
  calendarYearDataSchema,
  createCalendar,
  isWorkingDay,
  type CalendarYearData,
} from '../../src/calendar/index';
import { isoWeekday, type IsoDate } from '../../src/core';

// The rows of the digest's §3.2 tables, copied by hand: date, weekday column, type column, name column, ad hoc.
const DIGEST_ROWS: readonly (readonly [string, string, 'holiday' | 'collective-leave', string, true?])[] = [
  ['2024-01-01', 'Mon', 'holiday', 'Tahun Baru 2024 Masehi'],
  ['2024-02-08', 'Thu', 'holiday', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2024-02-09', 'Fri', 'collective-leave', 'Cuti bersama Tahun Baru Imlek 2575 Kongzili'],
  ['2024-02-10', 'Sat', 'holiday', 'Tahun Baru Imlek 2575 Kongzili'],
  ['2024-02-14', 'Wed', 'holiday', 'Hari pemungutan suara Pemilu 2024', true],
  ['2024-03-11', 'Mon', 'holiday', 'Hari Suci Nyepi Tahun Baru Saka 1946'],
  ['2024-03-12', 'Tue', 'collective-leave', 'Cuti bersama Nyepi'],
  ['2024-03-29', 'Fri', 'holiday', 'Wafat Isa Al Masih'],
  ['2024-03-31', 'Sun', 'holiday', 'Hari Paskah'],
  ['2024-04-08', 'Mon', 'collective-leave', 'Cuti bersama Idul Fitri 1445 H'],
  ['2024-04-09', 'Tue', 'collective-leave', 'Cuti bersama Idul Fitri 1445 H'],
  ['2024-04-10', 'Wed', 'holiday', 'Hari Raya Idul Fitri 1445 H'],
  ['2024-04-11', 'Thu', 'holiday', 'Hari Raya Idul Fitri 1445 H'],
  ['2024-04-12', 'Fri', 'collective-leave', 'Cuti bersama Idul Fitri 1445 H'],
  ['2024-04-15', 'Mon', 'collective-leave', 'Cuti bersama Idul Fitri 1445 H'],
  ['2024-05-01', 'Wed', 'holiday', 'Hari Buruh Internasional'],
  ['2024-05-09', 'Thu', 'holiday', 'Kenaikan Isa Al Masih'],
  ['2024-05-10', 'Fri', 'collective-leave', 'Cuti bersama Kenaikan Isa Al Masih'],
  ['2024-05-23', 'Thu', 'holiday', 'Hari Raya Waisak 2568 BE'],
  ['2024-05-24', 'Fri', 'collective-leave', 'Cuti bersama Waisak'],
  ['2024-06-01', 'Sat', 'holiday', 'Hari Lahir Pancasila'],
  ['2024-06-17', 'Mon', 'holiday', 'Hari Raya Idul Adha 1445 H'],
  ['2024-06-18', 'Tue', 'collective-leave', 'Cuti bersama Idul Adha 1445 H'],
  ['2024-07-07', 'Sun', 'holiday', 'Tahun Baru Islam 1446 H'],
  ['2024-08-17', 'Sat', 'holiday', 'Hari Kemerdekaan RI'],
  ['2024-09-16', 'Mon', 'holiday', 'Maulid Nabi Muhammad SAW'],
  ['2024-11-27', 'Wed', 'holiday', 'Hari pemungutan suara Pilkada serentak', true],
  ['2024-12-25', 'Wed', 'holiday', 'Hari Raya Natal'],
  ['2024-12-26', 'Thu', 'collective-leave', 'Cuti bersama Natal'],
  ['2025-01-01', 'Wed', 'holiday', 'Tahun Baru 2025 Masehi'],
  ['2025-01-27', 'Mon', 'holiday', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2025-01-28', 'Tue', 'collective-leave', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili'],
  ['2025-01-29', 'Wed', 'holiday', 'Tahun Baru Imlek 2576 Kongzili'],
  ['2025-03-28', 'Fri', 'collective-leave', 'Cuti bersama Nyepi (Tahun Baru Saka 1947)'],
  ['2025-03-29', 'Sat', 'holiday', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'],
  ['2025-03-31', 'Mon', 'holiday', 'Idulfitri 1446 H'],
  ['2025-04-01', 'Tue', 'holiday', 'Idulfitri 1446 H'],
  ['2025-04-02', 'Wed', 'collective-leave', 'Cuti bersama Idulfitri 1446 H'],
  ['2025-04-03', 'Thu', 'collective-leave', 'Cuti bersama Idulfitri 1446 H'],
  ['2025-04-04', 'Fri', 'collective-leave', 'Cuti bersama Idulfitri 1446 H'],
  ['2025-04-07', 'Mon', 'collective-leave', 'Cuti bersama Idulfitri 1446 H'],
  ['2025-04-18', 'Fri', 'holiday', 'Wafat Yesus Kristus'],
  ['2025-04-20', 'Sun', 'holiday', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2025-05-01', 'Thu', 'holiday', 'Hari Buruh Internasional'],
  ['2025-05-12', 'Mon', 'holiday', 'Hari Raya Waisak 2569 BE'],
  ['2025-05-13', 'Tue', 'collective-leave', 'Cuti bersama Waisak'],
  ['2025-05-29', 'Thu', 'holiday', 'Kenaikan Yesus Kristus'],
  ['2025-05-30', 'Fri', 'collective-leave', 'Cuti bersama Kenaikan Yesus Kristus'],
  ['2025-06-01', 'Sun', 'holiday', 'Hari Lahir Pancasila'],
  ['2025-06-06', 'Fri', 'holiday', 'Iduladha 1446 H'],
  ['2025-06-09', 'Mon', 'collective-leave', 'Cuti bersama Iduladha 1446 H'],
  ['2025-06-27', 'Fri', 'holiday', '1 Muharam Tahun Baru Islam 1447 H'],
  ['2025-08-17', 'Sun', 'holiday', 'Proklamasi Kemerdekaan'],
  ['2025-08-18', 'Mon', 'collective-leave', 'Cuti bersama HUT ke-80 RI'],
  ['2025-09-05', 'Fri', 'holiday', 'Maulid Nabi Muhammad SAW'],
  ['2025-12-25', 'Thu', 'holiday', 'Kelahiran Yesus Kristus'],
  ['2025-12-26', 'Fri', 'collective-leave', 'Cuti bersama Kelahiran Yesus Kristus'],
  ['2026-01-01', 'Thu', 'holiday', 'Tahun Baru 2026 Masehi'],
  ['2026-01-16', 'Fri', 'holiday', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2026-02-16', 'Mon', 'collective-leave', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili'],
  ['2026-02-17', 'Tue', 'holiday', 'Tahun Baru Imlek 2577 Kongzili'],
  ['2026-03-18', 'Wed', 'collective-leave', 'Cuti bersama Nyepi (Tahun Baru Saka 1948)'],
  ['2026-03-19', 'Thu', 'holiday', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'],
  ['2026-03-20', 'Fri', 'collective-leave', 'Cuti bersama Idulfitri 1447 H'],
  ['2026-03-21', 'Sat', 'holiday', 'Idulfitri 1447 H'],
  ['2026-03-22', 'Sun', 'holiday', 'Idulfitri 1447 H'],
  ['2026-03-23', 'Mon', 'collective-leave', 'Cuti bersama Idulfitri 1447 H'],
  ['2026-03-24', 'Tue', 'collective-leave', 'Cuti bersama Idulfitri 1447 H'],
  ['2026-04-03', 'Fri', 'holiday', 'Wafat Yesus Kristus'],
  ['2026-04-05', 'Sun', 'holiday', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2026-05-01', 'Fri', 'holiday', 'Hari Buruh Internasional'],
  ['2026-05-14', 'Thu', 'holiday', 'Kenaikan Yesus Kristus'],
  ['2026-05-15', 'Fri', 'collective-leave', 'Cuti bersama Kenaikan Yesus Kristus'],
  ['2026-05-27', 'Wed', 'holiday', 'Iduladha 1447 H'],
  ['2026-05-28', 'Thu', 'collective-leave', 'Cuti bersama Iduladha 1447 H'],
  ['2026-05-31', 'Sun', 'holiday', 'Hari Raya Waisak 2570 BE'],
  ['2026-06-01', 'Mon', 'holiday', 'Hari Lahir Pancasila'],
  ['2026-06-16', 'Tue', 'holiday', '1 Muharam Tahun Baru Islam 1448 H'],
  ['2026-08-17', 'Mon', 'holiday', 'Proklamasi Kemerdekaan'],
  ['2026-08-25', 'Tue', 'holiday', 'Maulid Nabi Muhammad SAW'],
  ['2026-12-24', 'Thu', 'collective-leave', 'Cuti bersama Kelahiran Yesus Kristus'],
  ['2026-12-25', 'Fri', 'holiday', 'Kelahiran Yesus Kristus'],
];

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const ALL_DAYS = BUILT_IN_CALENDAR_DATA.flatMap((table) => table.days);
const DAYS_2024_2026 = [CALENDAR_DATA_2024, CALENDAR_DATA_2025, CALENDAR_DATA_2026].flatMap((table) => table.days);

function count(table: CalendarYearData, kind: 'holiday' | 'collective-leave', adHoc: boolean): number {
  return table.days.filter((day) => day.kind === kind && (day.adHoc === true) === adHoc).length;
}

describe('the built-in year tables', () => {
  it('§3.2 2024 header: 17 holidays + 2 ad-hoc election holidays + 10 cuti bersama', () => {
    expect([count(CALENDAR_DATA_2024, 'holiday', false), count(CALENDAR_DATA_2024, 'holiday', true), count(CALENDAR_DATA_2024, 'collective-leave', false)]).toEqual([17, 2, 10]);
  });

  it('§3.2 2025 header: 17 holidays + 11 cuti bersama (10 + 18 Aug by the amending SKB)', () => {
    expect([count(CALENDAR_DATA_2025, 'holiday', false), count(CALENDAR_DATA_2025, 'holiday', true), count(CALENDAR_DATA_2025, 'collective-leave', false)]).toEqual([17, 0, 11]);
  });

  it('§3.2 2026 header: 17 holidays + 8 cuti bersama (total 25)', () => {
    expect([count(CALENDAR_DATA_2026, 'holiday', false), count(CALENDAR_DATA_2026, 'collective-leave', false), CALENDAR_DATA_2026.days.length]).toEqual([17, 8, 25]);
  });

  it('holds exactly the digest rows: date, kind, Indonesian name and ad-hoc flag, in order', () => {
    expect(DAYS_2024_2026.map((day) => [day.date, day.kind, day.name.id, day.adHoc])).toEqual(
      DIGEST_ROWS.map(([date, , kind, name, adHoc]) => [date, kind, name, adHoc]),
    );
  });

  it('every date falls on the weekday the digest prints', () => {
    for (const [date, weekday] of DIGEST_ROWS) expect([date, WEEKDAYS[isoWeekday(date as IsoDate) - 1]]).toEqual([date, weekday]);
  });

  it('has no duplicate dates but 13 May 2021 (two holidays), keeps each row in its own year and in date order', () => {
    for (const table of BUILT_IN_CALENDAR_DATA) {
      const dates = table.days.map((day) => day.date);
      expect(new Set(dates).size).toBe(dates.length - (table.year === 2021 ? 1 : 0));
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((date) => date.startsWith(`${String(table.year)}-`))).toBe(true);
    }
  });

  it('passes its own schema', () => {
    for (const table of BUILT_IN_CALENDAR_DATA) expect(calendarYearDataSchema.safeParse(table).success).toBe(true);
  });

  it('names the instruments of each year: the SKB, the ASN Keppres, the election Keppres and the 2025 amendment', () => {
    expect(CALENDAR_DATA_2024.instruments.map((instrument) => [instrument.role, instrument.basis.instrument, instrument.signed])).toEqual([
      ['skb', 'SKB 855/2023, 3/2023, 4/2023', '2023-09-12'],
      ['asn-keppres', 'Keppres 7/2024', '2024-01-09'],
      ['ad-hoc', 'Keppres 10/2024', '2024-02-06'],
      ['ad-hoc', 'Keppres 33/2024', '2024-11-21'],
    ]);
    expect(CALENDAR_DATA_2025.instruments.map((instrument) => [instrument.role, instrument.basis.instrument, instrument.signed])).toEqual([
      ['skb', 'SKB 1017/2024, 2/2024, 2/2024', '2024-10-14'],
      ['asn-keppres', 'Keppres 2/2025', '2025-01-16'],
      ['amendment', 'SKB 933/2025, 1/2025, 3/2025', '2025-08-07'],
    ]);
    expect(CALENDAR_DATA_2026.instruments.map((instrument) => [instrument.role, instrument.basis.instrument, instrument.signed])).toEqual([
      ['skb', 'SKB 1497/2025, 2/2025, 5/2025', '2025-09-19'],
      ['asn-keppres', 'Keppres 42/2025', '2025-12-31'],
    ]);
  });

  it('cites each day by the instrument that set it', () => {
    const bases = (table: CalendarYearData, kind: 'holiday' | 'collective-leave'): string[] => [
      ...new Set(table.days.filter((day) => day.kind === kind).map((day) => day.basis.instrument)),
    ];
    expect(bases(CALENDAR_DATA_2024, 'holiday')).toEqual(['SKB 855/2023, 3/2023, 4/2023', 'Keppres 10/2024', 'Keppres 33/2024']);
    expect(bases(CALENDAR_DATA_2024, 'collective-leave')).toEqual(['Keppres 7/2024']);
    expect(bases(CALENDAR_DATA_2025, 'holiday')).toEqual(['SKB 1017/2024, 2/2024, 2/2024']);
    expect(bases(CALENDAR_DATA_2025, 'collective-leave')).toEqual(['Keppres 2/2025', 'SKB 933/2025, 1/2025, 3/2025']);
    expect(bases(CALENDAR_DATA_2026, 'holiday')).toEqual(['SKB 1497/2025, 2/2025, 5/2025']);
    expect(bases(CALENDAR_DATA_2026, 'collective-leave')).toEqual(['Keppres 42/2025']);
  });

  it('§8 item 13: 18 Aug 2025 is cuti bersama by the amending SKB, with a note that no ASN Keppres amendment was found', () => {
    const day = CALENDAR_DATA_2025.days.find((row) => row.date === '2025-08-18');
    expect(day?.kind).toBe('collective-leave');
    expect(day?.basis.instrument).toBe('SKB 933/2025, 1/2025, 3/2025');
    expect(day?.basis.note).toContain('No amending ASN Keppres was found');
  });

  it('gives every day an Indonesian and an English name', () => {
    expect(ALL_DAYS.filter((day) => day.name.id === '' || day.name.en === '')).toEqual([]);
  });
});

describe('data types', () => {
  it('types each table as a CalendarYearData', () => {
    expectTypeOf(CALENDAR_DATA_2026).toExtend<CalendarYearData>();
    expectTypeOf(BUILT_IN_CALENDAR_DATA).toEqualTypeOf<readonly CalendarYearData[]>();
  });
});

describe('properties', () => {
  const fiveDay = createCalendar()._unsafeUnwrap();
  const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();

  it('no official day is a working day, in a 5-day or a 6-day week', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_DAYS), fc.constantFrom(fiveDay, sixDay), (day, calendar) => {
        expect(isWorkingDay(calendar, day.date)._unsafeUnwrap()).toBe(false);
      }),
    );
  });
});
