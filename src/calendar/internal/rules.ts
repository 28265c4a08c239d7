import type { LocalizedIssue } from '../../core/input-error';
import type { CalendarYearData, OfficialDay } from '../types';
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
    low = Math.min(low, year);
    high = Math.max(high, year);
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

/**
 * The most years a calendar holds, and so the longest `years` and `yearData` lists: every year of 1900–2999, the
 * years a date may have, each given once.
 */
export const MOST_YEARS = 1_100;

/**
 * The most rows of a year table's `days`, and of its `superseded` days: one for each day of a leap year. A real
 * table lists about 25 (2026: 17 holidays and 8 days of cuti bersama); two rows share a date only when two holidays
 * fall on one day.
 */
export const MOST_DAYS = 366;

/** The messages of the rules above. */
export const RULE_MESSAGES = /* @__PURE__ */ deepFrozen({
  consecutive: 'The years must be consecutive',
  distinct: 'Each year may be given once',
  oneTable: 'Each year may have one table only',
} as const);

/** The messages of the checks across the rows of a year table whose wording does not depend on the values. */
const DATA_MESSAGES = /* @__PURE__ */ deepFrozen({
  order: { id: 'Hari-hari tidak urut menurut tanggal', en: 'The days are not in date order' },
  twice: { id: 'Tanggal muncul dua kali', en: 'The date appears twice' },
});

/** The counts a table may state, with the kind of day each counts and its name in both languages. */
const COUNTED = /* @__PURE__ */ deepFrozen([
  ['holidays', 'holiday', { id: 'hari libur', en: 'holidays' }],
  ['collectiveLeave', 'collective-leave', { id: 'hari cuti bersama', en: 'cuti bersama days' }],
] as const);

/**
 * The checks across the fields of one year table that its schema leaves to the parser, each problem once: every
 * day (and superseded day) in the table's year; days in date order; no date twice, except two holidays of
 * different names on one day (13 May 2021); the counts of holidays and cuti bersama the instruments state, when
 * the table gives them.
 *
 * @param table - A table of the right shape.
 * @param at - The path of the table in its input followed by a dot, e.g. `'yearData.0.'`, or `''`.
 * @returns The issues found, each in Bahasa Indonesia and English.
 */
export function yearDataIssues(table: CalendarYearData, at: string): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  const notInYear = { id: `Tanggal tidak berada dalam tahun ${table.year}`, en: `The date is not in ${table.year}` };
  const prefix = `${table.year}-`;
  const tally = { holiday: 0, 'collective-leave': 0 };
  let previous: OfficialDay | undefined;
  // The first row of each date, so that a later row of the same date is compared with it in one look-up: the
  // check is linear in the rows, not quadratic (issue 14, D9).
  const firstOf = new Map<string, OfficialDay>();
  table.days.forEach((day, index) => {
    const path = `${at}days.${index}`;
    if (!day.date.startsWith(prefix)) issues.push({ path: `${path}.date`, message: notInYear });
    if (previous !== undefined && day.date < previous.date) issues.push({ path: `${path}.date`, message: DATA_MESSAGES.order });
    const twin = firstOf.get(day.date);
    if (twin === undefined) firstOf.set(day.date, day);
    else if (day.kind !== 'holiday' || twin.kind !== 'holiday' || twin.name.id === day.name.id) {
      issues.push({ path: `${path}.date`, message: DATA_MESSAGES.twice });
    }
    tally[day.kind] += 1;
    previous = day;
  });
  (table.superseded ?? []).forEach((day, index) => {
    if (!day.date.startsWith(prefix)) issues.push({ path: `${at}superseded.${index}.date`, message: notInYear });
  });
  const counts = table.counts;
  if (counts !== undefined) {
    for (const [key, kind, label] of COUNTED) {
      if (counts[key] !== tally[kind]) {
        issues.push({
          path: `${at}counts.${key}`,
          message: {
            id: `Instrumen menetapkan ${counts[key]} ${label.id}, tetapi tabel memuat ${tally[kind]}`,
            en: `The instruments state ${counts[key]} ${label.en} but the table has ${tally[kind]}`,
          },
        });
      }
    }
  }
  return issues;
}
