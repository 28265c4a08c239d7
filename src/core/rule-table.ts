import { err, ok, type Result } from 'neverthrow';
import { asnError, type AsnError } from './errors';
import type { DateRange, IsoDate } from './iso-date';
import type { LegalBasis } from './legal-basis';

/**
 * When a rule is in force: from `from` (included) to `to` (included), or with no end yet.
 *
 * @example
 * ```ts
 * import type { Effective, IsoDate } from 'asn-kit/core';
 * const since2020: Effective = { from: '2020-02-28' as IsoDate };
 * ```
 */
export interface Effective {
  /** The first day the rule applies. */
  readonly from: IsoDate;
  /** The last day the rule applies; absent while it is still in force. */
  readonly to?: IsoDate;
}

/**
 * The shape every row of a rule table has: its legal basis and the dates it is in force.
 *
 * @example
 * ```ts
 * import type { IsoDate, RuleRow } from 'asn-kit/core';
 * const row: RuleRow & { days: number } = {
 *   days: 12,
 *   basis: { instrument: 'PP 11/2017', article: 'Pasal 311' },
 *   effective: { from: '2017-04-07' as IsoDate },
 * };
 * ```
 */
export interface RuleRow {
  /** The regulation and article that set this row. */
  readonly basis: LegalBasis;
  /** When the row is in force. */
  readonly effective: Effective;
}

/**
 * A named table of dated, cited rows: the form every regulation's numbers take in asn-kit ("rules as data").
 * A regulation that changes a number adds a row and gives the old one an end date; nothing is overwritten.
 *
 * @typeParam Row - The row type, which extends {@link RuleRow}.
 * @example
 * ```ts
 * import type { IsoDate, RuleTable } from 'asn-kit/core';
 * const table: RuleTable<{ basis: { instrument: string }; effective: { from: IsoDate }; age: number }> = {
 *   name: 'bup-jpt',
 *   rows: [{ age: 60, basis: { instrument: 'PP 11/2017' }, effective: { from: '2017-04-07' as IsoDate } }],
 * };
 * ```
 */
export interface RuleTable<Row extends RuleRow> {
  /** A stable name, used in errors (e.g. `'leave/sick-leave'`). */
  readonly name: string;
  /** The rows, in any order. */
  readonly rows: readonly Row[];
}

/** The error code when no row of a table is in force on the date asked about. */
export type NoRuleInForceCode = 'core/no-rule-in-force';

/**
 * The error when no row of a table is in force on the date asked about: `data` names the table and the date.
 * A module passes it on under its own `<module>/no-rule-in-force` code, with the same data.
 *
 * @example
 * ```ts
 * import { ruleInForce, type IsoDate } from 'asn-kit/core';
 * const table = { name: 'example/minimum', rows: [{ basis: { instrument: 'PP 11/2017' }, effective: { from: '2017-04-07' as IsoDate } }] };
 * ruleInForce(table, '2016-01-01' as IsoDate).match(() => null, (error) => error.data.table); // => 'example/minimum'
 * ```
 */
export type NoRuleInForceError = AsnError<NoRuleInForceCode, { readonly table: string; readonly date: IsoDate }>;

/**
 * Tells whether a row is in force on a date.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param effective - The row's effective dates.
 * @param date - The date asked about.
 * @returns `true` when `from ≤ date` and (no `to`, or `date ≤ to`).
 * @example
 * ```ts
 * import { isInForce, type IsoDate } from 'asn-kit/core';
 * isInForce({ from: '2020-02-28' as IsoDate }, '2026-01-01' as IsoDate); // => true
 * ```
 */
export function isInForce(effective: Effective, date: IsoDate): boolean {
  return effective.from <= date && (effective.to === undefined || date <= effective.to);
}

/**
 * Tells whether a row is in force on at least one day of a range.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param effective - The row's effective dates.
 * @param range - The range asked about.
 * @returns `true` when the two overlap.
 * @example
 * ```ts
 * import { isInForceDuring, type IsoDate } from 'asn-kit/core';
 * isInForceDuring({ from: '2020-02-28' as IsoDate }, { from: '2020-01-01' as IsoDate, to: '2020-12-31' as IsoDate });
 * // => true
 * ```
 */
export function isInForceDuring(effective: Effective, range: DateRange): boolean {
  return effective.from <= range.to && (effective.to === undefined || range.from <= effective.to);
}

/**
 * Picks the row of a table in force on a date, optionally among the rows that match a predicate
 * (e.g. the row for one leave kind). When several match, the one that came into force last wins.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param table - The rule table.
 * @param date - The date asked about.
 * @param where - Optional filter on the rows.
 * @returns `Ok(row)`, or `Err` with code `core/no-rule-in-force` naming the table and the date.
 * @example
 * ```ts
 * import { ruleInForce, type IsoDate } from 'asn-kit/core';
 * const table = {
 *   name: 'sick-leave-certificate',
 *   rows: [
 *     { doctor: 'government', basis: { instrument: 'PP 11/2017' },
 *       effective: { from: '2017-04-07' as IsoDate, to: '2020-02-27' as IsoDate } },
 *     { doctor: 'any', basis: { instrument: 'PP 17/2020' }, effective: { from: '2020-02-28' as IsoDate } },
 *   ],
 * };
 * ruleInForce(table, '2019-06-01' as IsoDate).match((value) => value.doctor, (error) => error.code); // => 'government'
 * ruleInForce(table, '2016-01-01' as IsoDate).match(() => null, (error) => error.code); // => 'core/no-rule-in-force'
 * ```
 */
export function ruleInForce<Row extends RuleRow>(
  table: RuleTable<Row>,
  date: IsoDate,
  where: (row: Row) => boolean = () => true,
): Result<Row, NoRuleInForceError> {
  let found: Row | undefined;
  for (const row of table.rows) {
    if (!where(row) || !isInForce(row.effective, date)) continue;
    if (found === undefined || found.effective.from < row.effective.from) found = row;
  }
  if (found !== undefined) return ok(found);
  return err(
    asnError(
      'core/no-rule-in-force',
      { instrument: 'asn-kit', note: `rule table ${table.name}` },
      {
        id: `Tidak ada ketentuan dalam tabel "${table.name}" yang berlaku pada ${date}.`,
        en: `No rule of the table "${table.name}" is in force on ${date}.`,
      },
      { table: table.name, date } satisfies NoRuleInForceError['data'],
    ),
  );
}
