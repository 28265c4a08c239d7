import type { Result } from 'neverthrow';
import { parseInput, type LocalizedIssue } from '../core';
import type { DisciplineError } from './errors';
import { ABSENCE_TIER_TABLE_KIND } from './kinds';
import type { AbsenceTierTable } from './rules/absence-tiers';
import { absenceTierTableSchema } from './schemas';

/**
 * The checks across the fields of a tier table that the schema leaves to the parser: a tier's `max` not below its
 * `min`, and a row not ending before it starts (internal; `prefix` is put before each path).
 */
export function checkAbsenceTierTable(table: AbsenceTierTable, prefix = ''): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  table.rows.forEach((row, index) => {
    const at = `${prefix}rows.${index}`;
    if (row.trigger.kind === 'year-total' && row.trigger.max !== undefined && row.trigger.max < row.trigger.min) {
      issues.push({ path: `${at}.trigger.max`, message: {
        id: 'Jumlah terbesar suatu tingkat tidak boleh di bawah jumlah terkecilnya',
        en: 'The largest total of a tier must not be below its smallest',
      } });
    }
    if (row.effective.to !== undefined && row.effective.to < row.effective.from) {
      issues.push({ path: `${at}.effective.to`, message: { id: 'Suatu baris tidak boleh berakhir sebelum dimulai', en: 'A row must not end before it starts' } });
    }
  });
  return issues;
}

/**
 * Parses an absence tier table at the boundary: an agency's own table (PPPK discipline is set by each agency), in
 * the shape of {@link ABSENCE_SANCTION_TIERS}. Every row needs an id, a trigger, a sanction with a rank, a legal
 * basis and effective dates; a tier's `max` must not be below its `min` and a row must not end before it starts.
 * The result is a new, deeply frozen table that {@link absenceSanction} and {@link tallyAbsence} use as
 * `options.table` without checking it again.
 *
 * @param input - The untrusted table.
 * @returns `Ok(table)`, or `Err` with code `discipline/invalid-input` listing every issue with its path.
 * @example
 * ```ts
 * import { absenceSanction, parseAbsenceTierTable } from 'asn-kit/discipline';
 * const table = parseAbsenceTierTable({
 *   name: 'pemko-medan/pppk-absence',
 *   rows: [{
 *     id: 'year-5-plus', trigger: { kind: 'year-total', min: 5 },
 *     sanction: { code: 'written-reprimand', level: 'light', rank: 1, dismissal: false,
 *       label: { id: 'Teguran tertulis', en: 'Written reprimand' } },
 *     basis: { instrument: 'Perwal Medan (contoh)' }, effective: { from: '2024-01-01' },
 *   }],
 * });
 * if (table.isOk()) {
 *   absenceSanction({ yearTotal: 6, longestConsecutive: 1 }, { table: table.value })
 *     .match((decision) => decision.sanction?.code, (error) => error.code);
 *   // => 'written-reprimand'
 * }
 * parseAbsenceTierTable({ name: 'x', rows: [] }).isErr(); // => true
 * ```
 */
export function parseAbsenceTierTable(input: unknown): Result<AbsenceTierTable, DisciplineError> {
  return parseInput(absenceTierTableSchema, input, 'discipline/invalid-input', ABSENCE_TIER_TABLE_KIND, (table) => checkAbsenceTierTable(table));
}
