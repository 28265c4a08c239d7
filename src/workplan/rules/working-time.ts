/**
 * The effective working time (waktu kerja efektif) that workforce need divides by. PermenPANRB 1/2020 (the
 * guideline for job and workload analysis in force) uses 1,250 hours a year; Perka BKN 19/2011 used 1,200 hours
 * (240 days × 5 hours), and systems still run on it. asn-kit follows the more recent regulation by default.
 */
import type { IsoDate, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * A row of {@link WORKING_TIME}.
 *
 * @example
 * ```ts
 * import { WORKING_TIME, type WorkingTimeRow } from 'asn-kit/workplan';
 * const row: WorkingTimeRow | undefined = WORKING_TIME.rows[0];
 * row?.hoursPerYear; // => 1250
 * ```
 */
export interface WorkingTimeRow extends RuleRow {
  /** The effective working hours of a year. */
  readonly hoursPerYear: number;
  /** Whether the row is the default. */
  readonly isDefault: boolean;
}

/**
 * The effective working time of a year: 1,250 hours (75,000 minutes, PermenPANRB 1/2020, the default) and
 * 1,200 hours (72,000 minutes, Perka BKN 19/2011) as an option.
 *
 * @example
 * ```ts
 * import { WORKING_TIME } from 'asn-kit/workplan';
 * WORKING_TIME.rows.map((row) => row.hoursPerYear); // => [1250, 1200]
 * ```
 */
export const WORKING_TIME: RuleTable<WorkingTimeRow> = /* @__PURE__ */ deepFrozen({
  name: 'workplan/working-time',
  rows: [
    {
      hoursPerYear: 1250,
      isDefault: true,
      basis: {
        instrument: 'PermenPANRB 1/2020',
        article: 'Lampiran (waktu kerja efektif)',
        note: '1,250 hours = 75,000 minutes a year; the figure is as implemented in government systems, the annex was not read',
      },
      effective: { from: '2020-01-01' as IsoDate },
    },
    {
      hoursPerYear: 1200,
      isDefault: false,
      basis: {
        instrument: 'Perka BKN 19/2011',
        article: 'Lampiran (waktu kerja efektif)',
        note: '240 working days × 5 hours = 72,000 minutes a year',
      },
      effective: { from: '2011-01-01' as IsoDate },
    },
  ],
});
