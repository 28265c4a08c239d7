import type { Result } from 'neverthrow';
import { parseInput, type LocalizedIssue } from '../core';
import type { DisciplineError } from './errors';
import { ABSENCE_RECORDS_KIND } from './kinds';
import { absenceRecordsSchema, type AbsenceRecord } from './schemas';

/**
 * The checks across the fields of an attendance log that the schema leaves to the parser: an absence period must
 * not end before it starts (internal; `prefix` is put before each path).
 */
export function checkAbsenceRecords(records: readonly AbsenceRecord[], prefix = ''): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  records.forEach((record, index) => {
    if (record.type === 'absent' && record.to !== undefined && record.to < record.from) {
      issues.push({ path: `${prefix}${index}.to`, message: {
        id: 'Akhir ketidakhadiran tidak boleh sebelum awalnya',
        en: 'The end of an absence must not be before its start',
      } });
    }
  });
  return issues;
}

/**
 * Parses an employee's attendance log at the boundary (a CSV export, a JSON body, a database query): a list of
 * absence periods (`{ type: 'absent', from, to? }`) and lateness or early leaving (`{ type: 'late' | 'left-early',
 * date, minutes }`). Dates must be real `YYYY-MM-DD` dates, minutes whole from 1 to 450, and a period must not end
 * before it starts. The result is a new, deeply frozen list that {@link tallyAbsence} uses without checking it again;
 * the caller's objects are not changed.
 *
 * @param input - The untrusted log.
 * @returns `Ok(records)`, or `Err` with code `discipline/invalid-input` listing every issue with its path
 *   (e.g. `'3.to'` for the fourth record).
 * @example
 * ```ts
 * import { parseAbsenceRecords } from 'asn-kit/discipline';
 * const log = parseAbsenceRecords([
 *   { type: 'absent', from: '2025-03-24', to: '2025-04-11' },
 *   { type: 'late', date: '2025-02-03', minutes: 25 },
 * ]);
 * log.isOk(); // => true
 * const bad = parseAbsenceRecords([{ type: 'absent', from: '2025-04-11', to: '2025-03-24' }]);
 * if (bad.isErr()) bad.error.data.issues;
 * // => [{ path: '0.to', message: {
        id: 'Akhir ketidakhadiran tidak boleh sebelum awalnya',
        en: 'The end of an absence must not be before its start',
      } }]
 * ```
 */
export function parseAbsenceRecords(input: unknown): Result<readonly AbsenceRecord[], DisciplineError> {
  return parseInput(absenceRecordsSchema, input, 'discipline/invalid-input', ABSENCE_RECORDS_KIND, (records) => checkAbsenceRecords(records));
}
