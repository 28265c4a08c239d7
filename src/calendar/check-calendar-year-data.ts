import type { InputIssue } from '../core/input-error';
import { yearTableIssues } from './internal/options';

/**
 * Checks a year table you bring (a year the built-in data does not hold yet, or an amendment) and returns **every**
 * problem, each with its path: the shape (the year, the instruments with their role, citation, signing day and
 * title; each day with a real date, a kind `holiday` or `collective-leave`, a name in Bahasa Indonesia and in
 * English, and a basis citing its instrument), then the rules across the rows: every day inside the year and in date
 * order, no date twice (two holidays of different names may share a day), and the counts of holidays and cuti
 * bersama in `counts` equal to the rows. An empty list means the table is sound. Its lists have the limits of
 * {@link calendarYearDataSchema} (366 days and 366 superseded days, one for each day of a leap year; 1,000
 * instruments; texts of 10,000 characters): a longer list is one problem at the list, its rows not read.
 * `createCalendar` runs the same check on every table given through `yearData`, and asn-kit's tests run it on every
 * built-in year. It needs no zod; {@link parseCalendarYearData} runs the same rules after the zod schema.
 *
 * @param input - The table, e.g. read from a JSON file.
 * @returns The problems found, in English; empty when there are none.
 * @example
 * ```ts
 * import { checkCalendarYearData } from 'asn-kit/calendar';
 * const skb = { instrument: 'SKB 1205/2026, 3/2026, 2/2026' };
 * checkCalendarYearData({
 *   year: 2027,
 *   instruments: [{ role: 'skb', basis: skb, signed: '2026-09-15', title: { id: 'Hari Libur 2027', en: 'Holidays 2027' } }],
 *   days: [{ date: '2027-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day 2027" }, basis: skb }],
 *   counts: { holidays: 1, collectiveLeave: 0 },
 * }); // => []
 * checkCalendarYearData({
 *   year: 2027,
 *   instruments: [],
 *   days: [{ date: '2026-12-31', kind: 'holiday', name: { id: 'Tahun Baru', en: "New Year's Day" }, basis: skb }],
 *   counts: { holidays: 2, collectiveLeave: 0 },
 * }).map((issue) => issue.path);
 * // => ['days.0.date', 'counts.holidays']
 * ```
 */
export function checkCalendarYearData(input: unknown): readonly InputIssue[] {
  return yearTableIssues(input).en;
}
