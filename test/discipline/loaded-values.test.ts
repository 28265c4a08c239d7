import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import {
  absenceSanction,
  parseAbsenceRecords,
  parseAbsenceSanctionParams,
  parseAbsenceTierTable,
  tallyAbsence,
} from '../../src/discipline';

/*
 * The values the discipline module builds once, when it loads: its schemas, its defaults and the legal bases of
 * its reasons. (Mutation testing leaves the code that runs at load out as static, so these are checked here as
 * values, by the tests.)
 */
const calendar = createCalendar()._unsafeUnwrap();

describe('defaults', () => {
  it('leaves lateness unconverted and reads the PNS table, with the basis of each reason', () => {
    const decision = absenceSanction({ yearTotal: 2, longestConsecutive: 0, lateMinutes: 450 })._unsafeUnwrap();
    expect(decision.convertedDays).toBe(0);
    expect(decision.reasons.map((entry) => [entry.code, entry.basis])).toEqual([
      [
        'discipline/lateness-not-converted',
        {
          instrument: 'PP 53/2010',
          article: 'Penjelasan Pasal 3 angka 11',
          note: 'an explicit option, off by default; PP 94/2021 does not state it',
          interpretation: 'absence-counting',
        },
      ],
      ['discipline/below-first-tier', { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 1', interpretation: 'absence-counting' }],
    ]);
    expect(absenceSanction({ yearTotal: 3, longestConsecutive: 0 })._unsafeUnwrap().tier?.id).toBe('year-3');
  });

  it('gives the basis of the days off left out of a tally', () => {
    const tally = tallyAbsence([{ type: 'absent', from: '2025-03-28' as never, to: '2025-03-31' as never }], calendar, 2025)._unsafeUnwrap();
    expect(tally.reasons.at(-1)?.basis).toEqual({
      instrument: 'PP 94/2021',
      article: 'Pasal 9 ayat (2) huruf b',
      note: 'counted in the working days of the unit',
      interpretation: 'absence-counting',
    });
  });
});

describe('schemas', () => {
  it('read every sanction level, both triggers, dates that end and the counts up to their limits', () => {
    const sanction = (level: string, rank: number) => ({ code: `s-${level}`, level, rank, dismissal: false, label: { id: 'S', en: 'S' } });
    const table = parseAbsenceTierTable({
      name: 'agency',
      rows: [
        { id: 'a', trigger: { kind: 'year-total', min: 3, max: 5 }, sanction: sanction('light', 1), basis: { instrument: 'X' }, effective: { from: '2024-01-01', to: '2024-12-31' } },
        { id: 'b', trigger: { kind: 'year-total', min: 6 }, sanction: sanction('moderate', 2), basis: { instrument: 'X' }, effective: { from: '2024-01-01' } },
        { id: 'c', trigger: { kind: 'consecutive', days: 5 }, sanction: sanction('severe', 3), stopsSalary: true, basis: { instrument: 'X' }, effective: { from: '2024-01-01' } },
      ],
    })._unsafeUnwrap();
    expect(table.rows.map((row) => [row.id, row.trigger, row.sanction.level, row.effective])).toEqual([
      ['a', { kind: 'year-total', min: 3, max: 5 }, 'light', { from: '2024-01-01', to: '2024-12-31' }],
      ['b', { kind: 'year-total', min: 6 }, 'moderate', { from: '2024-01-01' }],
      ['c', { kind: 'consecutive', days: 5 }, 'severe', { from: '2024-01-01' }],
    ]);
    expect(parseAbsenceTierTable({ name: 'agency', rows: [{ ...table.rows[0], sanction: sanction('heavy', 1) }] }).isErr()).toBe(true);
    expect(parseAbsenceSanctionParams({ yearTotal: 100_000, longestConsecutive: 0, lateMinutes: 45_000_000 })._unsafeUnwrap()).toEqual({
      yearTotal: 100_000,
      longestConsecutive: 0,
      lateMinutes: 45_000_000,
    });
    expect(parseAbsenceSanctionParams({ yearTotal: 100_001, longestConsecutive: 0 }).isErr()).toBe(true);
    expect(parseAbsenceSanctionParams({ yearTotal: 0, longestConsecutive: 0, lateMinutes: 45_000_001 }).isErr()).toBe(true);
  });

  it('read absence periods, lateness and early leaving, and refuse other types', () => {
    const log = [
      { type: 'absent', from: '2025-03-24', to: '2025-03-25' },
      { type: 'late', date: '2025-02-03', minutes: 25 },
      { type: 'left-early', date: '2025-02-04', minutes: 30 },
    ];
    expect(parseAbsenceRecords(log)._unsafeUnwrap()).toEqual(log);
    expect(parseAbsenceRecords([{ type: 'sick', from: '2025-03-24' }]).isErr()).toBe(true);
  });
});

describe('arguments', () => {
  it('refuse a year out of range and an unknown option with the module’s code, naming the argument', () => {
    expect(tallyAbsence([], calendar, 1899)._unsafeUnwrapErr()).toMatchObject({
      code: 'discipline/invalid-input',
      data: { issues: [{ path: 'year', message: 'Too small: expected number to be >=1900' }] },
    });
    // @ts-expect-error: intentionally invalid input
    expect(absenceSanction({ yearTotal: 1, longestConsecutive: 0 }, { convertLatenes: true })._unsafeUnwrapErr()).toMatchObject({
      code: 'discipline/invalid-input',
      data: { issues: [{ path: '', message: 'Unrecognized key: "convertLatenes"' }] },
    });
    expect(absenceSanction({ yearTotal: 1, longestConsecutive: 0 }, { convertLateness: true })._unsafeUnwrap().countedDays).toBe(1);
  });
});
