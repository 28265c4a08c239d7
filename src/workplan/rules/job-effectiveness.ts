/**
 * The bands of job effectiveness (efektivitas jabatan, EJ = workload / (staff × effective working time)). Sources
 * differ; asn-kit ships the bands of Permendagri 12/2008 (not re-read in its primary text) as data.
 */
import type { IsoDate, LocalizedText, RuleRow } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * A band of job effectiveness: `A` above 1.00 down to `E` below 0.50.
 *
 * @example
 * ```ts
 * import type { EffectivenessBand } from 'asn-kit/workplan';
 * const band: EffectivenessBand = 'B';
 * ```
 */
export type EffectivenessBand = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * One band of {@link JOB_EFFECTIVENESS_BANDS}: the lowest effectiveness (rounded to 2 decimals) that reaches it.
 *
 * @example
 * ```ts
 * import type { EffectivenessBandRow } from 'asn-kit/workplan';
 * const row: EffectivenessBandRow = { band: 'E', above: null, atLeast: 0, label: { id: 'Kurang', en: 'Poor' } };
 * ```
 */
export interface EffectivenessBandRow {
  /** The band. */
  readonly band: EffectivenessBand;
  /** The value the effectiveness must exceed (band A), or `null`. */
  readonly above: number | null;
  /** The value the effectiveness must reach (bands B–E). */
  readonly atLeast: number;
  /** The band's label. */
  readonly label: LocalizedText;
}

/**
 * The bands of job effectiveness, highest first: A above 1.00 (Sangat Baik), B 0.90–1.00 (Baik), C 0.70–0.89
 * (Cukup), D 0.50–0.69 (Sedang), E below 0.50 (Kurang), read on the value rounded to 2 decimals.
 *
 * @example
 * ```ts
 * import { JOB_EFFECTIVENESS_BANDS } from 'asn-kit/workplan';
 * JOB_EFFECTIVENESS_BANDS.bands.map((row) => row.band); // => ['A', 'B', 'C', 'D', 'E']
 * ```
 */
export const JOB_EFFECTIVENESS_BANDS: RuleRow & { readonly bands: readonly EffectivenessBandRow[] } = /* @__PURE__ */ deepFrozen({
  bands: [
    { band: 'A', above: 1, atLeast: 1, label: { id: 'Sangat Baik', en: 'Very good' } },
    { band: 'B', above: null, atLeast: 0.9, label: { id: 'Baik', en: 'Good' } },
    { band: 'C', above: null, atLeast: 0.7, label: { id: 'Cukup', en: 'Fair' } },
    { band: 'D', above: null, atLeast: 0.5, label: { id: 'Sedang', en: 'Moderate' } },
    { band: 'E', above: null, atLeast: 0, label: { id: 'Kurang', en: 'Poor' } },
  ],
  basis: {
    instrument: 'Permendagri 12/2008',
    article: 'Lampiran (prestasi kerja jabatan)',
    note: 'bands differ between sources and were not verified in the primary text; read on 2 decimals',
  },
  effective: { from: '2008-01-01' as IsoDate },
});
