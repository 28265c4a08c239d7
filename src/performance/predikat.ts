import type { LocalizedText } from '../core';
import { deepFrozen } from '../core/frozen';

/**
 * The five predikat kinerja pegawai of PermenPANRB 6/2022, as short English codes (best first):
 * `very-good` (Sangat Baik), `good` (Baik), `needs-improvement` (Butuh Perbaikan),
 * `poor` (Kurang/Misconduct, docs/interpretations.md#predikat-matrix) and `very-poor` (Sangat Kurang).
 * The competency module reads it for the talent nine-box.
 *
 * @example
 * ```ts
 * import type { Predikat } from 'asn-kit/performance';
 * const predikat: Predikat = 'good';
 * ```
 */
export type Predikat = 'very-good' | 'good' | 'needs-improvement' | 'poor' | 'very-poor';

/**
 * The predikat from best to worst: a lower index is a better predikat.
 *
 * @example
 * ```ts
 * import { PREDIKAT_ORDER } from 'asn-kit/performance';
 * PREDIKAT_ORDER.indexOf('good') < PREDIKAT_ORDER.indexOf('poor'); // => true
 * ```
 */
export const PREDIKAT_ORDER = /* @__PURE__ */ deepFrozen(['very-good', 'good', 'needs-improvement', 'poor', 'very-poor'] as const satisfies readonly Predikat[]);

/**
 * The official labels of each predikat (PermenPANRB 6/2022 Lampiran), in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { PREDIKAT_LABELS } from 'asn-kit/performance';
 * PREDIKAT_LABELS.poor.id; // => 'Kurang/Misconduct'
 * ```
 */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  'very-good': { id: 'Sangat Baik', en: 'Very good' },
  good: { id: 'Baik', en: 'Good' },
  'needs-improvement': { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  poor: { id: 'Kurang/Misconduct', en: 'Poor/misconduct' },
  'very-poor': { id: 'Sangat Kurang', en: 'Very poor' },
});
