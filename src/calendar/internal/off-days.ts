import type { IsoDate } from '../../core/iso-date';
import type { NonWorkingDay, WorkingCalendar } from '../types';
import { dateAt, weekendOf, worksAt } from './lookup';

/**
 * Every reason a date would be off, whatever the extra working days say: the official and custom entries first
 * (in that order), then the weekend when the unit's week does not work that weekday. A new array each call.
 */
export function offReasonsOf(calendar: WorkingCalendar, date: IsoDate, dayNumber: number): NonWorkingDay[] {
  const listed = calendar.offDays.get(date) ?? [];
  const weekend = weekendOf(calendar, date, dayNumber);
  return weekend === undefined ? [...listed] : [...listed, weekend];
}

/** The non-working days between two indexes (both included), one entry per date: its first reason. */
export function listNonWorking(calendar: WorkingCalendar, fromIndex: number, toIndex: number): NonWorkingDay[] {
  const days: NonWorkingDay[] = [];
  for (let index = fromIndex; index <= toIndex; index += 1) {
    if (worksAt(calendar.prefix, index)) continue;
    const date = dateAt(calendar, index);
    // A day off has a listed reason or falls on a weekday the unit does not work, so one of the two is there.
    days.push((calendar.offDays.get(date)?.[0] ?? weekendOf(calendar, date, calendar.firstDayNumber + index)) as NonWorkingDay);
  }
  return days;
}
