import { addDays, calendarDaysIn, compareDates, dayOf, monthOf, yearOf, type IsoDate } from '../core';
import type { Employee } from '../employee';
import { startOfService } from '../employee/service-start';

/** Whether a year is a leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The same day `years` later, 29 February becoming 28 February in a common year (as `addYears` does), written by
 * string: the hot paths of the module compute an anniversary on every call (internal).
 */
export function sameDayYearsLater(date: IsoDate, years: number): IsoDate {
  const year = yearOf(date) + years;
  if (monthOf(date) === 2 && dayOf(date) === 29 && !isLeapYear(year)) return `${String(year)}-02-28` as IsoDate;
  return `${String(year)}${date.slice(4)}` as IsoDate;
}

/**
 * The date an employee completes `years` of continuous service: counted from TMT CPNS (PPPK: the first contract),
 * pushed back by the CLTN days in between, which do not count (PP 11/2017 Pasal 337(2); docs/interpretations.md#eligibility-service). Internal.
 */
export function serviceAnniversary(employee: Employee, years: number): IsoDate {
  const start = startOfService(employee);
  let date = sameDayYearsLater(start, years);
  if (employee.cltn.length === 0) return date;
  const periods = [...employee.cltn].sort((left, right) => compareDates(left.from, right.from));
  for (const period of periods) {
    if (period.from >= date || period.to < start) continue;
    // The clock stops for the whole period: it started before the anniversary and resumes after its end.
    date = addDays(date, calendarDaysIn({ from: period.from < start ? start : period.from, to: period.to }));
  }
  return date;
}
