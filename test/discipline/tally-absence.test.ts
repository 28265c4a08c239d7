import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCalendar, type WorkingCalendar } from '../../src/calendar';
import { fromDayNumber, toDayNumber, type IsoDate } from '../../src/core';
import {
  tallyAbsence,
  type AbsenceRecord,
  type AbsenceTally,
  type AbsenceTierTable,
  type TallyAbsenceError,
  type TallyAbsenceOptions,
} from '../../src/discipline';

const d = (value: string): IsoDate => value as IsoDate;
const FIVE_DAY = createCalendar()._unsafeUnwrap();
const SIX_DAY = createCalendar({ workWeek: 6 })._unsafeUnwrap();
const ONLY_2025 = createCalendar({ years: [2025] })._unsafeUnwrap();
const absent = (from: string, to?: string): AbsenceRecord => (to === undefined ? { type: 'absent', from: d(from) } : { type: 'absent', from: d(from), to: d(to) });
const tally = (records: readonly AbsenceRecord[], year: number, calendar: WorkingCalendar = FIVE_DAY, options?: TallyAbsenceOptions): AbsenceTally =>
  tallyAbsence(records, calendar, year, options)._unsafeUnwrap();
const steps = (result: AbsenceTally): string[] => result.tiersReached.map((step) => `${step.date} ${step.trigger} ${String(step.countedDays)} ${step.sanction.code}`);

describe('tallyAbsence — digest §6.3 worked examples', () => {
  it('§6.3 example 1: PP 94/2021 Penjelasan Pasal 9(2)(b) — 3 days by March, 4–6 by July, 7–10 by November, each tier and when', () => {
    const days = ['2025-01-15', '2025-02-12', '2025-03-12', '2025-05-14', '2025-06-11', '2025-07-09', '2025-09-10', '2025-10-08', '2025-11-12'];
    const result = tally(days.map((day) => absent(day)), 2025);
    expect(steps(result)).toEqual([
      '2025-03-12 year-total 3 oral-reprimand',
      '2025-05-14 year-total 4 written-reprimand',
      '2025-09-10 year-total 7 written-dissatisfaction',
    ]);
    expect(result.countedDays).toBe(9);
    expect(result.sanction?.code).toBe('written-dissatisfaction');
    expect(result.level).toBe('light');
    expect(result.longestConsecutive).toBe(1);
    expect(result.tiersReached[0]?.basis).toEqual({ instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b angka 1', note: '1–2 days carry no sanction', interpretation: 'absence-counting' });
  });

  it('§6.3 example 2: PP 94/2021 Penjelasan Pasal 8 huruf c — 10 consecutive working days → PDHTAPS, salary stops from the next month', () => {
    const result = tally([absent('2026-02-02', '2026-02-13')], 2026);
    expect(result.absentDays).toBe(10);
    expect(result.longestConsecutive).toBe(10);
    expect(result.sanction?.code).toBe('dismissal');
    expect(result.tier?.id).toBe('consecutive-10');
    expect(result.salaryStops).toBe(true);
    expect(result.salaryStopsFrom).toBe('2026-03-01');
    expect(steps(result)).toEqual([
      '2026-02-04 year-total 3 oral-reprimand',
      '2026-02-05 year-total 4 written-reprimand',
      '2026-02-10 year-total 7 written-dissatisfaction',
      '2026-02-13 consecutive 10 dismissal',
    ]);
    expect(result.tiersReached[3]?.salaryStopsFrom).toBe('2026-03-01');
    expect(result.tiersReached[3]?.run).toBe(10);
  });

  it('§6.3 example 7: absent Mon 2025-03-24 → Fri 2025-04-11 (5-day unit) → only 8 working days, not the 10-day rule', () => {
    const result = tally([absent('2025-03-24', '2025-04-11')], 2025);
    expect(result.absentDays).toBe(8);
    expect(result.absentDates).toEqual(['2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27', '2025-04-08', '2025-04-09', '2025-04-10', '2025-04-11']);
    expect(result.longestConsecutive).toBe(8);
    expect(result.consecutiveTier).toBeNull();
    expect(result.salaryStopsFrom).toBeNull();
    expect(result.sanction?.code).toBe('written-dissatisfaction');
    expect(result.nonWorkingDaysLeftOut.map((day) => `${day.date} ${day.kind}`)).toEqual([
      '2025-03-28 collective-leave',
      '2025-03-29 holiday',
      '2025-03-30 weekend',
      '2025-03-31 holiday',
      '2025-04-01 holiday',
      '2025-04-02 collective-leave',
      '2025-04-03 collective-leave',
      '2025-04-04 collective-leave',
      '2025-04-05 weekend',
      '2025-04-06 weekend',
      '2025-04-07 collective-leave',
    ]);
    expect(result.reasons.at(-1)?.code).toBe('discipline/non-working-days-left-out');
  });

  it('§6.3 example 8: 9 days in 2025 and 5 in January 2026 → the 2026 tally is 5 (teguran tertulis); the count resets', () => {
    const records = [absent('2025-06-02', '2025-06-05'), absent('2025-07-14', '2025-07-18'), absent('2026-01-19', '2026-01-23')];
    expect(tally(records, 2025).countedDays).toBe(9);
    const result = tally(records, 2026);
    expect(result.countedDays).toBe(5);
    expect(result.sanction?.code).toBe('written-reprimand');
    expect(result.longestConsecutive).toBe(5);
  });

  it('§6.3 example 9: 25 minutes late on 18 days = 450 min = 7.5 h → +1 day, only with the option (docs/interpretations.md#absence-counting)', () => {
    const late: AbsenceRecord[] = ['03', '04', '05', '06', '07', '10', '11', '12', '13', '14', '17', '18', '19', '20', '21', '24', '25', '26'].map((day) => ({
      type: 'late',
      date: d(`2025-02-${day}`),
      minutes: 25,
    }));
    const records = [absent('2025-01-20'), absent('2025-01-21'), ...late];
    const converted = tally(records, 2025, FIVE_DAY, { convertLateness: true });
    expect(converted.lateMinutes).toBe(450);
    expect(converted.convertedDays).toBe(1);
    expect(converted.countedDays).toBe(3);
    expect(steps(converted)).toEqual(['2025-02-26 year-total 3 oral-reprimand']);
    expect(converted.tiersReached[0]?.run).toBe(0);
    const plain = tally(records, 2025);
    expect(plain.countedDays).toBe(2);
    expect(plain.sanction).toBeNull();
    expect(plain.reasons.map((r) => r.code)).toEqual(['discipline/lateness-not-converted', 'discipline/below-first-tier']);
  });
});

describe('tallyAbsence — calendars, years and tables', () => {
  it('counts Saturdays in a 6-day unit, but not Nyepi on Saturday 2025-03-29', () => {
    const result = tally([absent('2025-03-24', '2025-03-29')], 2025, SIX_DAY);
    expect(result.absentDays).toBe(4);
    expect(tally([absent('2025-04-05')], 2025, SIX_DAY).absentDays).toBe(1);
    expect(tally([absent('2025-04-05')], 2025, FIVE_DAY).absentDays).toBe(0);
  });

  it('counts each day once when records overlap, and ignores records of other years', () => {
    const result = tally([absent('2026-01-05', '2026-01-07'), absent('2026-01-06', '2026-01-08'), absent('2024-05-06', '2024-05-08'), { type: 'late', date: d('2025-12-01'), minutes: 40 }], 2026);
    expect(result.absentDates).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']);
    expect(result.lateMinutes).toBe(0);
    expect(result.reasons.map((r) => r.code)).toEqual(['discipline/year-total-tier', 'discipline/unit-impact']);
  });

  it('follows a run back into December when the calendar holds the previous year', () => {
    const records = [absent('2025-12-15', '2025-12-31'), absent('2026-01-02', '2026-01-08')];
    const result = tally(records, 2026);
    expect(result.absentDays).toBe(5);
    expect(result.longestConsecutive).toBe(16);
    expect(result.sanction?.code).toBe('dismissal');
    expect(result.salaryStopsFrom).toBe('2026-01-01');
    expect(steps(result)).toEqual(['2025-12-30 consecutive 0 dismissal', '2026-01-06 year-total 3 oral-reprimand', '2026-01-07 year-total 4 written-reprimand']);
    const december = tally(records, 2025);
    expect(december.absentDays).toBe(11);
    expect(steps(december)).toEqual([
      '2025-12-17 year-total 3 oral-reprimand',
      '2025-12-18 year-total 4 written-reprimand',
      '2025-12-23 year-total 7 written-dissatisfaction',
      '2025-12-30 consecutive 10 dismissal',
      '2025-12-31 year-total 11 allowance-cut-6-months',
    ]);
    expect(december.salaryStopsFrom).toBe('2026-01-01');
  });

  it('does not carry a December run that stopped before the new year', () => {
    const result = tally([absent('2025-12-15', '2025-12-30'), absent('2026-01-05')], 2026);
    expect(result.longestConsecutive).toBe(1);
    expect(result.tiersReached).toEqual([]);
    expect(result.salaryStopsFrom).toBeNull();
  });

  it('warns when the calendar lacks the previous year and a run may have begun there', () => {
    const result = tally([absent('2024-12-23', '2024-12-31'), absent('2025-01-02', '2025-01-03')], 2025, ONLY_2025);
    expect(result.absentDays).toBe(2);
    expect(result.reasons.map((r) => r.code)).toEqual(['discipline/below-first-tier', 'discipline/previous-year-unchecked']);
    expect(result.reasons[1]?.severity).toBe('warning');
    expect(tally([absent('2025-01-02', '2025-01-03')], 2025, ONLY_2025).reasons.map((r) => r.code)).toEqual(['discipline/below-first-tier']);
    expect(tally([absent('2024-12-23', '2024-12-31'), absent('2025-01-06')], 2025, ONLY_2025).reasons.map((r) => r.code)).toEqual(['discipline/below-first-tier']);
  });

  it('returns the calendar error for a year it does not hold', () => {
    const error = tallyAbsence([], FIVE_DAY, 2020)._unsafeUnwrapErr();
    expect(error.code).toBe('calendar/year-not-covered');
    expect(tallyAbsence([], FIVE_DAY, 2028)._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('reads each tier from the rows in force on the day, with an agency table for PPPK', () => {
    const table: AbsenceTierTable = {
      name: 'pemko-medan/pppk-absence',
      rows: [
        {
          id: 'year-2-plus',
          trigger: { kind: 'year-total', min: 2 },
          sanction: { code: 'written-reprimand', level: 'light', rank: 1, dismissal: false, label: { id: 'Teguran tertulis', en: 'Written reprimand' } },
          basis: { instrument: 'Perwal Medan (contoh)' },
          effective: { from: d('2025-06-01') },
        },
      ],
    };
    expect(steps(tally([absent('2025-06-02', '2025-06-03')], 2025, FIVE_DAY, { table }))).toEqual(['2025-06-03 year-total 2 written-reprimand']);
    const error = tallyAbsence([absent('2025-01-06')], FIVE_DAY, 2025, { table })._unsafeUnwrapErr();
    expect(error.code).toBe('discipline/no-rule-in-force');
    expect(error.data).toEqual({ table: 'pemko-medan/pppk-absence', date: '2025-01-06' });
    // The first day the table is not in force is refused, even when a later day is.
    const first = tallyAbsence([absent('2025-01-06'), absent('2025-06-02')], FIVE_DAY, 2025, { table })._unsafeUnwrapErr();
    expect(first.data).toEqual({ table: 'pemko-medan/pppk-absence', date: '2025-01-06' });
  });

  it('gives an empty tally for a year without records', () => {
    const result = tally([], 2026);
    expect(result).toMatchObject({ year: 2026, absentDays: 0, countedDays: 0, longestConsecutive: 0, sanction: null, tiersReached: [], salaryStopsFrom: null });
  });

  it('refuses malformed records, years, calendars and options with coded errors', () => {
    const cases: [unknown, unknown, unknown, unknown][] = [
      [null, FIVE_DAY, 2025, {}],
      [[{ type: 'absent', from: '2025-04-11', to: '2025-03-24' }], FIVE_DAY, 2025, {}],
      [[{ type: 'absent', from: '2025-02-29' }], FIVE_DAY, 2025, {}],
      [[{ type: 'late', date: '2025-02-03', minutes: 0 }], FIVE_DAY, 2025, {}],
      [[{ type: 'late', date: '2025-02-03', minutes: 451 }], FIVE_DAY, 2025, {}],
      [[{ type: 'sick', from: '2025-02-03' }], FIVE_DAY, 2025, {}],
      [[], { kind: 'something-else' }, 2025, {}],
      [[], null, 2025, {}],
      [[], FIVE_DAY, 2025.5, {}],
      [[], FIVE_DAY, 2025, { convertLateness: 1 }],
    ];
    for (const [records, calendar, year, options] of cases) {
      // @ts-expect-error: intentionally invalid input
      expect(tallyAbsence(records, calendar, year, options)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
    }
    // @ts-expect-error: intentionally invalid input
    const error = tallyAbsence([{ type: 'absent', from: '2025-04-11', to: '2025-03-24' }], FIVE_DAY, 2025)._unsafeUnwrapErr();
    expect(error.data).toEqual({ issues: [{ path: 'records.0.to', message: 'The end of an absence must not be before its start' }] });
  });
});

describe('tallyAbsence — days, runs and reasons', () => {
  it('lists the days off of the year inside a period that began in December, New Year included, and explains them in both languages', () => {
    const result = tally([absent('2025-12-29', '2026-01-06')], 2026);
    expect(result.absentDates).toEqual(['2026-01-02', '2026-01-05', '2026-01-06']);
    expect(result.longestConsecutive).toBe(6);
    expect(result.nonWorkingDaysLeftOut.map((day) => `${day.date} ${day.kind}`)).toEqual(['2026-01-01 holiday', '2026-01-03 weekend', '2026-01-04 weekend']);
    expect(result.reasons.at(-1)).toEqual({
      code: 'discipline/non-working-days-left-out',
      severity: 'info',
      basis: { instrument: 'PP 94/2021', article: 'Pasal 9 ayat (2) huruf b', note: 'counted in the working days of the unit', interpretation: 'absence-counting' },
      message: {
        id: '3 hari dalam periode ketidakhadiran bukan hari kerja unit dan tidak dihitung.',
        en: '3 days within the absence periods are not working days of the unit and were not counted.',
      },
      data: { dates: ['2026-01-01', '2026-01-03', '2026-01-04'] },
    });
  });

  it('counts 1 January when the unit works that day', () => {
    const newYearWorked = createCalendar({ extraWorkingDays: ['2026-01-01'] })._unsafeUnwrap();
    const result = tally([absent('2026-01-01')], 2026, newYearWorked);
    expect(result.absentDates).toEqual(['2026-01-01']);
    expect(result.absentDays).toBe(1);
  });

  it('counts a day shared by two periods once', () => {
    const result = tally([absent('2026-01-05', '2026-01-07'), absent('2026-01-07', '2026-01-09')], 2026);
    expect(result.absentDates).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09']);
    expect(result.absentDays).toBe(5);
    expect(result.longestConsecutive).toBe(5);
  });

  it('lists only the days of the year as absent dates, and adds no warning when the calendar holds the previous year', () => {
    const result = tally([absent('2025-12-15', '2025-12-31'), absent('2026-01-02', '2026-01-08')], 2026);
    expect(result.absentDates).toEqual(['2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']);
    expect(result.reasons.map((r) => r.code)).toEqual([
      'discipline/year-total-tier',
      'discipline/unit-impact',
      'discipline/consecutive-absence',
      'discipline/non-working-days-left-out',
    ]);
  });

  it('follows a run back into the previous year when the calendar holds just the two years', () => {
    const twoYears = createCalendar({ years: [2024, 2025] })._unsafeUnwrap();
    const result = tally([absent('2024-12-16', '2025-01-03')], 2025, twoYears);
    expect(result.absentDays).toBe(2);
    expect(result.longestConsecutive).toBe(12);
    expect(steps(result)).toEqual(['2024-12-31 consecutive 0 dismissal']);
    expect(result.salaryStopsFrom).toBe('2025-01-01');
  });

  it('counts lateness on 1 January and 31 December, none of other years', () => {
    const late = (date: string, minutes: number): AbsenceRecord => ({ type: 'late', date: d(date), minutes });
    const result = tally([late('2025-01-01', 30), late('2025-12-31', 20), late('2026-01-02', 7), late('2024-12-31', 3)], 2025);
    expect(result.lateMinutes).toBe(50);
  });

  it('reads converted lateness in date order: the tier is reached on the day the days add up, not after the last record', () => {
    const late = ['06', '07', '08', '09', '10', '13', '14', '15', '16', '17', '20', '21', '22', '23', '24', '27', '28', '29'].map(
      (day): AbsenceRecord => ({ type: 'late', date: d(`2025-01-${day}`), minutes: 25 }),
    );
    const result = tally([absent('2025-02-03', '2025-02-04'), ...late], 2025, FIVE_DAY, { convertLateness: true });
    expect(steps(result)).toEqual(['2025-02-04 year-total 3 oral-reprimand']);
    expect(result.countedDays).toBe(3);
  });

  it('warns of an unchecked previous year in both languages, only for a period that began in it', () => {
    const codes = (records: readonly AbsenceRecord[]): string[] => tally(records, 2025, ONLY_2025).reasons.map((r) => r.code);
    expect(tally([absent('2023-12-20', '2024-12-31'), absent('2025-01-02')], 2025, ONLY_2025).reasons[1]).toEqual({
      code: 'discipline/previous-year-unchecked',
      severity: 'warning',
      basis: { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 4', interpretation: 'absence-counting' },
      message: {
        id: 'Kalender tidak memuat tahun 2024: ketidakhadiran berturut-turut yang dimulai pada tahun itu hanya dihitung sejak 1 Januari 2025.',
        en: 'The calendar does not hold 2024: a run of absence that began that year was counted from 1 January 2025 only.',
      },
      data: { year: 2024 },
    });
    expect(codes([absent('2025-01-01', '2025-01-03')])).toEqual(['discipline/below-first-tier', 'discipline/non-working-days-left-out']);
    expect(codes([absent('2023-12-27', '2023-12-29'), absent('2025-01-02')])).toEqual(['discipline/below-first-tier']);
  });
});

describe('tallyAbsence types', () => {
  it('pins the signature', () => {
    expectTypeOf(tallyAbsence).parameter(0).toEqualTypeOf<readonly AbsenceRecord[]>();
    expectTypeOf(tallyAbsence).parameter(1).toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(tallyAbsence).parameter(2).toEqualTypeOf<number>();
    expectTypeOf(tallyAbsence).returns.toEqualTypeOf<Result<AbsenceTally, TallyAbsenceError>>();
    // @ts-expect-error: dates are IsoDate strings, not Date objects
    tallyAbsence([{ type: 'absent', from: new Date() }], FIVE_DAY, 2025);
  });
});

describe('properties', () => {
  const FIRST = toDayNumber(d('2025-01-01'));
  const periods = fc.array(
    fc.tuple(fc.integer({ min: FIRST, max: FIRST + 364 }), fc.integer({ min: 0, max: 20 })).map(([start, length]): AbsenceRecord => ({
      type: 'absent',
      from: fromDayNumber(start),
      to: fromDayNumber(Math.min(start + length, FIRST + 364)),
    })),
    { maxLength: 8 },
  );

  it('the tally does not depend on the order of the records, and counts only working days', () => {
    fc.assert(
      fc.property(periods, (records) => {
        const forward = tally(records, 2025);
        const backward = tally([...records].reverse(), 2025);
        expect(backward.absentDates).toEqual(forward.absentDates);
        expect(backward.sanction).toEqual(forward.sanction);
        expect(forward.absentDays).toBe(forward.absentDates.length);
        expect(forward.longestConsecutive).toBeLessThanOrEqual(forward.absentDays);
        for (const date of forward.absentDates) expect(forward.nonWorkingDaysLeftOut.some((day) => day.date === date)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('adding absence never gives a lighter sanction', () => {
    fc.assert(
      fc.property(periods, periods, (base, more) => {
        const before = tally(base, 2025).sanction?.rank ?? 0;
        const after = tally([...base, ...more], 2025).sanction?.rank ?? 0;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('tiers are reached in date order, each heavier than the one before of the same trigger', () => {
    fc.assert(
      fc.property(periods, (records) => {
        const reached = tally(records, 2025).tiersReached.filter((step) => step.trigger === 'year-total');
        for (let i = 1; i < reached.length; i += 1) {
          expect(reached[i]!.date >= reached[i - 1]!.date).toBe(true);
          expect(reached[i]!.sanction.rank).toBeGreaterThan(reached[i - 1]!.sanction.rank);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.anything(), fc.integer({ min: 2020, max: 2030 })), fc.anything(), (records, year, options) => {
        // @ts-expect-error: intentionally arbitrary input
        const result = tallyAbsence(records, FIVE_DAY, year, options);
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
