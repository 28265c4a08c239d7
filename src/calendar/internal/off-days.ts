import type { IsoDate } from '../../core/iso-date';
import { BUILT_IN_CALENDAR_DATA } from '../data';
import type { BuiltInRow } from '../data/decode';
import type { CalendarYearData, NonWorkingDay, SupersededDay, WorkingCalendar } from '../types';
import { dateAt, weekendOf, worksAt } from './lookup';

// A calendar holds a built-in day as its row (createCalendar reads only the dates and kinds, so that counting
// working days leaves the names and citations out of a bundle); the functions that return days name it here.

/** The built-in table of a row's year (the built-in years are consecutive). */
function builtInYear(row: BuiltInRow): CalendarYearData {
  const first = (BUILT_IN_CALENDAR_DATA[0] as CalendarYearData).year;
  return BUILT_IN_CALENDAR_DATA[Number(row.date.slice(0, 4)) - first] as CalendarYearData;
}

/** A day off as the calendar functions return it: a built-in row with its name and basis, a caller's day as held. */
function named(day: NonWorkingDay | BuiltInRow): NonWorkingDay {
  if (!('row' in day)) return day;
  const { name, basis } = builtInYear(day).days[day.row] as CalendarYearData['days'][number];
  return Object.freeze({ date: day.date, kind: day.kind, name, basis });
}

/** The days an amendment moved or removed on a date, in full (a built-in one is its table's own frozen row). */
export function supersededOn(calendar: WorkingCalendar, date: IsoDate): SupersededDay[] {
  return (calendar.superseded.get(date) ?? []).map((day) =>
    'row' in day ? (builtInYear(day).superseded?.[day.row] as SupersededDay) : day,
  );
}

/**
 * Every reason a date would be off, whatever the extra working days say: the official and custom entries first
 * (in that order), then the weekend when the unit's week does not work that weekday. A new array each call.
 */
export function offReasonsOf(calendar: WorkingCalendar, date: IsoDate, dayNumber: number): NonWorkingDay[] {
  const listed = (calendar.offDays.get(date) ?? []).map(named);
  const weekend = weekendOf(calendar, date, dayNumber);
  if (weekend !== undefined) listed.push(weekend);
  return listed;
}

/** The non-working days between two indexes (both included), one entry per date: its first reason. */
export function listNonWorking(calendar: WorkingCalendar, fromIndex: number, toIndex: number): NonWorkingDay[] {
  const days: NonWorkingDay[] = [];
  for (let index = fromIndex; index <= toIndex; index += 1) {
    if (worksAt(calendar.prefix, index)) continue;
    const date = dateAt(calendar, index);
    const listed = calendar.offDays.get(date)?.[0];
    // A day off has a listed reason or falls on a weekday the unit does not work, so one of the two is there.
    days.push(listed === undefined ? (weekendOf(calendar, date, calendar.firstDayNumber + index) as NonWorkingDay) : named(listed));
  }
  return days;
}
