import { err, ok, type Result } from 'neverthrow';
import {
  compareDates,
  fromDayNumber,
  reason,
  startOfNextMonth,
  toDayNumber,
  trustParsed,
  type IsoDate,
  type LegalBasis,
  type Reason,
} from '../core';
import {
  countWorkingDays,
  isWorkingCalendar,
  nonWorkingDaysBetween,
  type CalendarError,
  type NonWorkingDay,
  type WorkingCalendar,
} from '../calendar';
import { provisionalReasons } from '../calendar/provisional-warnings';
import { readOptions, tallyArgumentsError, tallyYearSchema, type Settings } from './arguments';
import { convertedDaysOf, decideAbsence, notInForce, tiersOn, type AbsenceSanctionDecision } from './decide';
import type { DisciplineError, DisciplineReasonCode } from './errors';
import { ABSENCE_RECORDS_KIND } from './kinds';
import { parseAbsenceRecords } from './parse-absence-records';
import type { AbsenceTierRow, AbsenceTierTable } from './rules/absence-tiers';
import type { SanctionDefinition, SanctionLevel } from './rules/sanctions';
import type { AbsenceRecord, TallyAbsenceOptions } from './schemas';
import { deepFrozen } from '../core/frozen';

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
  /** The calendar year tallied (docs/interpretations.md#leave-year). */
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

/**
 * Every error `tallyAbsence` can return: its own, or the calendar's (e.g. `calendar/year-not-covered`).
 *
 * @example
 * ```ts
 * import type { TallyAbsenceError } from 'asn-kit/discipline';
 * const isDataGap = (error: TallyAbsenceError) => error.code === 'calendar/year-not-covered';
 * ```
 */
export type TallyAbsenceError = DisciplineError | CalendarError;

const WORKING_DAYS_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PP 94/2021',
  article: 'Pasal 9 ayat (2) huruf b',
  note: 'counted in the working days of the unit',
  interpretation: 'absence-counting',
});

interface AbsentDay {
  readonly date: IsoDate;
  /** The working-day number counted from the start of the first absence period: consecutive working days differ by 1. */
  readonly ordinal: number;
  readonly inYear: boolean;
}

/** Days from `first` to `last` (day numbers), both included. */
interface Interval {
  readonly first: number;
  readonly last: number;
}

/** The absence periods clipped to [lookback, yearLast], merged where they overlap or touch, in date order. */
function absenceIntervals(records: readonly AbsenceRecord[], lookback: number, yearLast: number): Interval[] {
  const clipped: Interval[] = [];
  for (const record of records) {
    if (record.type !== 'absent') continue;
    const first = Math.max(toDayNumber(record.from), lookback);
    const last = Math.min(toDayNumber(record.to ?? record.from), yearLast);
    if (first <= last) clipped.push({ first, last });
  }
  clipped.sort((a, b) => a.first - b.first);
  const merged: Interval[] = [];
  for (const interval of clipped) {
    const previous = merged[merged.length - 1];
    // Stryker disable next-line EqualityOperator: touching periods give the same days and ordinals merged or not; merging saves calendar queries
    if (previous !== undefined && interval.first <= previous.last + 1) {
      merged[merged.length - 1] = { first: previous.first, last: Math.max(previous.last, interval.last) };
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

/**
 * The absent working days of the periods, numbered in working days from the first period's start, and the
 * non-working days of the year the periods cover. One calendar query per period lists its days off (one entry per
 * date, in date order); one count numbers its first working day, the next ones follow by one.
 */
function absentDaysOf(
  calendar: WorkingCalendar,
  intervals: readonly Interval[],
  yearFirst: number,
): Result<{ days: AbsentDay[]; leftOut: NonWorkingDay[] }, CalendarError> {
  const days: AbsentDay[] = [];
  const leftOut: NonWorkingDay[] = [];
  const start = intervals[0];
  if (start === undefined) return ok({ days, leftOut });
  const windowFrom = fromDayNumber(start.first);
  for (const interval of intervals) {
    const offDays = nonWorkingDaysBetween(calendar, fromDayNumber(interval.first), fromDayNumber(interval.last));
    if (offDays.isErr()) return err(offDays.error);
    let next = 0;
    let ordinal = -1;
    for (let day = interval.first; day <= interval.last; day += 1) {
      const date = fromDayNumber(day);
      const off = offDays.value[next];
      if (off?.date === date) {
        next += 1;
        if (day >= yearFirst) leftOut.push(off);
        continue;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: counting again gives the same ordinal; counting once per period is for speed
      if (ordinal < 0) {
        const counted = countWorkingDays(calendar, windowFrom, date);
        if (counted.isErr()) return err(counted.error);
        ordinal = counted.value;
      } else {
        ordinal += 1;
      }
      days.push({ date, ordinal, inYear: day >= yearFirst });
    }
  }
  return ok({ days, leftOut });
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
  // Any start will do: the first absent day begins a run of 1 (0 + 1) whether or not it follows this ordinal.
  let previousOrdinal = 0;
  let longest = 0;
  let runTierId: string | null = null;
  let yearTierId: string | null = null;
  let lastDate = yearEnd;
  // A consecutive-day tier reached in December of the previous year, reported if the same run goes on into the year.
  let carried: AbsenceTierReached | null = null;
  for (const event of events) {
    if (event.kind === 'absent') {
      run = event.day.ordinal === previousOrdinal + 1 ? run + 1 : 1;
      if (run === 1) {
        runTierId = null;
        carried = null;
      }
      previousOrdinal = event.day.ordinal;
      if (!event.day.inYear) {
        const { byRun } = tiersOn(table, event.date, 0, run);
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
    const countedDays = absentDays + convertedDaysOf(lateMinutes, convertLateness, event.date);
    // A lateness record does not extend a run: its run is 0, which reaches no consecutive-day tier.
    const eventRun = event.kind === 'absent' ? run : 0;
    const { inForce, byTotal, byRun } = tiersOn(table, event.date, countedDays, eventRun);
    if (!inForce) return err(notInForce(table, event.date));
    lastDate = event.date;
    if (byTotal !== null && byTotal.id !== yearTierId) {
      yearTierId = byTotal.id;
      reached.push(reachedEntry(event.date, 'year-total', countedDays, eventRun, byTotal));
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
    { instrument: 'PP 94/2021', article: 'Pasal 11 ayat (2) huruf d angka 4', interpretation: 'absence-counting' },
    {
      id: `Kalender tidak memuat tahun ${year - 1}: ketidakhadiran berturut-turut yang dimulai pada tahun itu hanya dihitung sejak 1 Januari ${year}.`,
      en: `The calendar does not hold ${year - 1}: a run of absence that began that year was counted from 1 January ${year} only.`,
    },
    { year: year - 1 },
  );
}

/**
 * Tallies one employee's unexcused absence in a calendar year, in the working days of the unit's calendar, and
 * decides the sanction (PP 94/2021 Pasal 9–11 and 15; docs/interpretations.md#absence-counting, #dates-without-time-zone, #leave-year):
 *
 * - only working days count: weekends, national holidays and cuti bersama inside an absence period are left out
 *   (and listed);
 * - the count is cumulative from 1 January and restarts each year (Pasal 15 ayat (1) and its Penjelasan);
 * - every tier is listed with the day it was reached, as in the Penjelasan of Pasal 9 ayat (2) huruf b
 *   (3 days by March → teguran lisan; 4–6 by July → teguran tertulis; 7–10 by November → pernyataan tidak puas);
 * - a run of 10 consecutive working days → PDHTAPS whatever the total, salary stopping from the next month; a run
 *   that began in December of the previous year is followed back when the calendar holds that year (its tier is
 *   then listed with its own date in December, since the run goes on into the year);
 * - lateness and early leaving count only with `convertLateness` (7½ hours = 1 day; docs/interpretations.md#lateness-conversion);
 * - each tier is read from the table rows in force on the day it is reached; PPPK: pass the agency's table.
 *
 * Parse the log once at the boundary with {@link parseAbsenceRecords} (and an agency table with
 * {@link parseAbsenceTierTable}): a parsed value is used as it is; anything else is checked here, so a JavaScript
 * caller still gets a coded `Err`, never a throw. The calendar is any calendar made by `createCalendar`.
 *
 * @param records - The employee's attendance log: absence periods, lateness and early leaving, best from
 *   {@link parseAbsenceRecords}. Records of other years are ignored (except December absence of the previous year,
 *   for the consecutive-day rule).
 * @param calendar - The unit's working calendar (`createCalendar` of `asn-kit/calendar`); it must hold `year`.
 * @param year - The calendar year to tally.
 * @param options - `convertLateness` (default `false`) and `table` (default the PNS table of PP 94/2021); an
 *   unknown key is refused.
 * @returns `Ok(tally)`; or `Err` with code `discipline/invalid-input` (every issue, its path naming the argument,
 *   e.g. `records.0.to` or `options.convertLateness`), `discipline/no-rule-in-force` (a day before the table is in
 *   force), or the calendar's `calendar/out-of-range` when the calendar does not hold the year.
 * @see Official: PP 94/2021 tentang Disiplin Pegawai Negeri Sipil
 * Pasal 9 ayat (2) huruf b, Pasal 10 ayat (2) huruf f, Pasal 11 ayat (2) huruf d, Pasal 15 and the Penjelasan.
 * @see Based on: docs/interpretations.md#absence-counting and #lateness-conversion.
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * import { parseAbsenceRecords, tallyAbsence } from 'asn-kit/discipline';
 * const calendarResult = createCalendar();
 * if (calendarResult.isOk()) {
 *   const calendar = calendarResult.value;
 *   const log = parseAbsenceRecords([{ type: 'absent', from: '2025-03-24', to: '2025-04-11' }]);
 *   if (log.isOk()) {
 *     tallyAbsence(log.value, calendar, 2025).match(
 *       (tally) => [tally.absentDays, tally.longestConsecutive, tally.sanction?.code],
 *       (error) => error.code,
 *     );
 *     // => [8, 8, 'written-dissatisfaction']
 *   }
 *   tallyAbsence([], calendar, 2028).match((tally) => tally.year, (error) => error.code);
 *   // => 'calendar/year-not-covered'
 * }
 * ```
 */
export function tallyAbsence(
  records: readonly AbsenceRecord[],
  calendar: WorkingCalendar,
  year: number,
  options?: TallyAbsenceOptions,
): Result<AbsenceTally, TallyAbsenceError> {
  const parsed = trustParsed(records, ABSENCE_RECORDS_KIND, parseAbsenceRecords);
  const settings = readOptions(options);
  if (parsed.isErr() || settings === undefined || !isWorkingCalendar(calendar) || !tallyYearSchema.safeParse(year).success) {
    return err(tallyArgumentsError(records, calendar, year, options));
  }
  return tallyYear(parsed.value, calendar, year, settings);
}

/** The tally of checked arguments. */
function tallyYear(
  records: readonly AbsenceRecord[],
  calendar: WorkingCalendar,
  year: number,
  { table, convertLateness }: Settings,
): Result<AbsenceTally, TallyAbsenceError> {
  const yearFrom = `${year}-01-01` as IsoDate;
  const yearTo = `${year}-12-31` as IsoDate;
  const previousFrom = `${year - 1}-01-01` as IsoDate;
  // The first call checks that the calendar holds the year; the second whether it holds the year before.
  const held = countWorkingDays(calendar, yearFrom, yearTo);
  if (held.isErr()) return err(held.error);
  const previousYearHeld = countWorkingDays(calendar, previousFrom, `${year - 1}-12-31`).isOk();
  const yearFirst = toDayNumber(yearFrom);
  const intervals = absenceIntervals(records, previousYearHeld ? toDayNumber(previousFrom) : yearFirst, toDayNumber(yearTo));
  const absence = absentDaysOf(calendar, intervals, yearFirst);
  if (absence.isErr()) return err(absence.error);
  const { days, leftOut } = absence.value;
  const events: Event[] = days.map((day) => ({ kind: 'absent', date: day.date, day }));
  for (const record of records) {
    if (record.type !== 'absent' && record.date >= yearFrom && record.date <= yearTo) {
      events.push({ kind: 'late', date: record.date, minutes: record.minutes });
    }
  }
  events.sort((a, b) => compareDates(a.date, b.date));
  const walked = walk(events, table, convertLateness, yearTo);
  if (walked.isErr()) return err(walked.error);
  const { absentDays, longestConsecutive, lateMinutes, lastDate, reached } = walked.value;
  return decideAbsence({ absentDays, longestConsecutive, lateMinutes }, table, lastDate, convertLateness).map((decision): AbsenceTally => {
    const extra: Reason<DisciplineReasonCode>[] = [];
    if (leftOut.length > 0) extra.push(leftOutReason(leftOut));
    const firstInYear = days.find((day) => day.inYear);
    // Without the previous year, a run may go back past 1 January when the year's first working day is absent.
    const uncheckedRun =
      !previousYearHeld &&
      firstInYear !== undefined &&
      records.some((record) => record.type === 'absent' && record.from < yearFrom && (record.to ?? record.from) >= previousFrom) &&
      countWorkingDays(calendar, yearFrom, firstInYear.date).unwrapOr(0) === 1;
    if (uncheckedRun) extra.push(previousYearReason(year));
    extra.push(...provisionalReasons(calendar, year, year));
    const stops = reached.find((entry) => entry.salaryStopsFrom !== undefined);
    // Written out rather than spread: spreading the decision and replacing its reasons doubles the cost of a tally.
    return {
      absentDays: decision.absentDays,
      convertedDays: decision.convertedDays,
      countedDays: decision.countedDays,
      lateMinutes: decision.lateMinutes,
      longestConsecutive: decision.longestConsecutive,
      tier: decision.tier,
      sanction: decision.sanction,
      level: decision.level,
      basis: decision.basis,
      yearTotalTier: decision.yearTotalTier,
      consecutiveTier: decision.consecutiveTier,
      salaryStops: decision.salaryStops,
      reasons: extra.length === 0 ? decision.reasons : [...decision.reasons, ...extra],
      year,
      absentDates: days.filter((day) => day.inYear).map((day) => day.date),
      nonWorkingDaysLeftOut: leftOut,
      tiersReached: reached,
      salaryStopsFrom: stops?.salaryStopsFrom ?? null,
    };
  });
}
