import { err, ok, type Result } from 'neverthrow';
import {
  fail,
  fromDayNumber,
  isoWeekday,
  toDayNumber,
  validate,
  type IsoDate,
  type LegalBasis,
  type LocalizedText,
} from '../core';
import { BUILT_IN_CALENDAR_DATA } from './data';
import { CALENDAR_MESSAGES, INPUT_BASIS, RANGE_BASIS, type CalendarError } from './errors';
import { WORKING_WEEKS } from './rules/working-week';
import { calendarOptionsSchema, type CalendarOptions } from './schemas';
import type { CalendarYearData, ExtraWorkingDay, NonWorkingDay, WorkingCalendar } from './types';

/** The basis of a day the caller adds: the unit's days may be changed (Perpres 21/2023 Pasal 6), by the PPK. */
const CUSTOM_DAY_BASIS: LegalBasis = {
  instrument: 'Perpres 21/2023',
  article: 'Pasal 6',
  note: 'set for the unit by its PPK (createCalendar option)',
};
const EXTRA_HOLIDAY_NAME: LocalizedText = { id: 'Hari libur tambahan', en: 'Extra holiday' };
const EXTRA_WORKING_DAY_NAME: LocalizedText = { id: 'Hari kerja tambahan', en: 'Extra working day' };

type ExtraDay = string | { readonly date: string; readonly name?: LocalizedText; readonly basis?: LegalBasis };

interface NamedDay {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly basis: LegalBasis;
}

function normalise(day: ExtraDay, name: LocalizedText): NamedDay {
  if (typeof day === 'string') return { date: day as IsoDate, name, basis: CUSTOM_DAY_BASIS };
  return { date: day.date as IsoDate, name: day.name ?? name, basis: day.basis ?? CUSTOM_DAY_BASIS };
}

function unknownYear(year: number, available: readonly number[]): Result<never, CalendarError> {
  return fail(
    'calendar/unknown-year',
    RANGE_BASIS,
    {
      id: `Tidak ada data hari libur dan cuti bersama untuk tahun ${String(year)}; tambahkan tabel tahun itu melalui yearData.`,
      en: `There is no holiday and cuti bersama table for ${String(year)}; add one through yearData.`,
    },
    { year, available },
  );
}

function chooseYears(
  requested: readonly number[] | undefined,
  tables: ReadonlyMap<number, CalendarYearData>,
): Result<readonly number[], CalendarError> {
  const available = [...tables.keys()].sort((left, right) => left - right);
  const wanted = requested === undefined ? available : [...new Set(requested)].sort((left, right) => left - right);
  const first = wanted[0] as number;
  const last = wanted[wanted.length - 1] as number;
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) {
    if (!tables.has(year)) return unknownYear(year, available);
    years.push(year);
  }
  return ok(years);
}

/**
 * Builds a working calendar: the unit's working week, the official holidays and ASN cuti bersama of the years it
 * holds, and the caller's extra holidays and extra working days. It precomputes, for every day held, the running
 * count of working days, so {@link countWorkingDays} is O(1) and {@link workingSpanEnd} and
 * {@link addWorkingDays} are O(log n). Build it once per unit and reuse it.
 *
 * Rules applied: the working week of RULINGS R-D2 (Perpres 21/2023 Pasal 3, and Pasal 7 for 6-day service
 * units); the holidays, ad-hoc holidays and cuti bersama of RULINGS R-D3 (the SKB and ASN Keppres of each year,
 * 18 August 2025 included as cuti bersama); national holidays and cuti bersama are non-working in both weeks.
 * An extra working day overrides the week and the official tables for that date.
 *
 * @param options - The working week (default 5), the years (default every year with a table: 2024–2026 built
 *   in), extra holidays and working days (each a date or `{ date, name?, basis? }`) and year tables of your own.
 * @returns `Ok(calendar)`, or `Err` with `calendar/invalid-input` (options that do not match the schema, years
 *   that are not consecutive), `calendar/unknown-year` (a year without a table), `calendar/out-of-range` (an extra
 *   day outside the years held) or `calendar/conflicting-days` (a date that is both an extra holiday and an extra
 *   working day).
 * @see Official: Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN),
 *   Perpres 21/2023 Pasal 3 (five working days), Pasal 6 (changes), Pasal 7 (service units).
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar({ workWeek: 6, years: [2026] })._unsafeUnwrap();
 * [calendar.from, calendar.to]; // => ['2026-01-01', '2026-12-31']
 * createCalendar({ years: [2023] })._unsafeUnwrapErr().code; // => 'calendar/unknown-year'
 * ```
 */
export function createCalendar(options?: CalendarOptions): Result<WorkingCalendar, CalendarError> {
  const parsed = validate(calendarOptionsSchema, options, 'calendar/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const settings = parsed.value ?? {};

  const tables = new Map<number, CalendarYearData>();
  for (const table of BUILT_IN_CALENDAR_DATA) tables.set(table.year, table);
  for (const table of settings.yearData ?? []) tables.set(table.year, table);

  const chosen = chooseYears(settings.years, tables);
  if (chosen.isErr()) return err(chosen.error);
  const years = chosen.value;
  const from = `${String(years[0])}-01-01` as IsoDate;
  const to = `${String(years[years.length - 1])}-12-31` as IsoDate;
  const firstDayNumber = toDayNumber(from);
  const days = toDayNumber(to) - firstDayNumber + 1;

  const extraHolidays = (settings.extraHolidays ?? []).map((day) => normalise(day, EXTRA_HOLIDAY_NAME));
  const extraWorking = (settings.extraWorkingDays ?? []).map((day) => normalise(day, EXTRA_WORKING_DAY_NAME));
  for (const [option, list] of [['extraHolidays', extraHolidays], ['extraWorkingDays', extraWorking]] as const) {
    const outside = list.findIndex((day) => day.date < from || day.date > to);
    const day = list[outside];
    if (day !== undefined) {
      return fail(
        'calendar/out-of-range',
        RANGE_BASIS,
        {
          id: `${option}: tanggal ${day.date} di luar tahun yang dimuat kalender (${from} s.d. ${to}).`,
          en: `${option}: the date ${day.date} is outside the years the calendar holds (${from} to ${to}).`,
        },
        { date: day.date, from, to, option, index: outside },
      );
    }
  }
  const workingDates = new Set(extraWorking.map((day) => day.date));
  const clash = extraHolidays.find((day) => workingDates.has(day.date));
  if (clash !== undefined) return fail('calendar/conflicting-days', INPUT_BASIS, CALENDAR_MESSAGES.conflictingDays, { date: clash.date });

  const offDays = new Map<string, NonWorkingDay[]>();
  const add = (entry: NonWorkingDay): void => {
    const list = offDays.get(entry.date);
    if (list === undefined) offDays.set(entry.date, [entry]);
    else list.push(entry);
  };
  for (const year of years) {
    for (const day of (tables.get(year) as CalendarYearData).days) {
      add({ date: day.date as IsoDate, kind: day.kind, name: day.name, basis: day.basis });
    }
  }
  for (const day of extraHolidays) add({ date: day.date, kind: 'custom', name: day.name, basis: day.basis });
  const extraWorkingDays = new Map<string, ExtraWorkingDay>(extraWorking.map((day) => [day.date, day]));

  const workWeek = settings.workWeek ?? 5;
  const weekdays: readonly number[] = WORKING_WEEKS[workWeek].workingWeekdays;
  const prefix = new Int32Array(days + 1);
  for (let index = 0; index < days; index += 1) {
    const date = fromDayNumber(firstDayNumber + index);
    const works = extraWorkingDays.has(date) || (!offDays.has(date) && weekdays.includes(isoWeekday(date)));
    prefix[index + 1] = (prefix[index] as number) + (works ? 1 : 0);
  }

  return ok(
    Object.freeze({
      kind: 'asn-kit/working-calendar',
      workWeek,
      years: Object.freeze([...years]),
      from,
      to,
      firstDayNumber,
      prefix,
      offDays,
      extraWorkingDays,
    }),
  );
}
