import type { InputIssue } from '../../core/input-error';
import type { CalendarYearData } from '../types';
import { deepFrozen } from '../../core/frozen';

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
export const RULE_MESSAGES = /* @__PURE__ */ deepFrozen({
  consecutive: 'The years must be consecutive',
  distinct: 'Each year may be given once',
  oneTable: 'Each year may have one table only',
} as const);

/**
 * The checks across the fields of one year table that its schema leaves to the parser: every day in the table's
 * year, at most one row per date.
 *
 * @param table - A table of the right shape.
 * @param at - The path of the table in its input followed by a dot, e.g. `'yearData.0.'`, or `''`.
 * @returns The issues found, in English (the Indonesian message is the same text).
 */
export function yearDataIssues(table: CalendarYearData, at: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const prefix = `${table.year}-`;
  const seen = new Set<string>();
  table.days.forEach((day, index) => {
    const path = `${at}days.${index}.date`;
    if (!day.date.startsWith(prefix)) issues.push({ path, message: `The date is not in ${table.year}` });
    if (seen.has(day.date)) issues.push({ path, message: 'The date appears twice' });
    seen.add(day.date);
  });
  return issues;
}
