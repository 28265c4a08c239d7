import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DATA_2025,
  countWorkingDays,
  createCalendar,
  nonWorkingDays,
  parseCalendarYearData,
  type CalendarYearData,
} from '../../src/calendar/index';
import { hostile } from './arbitraries';
import { dataOf } from '../error-data';

const YEAR_2027: CalendarYearData = {
  year: 2027,
  instruments: [{ role: 'skb', basis: { instrument: 'SKB 2027 (test)' }, signed: '2026-09-01', title: { id: 'Uji', en: 'Test' } }],
  days: [
    { date: '2027-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day 2027" }, basis: { instrument: 'SKB 2027 (test)' } },
    { date: '2027-03-10', kind: 'collective-leave', name: { id: 'Cuti bersama', en: 'Collective leave' }, basis: { instrument: 'Keppres (test)' }, adHoc: true },
  ],
};

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe('parseCalendarYearData', () => {
  it('returns a new, deeply frozen table equal to the input, and leaves the input as it was', () => {
    const input = structuredClone(YEAR_2027);
    const parsed = parseCalendarYearData(input)._unsafeUnwrap();
    expect(parsed).toEqual(YEAR_2027);
    expect(parsed).not.toBe(input);
    expect(isDeeplyFrozen(parsed)).toBe(true);
    expect([Object.isFrozen(input), Object.isFrozen(input.days[0])]).toEqual([false, false]);
  });

  it('passes the built-in tables', () => {
    expect(parseCalendarYearData(CALENDAR_DATA_2025)._unsafeUnwrap()).toEqual(CALENDAR_DATA_2025);
  });

  it('checks what the schema leaves to it: every day within its year, one row per date', () => {
    const stray = parseCalendarYearData({ ...YEAR_2027, days: [{ ...YEAR_2027.days[0]!, date: '2026-12-31' }] })._unsafeUnwrapErr();
    expect([stray.code, dataOf(stray, 'calendar/invalid-input').issues]).toEqual(['calendar/invalid-input', [{ path: 'days.0.date', message: 'The date is not in 2027' }]]);
    const twice = parseCalendarYearData({ ...YEAR_2027, days: [YEAR_2027.days[0]!, YEAR_2027.days[0]!] })._unsafeUnwrapErr();
    expect(dataOf(twice, 'calendar/invalid-input').issues).toEqual([{ path: 'days.1.date', message: 'The date appears twice' }]);
  });

  it('refuses unknown keys, wrong kinds and malformed dates, each with its path', () => {
    const error = parseCalendarYearData({
      year: 2027,
      instruments: [{ role: 'decree', basis: { instrument: 'x' }, signed: '2026-02-30', title: { id: 'a', en: 'b' } }],
      days: [{ date: '2027-01-01', kind: 'holliday', name: { id: 'a', en: 'b' }, basis: { instrument: 'x' }, source: 'web' }],
    })._unsafeUnwrapErr();
    expect(dataOf(error, 'calendar/invalid-input').issues).toEqual([
      { path: 'instruments.0.role', message: 'Invalid option: expected one of "skb"|"asn-keppres"|"ad-hoc"|"amendment"' },
      { path: 'instruments.0.signed', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'days.0.kind', message: 'Invalid option: expected one of "holiday"|"collective-leave"' },
      { path: 'days.0', message: 'Unrecognized key: "source"' },
    ]);
  });
});

describe('properties', () => {
  it('a parsed table builds the same calendar as the raw one (f(parse(x)) = f(x))', () => {
    fc.assert(
      fc.property(fc.subarray([...YEAR_2027.days]), fc.constantFrom<5 | 6>(5, 6), (days, workWeek) => {
        const raw: CalendarYearData = { ...YEAR_2027, days };
        const parsed = parseCalendarYearData(raw)._unsafeUnwrap();
        const fromRaw = createCalendar({ workWeek, years: [2027], yearData: [raw] })._unsafeUnwrap();
        const fromParsed = createCalendar({ workWeek, years: [2027], yearData: [parsed] })._unsafeUnwrap();
        expect(countWorkingDays(fromParsed, '2027-01-01', '2027-12-31')._unsafeUnwrap()).toBe(countWorkingDays(fromRaw, '2027-01-01', '2027-12-31')._unsafeUnwrap());
        expect(nonWorkingDays(fromParsed, 2027)._unsafeUnwrap()).toEqual(nonWorkingDays(fromRaw, 2027)._unsafeUnwrap());
      }),
      { numRuns: 20 },
    );
  });

  it('never throws on hostile values (typed arrays included) and never freezes the input', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(), fc.constantFrom(new Uint8Array(2), { ...YEAR_2027, days: new Int32Array(1) }, { ...YEAR_2027, year: null })), (input) => {
        const wasFrozen = Object.isFrozen(input);
        const result = parseCalendarYearData(input);
        expect(result.isOk() || result.error.code === 'calendar/invalid-input').toBe(true);
        expect(Object.isFrozen(input)).toBe(wasFrozen);
      }),
    );
    const input = { ...YEAR_2027, days: [{ ...YEAR_2027.days[0]!, kind: 'weekend' }] };
    expect(parseCalendarYearData(input).isErr()).toBe(true);
    expect([Object.isFrozen(input), Object.isFrozen(input.days), Object.isFrozen(input.days[0])]).toEqual([false, false, false]);
  });
});
