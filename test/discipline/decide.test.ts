import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { absenceSanction, type AbsenceTierRow, type AbsenceTierTable } from '../../src/discipline';

/** The engine of absenceSanction and tallyAbsence (src/discipline/decide.ts), driven through absenceSanction. */

const d = (value: string): IsoDate => value as IsoDate;

const row = (id: string, trigger: AbsenceTierRow['trigger'], from: string, rank = 1): AbsenceTierRow => ({
  id,
  trigger,
  sanction: { code: `sanction-${String(rank)}`, level: 'light', rank, dismissal: false, label: { id: `Hukuman ${id}`, en: `Sanction ${id}` } },
  basis: { instrument: 'Perwal (contoh)', article: id },
  effective: { from: d(from) },
});

const decide = (table: AbsenceTierTable, yearTotal: number, longestConsecutive: number) =>
  absenceSanction({ yearTotal, longestConsecutive, asOf: d('2025-06-30') }, { table })._unsafeUnwrap();

describe('the tier of a yearly total', () => {
  it('takes the row that came into force last when several hold the total, wherever it stands in the table', () => {
    const table: AbsenceTierTable = {
      name: 'two-versions',
      rows: [row('year-5-2024', { kind: 'year-total', min: 5 }, '2024-01-01'), row('year-5-2021', { kind: 'year-total', min: 5 }, '2021-01-01')],
    };
    expect(decide(table, 6, 0).yearTotalTier?.id).toBe('year-5-2024');
    const reversed: AbsenceTierTable = { name: 'two-versions', rows: [table.rows[1]!, table.rows[0]!] };
    expect(decide(reversed, 6, 0).yearTotalTier?.id).toBe('year-5-2024');
  });

  it('keeps the first listed of two rows that came into force on the same day, as ruleInForce does', () => {
    const table: AbsenceTierTable = {
      name: 'same-day',
      rows: [row('year-5-a', { kind: 'year-total', min: 5 }, '2024-01-01'), row('year-5-b', { kind: 'year-total', min: 5 }, '2024-01-01')],
    };
    expect(decide(table, 5, 0).yearTotalTier?.id).toBe('year-5-a');
  });

  it('never takes a row whose range does not hold the total, even one that came into force later', () => {
    const table: AbsenceTierTable = {
      name: 'ranges',
      rows: [row('year-5-9', { kind: 'year-total', min: 5, max: 9 }, '2021-01-01'), row('year-10-plus', { kind: 'year-total', min: 10 }, '2024-01-01')],
    };
    expect(decide(table, 7, 0).yearTotalTier?.id).toBe('year-5-9');
    expect(decide(table, 4, 0).yearTotalTier).toBeNull();
  });
});

describe('the tier of a run of consecutive days', () => {
  it('takes the longest run reached, whatever the order of the rows', () => {
    const table: AbsenceTierTable = {
      name: 'runs',
      rows: [row('consecutive-8', { kind: 'consecutive', days: 8 }, '2024-01-01', 2), row('consecutive-5', { kind: 'consecutive', days: 5 }, '2024-01-01')],
    };
    expect(decide(table, 0, 9).consecutiveTier?.id).toBe('consecutive-8');
    expect(decide(table, 0, 7).consecutiveTier?.id).toBe('consecutive-5');
    expect(decide(table, 0, 4).consecutiveTier).toBeNull();
  });

  it('keeps the first listed of two rows of the same run that came into force on the same day', () => {
    const table: AbsenceTierTable = {
      name: 'same-day',
      rows: [row('consecutive-5-a', { kind: 'consecutive', days: 5 }, '2024-01-01'), row('consecutive-5-b', { kind: 'consecutive', days: 5 }, '2024-01-01')],
    };
    expect(decide(table, 0, 5).consecutiveTier?.id).toBe('consecutive-5-a');
  });
});

describe('the reasons', () => {
  it('explains lateness left unconverted, the yearly tier, the unit impact and a run that stops salary, in both languages', () => {
    const decision = absenceSanction({ yearTotal: 5, longestConsecutive: 10, lateMinutes: 30 })._unsafeUnwrap();
    expect(decision.reasons).toEqual([
      {
        code: 'discipline/lateness-not-converted',
        severity: 'info',
        basis: {
          instrument: 'PP 53/2010',
          article: 'Penjelasan Pasal 3 angka 11',
          note: 'an explicit option, off by default; PP 94/2021 does not state it',
          interpretation: 'absence-counting',
        },
        message: {
          id: 'Keterlambatan 30 menit tidak dikonversi: PP 94/2021 tidak mengaturnya; konversi hanya atas pilihan.',
          en: '30 minutes of lateness were not converted: PP 94/2021 does not state the conversion; it is an option.',
        },
        data: { lateMinutes: 30 },
      },
      {
        code: 'discipline/year-total-tier',
        severity: 'warning',
        basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 2' },
        message: {
          id: 'Tidak masuk kerja tanpa alasan yang sah 5 hari kerja secara kumulatif dalam setahun: Teguran tertulis.',
          en: 'Unexcused absence of 5 working days in the year: Written reprimand.',
        },
        data: { countedDays: 5, tier: 'year-4-6', sanction: 'written-reprimand', level: 'light' },
      },
      {
        code: 'discipline/unit-impact',
        severity: 'info',
        basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b' },
        message: {
          id: 'Hukuman disiplin ringan ini berlaku untuk ketidakhadiran yang berdampak pada Unit Kerja.',
          en: 'This light sanction applies to absence that affects the work unit.',
        },
      },
      {
        code: 'discipline/consecutive-absence',
        severity: 'warning',
        basis: {
          instrument: 'PP 94/2021',
          article: 'Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2)',
          note: 'regardless of the yearly total',
          interpretation: 'absence-counting',
        },
        message: {
          id: 'Tidak masuk kerja tanpa alasan yang sah secara terus menerus 10 hari kerja: Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS; pembayaran gaji dihentikan mulai bulan berikutnya.',
          en: 'Unexcused absence on 10 consecutive working days: Honourable dismissal not at own request (PDHTAPS); salary payment stops from the next month.',
        },
        data: { longestConsecutive: 10, tier: 'consecutive-10', sanction: 'dismissal' },
      },
    ]);
  });

  it('words a run that does not stop salary without the salary clause, in both languages', () => {
    const table: AbsenceTierTable = { name: 'runs', rows: [row('consecutive-5', { kind: 'consecutive', days: 5 }, '2024-01-01')] };
    expect(decide(table, 0, 6).reasons).toEqual([
      {
        code: 'discipline/below-first-tier',
        severity: 'info',
        basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 1', interpretation: 'absence-counting' },
        message: {
          id: '0 hari tidak masuk kerja dalam setahun belum mencapai tingkat hukuman disiplin mana pun.',
          en: '0 days of absence in the year reach no disciplinary tier.',
        },
        data: { countedDays: 0 },
      },
      {
        code: 'discipline/consecutive-absence',
        severity: 'warning',
        basis: { instrument: 'Perwal (contoh)', article: 'consecutive-5' },
        message: {
          id: 'Tidak masuk kerja tanpa alasan yang sah secara terus menerus 6 hari kerja: Hukuman consecutive-5.',
          en: 'Unexcused absence on 6 consecutive working days: Sanction consecutive-5.',
        },
        data: { longestConsecutive: 6, tier: 'consecutive-5', sanction: 'sanction-1' },
      },
    ]);
  });

  it('adds no unit-impact note to a light tier of an agency table', () => {
    const table: AbsenceTierTable = { name: 'agency', rows: [row('year-3', { kind: 'year-total', min: 3 }, '2024-01-01')] };
    expect(decide(table, 3, 0).reasons.map((entry) => entry.code)).toEqual(['discipline/year-total-tier']);
  });
});

describe('a table not in force', () => {
  it('is an error naming the table and the date, in both languages', () => {
    expect(absenceSanction({ yearTotal: 3, longestConsecutive: 1, asOf: d('2021-08-30') })._unsafeUnwrapErr()).toEqual({
      code: 'discipline/no-rule-in-force',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'rule table discipline/pns-absence' },
      message: {
        id: 'Tabel hukuman disiplin "discipline/pns-absence" tidak berlaku pada 2021-08-30.',
        en: 'The discipline table "discipline/pns-absence" is not in force on 2021-08-30.',
      },
      data: { table: 'discipline/pns-absence', date: '2021-08-30' },
    });
  });
});
