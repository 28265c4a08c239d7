import { addDays, addYears, calendarDaysIn, type DateRange, type IsoDate } from '../core';
import type { Employee } from '../employee';
import { startOfService } from '../employee/service-start';

/**
 * The date an employee completes `years` of continuous service: counted from TMT CPNS (PPPK: the first contract),
 * pushed back by the CLTN days in between, which do not count (PP 11/2017 Pasal 337(2); R-L5). Internal.
 */
export function serviceAnniversary(employee: Employee, years: number): IsoDate {
  const start = startOfService(employee);
  let date = addYears(start, years);
  const periods = [...employee.cltn].sort((left: DateRange, right: DateRange) => left.from.localeCompare(right.from));
  for (const period of periods) {
    if (period.from >= date || period.to < start) continue;
    // The clock stops for the whole period: it started before the anniversary and resumes after its end.
    date = addDays(date, calendarDaysIn({ from: period.from < start ? start : period.from, to: period.to }));
  }
  return date;
}
