/**
 * The conversion of lateness and early leaving into days of absence: PP 53/2010 Penjelasan Pasal 3 angka 11
 * ("dihitung secara kumulatif dan dikonversi 7½ jam = 1 hari tidak masuk kerja"). PP 94/2021 does not repeat it, so
 * asn-kit applies it only when the caller asks (docs/interpretations.md#lateness-conversion).
 */
import type { IsoDate, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * A row of the lateness conversion: how many minutes of lateness or early leaving make one day of absence.
 *
 * @example
 * ```ts
 * import { LATENESS_CONVERSION, type LatenessConversionRow } from 'asn-kit/discipline';
 * const row: LatenessConversionRow | undefined = LATENESS_CONVERSION.rows[0];
 * row?.minutesPerDay;
 * // => 450
 * ```
 */
export interface LatenessConversionRow extends RuleRow {
  /** Minutes of lateness or early leaving, summed over the year, that count as one day of absence. */
  readonly minutesPerDay: number;
}

/**
 * 7½ hours (450 minutes) of lateness or early leaving, summed over the calendar year, count as one day of unexcused
 * absence. Off by default: only the `convertLateness` option applies it (docs/interpretations.md#lateness-conversion). Perpres 21/2023's
 * 37½ hours over 5 days (7½ hours a day) agrees with the figure.
 *
 * @see Official: PP 53/2010 tentang Disiplin Pegawai Negeri Sipil
 * Penjelasan Pasal 3 angka 11 (revoked by PP 94/2021, which does not repeat the conversion).
 * @see Based on: docs/interpretations.md#lateness-conversion.
 * @example
 * ```ts
 * import { LATENESS_CONVERSION } from 'asn-kit/discipline';
 * LATENESS_CONVERSION.rows[0].basis.note;
 * // => 'docs/interpretations.md#absence-counting: an explicit option, off by default; PP 94/2021 does not state it'
 * ```
 */
export const LATENESS_CONVERSION = /* @__PURE__ */ deepFrozen({
  name: 'discipline/lateness-conversion',
  rows: [
    {
      minutesPerDay: 450,
      basis: {
        instrument: 'PP 53/2010',
        article: 'Penjelasan Pasal 3 angka 11',
        note: 'an explicit option, off by default; PP 94/2021 does not state it',
        interpretation: 'absence-counting',
      },
      effective: { from: '2010-06-06' as IsoDate },
    },
  ],
} as const satisfies RuleTable<LatenessConversionRow>);
