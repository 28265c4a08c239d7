import type { WorkingCalendar } from './types';

/**
 * Tells whether a value is a calendar made by `createCalendar`: the check every calendar function runs on its first
 * argument, for modules and schemas that accept a calendar of their own (e.g. in a `z.custom` schema).
 *
 * @param value - Any value.
 * @returns `true` for a calendar.
 * @example
 * ```ts
 * import { createCalendar, isWorkingCalendar } from 'asn-kit/calendar';
 * isWorkingCalendar(createCalendar()._unsafeUnwrap()); // => true
 * isWorkingCalendar({ kind: 'asn-kit/working-calendar' }); // => false
 * ```
 */
export function isWorkingCalendar(value: unknown): value is WorkingCalendar {
  if (typeof value !== 'object' || value === null) return false;
  const calendar = value as Partial<Record<keyof WorkingCalendar, unknown>>;
  return (
    calendar.kind === 'asn-kit/working-calendar' &&
    calendar.prefix instanceof Int32Array &&
    calendar.prefix.length >= 2 &&
    Number.isSafeInteger(calendar.firstDayNumber) &&
    calendar.offDays instanceof Map &&
    calendar.extraWorkingDays instanceof Map &&
    (calendar.workWeek === 5 || calendar.workWeek === 6) &&
    typeof calendar.from === 'string' &&
    typeof calendar.to === 'string' &&
    Array.isArray(calendar.years)
  );
}
