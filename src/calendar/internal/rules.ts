import type { InputIssue } from '../../core/input-error';
import type { CalendarYearData, OfficialDay } from '../types';

// The rules of the calendar's options beyond the shape of each value, written once: `calendarOptionsSchema` and
// `calendarYearDataSchema` are built from them, and so is the check `createCalendar` runs (internal/options.ts).

/**
 * Whether distinct whole years are consecutive: they span as many years as there are of them. Linear, with no
 * spread into `Math.max`, so a list of any length gives an answer, never a `RangeError` (issue 14, D1). An empty
 * list is left to the length check.
 */
export function consecutiveYears(years: readonly number[]): boolean {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const year of years) {
    if (year < low) low = year;
    if (year > high) high = year;
  }
  return years.length === 0 || high - low + 1 === new Set(years).size;
}

/** Whether each year of a list is given once. */
export function distinctYears(years: readonly number[]): boolean {
  return new Set(years).size === years.length;
}

/** Whether a list of year tables has one table per year. */
export function oneTablePerYear(tables: readonly { readonly year: number }[]): boolean {
  return distinctYears(tables.map((table) => table.year));
}

/** The messages of the rules above. */
export const RULE_MESSAGES = {
  consecutive: 'The years must be consecutive',
  distinct: 'Each year may be given once',
  oneTable: 'Each year may have one table only',
} as const;

/**
 * The checks across the fields of one year table that its schema leaves to the parser, each problem once: every
 * day (and superseded day) in the table's year; days in date order; no date twice, except two holidays of
 * different names on one day (13 May 2021); the counts of holidays and cuti bersama the instruments state, when
 * the table gives them.
 *
 * @param table - A table of the right shape.
 * @param at - The path of the table in its input followed by a dot, e.g. `'yearData.0.'`, or `''`.
 * @returns The issues found, in English (the Indonesian message is the same text).
 */
export function yearDataIssues(table: CalendarYearData, at: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const prefix = `${table.year}-`;
  const tally = { holiday: 0, 'collective-leave': 0 };
  let previous: OfficialDay | undefined;
  table.days.forEach((day, index) => {
    const path = `${at}days.${index}`;
    if (!day.date.startsWith(prefix)) issues.push({ path: `${path}.date`, message: `The date is not in ${table.year}` });
    if (previous !== undefined && day.date < previous.date) issues.push({ path: `${path}.date`, message: 'The days are not in date order' });
    const same = table.days.findIndex((other) => other.date === day.date);
    const twin = table.days[same] as OfficialDay;
    if (same < index && (day.kind !== 'holiday' || twin.kind !== 'holiday' || twin.name.id === day.name.id)) {
      issues.push({ path: `${path}.date`, message: 'The date appears twice' });
    }
    tally[day.kind] += 1;
    previous = day;
  });
  (table.superseded ?? []).forEach((day, index) => {
    if (!day.date.startsWith(prefix)) issues.push({ path: `${at}superseded.${index}.date`, message: `The date is not in ${table.year}` });
  });
  const counts = table.counts;
  if (counts !== undefined) {
    for (const [key, kind, label] of [['holidays', 'holiday', 'holidays'], ['collectiveLeave', 'collective-leave', 'cuti bersama days']] as const) {
      if (counts[key] !== tally[kind]) {
        issues.push({ path: `${at}counts.${key}`, message: `The instruments state ${counts[key]} ${label} but the table has ${tally[kind]}` });
      }
    }
  }
  return issues;
}
