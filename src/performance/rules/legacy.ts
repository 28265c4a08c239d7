import type { IsoDate, LegalBasis, LocalizedText, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The legacy regulations a historical record can be scored under.
 *
 * @example
 * ```ts
 * import type { LegacyRegime } from 'asn-kit/performance';
 * const regime: LegacyRegime = 'pp-46-2011';
 * ```
 */
export type LegacyRegime = 'pp-46-2011' | 'pp-30-2019';

/**
 * A band of a legacy score, best first: `very-good`, `good`, `fair` (Cukup), `poor` (Kurang) and `very-poor`
 * (Buruk under PP 46/2011, Sangat Kurang under PP 30/2019 and PermenPANRB 8/2021).
 *
 * @example
 * ```ts
 * import type { LegacyBand } from 'asn-kit/performance';
 * const band: LegacyBand = 'fair';
 * ```
 */
export type LegacyBand = 'very-good' | 'good' | 'fair' | 'poor' | 'very-poor';

/**
 * A row of the legacy-regime table: which regulation scores the records of the periods it covers, its weights of
 * SKP and behaviour (percent), and the labels of its bands.
 *
 * @example
 * ```ts
 * import { LEGACY_REGIMES, type LegacyRegimeRow } from 'asn-kit/performance';
 * const row: LegacyRegimeRow | undefined = LEGACY_REGIMES.rows[0];
 * row?.regime; // => 'pp-46-2011'
 * ```
 */
export interface LegacyRegimeRow extends RuleRow {
  /** The regulation. */
  readonly regime: LegacyRegime;
  /** The weights of SKP and behaviour in percent: without and with peer/subordinate input. */
  readonly weights: {
    /** SKP and behaviour weights when only the assessor rates behaviour. */
    readonly withoutPeers: readonly [number, number];
    /** SKP and behaviour weights when peers and subordinates give input (PP 30/2019 Pasal 41 ayat (4)). */
    readonly withPeers: readonly [number, number];
  };
  /** The label of each band under this regulation. */
  readonly labels: Readonly<Record<LegacyBand, LocalizedText>>;
  /** The range every value of the regulation (SKP, behaviour, the combined value) is kept within. */
  readonly scale: { readonly min: number; readonly max: number };
}

/**
 * The scale of the legacy values: 0–120, PP 30/2019 Pasal 41 ayat (5). PP 46/2011 and Perka BKN 1/2013 state no
 * upper bound (a realisation above its target lifts the SKP above 100), so its values are kept on the same scale:
 * every PP 46/2011 band above 90 is Sangat Baik, so the cap at 120 changes no band and keeps every value finite.
 */
const LEGACY_SCALE = /* @__PURE__ */ deepFrozen({ min: 0, max: 120 } as const);

const PP30_LABELS: Readonly<Record<LegacyBand, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  'very-good': { id: 'Sangat Baik', en: 'Very good' },
  good: { id: 'Baik', en: 'Good' },
  fair: { id: 'Cukup', en: 'Fair' },
  poor: { id: 'Kurang', en: 'Poor' },
  'very-poor': { id: 'Sangat Kurang', en: 'Very poor' },
});

/**
 * The PP 46/2011 row of {@link LEGACY_REGIMES}: Perka BKN 1/2013 formulas, SKP 60 % and behaviour 40 %, in force
 * for periods of 2014–2019.
 *
 * @example
 * ```ts
 * import { PP46_REGIME } from 'asn-kit/performance';
 * PP46_REGIME.labels['very-poor'].id; // => 'Buruk'
 * ```
 */
export const PP46_REGIME: LegacyRegimeRow = /* @__PURE__ */ deepFrozen({
  regime: 'pp-46-2011',
  weights: { withoutPeers: [60, 40], withPeers: [60, 40] },
  labels: { ...PP30_LABELS, 'very-poor': { id: 'Buruk', en: 'Bad' } },
  scale: LEGACY_SCALE,
  basis: { instrument: 'PP 46/2011', article: 'Perka BKN 1/2013 (SKP 60%, perilaku 40%)', interpretation: 'legacy-bands' },
  effective: { from: '2014-01-01' as IsoDate, to: '2019-12-31' as IsoDate },
});

/**
 * The PP 30/2019 row of {@link LEGACY_REGIMES}: Pasal 41, SKP 70 % and behaviour 30 % (60/40 with peer and
 * subordinate input), in force for periods of 2020–2021.
 *
 * @example
 * ```ts
 * import { PP30_REGIME } from 'asn-kit/performance';
 * PP30_REGIME.weights.withPeers; // => [60, 40]
 * ```
 */
export const PP30_REGIME: LegacyRegimeRow = /* @__PURE__ */ deepFrozen({
  regime: 'pp-30-2019',
  weights: { withoutPeers: [70, 30], withPeers: [60, 40] },
  labels: PP30_LABELS,
  scale: LEGACY_SCALE,
  basis: { instrument: 'PP 30/2019', article: 'Pasal 41 ayat (2)–(5)', interpretation: 'legacy-bands' },
  effective: { from: '2020-01-01' as IsoDate, to: '2021-12-31' as IsoDate },
});

/**
 * Which regulation scores a historical record, by the date its period starts: PP 46/2011 with Perka BKN 1/2013
 * for 2014–2019 (in force from 1 January 2014; 60/40), PP 30/2019 for 2020–2021 (Pasal 41: 70/30, or 60/40 with
 * peer input; PermenPANRB 8/2021 for the IKI of 2021). From 2022 the SKP follows PermenPANRB 6/2022 and is rated
 * with the predikat matrix instead. PP 30/2019 revoked PP 46/2011 in April 2019, so 2019 is the last PP 46 year.
 *
 * @example
 * ```ts
 * import { LEGACY_REGIMES } from 'asn-kit/performance';
 * LEGACY_REGIMES.rows.map((row) => row.regime); // => ['pp-46-2011', 'pp-30-2019']
 * ```
 */
export const LEGACY_REGIMES: RuleTable<LegacyRegimeRow> = /* @__PURE__ */ deepFrozen({
  name: 'performance/legacy-regimes',
  rows: [PP46_REGIME, PP30_REGIME],
});

/**
 * The PP 46/2011 bands on the value rounded to 2 decimals (docs/interpretations.md#legacy-bands): above 90 Sangat Baik, above 75 Baik,
 * above 60 Cukup, above 50 Kurang, else Buruk. Each entry is the exclusive lower bound of its band.
 *
 * @example
 * ```ts
 * import { PP46_BANDS } from 'asn-kit/performance';
 * PP46_BANDS[0]; // => { above: 90, band: 'very-good' }
 * ```
 */
export const PP46_BANDS: readonly { readonly above: number; readonly band: LegacyBand }[] = /* @__PURE__ */ deepFrozen([
  { above: 90, band: 'very-good' },
  { above: 75, band: 'good' },
  { above: 60, band: 'fair' },
  { above: 50, band: 'poor' },
]);

/**
 * The PP 30/2019 Pasal 41 ayat (5) bands: each entry is the inclusive lower bound; Sangat Baik (110–120) also
 * needs a new idea or method, otherwise the value is Baik.
 *
 * @example
 * ```ts
 * import { PP30_BANDS } from 'asn-kit/performance';
 * PP30_BANDS[1]; // => { from: 90, band: 'good' }
 * ```
 */
export const PP30_BANDS: readonly { readonly from: number; readonly band: LegacyBand }[] = /* @__PURE__ */ deepFrozen([
  { from: 110, band: 'very-good' },
  { from: 90, band: 'good' },
  { from: 70, band: 'fair' },
  { from: 50, band: 'poor' },
]);

/**
 * The basis of the Perka BKN 1/2013 activity formulas (quantity, quality, time, cost).
 *
 * @example
 * ```ts
 * import { PP46_FORMULA_BASIS } from 'asn-kit/performance';
 * PP46_FORMULA_BASIS.instrument; // => 'Perka BKN 1/2013'
 * ```
 */
export const PP46_FORMULA_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'Perka BKN 1/2013', article: 'Lampiran (cara perhitungan capaian SKP)' });

/**
 * The basis of the PermenPANRB 8/2021 conversion of an IKI achievement into a value.
 *
 * @example
 * ```ts
 * import { IKI_BASIS } from 'asn-kit/performance';
 * IKI_BASIS.instrument; // => 'PermenPANRB 8/2021'
 * ```
 */
export const IKI_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 8/2021',
  article: 'Lampiran (capaian IKI dan konversi nilai)',
  note: 'bands closed below: 100 ≤ C < 101 is Baik (109); C = 100 on a maximum target is Sangat Baik (120)',
});
