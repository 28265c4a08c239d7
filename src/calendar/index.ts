/**
 * The ASN working-day calendar: the official holidays, ad-hoc holidays and ASN cuti bersama of 2021–2027 as cited
 * data (one table per year; 2027 provisional until its ASN Keppres is issued), a unit's 5- or 6-day working week, and fast working-day arithmetic — O(1) counts,
 * O(log n) span ends — for leave, absence and deadlines counted in working days.
 *
 * @packageDocumentation
 * @module calendar
 */
export { addWorkingDays } from './add-working-days';
export { countWorkingDays } from './count-working-days';
export { createCalendar } from './create-calendar';
export { checkCalendarYearData } from './check-calendar-year-data';
export { BUILT_IN_CALENDAR_DATA } from './data';
export { CALENDAR_DATA_2021 } from './data/2021';
export { CALENDAR_DATA_2022 } from './data/2022';
export { CALENDAR_DATA_2023 } from './data/2023';
export { CALENDAR_DATA_2024 } from './data/2024';
export { CALENDAR_DATA_2025 } from './data/2025';
export { CALENDAR_DATA_2026 } from './data/2026';
export { CALENDAR_DATA_2027 } from './data/2027';
export { describeDay } from './describe-day';
export type { CalendarError, CalendarErrorCode, CalendarErrorData } from './errors';
export { isWorkingCalendar } from './is-working-calendar';
export { isWorkingDay } from './is-working-day';
export { nonWorkingDays } from './non-working-days';
export { nonWorkingDaysBetween } from './non-working-days-between';
export { parseCalendarYearData } from './parse-calendar-year-data';
export { provisionalWarnings } from './provisional-warnings';
export {
  calendarOptionsSchema,
  calendarYearDataSchema,
  workingCalendarSchema,
  type CalendarOptions,
  type ExtraDayInput,
} from './schemas';
export type {
  CalendarInstrument,
  CalendarReasonCode,
  CalendarYearData,
  DayDescription,
  ExtraWorkingDay,
  InstrumentRole,
  NonWorkingDay,
  NonWorkingKind,
  OfficialDay,
  OfficialDayKind,
  ProvisionalStatus,
  SupersededDay,
  WorkingCalendar,
  WorkWeek,
} from './types';
export { workingSpanEnd } from './working-span-end';
