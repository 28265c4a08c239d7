import { err, ok, type Result } from 'neverthrow';
import { recodeError, ruleInForce, type AsnError, type IsoDate, type RuleRow, type RuleTable } from '../core';
import { performanceError, type PerformanceErrorData } from './errors';

/** The error when no row is in force. */
type NoRuleError = AsnError<'performance/no-rule-in-force', PerformanceErrorData['performance/no-rule-in-force']>;

/**
 * The row of a table for a date, or, without a date, the row still in force (no end date) that came last.
 * Rows are filtered by `where` first.
 */
export function rowFor<Row extends RuleRow>(
  table: RuleTable<Row>,
  where: (row: Row) => boolean,
  asOf: IsoDate | undefined,
): Result<Row, NoRuleError> {
  if (asOf !== undefined) return ruleInForce(table, asOf, where).mapErr((error) => recodeError(error, 'performance/no-rule-in-force'));
  let found: Row | undefined;
  for (const row of table.rows) {
    if (!where(row) || row.effective.to !== undefined) continue;
    if (found === undefined || found.effective.from < row.effective.from) found = row;
  }
  if (found !== undefined) return ok(found);
  return err(
    performanceError(
      'performance/no-rule-in-force',
      { instrument: 'asn-kit', note: `rule table ${table.name}` },
      {
        id: `Tidak ada ketentuan dalam tabel "${table.name}" yang masih berlaku.`,
        en: `No rule of the table "${table.name}" is still in force.`,
      },
      { table: table.name },
    ),
  );
}
