import { err, type Result } from 'neverthrow';
import { trustParsed, validate } from '../core';
import { optionsError, readOptions } from './arguments';
import { decideAbsence, newestRulesDate, type AbsenceSanctionDecision } from './decide';
import type { DisciplineError } from './errors';
import { ABSENCE_SANCTION_PARAMS_KIND } from './kinds';
import { absenceSanctionParamsSchema, type AbsenceSanctionOptions, type AbsenceSanctionParams } from './schemas';

/** Checks counts that were not parsed: a per-call value the decision does not keep, so it is not frozen or recorded. */
function checkParams(input: unknown): Result<AbsenceSanctionParams, DisciplineError> {
  return validate(absenceSanctionParamsSchema, input, 'discipline/invalid-input');
}

/**
 * The disciplinary sanction for unexcused absence ("tidak Masuk Kerja tanpa alasan yang sah") in one calendar year,
 * from the yearly total and the longest run of consecutive working days (PP 94/2021 Pasal 9 ayat (2) huruf b,
 * Pasal 10 ayat (2) huruf f, Pasal 11 ayat (2) huruf d; docs/interpretations.md#absence-counting):
 *
 * - the yearly total is read against the tiers (3 → teguran lisan … ≥ 28 → PDHTAPS); 1–2 days carry no sanction;
 * - 10 consecutive working days → PDHTAPS whatever the yearly total, and salary payment stops from the next month;
 * - when both apply, the heavier sanction governs (on a tie, the consecutive-day rule, which also stops salary);
 * - lateness and early leaving count only with `convertLateness` (7½ hours = 1 day, PP 53/2010; docs/interpretations.md#lateness-conversion).
 *
 * PPPK discipline is set by each agency: pass its table as `options.table`, in the shape of
 * {@link ABSENCE_SANCTION_TIERS}.
 *
 * The counts are best parsed once at the boundary with {@link parseAbsenceSanctionParams}; a parsed value is used as
 * it is, anything else is checked here, so a JavaScript caller still gets a coded `Err`, never a throw.
 *
 * @param params - The yearly total, the longest run, optional lateness minutes and the date whose rules apply.
 * @param options - `convertLateness` (default `false`) and `table` (default the PNS table of PP 94/2021); an
 *   unknown key is refused.
 * @returns `Ok(decision)` naming the tier, the sanction, its level and basis, with reasons; or `Err` with code
 *   `discipline/invalid-input` (malformed counts, options or table; the issues give each path) or
 *   `discipline/no-rule-in-force` (a date the table does not cover, e.g. before 31 August 2021).
 * @see Official: PP 94/2021 tentang Disiplin Pegawai Negeri Sipil
 * Pasal 8–11 and 15.
 * @see Based on: docs/interpretations.md#absence-counting and #lateness-conversion.
 * @example
 * ```ts
 * import { absenceSanction } from 'asn-kit/discipline';
 * absenceSanction({ yearTotal: 2, longestConsecutive: 2 }).match((value) => value.sanction, (error) => error.code);
 * // => null
 * absenceSanction({ yearTotal: 21, longestConsecutive: 1 }).match((value) => value.sanction?.code, (error) => error.code);
 * // => 'demotion'
 * absenceSanction({ yearTotal: 10, longestConsecutive: 10 }).match((value) => value.salaryStops, (error) => error.code);
 * // => true
 * absenceSanction({ yearTotal: 0, longestConsecutive: 0, lateMinutes: 450 }, { convertLateness: true })
 *   .match((decision) => decision.countedDays, (error) => error.code);
 * // => 1
 * absenceSanction({ yearTotal: -1, longestConsecutive: 0 }).isErr();
 * // => true (discipline/invalid-input)
 * ```
 */
export function absenceSanction(
  params: AbsenceSanctionParams,
  options?: AbsenceSanctionOptions,
): Result<AbsenceSanctionDecision, DisciplineError> {
  const counts = trustParsed(params, ABSENCE_SANCTION_PARAMS_KIND, checkParams);
  if (counts.isErr()) return err(counts.error);
  const settings = readOptions(options);
  if (settings === undefined) return err(optionsError(options));
  const { yearTotal, longestConsecutive, lateMinutes = 0, asOf = newestRulesDate(settings.table) } = counts.value;
  return decideAbsence({ absentDays: yearTotal, longestConsecutive, lateMinutes }, settings.table, asOf, settings.convertLateness);
}
