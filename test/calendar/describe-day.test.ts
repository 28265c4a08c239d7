import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCalendar, describeDay, isWorkingDay, type CalendarError, type DayDescription, type WorkingCalendar } from '../../src/calendar/index';
import { heldDate, hostile } from './arbitraries';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();

describe('describeDay', () => {
  it('explains a working day by the 5-day week of Perpres 21/2023 Pasal 3 (docs/interpretations.md#working-week)', () => {
    expect(describeDay(calendar, '2026-08-18')._unsafeUnwrap()).toEqual({
      date: '2026-08-18',
      weekday: 2,
      working: true,
      nonWorking: [],
      reasons: [
        {
          code: 'calendar/working-day',
          severity: 'info',
          basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3 ayat (1)–(2)', note: 'Monday–Friday', interpretation: 'working-week' },
          message: { id: '2026-08-18 adalah hari kerja (5 hari kerja (Senin–Jumat)).', en: '2026-08-18 is a working day (5-day week (Monday–Friday)).' },
          data: { date: '2026-08-18' },
        },
      ],
    });
  });

  it('explains a worked Saturday in a 6-day unit by Perpres 21/2023 Pasal 7', () => {
    const day = describeDay(sixDay, '2025-04-05')._unsafeUnwrap();
    expect([day.working, day.weekday, day.reasons.map((why) => [why.code, why.basis.article])]).toEqual([true, 6, [['calendar/working-day', 'Pasal 7']]]);
  });

  it('gives a Saturday holiday two reasons: the holiday, then the weekend', () => {
    const day = describeDay(calendar, '2024-02-10')._unsafeUnwrap();
    expect(day.working).toBe(false);
    expect(day.nonWorking.map((off) => [off.kind, off.name.id, off.basis.instrument])).toEqual([
      ['holiday', 'Tahun Baru Imlek 2575 Kongzili', 'SKB 855/2023, 3/2023, 4/2023'],
      ['weekend', 'Sabtu', 'Perpres 21/2023'],
    ]);
    expect(day.reasons.map((why) => why.code)).toEqual(['calendar/holiday', 'calendar/weekend']);
    expect(day.reasons[0]?.message.en).toBe('2024-02-10 is not a working day: national holiday — Chinese New Year 2575 Kongzili.');
  });

  it('§8 item 13: explains 18 Aug 2025 as cuti bersama by the amending SKB, noting it does not reduce annual leave', () => {
    const day = describeDay(calendar, '2025-08-18')._unsafeUnwrap();
    expect(day.reasons.map((why) => [why.code, why.basis.instrument])).toEqual([['calendar/collective-leave', 'SKB 933/2025, 1/2025, 3/2025']]);
    expect(day.reasons[0]?.message.id).toBe(
      '2025-08-18 bukan hari kerja: cuti bersama ASN (tidak mengurangi cuti tahunan) — Cuti bersama HUT ke-80 RI.',
    );
  });

  it('names an ad-hoc election holiday by its Keppres', () => {
    expect(describeDay(calendar, '2024-11-27')._unsafeUnwrap().nonWorking[0]?.basis).toEqual({ instrument: 'Keppres 33/2024' });
  });

  it('explains an extra working day that overrides a holiday, keeping the overridden reason', () => {
    const unit = createCalendar({
      extraWorkingDays: [{ date: '2026-08-17', name: { id: 'Pelayanan upacara', en: 'Ceremony service' }, basis: { instrument: 'Keputusan Direktur RSUD' } }],
    })._unsafeUnwrap();
    const day = describeDay(unit, '2026-08-17')._unsafeUnwrap();
    expect([day.working, day.nonWorking, day.reasons.map((why) => why.code)]).toEqual([true, [], ['calendar/holiday', 'calendar/extra-working-day']]);
    expect(day.reasons[1]?.message.en).toBe('2026-08-17 is an extra working day: Ceremony service.');
    expect(day.reasons[1]).toEqual({
      code: 'calendar/extra-working-day',
      severity: 'info',
      basis: { instrument: 'Keputusan Direktur RSUD' },
      message: { id: '2026-08-17 adalah hari kerja tambahan: Pelayanan upacara.', en: '2026-08-17 is an extra working day: Ceremony service.' },
      data: { date: '2026-08-17', name: { id: 'Pelayanan upacara', en: 'Ceremony service' } },
    });
  });

  it('explains an extra holiday as a custom holiday', () => {
    const unit = createCalendar({ extraHolidays: ['2026-07-01'] })._unsafeUnwrap();
    expect(describeDay(unit, '2026-07-01')._unsafeUnwrap().reasons.map((why) => why.code)).toEqual(['calendar/custom-holiday']);
  });

  it('gives an extra holiday on an official holiday both reasons, the official one first', () => {
    const unit = createCalendar({ extraHolidays: ['2026-08-17'] })._unsafeUnwrap();
    expect(describeDay(unit, '2026-08-17')._unsafeUnwrap().nonWorking.map((off) => off.kind)).toEqual(['holiday', 'custom']);
  });

  it('explains a day an amending SKB removed from the official days: 24 Dec 2021, a working day for ASN', () => {
    expect(describeDay(calendar, '2021-12-24')._unsafeUnwrap().reasons.map((why) => why.code)).toEqual(['calendar/working-day', 'calendar/superseded-day']);
    // Strictly equal: a removed day's data has no movedTo key at all.
    expect(describeDay(calendar, '2021-12-24')._unsafeUnwrap().reasons[1]).toStrictEqual({
      code: 'calendar/superseded-day',
      severity: 'info',
      basis: {
        instrument: 'SKB 712/2021, 1/2021, 3/2021',
        note: 'removed by SKB 712/2021, 1/2021, 3/2021 (18 Jun 2021); Keppres 7/2021 lists it as ASN cuti bersama and no amending Keppres was found, but SE MenPANRB 26/2021 barred ASN from leave from 24 Dec 2021 to 2 Jan 2022: a working day for ASN',
      },
      message: {
        id: '2021-12-24 semula cuti bersama ASN (tidak mengurangi cuti tahunan) (Cuti bersama Hari Raya Natal); dihapus oleh SKB 712/2021, 1/2021, 3/2021.',
        en: '2021-12-24 was first set as ASN collective leave (does not reduce annual leave) (Collective leave for Christmas); removed by SKB 712/2021, 1/2021, 3/2021.',
      },
      data: { date: '2021-12-24', kind: 'collective-leave', name: { id: 'Cuti bersama Hari Raya Natal', en: 'Collective leave for Christmas' } },
    });
  });

  it('explains a holiday an amending SKB moved to another day: 10 Aug 2021 → 11 Aug 2021', () => {
    const day = describeDay(calendar, '2021-08-10')._unsafeUnwrap();
    expect([day.working, day.reasons.map((why) => why.code)]).toEqual([true, ['calendar/working-day', 'calendar/superseded-day']]);
    expect(day.reasons[1]).toEqual({
      code: 'calendar/superseded-day',
      severity: 'info',
      basis: { instrument: 'SKB 712/2021, 1/2021, 3/2021', note: 'moved to 2021-08-11 by SKB 712/2021, 1/2021, 3/2021 (18 Jun 2021)' },
      message: {
        id: '2021-08-10 semula hari libur nasional (Tahun Baru Islam 1443 Hijriah); dipindah ke 2021-08-11 oleh SKB 712/2021, 1/2021, 3/2021.',
        en: '2021-08-10 was first set as national holiday (Islamic New Year 1443 Hijriah); moved to 2021-08-11 by SKB 712/2021, 1/2021, 3/2021.',
      },
      data: { date: '2021-08-10', kind: 'holiday', name: { id: 'Tahun Baru Islam 1443 Hijriah', en: 'Islamic New Year 1443 Hijriah' }, movedTo: '2021-08-11' },
    });
    expect(describeDay(calendar, '2021-08-11')._unsafeUnwrap().working).toBe(false);
  });

  it('refuses a date outside the years held', () => {
    expect(describeDay(calendar, '2020-12-31')._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
    const after = describeDay(calendar, '2028-01-01')._unsafeUnwrapErr();
    expect([after.code, after.data]).toEqual(['calendar/year-not-covered', { date: '2028-01-01', year: 2028, years: [2021, 2022, 2023, 2024, 2025, 2026, 2027], from: '2021-01-01', to: '2027-12-31' }]);
    expect(describeDay(calendar, '2027-12-31')._unsafeUnwrap().working).toBe(true);
    const newYear = { date: '2021-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2021 Masehi', en: "New Year's Day 2021" }, basis: { instrument: 'SKB 642/2020, 4/2020, 4/2020' } };
    expect(describeDay(calendar, '2021-01-01')._unsafeUnwrap()).toEqual({
      date: '2021-01-01',
      weekday: 5,
      working: false,
      nonWorking: [newYear],
      reasons: [
        {
          code: 'calendar/holiday',
          severity: 'info',
          basis: { instrument: 'SKB 642/2020, 4/2020, 4/2020' },
          message: {
            id: '2021-01-01 bukan hari kerja: hari libur nasional — Tahun Baru 2021 Masehi.',
            en: "2021-01-01 is not a working day: national holiday — New Year's Day 2021.",
          },
          data: { date: '2021-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2021 Masehi', en: "New Year's Day 2021" } },
        },
      ],
    });
  });

  it('names the malformed date in its issue', () => {
    expect(dataOf(describeDay(calendar, '2026-02-30')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
  });
});

describe('describeDay types', () => {
  it('returns a Result of a DayDescription', () => {
    expectTypeOf(describeDay).parameters.toEqualTypeOf<[WorkingCalendar, string]>();
    expectTypeOf(describeDay).returns.toEqualTypeOf<Result<DayDescription, CalendarError>>();
  });
});

describe('properties', () => {
  it('agrees with isWorkingDay, lists causes only for days off, and always gives a reason with a basis', () => {
    fc.assert(
      fc.property(heldDate(), fc.constantFrom(calendar, sixDay), (date, unit) => {
        const day = describeDay(unit, date)._unsafeUnwrap();
        expect(day.working).toBe(isWorkingDay(unit, date)._unsafeUnwrap());
        expect(day.nonWorking.length === 0).toBe(day.working);
        expect(day.reasons.length).toBeGreaterThan(0);
        expect(day.reasons.every((why) => why.severity === 'info' && why.basis.instrument !== '')).toBe(true);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constant(calendar)), hostile(), (unit, date) => {
        const result = describeDay(unit as WorkingCalendar, date as string);
        expect(result.isOk() || result.error.code.startsWith('calendar/')).toBe(true);
      }),
    );
  });
});

describe('D11: a forged calendar is an Err, never a throw', () => {
  const real = createCalendar()._unsafeUnwrap();
  const forgeries: unknown[] = [
    { ...real },
    Object.create(real),
    new Proxy(real, {}),
    structuredClone({ ...real, offDays: new Map(), extraWorkingDays: new Map() }),
    { ...real, prefix: null, offDays: null },
    { kind: 'asn-kit/working-calendar', workWeek: 5, years: [2026], from: '2026-01-01', to: '2026-12-31', firstDayNumber: 20454, prefix: [], offDays: new Map(), extraWorkingDays: new Map() },
  ];

  it('describeDay refuses every copy, prototype child, proxy or hand-made look-alike of a calendar', () => {
    for (const forged of forgeries) {
      const result = describeDay(forged as WorkingCalendar, '2026-03-02');
      expect(result.isErr() && [result.error.code, dataOf(result.error, 'calendar/invalid-input').issues]).toEqual([
        'calendar/invalid-input',
        [{ path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' }],
      ]);
    }
  });
});
