import { isParsed } from '../core/parsed';
import type { WorkingCalendar } from './types';

/** The kind `createCalendar` records its calendars under (internal). */
export const CALENDAR_KIND = 'calendar/calendar';

/**
 * Tells whether a value is a calendar made by `createCalendar`: one look-up in the library's record of the values
 * it built, so a look-alike object (the same keys, copied or forged) is never taken for a calendar. Every calendar
 * function runs it on its first argument; modules and schemas that accept a calendar use it too (e.g. in a
 * `z.custom` schema, see `workingCalendarSchema`).
 *
 * @param value - Any value.
 * @returns `true` for a calendar returned by `createCalendar`.
 * @example
 * ```ts
 * import { createCalendar, isWorkingCalendar } from 'asn-kit/calendar';
 * const calendar = createCalendar();
 * if (calendar.isOk()) isWorkingCalendar(calendar.value); // => true
 * isWorkingCalendar({ kind: 'asn-kit/working-calendar' }); // => false
 * ```
 */
export function isWorkingCalendar(value: unknown): value is WorkingCalendar {
  return isParsed(value, CALENDAR_KIND);
}
