import { err, ok, Result } from 'neverthrow';
import { z } from 'zod';
import {
  compareDates,
  fromDayNumber,
  reason,
  startOfNextMonth,
  toDayNumber,
  validate,
  type IsoDate,
  type LegalBasis,
  type Reason,
} from '../core';
import {
  countWorkingDays,
  nonWorkingDaysBetween,
  workingCalendarSchema,
  type CalendarError,
  type NonWorkingDay,
  type WorkingCalendar,
} from '../calendar';
import {
  checkTableInForce,
  consecutiveTier,
  convertedDaysOf,
  decideAbsence,
  yearTotalTierOf,
  type AbsenceSanctionDecision,
} from './decide';
import type { DisciplineError, DisciplineReasonCode } from './errors';
import { ABSENCE_SANCTION_TIERS, type AbsenceTierRow, type AbsenceTierTable } from './rules/absence-tiers';
import type { SanctionDefinition, SanctionLevel } from './rules/sanctions';
import {
  absenceRecordSchema,
  absenceSanctionOptionsSchema,
  type AbsenceRecord,
  type AbsentRecord,
  type TallyAbsenceOptions,
} from './schemas';

/**
 * A tier reached during the year: when, by what, and what it carries. As the count grows, each new tier is listed
 * (the example of PP 94/2021 Penjelasan Pasal 9 ayat (2) huruf b).
 *
 * @example
 * ```ts
 * import type { AbsenceTierReached } from 'asn-kit/discipline';
 * const first = (reached: readonly AbsenceTierReached[]) => reached[0]?.sanction.code;
 * ```
 */
export interface AbsenceTierReached {
  /** The working day on which the tier was reached. */
  readonly date: IsoDate;
  /** `year-total` when the yearly total reached it, `consecutive` when a run of consecutive working days did. */
  readonly trigger: 'year-total' | 'consecutive';
  /** The yearly total on that day (absent days plus converted lateness); 0 for a run's tier reached the year before. */
  readonly countedDays: number;
  /** The length of the run of consecutive absent working days on that day. */
  readonly run: number;
  /** The tier reached. */
  readonly tier: AbsenceTierRow;
  /** Its sanction. */
  readonly sanction: SanctionDefinition;
  /** The sanction's level. */
  readonly level: SanctionLevel;
  /** The article of the tier. */
  readonly basis: LegalBasis;
  /** For a tier that stops salary: the first day of the month after the tier was reached; otherwise absent. */
  readonly salaryStopsFrom?: IsoDate;
}

/**
 * The tally of one employee's unexcused absence in one calendar year, with the sanction it earns at the end of the
 * records and every tier reached along the way.
 *
 * @example
 * ```ts
 * import type { AbsenceTally } from 'asn-kit/discipline';
 * const headline = (tally: AbsenceTally) => `${tally.year}: ${tally.countedDays} → ${tally.sanction?.code ?? '-'}`;
 * ```
 */
export interface AbsenceTally extends AbsenceSanctionDecision {
  /** The calendar year tallied (RULINGS R-D4). */
  readonly year: number;
  /** The working days of the year counted as unexcused absence, ascending. */
  readonly absentDates: readonly IsoDate[];
  /** Days inside absence periods that are not working days of the unit, so not counted (one entry per date). */
  readonly nonWorkingDaysLeftOut: readonly NonWorkingDay[];
  /** Each tier reached during the year, in date order. */
  readonly tiersReached: readonly AbsenceTierReached[];
  /** When salary payment stops (the first consecutive-day tier that stops salary), or `null`. */
  readonly salaryStopsFrom: IsoDate | null;
}

/** Every error `tallyAbsence` can return: its own, or the calendar's (e.g. `calendar/out-of-range`). */
export type TallyAbsenceError = DisciplineError | CalendarError;


const tallyInputSchema = /* @__PURE__ */ z.object({
  records: z.array(absenceRecordSchema),
  calendar: workingCalendarSchema,
  year: z.int().min(1900).max(2999),
  options: absenceSanctionOptionsSchema,
});

const WORKING_DAYS_BASIS: LegalBasis = {
  instrument: 'PP 94/2021',
  article: 'Pasal 9 ayat (2) huruf b',
  note: 'R-DS1: counted in the working days of the unit',
};

interface AbsentDay {
  readonly date: IsoDate;
  /** The working-day number counted from the start of the window: consecutive working days differ by 1. */
  readonly ordinal: number;
  readonly inYear: boolean;
}

interface Window {
  readonly from: IsoDate;
  readonly yearFrom: IsoDate;
  readonly to: IsoDate;
}

function recordEnd(record: AbsentRecord): IsoDate {
  return record.to ?? record.from;
}

/** The smallest window holding every absence period clipped to [lookback, yearTo], or `null` when none reaches it. */
function absenceWindow(records: readonly AbsenceRecord[], lookback: IsoDate, yearFrom: IsoDate, yearTo: IsoDate): Window | null {
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  for (const record of records) {
    if (record.type !== 'absent') continue;
    const start = record.from < lookback ? lookback : record.from;
    const end = recordEnd(record) > yearTo ? yearTo : recordEnd(record);
    if (start > end) continue;
    if (from === null || start < from) from = start;
    if (to === null || end > to) to = end;
  }
  return from === null || to === null ? null : { from, yearFrom, to };
}

/** The absent working days of the window, and the non-working days of the year that absence periods cover. */
function absentDaysOf(
  records: readonly AbsenceRecord[],
  calendar: WorkingCalendar,
  window: Window,
  off: ReadonlyMap<string, NonWorkingDay>,
): Result<{ days: AbsentDay[]; leftOut: NonWorkingDay[] }, CalendarError> {
  const seen = new Set<number>();
  const leftOut = new Map<string, NonWorkingDay>();
  const first = toDayNumber(window.from);
  const last = toDayNumber(window.to);
  const yearFirst = toDayNumber(window.yearFrom);
  for (const record of records) {
    if (record.type !== 'absent') continue;
    const end = Math.min(toDayNumber(recordEnd(record)), last);
    for (let day = Math.max(toDayNumber(record.from), first); day <= end; day += 1) {
      const date = fromDayNumber(day);
      const nonWorking = off.get(date);
      if (nonWorking === undefined) seen.add(day);
      else if (day >= yearFirst) leftOut.set(date, nonWorking);
    }
  }
  const ordinals = [...seen]
    .sort((a, b) => a - b)
    .map((day) => {
      const date = fromDayNumber(day);
      return countWorkingDays(calendar, window.from, date).map((ordinal): AbsentDay => ({ date, ordinal, inYear: day >= yearFirst }));
    });
  return Result.combine(ordinals).map((days) => ({ days, leftOut: [...leftOut.values()].sort((a, b) => compareDates(a.date, b.date)) }));
}

type Event =
  | { readonly kind: 'absent'; readonly date: IsoDate; readonly day: AbsentDay }
  | { readonly kind: 'late'; readonly date: IsoDate; readonly minutes: number };

interface Walk {
  readonly absentDays: number;
  readonly longestConsecutive: number;
  readonly lateMinutes: number;
  readonly lastDate: IsoDate;
  readonly reached: AbsenceTierReached[];
}

function reachedEntry(
  date: IsoDate,
  trigger: 'year-total' | 'consecutive',
  countedDays: number,
  run: number,
  tier: AbsenceTierRow,
): AbsenceTierReached {
  const entry = { date, trigger, countedDays, run, tier, sanction: tier.sanction, level: tier.sanction.level, basis: tier.basis };
  return tier.stopsSalary === true ? { ...entry, salaryStopsFrom: startOfNextMonth(date) } : entry;
}

/** Walks the events in date order and records each tier as it is reached within the year. */
function walk(
  events: readonly Event[],
  table: AbsenceTierTable,
  convertLateness: boolean,
  yearEnd: IsoDate,
): Result<Walk, DisciplineError> {
  const reached: AbsenceTierReached[] = [];
  let absentDays = 0;
  let lateMinutes = 0;
  let run = 0;
  let previousOrdinal = -1;
  let longest = 0;
  let runTierId: string | null = null;
  let yearTierId: string | null = null;
  let lastDate = yearEnd;
  // A consecutive-day tier reached in December of the previous year, reported if the same run goes on into the year.
  let carried: AbsenceTierReached | null = null;
  for (const event of events) {
    let byRun: AbsenceTierRow | null = null;
    if (event.kind === 'absent') {
      run = event.day.ordinal === previousOrdinal + 1 ? run + 1 : 1;
      if (run === 1) runTierId = null;
      previousOrdinal = event.day.ordinal;
      byRun = consecutiveTier(table, event.date, run);
      if (run === 1) carried = null;
      if (!event.day.inYear) {
        if (byRun !== null && byRun.id !== runTierId) carried = reachedEntry(event.date, 'consecutive', 0, run, byRun);
        runTierId = byRun?.id ?? null;
        continue;
      }
      if (carried !== null) {
        reached.push(carried);
        carried = null;
      }
      absentDays += 1;
      longest = Math.max(longest, run);
    } else {
      lateMinutes += event.minutes;
    }
    const inForce = checkTableInForce(table, event.date);
    if (inForce.isErr()) return err(inForce.error);
    lastDate = event.date;
    const countedDays = absentDays + convertedDaysOf(lateMinutes, convertLateness, event.date);
    const byTotal = yearTotalTierOf(table, event.date, countedDays);
    if (byTotal !== null && byTotal.id !== yearTierId) {
      yearTierId = byTotal.id;
      reached.push(reachedEntry(event.date, 'year-total', countedDays, event.kind === 'absent' ? run : 0, byTotal));
    }
    if (byRun !== null && byRun.id !== runTierId) {
      runTierId = byRun.id;
      reached.push(reachedEntry(event.date, 'consecutive', countedDays, run, byRun));
    }
  }
  return ok({ absentDays, longestConsecutive: longest, lateMinutes, lastDate, reached });
}

function leftOutReason(leftOut: readonly NonWorkingDay[]): Reason<DisciplineReasonCode> {
  return reason(
    'discipline/non-working-days-left-out',
    'info',
    WORKING_DAYS_BASIS,
    {
      id: `${leftOut.length} hari dalam periode ketidakhadiran bukan hari kerja unit dan tidak dihitung.`,
      en: `${leftOut.length} days within the absence periods are not working days of the unit and were not counted.`,
    },
    { dates: leftOut.map((day) => day.date) },
  );
}

function previousYearReason(year: number): Reason<DisciplineReasonCode> {
  return reason(
    'discipline/previous-year-unchecked',
    'warning',
    { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 4', note: 'R-DS1' },
    {
      id: `Kalender tidak memuat tahun ${year - 1}: ketidakhadiran berturut-turut yang dimulai pada tahun itu hanya dihitung sejak 1 Januari ${year}.`,
      en: `The calendar does not hold ${year - 1}: a run of absence that began that year was counted from 1 January ${year} only.`,
    },
    { year: year - 1 },
  );
}

/**
 * Tallies one employee's unexcused absence in a calendar year, in the working days of the unit's calendar, and
 * decides the sanction (PP 94/2021 Pasal 9–11 and 15; RULINGS R-DS1, R-D1–R-D4):
 *
 * - only working days count: weekends, national holidays and cuti bersama inside an absence period are left out
 *   (and listed);
 * - the count is cumulative from 1 January and restarts each year (Pasal 15 ayat (1) and its Penjelasan);
 * - every tier is listed with the day it was reached, as in the Penjelasan of Pasal 9 ayat (2) huruf b
 *   (3 days by March → teguran lisan; 4–6 by July → teguran tertulis; 7–10 by November → pernyataan tidak puas);
 * - a run of 10 consecutive working days → PDHTAPS whatever the total, salary stopping from the next month; a run
 *   that began in December of the previous year is followed back when the calendar holds that year (its tier is
 *   then listed with its own date in December, since the run goes on into the year);
 * - lateness and early leaving count only with `convertLateness` (7½ hours = 1 day; RULINGS R-DS1);
 * - each tier is read from the table rows in force on the day it is reached; PPPK: pass the agency's table.
 *
 * @param records - The employee's records: absence periods, lateness and early leaving. Records of other years are
 *   ignored (except December absence of the previous year, for the consecutive-day rule).
 * @param calendar - The unit's working calendar (`createCalendar` of `asn-kit/calendar`); it must hold `year`.
 * @param year - The calendar year to tally.
 * @param options - `convertLateness` (default `false`) and `table` (default the PNS table of PP 94/2021).
 * @returns `Ok(tally)`; or `Err` with code `discipline/invalid-input`, `discipline/no-rule-in-force` (a day before
 *   the table is in force), or the calendar's `calendar/out-of-range` when the calendar does not hold the year.
 * @see Official: PP 94/2021 tentang Disiplin Pegawai Negeri Sipil
 * Pasal 9 ayat (2) huruf b, Pasal 10 ayat (2) huruf f, Pasal 11 ayat (2) huruf d, Pasal 15 and the Penjelasan.
 * @see Based on: asn-kit domain digest, leave-personnel-calendar.md §6.2–6.3 (examples 1, 7, 8); RULINGS R-DS1.
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * import type { IsoDate } from 'asn-kit/core';
 * import { tallyAbsence } from 'asn-kit/discipline';
 * const calendar = createCalendar()._unsafeUnwrap();
 * const records = [{ type: 'absent', from: '2025-03-24' as IsoDate, to: '2025-04-11' as IsoDate }] as const;
 * const tally = tallyAbsence(records, calendar, 2025)._unsafeUnwrap();
 * [tally.absentDays, tally.longestConsecutive, tally.sanction?.code];
 * // => [8, 8, 'written-dissatisfaction']
 * tallyAbsence([], calendar, 2023)._unsafeUnwrapErr().code;
 * // => 'calendar/out-of-range'
 * ```
 */
export function tallyAbsence(
  records: readonly AbsenceRecord[],
  calendar: WorkingCalendar,
  year: number,
  options: TallyAbsenceOptions = {},
): Result<AbsenceTally, TallyAbsenceError> {
  const input = validate(tallyInputSchema, { records, calendar, year, options }, 'discipline/invalid-input');
  if (input.isErr()) return err(input.error);
  const { records: checked, year: tallyYear, options: chosen } = input.value;
  const table = chosen.table ?? ABSENCE_SANCTION_TIERS;
  const convertLateness = chosen.convertLateness ?? false;
  const yearFrom = `${String(tallyYear)}-01-01` as IsoDate;
  const yearTo = `${String(tallyYear)}-12-31` as IsoDate;
  const previousYearHeld = calendar.years.includes(tallyYear - 1);
  const lookback = previousYearHeld ? (`${String(tallyYear - 1)}-01-01` as IsoDate) : yearFrom;
  const window = absenceWindow(checked, lookback, yearFrom, yearTo);
  // The first call checks that the calendar holds the year; the second lists the days off within the absence only.
  return countWorkingDays(calendar, yearFrom, yearTo)
    .andThen(() => (window === null ? ok([]) : nonWorkingDaysBetween(calendar, window.from, window.to)))
    .andThen((nonWorking) => {
      if (window === null) return ok({ days: [], leftOut: [] });
      // The calendar lists one entry per date, its first reason.
      const off = new Map<string, NonWorkingDay>();
      for (const day of nonWorking) off.set(day.date, day);
      return absentDaysOf(checked, calendar, window, off);
    })
    .andThen(({ days, leftOut }: { days: readonly AbsentDay[]; leftOut: readonly NonWorkingDay[] }): Result<AbsenceTally, TallyAbsenceError> => {
      const events: Event[] = days.map((day) => ({ kind: 'absent', date: day.date, day }));
      for (const record of checked) {
        if (record.type !== 'absent' && record.date >= yearFrom && record.date <= yearTo) {
          events.push({ kind: 'late', date: record.date, minutes: record.minutes });
        }
      }
      events.sort((a, b) => compareDates(a.date, b.date));
      return walk(events, table, convertLateness, yearTo).andThen((walked) =>
        decideAbsence(
          { absentDays: walked.absentDays, longestConsecutive: walked.longestConsecutive, lateMinutes: walked.lateMinutes },
          table,
          walked.lastDate,
          convertLateness,
        ).map((decision): AbsenceTally => {
          const extra: Reason<DisciplineReasonCode>[] = [];
          if (leftOut.length > 0) extra.push(leftOutReason(leftOut));
          const firstInYear = days.find((day) => day.inYear);
          // Without the previous year, a run may go back past 1 January when the year's first working day is absent.
          const uncheckedRun =
            !previousYearHeld &&
            firstInYear !== undefined &&
            checked.some((record) => record.type === 'absent' && record.from < yearFrom && recordEnd(record) >= `${String(tallyYear - 1)}-01-01`) &&
            countWorkingDays(calendar, yearFrom, firstInYear.date).unwrapOr(0) === 1;
          if (uncheckedRun) extra.push(previousYearReason(tallyYear));
          const stops = walked.reached.find((entry) => entry.salaryStopsFrom !== undefined);
          return {
            ...decision,
            reasons: [...decision.reasons, ...extra],
            year: tallyYear,
            absentDates: days.filter((day) => day.inYear).map((day) => day.date),
            nonWorkingDaysLeftOut: leftOut,
            tiersReached: walked.reached,
            salaryStopsFrom: stops?.salaryStopsFrom ?? null,
          };
        }),
      );
    });
}
