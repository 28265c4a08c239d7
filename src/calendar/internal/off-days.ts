import type { IsoDate } from '../../core';
import type { NonWorkingDay, WorkingCalendar } from '../types';
import { dateAt, weekendOf, worksAt } from './lookup';

/**
 * Every reason a date would be off, whatever the extra working days say: the official and custom entries first
 * (in that order), then the weekend when the unit's week does not work that weekday.
 */
export function offReasonsOf(calendar: WorkingCalendar, date: IsoDate): readonly NonWorkingDay[] {
  const listed = calendar.offDays.get(date) ?? [];
  const weekend = weekendOf(calendar, date);
  return weekend === undefined ? listed : [...listed, weekend];
}

/** The non-working days between two indexes (both included), one entry per date: its first reason. */
export function listNonWorking(calendar: WorkingCalendar, fromIndex: number, toIndex: number): readonly NonWorkingDay[] {
  const days: NonWorkingDay[] = [];
  for (let index = fromIndex; index <= toIndex; index += 1) {
    if (worksAt(calendar, index)) continue;
    days.push(...offReasonsOf(calendar, dateAt(calendar, index)).slice(0, 1));
  }
  return days;
}
