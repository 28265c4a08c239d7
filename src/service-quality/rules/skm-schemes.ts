/**
 * The SKM (Survei Kepuasan Masyarakat) schemes: the elements (unsur) asked about and the interval table that turns
 * the converted index into a grade (mutu pelayanan).
 *
 * Sources: PermenPANRB 14/2017 Lampiran (9 unsur, interval table) and
 * KEP/25/M.PAN/2/2004 (14 unsur, interval table). asn-kit settles the weight (exactly 1 / number of unsur) and
 * grades the converted value rounded to 2 decimals (docs/interpretations.md#satisfaction-index).
 */
import type { IsoDate, LocalizedText, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The SKM schemes asn-kit knows: `'2017'` (PermenPANRB 14/2017, 9 unsur, the default) and `'2004'`
 * (KEP/25/M.PAN/2/2004, 14 unsur, for old survey data).
 *
 * @example
 * ```ts
 * import type { SkmSchemeId } from 'asn-kit/service-quality';
 * const scheme: SkmSchemeId = '2017';
 * ```
 */
export type SkmSchemeId = '2017' | '2004';

/**
 * The codes of the 9 unsur of PermenPANRB 14/2017, in the order of its Lampiran: Persyaratan; Sistem, Mekanisme,
 * dan Prosedur; Waktu Penyelesaian; Biaya/Tarif; Produk Spesifikasi Jenis Pelayanan; Kompetensi Pelaksana;
 * Perilaku Pelaksana; Penanganan Pengaduan, Saran dan Masukan; Sarana dan Prasarana.
 *
 * @example
 * ```ts
 * import type { Skm2017ElementCode } from 'asn-kit/service-quality';
 * const element: Skm2017ElementCode = 'complaint-handling';
 * ```
 */
export type Skm2017ElementCode =
  | 'requirements'
  | 'procedure'
  | 'completion-time'
  | 'cost'
  | 'product'
  | 'competence'
  | 'conduct'
  | 'complaint-handling'
  | 'facilities';

/**
 * The codes of the 14 unsur of KEP/25/M.PAN/2/2004, in the order of the decree.
 *
 * @example
 * ```ts
 * import type { Skm2004ElementCode } from 'asn-kit/service-quality';
 * const element: Skm2004ElementCode = 'service-speed';
 * ```
 */
export type Skm2004ElementCode =
  | 'service-procedure'
  | 'service-requirements'
  | 'staff-clarity'
  | 'staff-discipline'
  | 'staff-responsibility'
  | 'staff-ability'
  | 'service-speed'
  | 'fairness'
  | 'courtesy'
  | 'cost-reasonableness'
  | 'cost-certainty'
  | 'schedule-certainty'
  | 'comfort'
  | 'security';

/**
 * The code of an element of either scheme.
 *
 * @example
 * ```ts
 * import type { SkmElementCode } from 'asn-kit/service-quality';
 * const element: SkmElementCode = 'facilities';
 * ```
 */
export type SkmElementCode = Skm2017ElementCode | Skm2004ElementCode;

/**
 * The grade (mutu pelayanan) of an index: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik.
 *
 * @example
 * ```ts
 * import type { SkmGrade } from 'asn-kit/service-quality';
 * const grade: SkmGrade = 'B';
 * ```
 */
export type SkmGrade = 'A' | 'B' | 'C' | 'D';

/**
 * One element (unsur) of a scheme.
 *
 * @example
 * ```ts
 * import type { SkmElement } from 'asn-kit/service-quality';
 * const element: SkmElement = { code: 'cost', label: { id: 'Biaya/Tarif', en: 'Cost/fee' } };
 * ```
 */
export interface SkmElement {
  /** The element's code. */
  readonly code: SkmElementCode;
  /** Its official name and an English one. */
  readonly label: LocalizedText;
}

/**
 * One band of a scheme's interval table, on the converted value (nilai interval konversi, 25–100).
 *
 * @example
 * ```ts
 * import type { SkmGradeBand } from 'asn-kit/service-quality';
 * const band: SkmGradeBand = { grade: 'B', from: 76.61, to: 88.3, label: { id: 'Baik', en: 'Good' } };
 * ```
 */
export interface SkmGradeBand {
  /** The grade (mutu pelayanan). */
  readonly grade: SkmGrade;
  /** The lowest converted value of the band, 2 decimals. */
  readonly from: number;
  /** The highest converted value of the band, 2 decimals. */
  readonly to: number;
  /** The performance label (kinerja unit pelayanan). */
  readonly label: LocalizedText;
}

/**
 * A row of {@link SKM_SCHEMES}: one scheme's elements and interval table.
 *
 * @example
 * ```ts
 * import { SKM_SCHEMES, type SkmSchemeRow } from 'asn-kit/service-quality';
 * const row: SkmSchemeRow | undefined = SKM_SCHEMES.rows.find((r) => r.scheme === '2017');
 * row?.elements.length; // => 9
 * ```
 */
export interface SkmSchemeRow extends RuleRow {
  /** The scheme's id. */
  readonly scheme: SkmSchemeId;
  /** The elements in the regulation's order. */
  readonly elements: readonly SkmElement[];
  /** The interval table: the bands of A, B, C and D, in that order. */
  readonly bands: readonly [SkmGradeBand, SkmGradeBand, SkmGradeBand, SkmGradeBand];
}

const LABEL_A: LocalizedText = /* @__PURE__ */ deepFrozen({ id: 'Sangat Baik', en: 'Very good' });
const LABEL_B: LocalizedText = /* @__PURE__ */ deepFrozen({ id: 'Baik', en: 'Good' });
const LABEL_C: LocalizedText = /* @__PURE__ */ deepFrozen({ id: 'Kurang Baik', en: 'Below good' });
const LABEL_D: LocalizedText = /* @__PURE__ */ deepFrozen({ id: 'Tidak Baik', en: 'Not good' });

const SCHEME_2017: SkmSchemeRow = /* @__PURE__ */ deepFrozen({
  scheme: '2017',
  elements: [
    { code: 'requirements', label: { id: 'Persyaratan', en: 'Requirements' } },
    { code: 'procedure', label: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'System, mechanism and procedure' } },
    { code: 'completion-time', label: { id: 'Waktu Penyelesaian', en: 'Completion time' } },
    { code: 'cost', label: { id: 'Biaya/Tarif', en: 'Cost/fee' } },
    { code: 'product', label: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Service product specification' } },
    { code: 'competence', label: { id: 'Kompetensi Pelaksana', en: 'Staff competence' } },
    { code: 'conduct', label: { id: 'Perilaku Pelaksana', en: 'Staff conduct' } },
    {
      code: 'complaint-handling',
      label: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints, suggestions and input' },
    },
    { code: 'facilities', label: { id: 'Sarana dan Prasarana', en: 'Facilities and infrastructure' } },
  ],
  bands: [
    { grade: 'A', from: 88.31, to: 100, label: LABEL_A },
    { grade: 'B', from: 76.61, to: 88.3, label: LABEL_B },
    { grade: 'C', from: 65, to: 76.6, label: LABEL_C },
    { grade: 'D', from: 25, to: 64.99, label: LABEL_D },
  ],
  basis: {
    instrument: 'PermenPANRB 14/2017',
    article: 'Lampiran (unsur SKM; nilai interval konversi)',
    note: 'in force from the year of the instrument (day not read); replaced PermenPANRB 16/2014',
    evidence: 'secondary-source',
    interpretation: 'satisfaction-index',
  },
  effective: { from: '2017-01-01' as IsoDate },
});

const SCHEME_2004: SkmSchemeRow = /* @__PURE__ */ deepFrozen({
  scheme: '2004',
  elements: [
    { code: 'service-procedure', label: { id: 'Prosedur pelayanan', en: 'Service procedure' } },
    { code: 'service-requirements', label: { id: 'Persyaratan pelayanan', en: 'Service requirements' } },
    { code: 'staff-clarity', label: { id: 'Kejelasan petugas pelayanan', en: 'Clarity of the service staff' } },
    { code: 'staff-discipline', label: { id: 'Kedisiplinan petugas pelayanan', en: 'Discipline of the service staff' } },
    {
      code: 'staff-responsibility',
      label: { id: 'Tanggung jawab petugas pelayanan', en: 'Responsibility of the service staff' },
    },
    { code: 'staff-ability', label: { id: 'Kemampuan petugas pelayanan', en: 'Ability of the service staff' } },
    { code: 'service-speed', label: { id: 'Kecepatan pelayanan', en: 'Speed of service' } },
    { code: 'fairness', label: { id: 'Keadilan mendapatkan pelayanan', en: 'Fair access to service' } },
    { code: 'courtesy', label: { id: 'Kesopanan dan keramahan petugas', en: 'Courtesy and friendliness of staff' } },
    { code: 'cost-reasonableness', label: { id: 'Kewajaran biaya pelayanan', en: 'Reasonableness of the cost' } },
    { code: 'cost-certainty', label: { id: 'Kepastian biaya pelayanan', en: 'Certainty of the cost' } },
    { code: 'schedule-certainty', label: { id: 'Kepastian jadwal pelayanan', en: 'Certainty of the schedule' } },
    { code: 'comfort', label: { id: 'Kenyamanan lingkungan', en: 'Comfort of the surroundings' } },
    { code: 'security', label: { id: 'Keamanan pelayanan', en: 'Security of the service' } },
  ],
  bands: [
    { grade: 'A', from: 81.26, to: 100, label: LABEL_A },
    { grade: 'B', from: 62.51, to: 81.25, label: LABEL_B },
    { grade: 'C', from: 43.76, to: 62.5, label: LABEL_C },
    { grade: 'D', from: 25, to: 43.75, label: LABEL_D },
  ],
  basis: {
    instrument: 'KEP/25/M.PAN/2/2004',
    article: 'Lampiran (unsur IKM; nilai interval konversi)',
    note: 'replaced by PermenPANRB 16/2014 and then 14/2017; end date given as the day before the 2017 row',
  },
  effective: { from: '2004-02-24' as IsoDate, to: '2016-12-31' as IsoDate },
});

/**
 * The SKM schemes as a rule table: PermenPANRB 14/2017 (9 unsur; bands 25.00–64.99 D, 65.00–76.60 C,
 * 76.61–88.30 B, 88.31–100.00 A, docs/interpretations.md#satisfaction-index) and KEP/25/M.PAN/2/2004 (14 unsur; bands 25.00–43.75 D,
 * 43.76–62.50 C, 62.51–81.25 B, 81.26–100.00 A). The 2004 row stays for old data, with an end date.
 *
 * @example
 * ```ts
 * import { SKM_SCHEMES } from 'asn-kit/service-quality';
 * SKM_SCHEMES.rows.map((row) => row.scheme); // => ['2017', '2004']
 * ```
 */
export const SKM_SCHEMES: RuleTable<SkmSchemeRow> = /* @__PURE__ */ deepFrozen({
  name: 'service-quality/skm-schemes',
  rows: [SCHEME_2017, SCHEME_2004],
});

/**
 * The rows of {@link SKM_SCHEMES} by scheme id.
 *
 * @example
 * ```ts
 * import { SKM_SCHEME_BY_ID } from 'asn-kit/service-quality';
 * SKM_SCHEME_BY_ID['2004'].elements.length; // => 14
 * ```
 */
export const SKM_SCHEME_BY_ID: Readonly<Record<SkmSchemeId, SkmSchemeRow>> = /* @__PURE__ */ deepFrozen({ '2017': SCHEME_2017, '2004': SCHEME_2004 });
