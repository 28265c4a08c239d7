import { err, ok, type Result } from 'neverthrow';
import { dayNumberOf, fromDayNumber, type IsoDate } from '../core/iso-date';
import type { LegalBasis, LocalizedText } from '../core';
import { markParsed } from '../core/parsed';
import { BUILT_IN_YEAR_ROWS } from './data/days';
import type { BuiltInRow, YearRows } from './data/decode';
import { CALENDAR_MESSAGES, INPUT_BASIS, RANGE_BASIS, calendarError, type CalendarError } from './errors';
import { CALENDAR_KIND } from './is-working-calendar';
import { invalidInputError } from './internal/args';
import { DATES, weekdayOfDayNumber } from './internal/lookup';
import { optionIssues } from './internal/options';
import { WORKING_WEEKS } from './rules/working-week';
import type { CalendarOptions, ExtraDayInput } from './schemas';
import type { CalendarYearData, ExtraWorkingDay, NonWorkingDay, ProvisionalStatus, SupersededDay, WorkingCalendar } from './types';
import { deepFrozen, readonlyMap } from '../core/frozen';

/** A year the calendar may hold: a built-in year's rows, or a table of the caller's. */
type YearTable = YearRows | Pick<CalendarYearData, 'year' | 'days' | 'superseded' | 'provisional'>;
/** A day the calendar holds: a built-in row as it is (frozen where it is made), or a copy of one of the caller's. */
type Held<Day> = Day | BuiltInRow;

/** The basis of a day the caller adds: the unit's days may be changed (Perpres 21/2023 Pasal 6), by the PPK. */
const CUSTOM_DAY_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Perpres 21/2023',
  article: 'Pasal 6',
  note: 'set for the unit by its PPK (createCalendar option)',
});
const EXTRA_HOLIDAY_NAME: LocalizedText = /* @__PURE__ */ deepFrozen({ id: 'Hari libur tambahan', en: 'Extra holiday' });
const EXTRA_WORKING_DAY_NAME: LocalizedText = /* @__PURE__ */ deepFrozen({ id: 'Hari kerja tambahan', en: 'Extra working day' });

/** A day of the calendar with its own frozen copies of its name and basis: nothing in it is shared with the input. */
function dayEntry<Entry extends Pick<ExtraWorkingDay, 'name' | 'basis'>>(entry: Entry): Entry {
  return Object.freeze({ ...entry, name: Object.freeze({ ...entry.name }), basis: Object.freeze({ ...entry.basis }) });
}

function extraDay(day: ExtraDayInput, name: LocalizedText): ExtraWorkingDay {
  if (typeof day === 'string') return { date: day as IsoDate, name, basis: CUSTOM_DAY_BASIS };
  return { date: day.date as IsoDate, name: day.name ?? name, basis: day.basis ?? CUSTOM_DAY_BASIS };
}

/** Adds a day to the list of its date. */
function listIn<Day extends { readonly date: string }>(lists: Map<string, Day[]>, day: Day): void {
  const list = lists.get(day.date);
  if (list === undefined) lists.set(day.date, [day]);
  else list.push(day);
}

function unknownYear(year: number, tables: ReadonlyMap<number, YearTable>): Result<never, CalendarError> {
  const available = [...tables.keys()].sort((left, right) => left - right);
  return err(calendarError(
    'calendar/unknown-year',
    RANGE_BASIS,
    {
      id: `Tidak ada data hari libur dan cuti bersama untuk tahun ${year} (tersedia: ${available.join(', ')}); tambahkan tabel tahun itu melalui yearData.`,
      en: `There is no holiday and cuti bersama table for ${year} (available: ${available.join(', ')}); add one through yearData.`,
    },
    { year, available },
  ));
}

/** The years to hold: the run from the least to the greatest year asked for (or held), each with its table. */
function chooseYears(
  requested: Iterable<number> | undefined,
  tables: ReadonlyMap<number, YearTable>,
): Result<readonly number[], CalendarError> {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const year of requested ?? tables.keys()) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) {
    if (!tables.has(year)) return unknownYear(year, tables);
    years.push(year);
  }
  return ok(years);
}

/**
 * Builds a working calendar: the unit's working week, the official holidays and ASN cuti bersama of the years it
 * holds, and the caller's extra holidays and extra working days. It precomputes, for every day held, the running
 * count of working days, so {@link countWorkingDays} is O(1) and {@link workingSpanEnd} and
 * {@link addWorkingDays} are O(log n). Build it once per unit and reuse it: the calendar is frozen, and every
 * calendar function recognises it at the cost of one look-up (see {@link isWorkingCalendar}).
 *
 * This is the calendar's boundary: the options are checked here, once, as {@link calendarOptionsSchema} says (a
 * strict object: a misspelt option is an error that names it; each year table as {@link parseCalendarYearData}
 * checks it), and what the calendar keeps of them is copied: the caller's objects are never frozen or changed.
 * Every list has a limit, and together they keep a call within about half a second: 1,100 years (1900–2999), each
 * a table of at most 366 days, within 200,000 list items in all.
 * No options at all take the defaults without any check. createCalendar itself carries no zod.
 *
 * Rules applied: the working week of Perpres 21/2023 Pasal 3 (Monday–Friday), and Pasal 7 for 6-day service
 * units; the holidays, ad-hoc holidays and cuti bersama of the SKB and ASN Keppres of each year as amended
 * (18 August 2025 included as cuti bersama, 24 December 2021 a working day); national holidays and cuti bersama
 * are non-working in both weeks.
 * An extra working day overrides the week and the official tables for that date.
 *
 * @param options - The working week (default 5), the years (default every year with a table: 2021–2027 built
 *   in, 2027 provisional), extra holidays and working days (each a date or `{ date, name?, basis? }`) and year tables of your own.
 * @returns `Ok(calendar)`, or `Err` with `calendar/invalid-input` (options that do not match the schema, an
 *   unknown option, years that are not consecutive or repeat, a year table that {@link checkCalendarYearData}
 *   finds a problem in, a list past its limit: more than 1,100 `years` or `yearData` tables, 5,000
 *   `extraHolidays` or `extraWorkingDays`, 366 days or superseded days or 1,000 instruments in a table, a text of
 *   more than 10,000 characters; or options whose lists hold more than `INPUT_LIMITS.total` (200,000) items
 *   together, one issue at path `''`, found before any is read), `calendar/unknown-year` (a year without a table), `calendar/out-of-range` (an extra day outside the
 *   years held) or `calendar/conflicting-days` (a date that is both an extra holiday and an extra working day).
 * @see Official: Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN),
 *   Perpres 21/2023 Pasal 3 (five working days), Pasal 6 (changes), Pasal 7 (service units).
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar({ workWeek: 6, years: [2026] });
 * if (calendar.isOk()) [calendar.value.from, calendar.value.to]; // => ['2026-01-01', '2026-12-31']
 * createCalendar({ years: [2028] }).match(
 *   () => 'ok',
 *   (error) => error.code,
 * ); // => 'calendar/unknown-year'
 * ```
 */
export function createCalendar(options?: CalendarOptions): Result<WorkingCalendar, CalendarError> {
  if (options !== undefined) {
    const issues = optionIssues(options);
    if (issues.en.length > 0) return invalidInputError(issues.en, issues.id);
  }
  const settings: CalendarOptions = options ?? {};

  const tables = new Map<number, YearTable>();
  for (const table of BUILT_IN_YEAR_ROWS) tables.set(table.year, table);
  for (const table of settings.yearData ?? []) tables.set(table.year, table);

  const chosen = chooseYears(settings.years, tables);
  if (chosen.isErr()) return err(chosen.error);
  const years = chosen.value;
  const from = `${years[0]}-01-01` as IsoDate;
  const to = `${years[years.length - 1]}-12-31` as IsoDate;
  const firstDayNumber = dayNumberOf(from);
  const days = dayNumberOf(to) - firstDayNumber + 1;

  const extraHolidays = (settings.extraHolidays ?? []).map((day) => extraDay(day, EXTRA_HOLIDAY_NAME));
  const extraWorking = (settings.extraWorkingDays ?? []).map((day) => extraDay(day, EXTRA_WORKING_DAY_NAME));
  for (const [option, list] of [['extraHolidays', extraHolidays], ['extraWorkingDays', extraWorking]] as const) {
    const outside = list.findIndex((day) => day.date < from || day.date > to);
    const day = list[outside];
    if (day !== undefined) {
      return err(calendarError(
        'calendar/out-of-range',
        RANGE_BASIS,
        {
          id: `${option}: tanggal ${day.date} di luar tahun yang dimuat kalender (${from} s.d. ${to}).`,
          en: `${option}: the date ${day.date} is outside the years the calendar holds (${from} to ${to}).`,
        },
        { date: day.date, from, to, option, index: outside },
      ));
    }
  }
  const extraWorkingDays = new Map<string, ExtraWorkingDay>(extraWorking.map((day) => [day.date, dayEntry(day)]));
  const clash = extraHolidays.find((day) => extraWorkingDays.has(day.date));
  if (clash !== undefined) return err(calendarError('calendar/conflicting-days', INPUT_BASIS, CALENDAR_MESSAGES.conflictingDays, { date: clash.date }));

  const offDays = new Map<string, Held<NonWorkingDay>[]>();
  const superseded = new Map<string, Held<SupersededDay>[]>();
  const provisional = new Map<number, ProvisionalStatus>();
  for (const year of years) {
    const table = tables.get(year) as YearTable;
    for (const day of table.days) {
      listIn(offDays, 'row' in day ? day : dayEntry({ date: day.date as IsoDate, kind: day.kind, name: day.name, basis: day.basis }));
    }
    for (const day of table.superseded ?? []) listIn(superseded, 'row' in day ? day : dayEntry(day));
    const status = table.provisional;
    if (status !== undefined) provisional.set(year, Object.freeze({ reason: Object.freeze({ ...status.reason }), basis: Object.freeze({ ...status.basis }) }));
  }
  for (const day of extraHolidays) listIn(offDays, dayEntry<NonWorkingDay>({ date: day.date, kind: 'custom', name: day.name, basis: day.basis }));
  for (const list of superseded.values()) Object.freeze(list);
  for (const list of offDays.values()) Object.freeze(list);

  // The running counts, from day numbers alone: the days off and the extra working days as offsets into the table.
  const off = new Uint8Array(days);
  for (const date of offDays.keys()) off[dayNumberOf(date) - firstDayNumber] = 1;
  for (const date of extraWorkingDays.keys()) off[dayNumberOf(date) - firstDayNumber] = 2;
  const weekdays: readonly number[] = WORKING_WEEKS[settings.workWeek ?? 5].workingWeekdays;
  const prefix: number[] = [0];
  const dates: IsoDate[] = [];
  let count = 0;
  for (let index = 0; index < days; index += 1) {
    const flag = off[index];
    if (flag === 2 || (flag === 0 && weekdays.includes(weekdayOfDayNumber(firstDayNumber + index)))) count += 1;
    prefix.push(count);
    dates.push(fromDayNumber(firstDayNumber + index));
  }

  const calendar: WorkingCalendar = {
    kind: 'asn-kit/working-calendar',
    workWeek: settings.workWeek ?? 5,
    years,
    from,
    to,
    firstDayNumber,
    prefix: Object.freeze(prefix),
    offDays: readonlyMap(offDays),
    extraWorkingDays: readonlyMap(extraWorkingDays),
    provisional: readonlyMap(provisional),
    superseded: readonlyMap(superseded),
  };
  // The date of each day, written once here so that a span's end is a read, not a formatting (internal/lookup.ts).
  Object.defineProperty(calendar, DATES, { value: Object.freeze(dates) });
  return ok(markParsed(calendar, CALENDAR_KIND));
}
