import type { Evidence, LegalBasis } from './legal-basis';
import type { RuleRow, RuleTable } from './rule-table';

/**
 * A row of a rule table that does not rest on the primary text of its regulation.
 *
 * @example
 * ```ts
 * import type { UnverifiedRow } from 'asn-kit/core';
 * declare const row: UnverifiedRow;
 * row.table; // e.g. 'performance/credit-point-coefficients'
 * ```
 */
export interface UnverifiedRow {
  /** The table's name. */
  readonly table: string;
  /** The row's position in the table's `rows`. */
  readonly index: number;
  /** What the row rests on instead of the primary text. */
  readonly evidence: Exclude<Evidence, 'primary-text'>;
  /** The row's legal basis. */
  readonly basis: LegalBasis;
}

function isRuleTable(value: unknown): value is RuleTable<RuleRow> {
  if (typeof value !== 'object' || value === null) return false;
  const { name, rows } = value as { name?: unknown; rows?: unknown };
  return typeof name === 'string' && Array.isArray(rows) && rows.every(isRuleRow);
}

function isRuleRow(row: unknown): row is RuleRow {
  if (typeof row !== 'object' || row === null) return false;
  const { basis, effective } = row as { basis?: unknown; effective?: unknown };
  return typeof basis === 'object' && basis !== null && typeof effective === 'object' && effective !== null;
}

/** Rule tables among the values and one level inside them (a record of tables such as `LEAVE_RULE_TABLES`). */
function tablesIn(values: readonly unknown[]): RuleTable<RuleRow>[] {
  const found = new Set<RuleTable<RuleRow>>();
  for (const value of values) {
    if (isRuleTable(value)) found.add(value);
    else if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) if (isRuleTable(inner)) found.add(inner);
    }
  }
  return [...found];
}

/**
 * Lists the rows of rule tables that do not rest on the primary text (their basis says `evidence:
 * 'secondary-source'`, `'interpretation'` or `'unverified'`). Pass the tables, or every export of the package:
 * values that are not rule tables are skipped, and a record of tables is looked into.
 *
 * Asserts a typed argument: `values` is trusted to be an array; anything else may throw a `TypeError`.
 *
 * @param values - Rule tables, or any values among which to find them (e.g. `Object.values(await import('asn-kit'))`).
 * @returns The rows, table by table in the order found, each table once.
 * @example
 * ```ts
 * import { unverifiedRows, type IsoDate } from 'asn-kit/core';
 * const table = {
 *   name: 'example/coefficients',
 *   rows: [
 *     { value: 1, basis: { instrument: 'PP 11/2017' }, effective: { from: '2017-04-07' as IsoDate } },
 *     { value: 2, basis: { instrument: 'PP 11/2017', evidence: 'unverified' as const },
 *       effective: { from: '2017-04-07' as IsoDate } },
 *   ],
 * };
 * unverifiedRows([table]).map((row) => `${row.table}#${row.index} ${row.evidence}`);
 * // => ['example/coefficients#1 unverified']
 * ```
 */
export function unverifiedRows(values: readonly unknown[]): UnverifiedRow[] {
  const rows: UnverifiedRow[] = [];
  for (const table of tablesIn(values)) {
    table.rows.forEach((row, index) => {
      const evidence = row.basis.evidence;
      if (evidence !== undefined && evidence !== 'primary-text') rows.push({ table: table.name, index, evidence, basis: row.basis });
    });
  }
  return rows;
}
