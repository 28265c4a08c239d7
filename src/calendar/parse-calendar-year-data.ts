import type { Result } from 'neverthrow';
import { parseInput } from '../core/validate';
import type { CalendarError } from './errors';
import { yearDataIssues } from './internal/rules';
import { calendarYearDataSchema } from './schemas';
import type { CalendarYearData } from './types';

/**
 * Parses a year table of your own (e.g. 2028, once its SKB is signed) at the boundary: the
 * {@link calendarYearDataSchema}, then the rules that tie the days to the table (every day within its year, at
 * most one row per date). The result is a new, deeply frozen table; the input is not changed. Pass it to
 * `createCalendar` through `yearData`.
 *
 * @param input - The table, e.g. read from a JSON file.
 * @returns `Ok(table)`, or `Err` with `calendar/invalid-input` listing every issue with its path; a list past its
 *   limit (more than 366 days or superseded days, 1,000 instruments) is one issue at the list, found before its rows
 *   are read, and a text may hold 10,000 characters.
 * @example
 * ```ts
 * import { parseCalendarYearData } from 'asn-kit/calendar';
 * parseCalendarYearData({ year: 2027, instruments: [], days: [] }).isOk(); // => true
 * parseCalendarYearData({
 *   year: 2027,
 *   instruments: [],
 *   days: [{ date: '2026-12-31', kind: 'holiday', name: { id: 'x', en: 'x' }, basis: { instrument: 'SKB' } }],
 * }).match(
 *   () => [],
 *   (error) => error.data['issues'],
 * ); // => [{ path: 'days.0.date', message: 'The date is not in 2027' }]
 * ```
 */
export function parseCalendarYearData(input: unknown): Result<CalendarYearData, CalendarError> {
  return parseInput(calendarYearDataSchema, input, 'calendar/invalid-input', 'calendar/year-data', (table) => yearDataIssues(table, ''));
}
