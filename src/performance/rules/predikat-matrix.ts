import type { IsoDate, LegalBasis, RuleRow } from '../../core';
import type { Predikat } from '../predikat';
import type { OrgPredikat, Rating } from '../ratings';
import { deepFrozen } from '../../core/frozen';

/**
 * The quadrant matrix of PermenPANRB 6/2022 Lampiran (docs/interpretations.md#predikat-matrix): for each rating of work
 * results (first key) and of behaviour (second key), the predikat kinerja pegawai. Typed as a full record, so a
 * missing cell does not compile.
 *
 * @example
 * ```ts
 * import { PREDIKAT_MATRIX } from 'asn-kit/performance';
 * PREDIKAT_MATRIX.cells.above.below; // => 'poor'
 * ```
 */
export const PREDIKAT_MATRIX: RuleRow & { readonly cells: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> } = /* @__PURE__ */ deepFrozen({
  cells: {
    above: { below: 'poor', meets: 'good', above: 'very-good' },
    meets: { below: 'poor', meets: 'good', above: 'good' },
    below: { below: 'very-poor', meets: 'needs-improvement', above: 'needs-improvement' },
  },
  basis: { instrument: 'PermenPANRB 6/2022', article: 'Lampiran (kuadran kinerja pegawai)', interpretation: 'predikat-matrix' },
  effective: { from: '2022-02-03' as IsoDate },
});

/**
 * How the leader of a unit gets a work rating from the unit's own predikat (SE MenPANRB 3/2023; docs/interpretations.md#unit-leader-rating):
 * Istimewa → Di Atas, Baik → Sesuai, Butuh Perbaikan/Kurang/Sangat Kurang → Di Bawah.
 *
 * @example
 * ```ts
 * import { LEADER_WORK_RATING } from 'asn-kit/performance';
 * LEADER_WORK_RATING.ratings.outstanding; // => 'above'
 * ```
 */
export const LEADER_WORK_RATING: RuleRow & { readonly ratings: Readonly<Record<OrgPredikat, Rating>> } = /* @__PURE__ */ deepFrozen({
  ratings: {
    outstanding: 'above',
    good: 'meets',
    'needs-improvement': 'below',
    poor: 'below',
    'very-poor': 'below',
  },
  basis: { instrument: 'SE MenPANRB 3/2023', article: 'angka 3 (pimpinan unit kerja)', interpretation: 'unit-leader-rating' },
  effective: { from: '2023-01-31' as IsoDate },
});

/** The basis of the advisory aggregation of per-RHK ratings (docs/interpretations.md#work-rating-aggregation). */
export const AGGREGATION_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 6/2022',
  article: 'Lampiran (rating hasil kerja)',
  note: 'advisory; the assessor decides',
  interpretation: 'work-rating-aggregation',
});
