import { describe, expect, it } from 'vitest';
import { createCalendar, provisionalWarnings, type CalendarYearData } from '../../src/calendar/index';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();

const PROVISIONAL_2027 = {
  code: 'calendar/provisional-year',
  severity: 'warning',
  basis: { instrument: 'SKB 1205/2026, 3/2026, 2/2026', article: 'Diktum KEDUA' },
  message: {
    id: 'Data hari libur dan cuti bersama tahun 2027 masih sementara: Keppres cuti bersama Pegawai ASN Tahun 2027 belum terbit; tanggal Idulfitri dan Iduladha 1448 H menunggu Keputusan Menteri Agama.',
    en: 'The holiday and cuti bersama data of 2027 is provisional: The Keppres on the cuti bersama of ASN for 2027 is not issued yet; the dates of Idulfitri and Iduladha 1448 H await a decree of the Minister of Religious Affairs.',
  },
  data: { year: 2027 },
};

describe('provisionalWarnings', () => {
  it('warns of each provisional year a range touches, from its first day: 2026-12-31 → 2027-01-01', () => {
    expect(provisionalWarnings(calendar, '2026-12-31', '2027-01-01')._unsafeUnwrap()).toEqual([PROVISIONAL_2027]);
    expect(provisionalWarnings(calendar, '2027-01-01', '2027-01-01')._unsafeUnwrap()).toEqual([PROVISIONAL_2027]);
    expect(provisionalWarnings(calendar, '2026-12-31', '2026-12-31')._unsafeUnwrap()).toEqual([]);
  });

  it('warns of a provisional year of the caller, with its own reason and basis', () => {
    const table: CalendarYearData = {
      year: 2028,
      instruments: [],
      days: [],
      provisional: { reason: { id: 'Belum ditetapkan', en: 'Not set yet' }, basis: { instrument: 'Rancangan SKB 2028' } },
    };
    const unit = createCalendar({ years: [2028], yearData: [table] })._unsafeUnwrap();
    expect(provisionalWarnings(unit, '2028-03-01', '2028-03-31')._unsafeUnwrap()).toEqual([
      {
        code: 'calendar/provisional-year',
        severity: 'warning',
        basis: { instrument: 'Rancangan SKB 2028' },
        message: {
          id: 'Data hari libur dan cuti bersama tahun 2028 masih sementara: Belum ditetapkan',
          en: 'The holiday and cuti bersama data of 2028 is provisional: Not set yet',
        },
        data: { year: 2028 },
      },
    ]);
  });

  it('gives none for a calendar without provisional years, even for dates outside its years', () => {
    const settled = createCalendar({ years: [2026] })._unsafeUnwrap();
    expect(provisionalWarnings(settled, '2026-01-01', '2027-12-31')._unsafeUnwrap()).toEqual([]);
    expect(provisionalWarnings(calendar, '2030-01-01', '2030-12-31')._unsafeUnwrap()).toEqual([]);
  });

  it('refuses a reversed range, naming both ends; one day is a range', () => {
    const error = provisionalWarnings(calendar, '2027-01-02', '2027-01-01')._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['calendar/invalid-range', { from: '2027-01-02', to: '2027-01-01' }]);
    expect(provisionalWarnings(calendar, '2027-01-02', '2027-01-02').isOk()).toBe(true);
  });

  it('names each bad argument in its issue', () => {
    const dates = provisionalWarnings(calendar, '2027-02-30', '2027-13-01')._unsafeUnwrapErr();
    expect([dates.code, dataOf(dates, 'calendar/invalid-input').issues]).toEqual([
      'calendar/invalid-input',
      [
        { path: 'from', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
        { path: 'to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      ],
    ]);
    expect(dataOf(provisionalWarnings(calendar, '2027-01-01', '2027-1-2')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(dataOf(provisionalWarnings(calendar, '2027-1-1', '2027-01-02')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'from', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(dataOf(provisionalWarnings({ ...calendar }, '2027-01-01', '2027-01-02')._unsafeUnwrapErr(), 'calendar/invalid-input').issues).toEqual([
      { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
    ]);
  });
});
