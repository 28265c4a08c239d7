import type { LegalBasis, LocalizedText } from '../../core';
import type { Predikat } from '../../performance/predikat';
import { deepFrozen } from '../../core/frozen';

/**
 * The kinerja (performance) axis of the nine-box: above, meeting or below expectations
 * (Di Atas / Sesuai / Di Bawah Ekspektasi).
 *
 * @example
 * ```ts
 * import type { TalentPerformance } from 'asn-kit/competency';
 * const performance: TalentPerformance = 'meets';
 * ```
 */
export type TalentPerformance = 'above' | 'meets' | 'below';

/**
 * The potensial axis of the nine-box: high, medium or low (Tinggi / Menengah / Rendah).
 *
 * @example
 * ```ts
 * import type { TalentPotential } from 'asn-kit/competency';
 * const potential: TalentPotential = 'high';
 * ```
 */
export type TalentPotential = 'high' | 'medium' | 'low';

/**
 * The kinerja axis derived from the predikat kinerja pegawai (docs/interpretations.md#nine-box): Sangat Baik → Di Atas,
 * Baik → Sesuai, Butuh Perbaikan, Kurang/Misconduct and Sangat Kurang → Di Bawah.
 *
 * @example
 * ```ts
 * import { PREDIKAT_TO_TALENT_PERFORMANCE } from 'asn-kit/competency';
 * PREDIKAT_TO_TALENT_PERFORMANCE['needs-improvement']; // => 'below'
 * ```
 */
export const PREDIKAT_TO_TALENT_PERFORMANCE: Readonly<Record<Predikat, TalentPerformance>> = /* @__PURE__ */ deepFrozen({
  'very-good': 'above',
  good: 'meets',
  'needs-improvement': 'below',
  poor: 'below',
  'very-poor': 'below',
});

/**
 * The labels of the two axes' values.
 *
 * @example
 * ```ts
 * import { TALENT_AXIS_LABELS } from 'asn-kit/competency';
 * TALENT_AXIS_LABELS.meets.id; // => 'Sesuai Ekspektasi'
 * ```
 */
export const TALENT_AXIS_LABELS: Readonly<Record<TalentPerformance | TalentPotential, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  above: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  meets: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  below: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
  high: { id: 'Tinggi', en: 'High' },
  medium: { id: 'Menengah', en: 'Medium' },
  low: { id: 'Rendah', en: 'Low' },
});

/**
 * A nine-box numbering: the box number of each (kinerja, potensial) cell, as rows from kinerja Di Atas down,
 * each row listing potensial Rendah, Menengah, Tinggi.
 *
 * @example
 * ```ts
 * import { NINE_BOX_SCHEMES } from 'asn-kit/competency';
 * NINE_BOX_SCHEMES['permenpanrb-3-2020'].boxes.above; // => [4, 7, 9]
 * ```
 */
export interface NineBoxScheme {
  /** The scheme's name. */
  readonly name: string;
  /** Who uses it. */
  readonly label: LocalizedText;
  /** Where the numbering comes from. */
  readonly basis: LegalBasis;
  /** The box numbers (1–9, each once) per kinerja row, as `[rendah, menengah, tinggi]`. */
  readonly boxes: Readonly<Record<TalentPerformance, readonly [number, number, number]>>;
}

/**
 * The names of the built-in nine-box numberings.
 *
 * @example
 * ```ts
 * import type { NineBoxSchemeName } from 'asn-kit/competency';
 * const scheme: NineBoxSchemeName = 'kemenkeu';
 * ```
 */
export type NineBoxSchemeName = 'permenpanrb-3-2020' | 'kemenkeu';

/**
 * The built-in nine-box numberings (docs/interpretations.md#nine-box): PermenPANRB 3/2020 (4 7 9 / 2 5 8 / 1 3 6, the default) and
 * the numbering used at the Ministry of Finance (5 8 9 / 4 6 7 / 1 2 3). Pass your own {@link NineBoxScheme} for
 * any other.
 *
 * @example
 * ```ts
 * import { NINE_BOX_SCHEMES } from 'asn-kit/competency';
 * NINE_BOX_SCHEMES.kemenkeu.boxes.below; // => [1, 2, 3]
 * ```
 */
export const NINE_BOX_SCHEMES: Readonly<Record<NineBoxSchemeName, NineBoxScheme>> = /* @__PURE__ */ deepFrozen({
  'permenpanrb-3-2020': {
    name: 'permenpanrb-3-2020',
    label: { id: 'PermenPANRB 3/2020 (Manajemen Talenta ASN)', en: 'PermenPANRB 3/2020 (ASN talent management)' },
    basis: {
      instrument: 'PermenPANRB 3/2020',
      article: 'Lampiran',
      note: 'grid 4 7 9 / 2 5 8 / 1 3 6 as in the KemenPANRB talent-management deck (the Lampiran was not read)',
      evidence: 'secondary-source',
      interpretation: 'nine-box',
    },
    boxes: { above: [4, 7, 9], meets: [2, 5, 8], below: [1, 3, 6] },
  },
  kemenkeu: {
    name: 'kemenkeu',
    label: { id: 'Kementerian Keuangan', en: 'Ministry of Finance' },
    basis: {
      instrument: 'Kementerian Keuangan (manajemen talenta)',
      note: 'pluggable numbering, corroborated by one public implementation (the ministerial decree was not read)',
      evidence: 'secondary-source',
      interpretation: 'nine-box',
    },
    boxes: { above: [5, 8, 9], meets: [4, 6, 7], below: [1, 2, 3] },
  },
});

/**
 * The recommendation codes of the nine-box (PermenPANRB 3/2020).
 *
 * @example
 * ```ts
 * import type { TalentRecommendationCode } from 'asn-kit/competency';
 * const code: TalentRecommendationCode = 'performance-coaching';
 * ```
 */
export type TalentRecommendationCode =
  | 'promote'
  | 'retain'
  | 'succession-pool'
  | 'reward'
  | 'rotation'
  | 'rotation-or-enlargement'
  | 'rotation-or-enrichment'
  | 'competency-development'
  | 'study-assignment'
  | 'suitable-placement'
  | 'performance-coaching'
  | 'performance-counselling'
  | 'process-per-regulation';

/**
 * The labels of the nine-box recommendations, in the order they are listed in reports.
 *
 * @example
 * ```ts
 * import { TALENT_RECOMMENDATIONS } from 'asn-kit/competency';
 * TALENT_RECOMMENDATIONS['performance-counselling'].id; // => 'Konseling kinerja'
 * ```
 */
export const TALENT_RECOMMENDATIONS: Readonly<Record<TalentRecommendationCode, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  promote: { id: 'Dipromosikan', en: 'Promote' },
  retain: { id: 'Dipertahankan', en: 'Retain' },
  'succession-pool': { id: 'Masuk kelompok rencana suksesi', en: 'Enter the succession pool' },
  reward: { id: 'Diberikan penghargaan', en: 'Reward' },
  rotation: { id: 'Rotasi', en: 'Rotation' },
  'rotation-or-enlargement': { id: 'Rotasi/perluasan jabatan', en: 'Rotation or job enlargement' },
  'rotation-or-enrichment': { id: 'Rotasi/pengayaan jabatan', en: 'Rotation or job enrichment' },
  'competency-development': { id: 'Pengembangan kompetensi', en: 'Competency development' },
  'study-assignment': { id: 'Tugas belajar', en: 'Study assignment' },
  'suitable-placement': { id: 'Penempatan yang sesuai', en: 'Suitable placement' },
  'performance-coaching': { id: 'Bimbingan kinerja', en: 'Performance coaching' },
  'performance-counselling': { id: 'Konseling kinerja', en: 'Performance counselling' },
  'process-per-regulation': {
    id: 'Diproses sesuai ketentuan peraturan perundang-undangan',
    en: 'Handled under the applicable regulations',
  },
});

/**
 * What one cell of the nine-box means and what to do: the same for every numbering.
 *
 * @example
 * ```ts
 * import { TALENT_BOXES } from 'asn-kit/competency';
 * TALENT_BOXES.above.high.successionPool; // => 'agency-or-national'
 * ```
 */
export interface TalentBoxInfo {
  /** The cell's meaning, e.g. "kinerja di atas ekspektasi dan potensial tinggi". */
  readonly meaning: LocalizedText;
  /** The recommendations, in the regulation's order. */
  readonly recommendations: readonly TalentRecommendationCode[];
  /** Whether the cell belongs to the succession pool (kelompok rencana suksesi), and at which level. */
  readonly successionPool: 'none' | 'agency' | 'agency-or-national';
}

/**
 * Each nine-box cell's meaning and recommendations (PermenPANRB 3/2020), keyed by kinerja then potensial.
 * The succession pool is the cells numbered 7, 8 and 9 under PermenPANRB 3/2020; box 9 also feeds the national pool.
 *
 * @example
 * ```ts
 * import { TALENT_BOXES } from 'asn-kit/competency';
 * TALENT_BOXES.below.low.recommendations; // => ['process-per-regulation']
 * ```
 */
export const TALENT_BOXES: Readonly<Record<TalentPerformance, Readonly<Record<TalentPotential, TalentBoxInfo>>>> = /* @__PURE__ */ deepFrozen({
  above: {
    high: {
      meaning: { id: 'Kinerja di atas ekspektasi dan potensial tinggi', en: 'Performance above expectations, high potential' },
      recommendations: ['promote', 'retain', 'succession-pool', 'reward'],
      successionPool: 'agency-or-national',
    },
    medium: {
      meaning: { id: 'Kinerja di atas ekspektasi dan potensial menengah', en: 'Performance above expectations, medium potential' },
      recommendations: ['retain', 'succession-pool', 'rotation-or-enrichment', 'competency-development', 'study-assignment'],
      successionPool: 'agency',
    },
    low: {
      meaning: { id: 'Kinerja di atas ekspektasi dan potensial rendah', en: 'Performance above expectations, low potential' },
      recommendations: ['rotation', 'competency-development'],
      successionPool: 'none',
    },
  },
  meets: {
    high: {
      meaning: { id: 'Kinerja sesuai ekspektasi dan potensial tinggi', en: 'Performance meets expectations, high potential' },
      recommendations: ['retain', 'succession-pool', 'rotation-or-enlargement', 'performance-coaching'],
      successionPool: 'agency',
    },
    medium: {
      meaning: { id: 'Kinerja sesuai ekspektasi dan potensial menengah', en: 'Performance meets expectations, medium potential' },
      recommendations: ['suitable-placement', 'performance-coaching', 'competency-development'],
      successionPool: 'none',
    },
    low: {
      meaning: { id: 'Kinerja sesuai ekspektasi dan potensial rendah', en: 'Performance meets expectations, low potential' },
      recommendations: ['performance-coaching', 'competency-development', 'suitable-placement'],
      successionPool: 'none',
    },
  },
  below: {
    high: {
      meaning: { id: 'Kinerja di bawah ekspektasi dan potensial tinggi', en: 'Performance below expectations, high potential' },
      recommendations: ['suitable-placement', 'performance-coaching', 'performance-counselling'],
      successionPool: 'none',
    },
    medium: {
      meaning: { id: 'Kinerja di bawah ekspektasi dan potensial menengah', en: 'Performance below expectations, medium potential' },
      recommendations: ['performance-coaching', 'performance-counselling', 'competency-development', 'suitable-placement'],
      successionPool: 'none',
    },
    low: {
      meaning: { id: 'Kinerja di bawah ekspektasi dan potensial rendah', en: 'Performance below expectations, low potential' },
      recommendations: ['process-per-regulation'],
      successionPool: 'none',
    },
  },
});

/**
 * Cut-offs that turn a 0–100 potential score into a potensial level: `high` from `high` up, `medium` from `medium`
 * up, `low` below (both inclusive minimums).
 *
 * @example
 * ```ts
 * import { POTENTIAL_BANDS } from 'asn-kit/competency';
 * POTENTIAL_BANDS.jpm; // => { name: 'jpm', high: 90, medium: 78 }
 * ```
 */
export interface PotentialBands {
  /** The bands' name. */
  readonly name: string;
  /** The lowest score (inclusive) that is potensial Tinggi. */
  readonly high: number;
  /** The lowest score (inclusive) that is potensial Menengah. */
  readonly medium: number;
}

/**
 * The names of the built-in potential bands.
 *
 * @example
 * ```ts
 * import type { PotentialBandsName } from 'asn-kit/competency';
 * const bands: PotentialBandsName = 'score-100';
 * ```
 */
export type PotentialBandsName = 'jpm' | 'score-100';

/**
 * Built-in potential cut-offs — data, not law: the potensial axis is defined by each agency.
 * `jpm` (the default) mirrors the JPM mapping scheme: ≥ 90 Tinggi, ≥ 78 Menengah; `score-100` is the
 * 0–60 / 61–80 / 81–100 banding seen in other implementations (≥ 81 Tinggi, ≥ 61 Menengah).
 *
 * @example
 * ```ts
 * import { POTENTIAL_BANDS } from 'asn-kit/competency';
 * POTENTIAL_BANDS['score-100'].high; // => 81
 * ```
 */
export const POTENTIAL_BANDS: Readonly<Record<PotentialBandsName, PotentialBands>> = /* @__PURE__ */ deepFrozen({
  jpm: { name: 'jpm', high: 90, medium: 78 },
  'score-100': { name: 'score-100', high: 81, medium: 61 },
});
