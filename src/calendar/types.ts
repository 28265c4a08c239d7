import type { IsoDate, LegalBasis, LocalizedText, Reason } from '../core';

/**
 * The kind of an official non-working day in a year's data table: a national holiday (`holiday`, including the
 * ad-hoc election days) or an ASN cuti bersama (`collective-leave`).
 *
 * @example
 * ```ts
 * import type { OfficialDayKind } from 'asn-kit/calendar';
 * const kind: OfficialDayKind = 'collective-leave';
 * ```
 */
export type OfficialDayKind = 'holiday' | 'collective-leave';

/**
 * One official non-working day of a year's data table, exactly as the instrument that set it.
 *
 * @example
 * ```ts
 * import type { OfficialDay } from 'asn-kit/calendar';
 * const day: OfficialDay = {
 *   date: '2026-12-24',
 *   kind: 'collective-leave',
 *   name: { id: 'Cuti bersama Kelahiran Yesus Kristus', en: 'Collective leave for the Nativity of Jesus Christ' },
 *   basis: { instrument: 'Keppres 42/2025' },
 * };
 * ```
 */
export interface OfficialDay {
  /** The date, `YYYY-MM-DD`, within the table's year. */
  readonly date: string;
  /** `holiday` or `collective-leave`. */
  readonly kind: OfficialDayKind;
  /** The official name in Bahasa Indonesia and an English rendering. */
  readonly name: LocalizedText;
  /** The instrument that made the day a non-working day for ASN. */
  readonly basis: LegalBasis;
  /** `true` for an ad-hoc holiday set outside the yearly SKB (e.g. an election day by Keppres). */
  readonly adHoc?: true;
}

/**
 * What an instrument does for a year's calendar: the joint ministerial decree (`skb`) that lists holidays and
 * cuti bersama, the presidential decree on ASN cuti bersama (`asn-keppres`), an ad-hoc holiday decree
 * (`ad-hoc`), or an amendment of an earlier instrument (`amendment`).
 *
 * @example
 * ```ts
 * import type { InstrumentRole } from 'asn-kit/calendar';
 * const role: InstrumentRole = 'amendment';
 * ```
 */
export type InstrumentRole = 'skb' | 'asn-keppres' | 'ad-hoc' | 'amendment';

/**
 * An instrument named in a year's data table.
 *
 * @example
 * ```ts
 * import type { CalendarInstrument } from 'asn-kit/calendar';
 * const keppres: CalendarInstrument = {
 *   role: 'asn-keppres',
 *   basis: { instrument: 'Keppres 42/2025' },
 *   signed: '2025-12-31',
 *   title: { id: 'Cuti Bersama Pegawai Aparatur Sipil Negara Tahun 2026', en: 'ASN collective leave 2026' },
 * };
 * ```
 */
export interface CalendarInstrument {
  /** What the instrument does for the year. */
  readonly role: InstrumentRole;
  /** Its citation. */
  readonly basis: LegalBasis;
  /** The day it was signed, `YYYY-MM-DD`. */
  readonly signed: string;
  /** Its subject, in Bahasa Indonesia and English. */
  readonly title: LocalizedText;
}

/**
 * A date that an instrument of the year set and a later one moved or removed: what it was, and the instrument that
 * changed it (its `basis`, whose note says how). Kept so that a reader can see why the date is a working day.
 *
 * @example
 * ```ts
 * import type { SupersededDay } from 'asn-kit/calendar';
 * const removed: SupersededDay = {
 *   date: '2021-03-12',
 *   kind: 'collective-leave',
 *   name: { id: 'Cuti bersama Isra Mikraj Nabi Muhammad SAW', en: 'Collective leave for Isra Mikraj' },
 *   basis: { instrument: 'SKB 281/2021, 1/2021, 1/2021', note: 'removed by SKB 281/2021, 1/2021, 1/2021 (22 Feb 2021)' },
 * };
 * ```
 */
export interface SupersededDay {
  /** The date as first set, `YYYY-MM-DD`. */
  readonly date: string;
  /** What it was. */
  readonly kind: OfficialDayKind;
  /** Its name as first set. */
  readonly name: LocalizedText;
  /** The instrument that moved or removed it; the note says which and how. */
  readonly basis: LegalBasis;
  /** The date it moved to, when it moved rather than being removed. */
  readonly movedTo?: string;
}

/**
 * Why a year's table is provisional: an instrument it depends on is not issued yet, so its days may still change.
 *
 * @example
 * ```ts
 * import type { ProvisionalStatus } from 'asn-kit/calendar';
 * const status: ProvisionalStatus = {
 *   reason: { id: 'Keppres cuti bersama ASN belum terbit.', en: 'The ASN cuti bersama Keppres is not issued yet.' },
 *   basis: { instrument: 'SKB 1205/2026, 3/2026, 2/2026' },
 * };
 * ```
 */
export interface ProvisionalStatus {
  /** What is still awaited, in Bahasa Indonesia and English. */
  readonly reason: LocalizedText;
  /** The instrument the year's days rest on until then. */
  readonly basis: LegalBasis;
}

/**
 * The official ASN non-working days of one calendar year, with the instruments that set them: one such table per
 * year is the whole of the calendar's data, so a new year or an amendment is one data change. A table without
 * `provisional` is final: every instrument it rests on is issued.
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2026 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2026.days.length; // => 25
 * CALENDAR_DATA_2026.counts; // => { holidays: 17, collectiveLeave: 8 }
 * ```
 */
export interface CalendarYearData {
  /** The calendar year (1 January–31 December). */
  readonly year: number;
  /** The instruments that set the year's days, in the order they were signed (at most 1,000). */
  readonly instruments: readonly CalendarInstrument[];
  /**
   * The holidays and cuti bersama in force, in date order. A date has one row, except that two holidays may fall
   * on the same day (13 May 2021: Kenaikan Isa Al Masih and Idul Fitri). At most 366 rows.
   */
  readonly days: readonly OfficialDay[];
  /**
   * How many holidays (ad-hoc ones included) and cuti bersama the instruments state for the year;
   * {@link checkCalendarYearData} compares the rows with them.
   */
  readonly counts?: { readonly holidays: number; readonly collectiveLeave: number };
  /** Dates that an instrument set and a later one moved or removed (at most 366). */
  readonly superseded?: readonly SupersededDay[];
  /** Present when the year is provisional: what it still waits for. */
  readonly provisional?: ProvisionalStatus;
}

/**
 * Why a day is not a working day: a weekend of the unit's working week, a national holiday, an ASN cuti bersama,
 * or an extra holiday the caller added (`custom`).
 *
 * @example
 * ```ts
 * import type { NonWorkingKind } from 'asn-kit/calendar';
 * const kind: NonWorkingKind = 'weekend';
 * ```
 */
export type NonWorkingKind = 'weekend' | 'holiday' | 'collective-leave' | 'custom';

/**
 * A non-working day of a calendar, with its reason.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { NonWorkingDay } from 'asn-kit/calendar';
 * const day: NonWorkingDay = {
 *   date: '2026-08-17' as IsoDate,
 *   kind: 'holiday',
 *   name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' },
 *   basis: { instrument: 'SKB 1497/2025, 2/2025, 5/2025' },
 * };
 * ```
 */
export interface NonWorkingDay {
  /** The date. */
  readonly date: IsoDate;
  /** The kind of reason. */
  readonly kind: NonWorkingKind;
  /** The day's name (for a weekend, the weekday). */
  readonly name: LocalizedText;
  /** The instrument that makes it a non-working day. */
  readonly basis: LegalBasis;
}

/**
 * A day the caller declared a working day although the unit's week or the official tables would make it a day off,
 * e.g. a Saturday make-up day decided by the PPK.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { ExtraWorkingDay } from 'asn-kit/calendar';
 * const makeUp: ExtraWorkingDay = {
 *   date: '2026-03-28' as IsoDate,
 *   name: { id: 'Hari kerja pengganti', en: 'Make-up working day' },
 *   basis: { instrument: 'Keputusan PPK' },
 * };
 * ```
 */
export interface ExtraWorkingDay {
  /** The date. */
  readonly date: IsoDate;
  /** Why it is worked. */
  readonly name: LocalizedText;
  /** The decision that makes it a working day. */
  readonly basis: LegalBasis;
}

/**
 * The number of working days in a unit's week: 5 (Monday–Friday, the default) or 6 (Monday–Saturday, for the
 * service units of Perpres 21/2023 Pasal 7).
 *
 * @example
 * ```ts
 * import type { WorkWeek } from 'asn-kit/calendar';
 * const hospitalWard: WorkWeek = 6;
 * ```
 */
export type WorkWeek = 5 | 6;

/**
 * A working calendar built by `createCalendar`: the unit's working week and the official days of the years it
 * holds, precomputed so that counting working days over any range is O(1) and finding a span's end is O(log n).
 * It is frozen (its lists and entries too, and its maps are read-only views with no `set`, `delete` or `clear`) and
 * recorded as made by the library, so the calendar functions trust it without checking it again; an object of the
 * same shape made elsewhere is not a calendar (see `isWorkingCalendar`). Treat it as opaque; only the first five
 * properties are meant for reading.
 *
 * @example
 * ```ts
 * import { createCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar({ workWeek: 6 });
 * if (calendar.isOk()) [calendar.value.workWeek, calendar.value.from, calendar.value.to]; // => [6, '2021-01-01', '2027-12-31']
 * ```
 */
export interface WorkingCalendar {
  /** A tag telling a calendar apart from other objects. */
  readonly kind: 'asn-kit/working-calendar';
  /** The unit's working week. */
  readonly workWeek: WorkWeek;
  /** The calendar years held, ascending and consecutive. */
  readonly years: readonly number[];
  /** The first day held (1 January of the first year). */
  readonly from: IsoDate;
  /** The last day held (31 December of the last year). */
  readonly to: IsoDate;
  /** The day number (days since 1970-01-01) of `from`. */
  readonly firstDayNumber: number;
  /**
   * `prefix[i]` is the number of working days among the first `i` days held; its length is the day count + 1.
   * A frozen array (a typed array could not be frozen).
   */
  readonly prefix: readonly number[];
  /**
   * The official and custom non-working days by date, official ones first. A built-in day is held as its date, its
   * kind and its row in the built-in year's table: the functions that return days name it from there.
   */
  readonly offDays: ReadonlyMap<string, readonly (NonWorkingDay | { readonly date: IsoDate; readonly kind: OfficialDayKind; readonly row: number })[]>;
  /** The extra working days by date. */
  readonly extraWorkingDays: ReadonlyMap<string, ExtraWorkingDay>;
  /** The provisional years held, each with what it still waits for. */
  readonly provisional: ReadonlyMap<number, ProvisionalStatus>;
  /** The dates an amendment moved or removed, by date (a built-in one as its row, like `offDays`). */
  readonly superseded: ReadonlyMap<string, readonly (SupersededDay | { readonly date: IsoDate; readonly kind: OfficialDayKind; readonly row: number })[]>;
}

/**
 * The codes of the reasons `describeDay` gives for a day.
 *
 * @example
 * ```ts
 * import type { CalendarReasonCode } from 'asn-kit/calendar';
 * const code: CalendarReasonCode = 'calendar/collective-leave';
 * ```
 */
export type CalendarReasonCode =
  | 'calendar/working-day'
  | 'calendar/weekend'
  | 'calendar/holiday'
  | 'calendar/collective-leave'
  | 'calendar/custom-holiday'
  | 'calendar/extra-working-day'
  | 'calendar/superseded-day'
  | 'calendar/provisional-year';

/**
 * Whether a day is worked in a calendar, and why.
 *
 * @example
 * ```ts
 * import { createCalendar, describeDay } from 'asn-kit/calendar';
 * const day = createCalendar().andThen((calendar) => describeDay(calendar, '2026-03-20'));
 * if (day.isOk()) [day.value.working, day.value.nonWorking[0]?.kind]; // => [false, 'collective-leave']
 * ```
 */
export interface DayDescription {
  /** The date. */
  readonly date: IsoDate;
  /** The ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** `true` when the day is a working day of the calendar. */
  readonly working: boolean;
  /** Every reason the day is off (a Saturday holiday has two: the holiday and the weekend); empty on a working day. */
  readonly nonWorking: readonly NonWorkingDay[];
  /**
   * The explanation, one `info` reason per cause, each with its legal basis; an `info` reason for a date an
   * amendment moved or removed; a `calendar/provisional-year` warning on a day of a provisional year.
   */
  readonly reasons: readonly Reason<CalendarReasonCode>[];
}
