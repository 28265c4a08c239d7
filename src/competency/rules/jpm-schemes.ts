import type { LegalBasis, LocalizedText } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * One category of a JPM scheme: reached when the JPM percentage is at least `min`.
 *
 * @example
 * ```ts
 * import type { JpmCategory } from 'asn-kit/competency';
 * const optimal: JpmCategory = { code: 'optimal', label: { id: 'Optimal', en: 'Optimal' }, min: 90 };
 * ```
 */
export interface JpmCategory {
  /** A stable code, e.g. `'optimal'`. */
  readonly code: string;
  /** The label, e.g. `{ id: 'Cukup Optimal', en: 'Fairly optimal' }`. */
  readonly label: LocalizedText;
  /** The lowest JPM percentage (inclusive) that falls in this category. */
  readonly min: number;
}

/**
 * A set of JPM categories: the built-in `mapping` and `selection` schemes, or an agency's own thresholds
 * (e.g. PermenKKP 39/2023 Pasal 52).
 *
 * @example
 * ```ts
 * import { JPM_SCHEMES } from 'asn-kit/competency';
 * JPM_SCHEMES.selection.categories.map((category) => category.min); // => [80, 68, 0]
 * ```
 */
export interface JpmScheme {
  /** The scheme's name, e.g. `'mapping'`. */
  readonly name: string;
  /** What the scheme is for. */
  readonly label: LocalizedText;
  /** Where the thresholds come from. */
  readonly basis: LegalBasis;
  /** The categories, best first, with strictly decreasing `min`; the last has `min` 0. */
  readonly categories: readonly JpmCategory[];
}

/**
 * The names of the built-in JPM schemes.
 *
 * @example
 * ```ts
 * import type { JpmSchemeName } from 'asn-kit/competency';
 * const scheme: JpmSchemeName = 'selection';
 * ```
 */
export type JpmSchemeName = 'mapping' | 'selection';

/**
 * The two built-in JPM schemes (docs/interpretations.md#job-person-match), both used in BKN-format assessment reports:
 * `mapping` (pemetaan kompetensi; ≥ 90 Optimal, ≥ 78 Cukup Optimal, else Kurang Optimal — the default) and
 * `selection` (seleksi/pengisian jabatan; ≥ 80 Memenuhi Syarat, ≥ 68 Masih Memenuhi Syarat, else Kurang Memenuhi
 * Syarat).
 *
 * @example
 * ```ts
 * import { JPM_SCHEMES } from 'asn-kit/competency';
 * JPM_SCHEMES.mapping.categories[1]?.label.id; // => 'Cukup Optimal'
 * ```
 */
export const JPM_SCHEMES: Readonly<Record<JpmSchemeName, JpmScheme>> = /* @__PURE__ */ deepFrozen({
  mapping: {
    name: 'mapping',
    label: { id: 'Pemetaan kompetensi', en: 'Competency mapping' },
    basis: {
      instrument: 'Peraturan BKN 26/2019',
      note: 'categories of BKN-format assessment reports (the regulation text was not read)',
      evidence: 'secondary-source',
      interpretation: 'job-person-match',
    },
    categories: [
      { code: 'optimal', label: { id: 'Optimal', en: 'Optimal' }, min: 90 },
      { code: 'fairly-optimal', label: { id: 'Cukup Optimal', en: 'Fairly optimal' }, min: 78 },
      { code: 'less-optimal', label: { id: 'Kurang Optimal', en: 'Less than optimal' }, min: 0 },
    ],
  },
  selection: {
    name: 'selection',
    label: { id: 'Seleksi / pengisian jabatan', en: 'Selection for a position' },
    basis: {
      instrument: 'Peraturan BKN 26/2019',
      note: 'categories of BKN-format assessment reports (the regulation text was not read)',
      evidence: 'secondary-source',
      interpretation: 'job-person-match',
    },
    categories: [
      { code: 'qualified', label: { id: 'Memenuhi Syarat (MS)', en: 'Qualified' }, min: 80 },
      { code: 'still-qualified', label: { id: 'Masih Memenuhi Syarat (MMS)', en: 'Still qualified' }, min: 68 },
      { code: 'less-qualified', label: { id: 'Kurang Memenuhi Syarat (KMS)', en: 'Not fully qualified' }, min: 0 },
    ],
  },
});
