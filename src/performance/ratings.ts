import type { LocalizedText } from '../core';
import { deepFrozen } from '../core/frozen';

/**
 * A rating of work results (rating hasil kerja) or of work behaviour (rating perilaku kerja) under
 * PermenPANRB 6/2022: `above` (Di Atas Ekspektasi), `meets` (Sesuai Ekspektasi), `below` (Di Bawah Ekspektasi).
 *
 * @example
 * ```ts
 * import type { Rating } from 'asn-kit/performance';
 * const rating: Rating = 'meets';
 * ```
 */
export type Rating = 'above' | 'meets' | 'below';

/**
 * The ratings from best to worst: a lower index is a better rating.
 *
 * @example
 * ```ts
 * import { RATING_ORDER } from 'asn-kit/performance';
 * RATING_ORDER[0]; // => 'above'
 * ```
 */
export const RATING_ORDER = /* @__PURE__ */ deepFrozen(['above', 'meets', 'below'] as const satisfies readonly Rating[]);

/**
 * The official labels of each rating (PermenPANRB 6/2022 Lampiran), in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { RATING_LABELS } from 'asn-kit/performance';
 * RATING_LABELS.below.id; // => 'Di Bawah Ekspektasi'
 * ```
 */
export const RATING_LABELS: Readonly<Record<Rating, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  above: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  meets: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  below: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
});

/**
 * The predikat kinerja organisasi of SE MenPANRB 3/2023 (a unit's own result), best first:
 * `outstanding` (Istimewa), `good` (Baik), `needs-improvement` (Butuh Perbaikan), `poor` (Kurang),
 * `very-poor` (Sangat Kurang).
 *
 * @example
 * ```ts
 * import type { OrgPredikat } from 'asn-kit/performance';
 * const unitResult: OrgPredikat = 'good';
 * ```
 */
export type OrgPredikat = 'outstanding' | 'good' | 'needs-improvement' | 'poor' | 'very-poor';

/**
 * The organisation predikat from best to worst.
 *
 * @example
 * ```ts
 * import { ORG_PREDIKAT_ORDER } from 'asn-kit/performance';
 * ORG_PREDIKAT_ORDER[0]; // => 'outstanding'
 * ```
 */
export const ORG_PREDIKAT_ORDER = /* @__PURE__ */ deepFrozen(['outstanding', 'good', 'needs-improvement', 'poor', 'very-poor'] as const satisfies readonly OrgPredikat[]);

/**
 * The official labels of each organisation predikat (SE MenPANRB 3/2023), in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { ORG_PREDIKAT_LABELS } from 'asn-kit/performance';
 * ORG_PREDIKAT_LABELS.outstanding.id; // => 'Istimewa'
 * ```
 */
export const ORG_PREDIKAT_LABELS: Readonly<Record<OrgPredikat, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  outstanding: { id: 'Istimewa', en: 'Outstanding' },
  good: { id: 'Baik', en: 'Good' },
  'needs-improvement': { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  poor: { id: 'Kurang', en: 'Poor' },
  'very-poor': { id: 'Sangat Kurang', en: 'Very poor' },
});
