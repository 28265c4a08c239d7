/**
 * Golongan and pangkat: the PNS ranks of PP 99/2000 (Lampiran, jo. PP 12/2002) and the PPPK golongan I–XVII of
 * Perpres 98/2020. Data as of early 2026; a change of names adds rows with an
 * effective date, it never overwrites these.
 */
import type { IsoDate, LegalBasis, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The 17 golongan/ruang of a PNS, lowest first.
 *
 * @example
 * ```ts
 * import { PNS_GOLONGAN } from 'asn-kit/employee';
 * PNS_GOLONGAN.length; // => 17
 * ```
 */
export const PNS_GOLONGAN = /* @__PURE__ */ deepFrozen([
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const);

/**
 * A PNS golongan/ruang, `'I/a'` … `'IV/e'`.
 *
 * @example
 * ```ts
 * import type { PnsGolongan } from 'asn-kit/employee';
 * const golongan: PnsGolongan = 'III/d';
 * ```
 */
export type PnsGolongan = (typeof PNS_GOLONGAN)[number];

/**
 * The 17 golongan of a PPPK, lowest first.
 *
 * @example
 * ```ts
 * import { PPPK_GOLONGAN } from 'asn-kit/employee';
 * PPPK_GOLONGAN[16]; // => 'XVII'
 * ```
 */
export const PPPK_GOLONGAN = /* @__PURE__ */ deepFrozen([
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const);

/**
 * A PPPK golongan, `'I'` … `'XVII'`.
 *
 * @example
 * ```ts
 * import type { PppkGolongan } from 'asn-kit/employee';
 * const golongan: PppkGolongan = 'IX';
 * ```
 */
export type PppkGolongan = (typeof PPPK_GOLONGAN)[number];

/**
 * One row of the PNS rank table: a golongan/ruang and its pangkat.
 *
 * @example
 * ```ts
 * import { PNS_RANKS } from 'asn-kit/employee';
 * PNS_RANKS.rows[11]?.pangkat; // => 'Penata Tingkat I'
 * ```
 */
export interface PnsRankRow extends RuleRow {
  /** The golongan/ruang, e.g. `'III/d'`. */
  readonly golongan: PnsGolongan;
  /** The official pangkat name, e.g. `'Penata Tingkat I'`. */
  readonly pangkat: string;
}

/**
 * One row of the PPPK golongan table.
 *
 * @example
 * ```ts
 * import { PPPK_GOLONGAN_TABLE } from 'asn-kit/employee';
 * PPPK_GOLONGAN_TABLE.rows[0]?.golongan; // => 'I'
 * ```
 */
export interface PppkGolonganRow extends RuleRow {
  /** The PPPK golongan, e.g. `'IX'`. */
  readonly golongan: PppkGolongan;
}

const PP_99_2000: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PP 99/2000', article: 'Lampiran', note: 'jo. PP 12/2002' });
const SINCE_PP_99_2000: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2000-11-10' as IsoDate });
const PERPRES_98_2020: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Perpres 98/2020',
  article: 'Lampiran',
  note: 'the Lampiran was not read; the golongan are those of every PPPK salary table',
  evidence: 'secondary-source',
});
const SINCE_PERPRES_98_2020: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2020-09-29' as IsoDate });

/**
 * The PNS ranks: every golongan/ruang with its pangkat (PP 99/2000 Lampiran, jo. PP 12/2002), in force since
 * PP 99/2000 was set (10 November 2000).
 *
 * @example
 * ```ts
 * import { PNS_RANKS } from 'asn-kit/employee';
 * PNS_RANKS.rows.find((row) => row.golongan === 'IV/d')?.pangkat; // => 'Pembina Utama Madya'
 * ```
 */
export const PNS_RANKS: RuleTable<PnsRankRow> = /* @__PURE__ */ deepFrozen({
  name: 'employee/pns-ranks',
  rows: [
    { golongan: 'I/a', pangkat: 'Juru Muda', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'I/b', pangkat: 'Juru Muda Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'I/c', pangkat: 'Juru', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'I/d', pangkat: 'Juru Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'II/a', pangkat: 'Pengatur Muda', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'II/b', pangkat: 'Pengatur Muda Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'II/c', pangkat: 'Pengatur', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'II/d', pangkat: 'Pengatur Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'III/a', pangkat: 'Penata Muda', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'III/b', pangkat: 'Penata Muda Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'III/c', pangkat: 'Penata', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'III/d', pangkat: 'Penata Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'IV/a', pangkat: 'Pembina', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'IV/b', pangkat: 'Pembina Tingkat I', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'IV/c', pangkat: 'Pembina Utama Muda', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'IV/d', pangkat: 'Pembina Utama Madya', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
    { golongan: 'IV/e', pangkat: 'Pembina Utama', basis: PP_99_2000, effective: SINCE_PP_99_2000 },
  ],
});

/**
 * The PPPK golongan I–XVII (Perpres 98/2020, set 29 September 2020, Lampiran gaji). The primary text was
 * not read (`evidence: 'secondary-source'`); the list is the one every PPPK salary table uses.
 *
 * @example
 * ```ts
 * import { PPPK_GOLONGAN_TABLE } from 'asn-kit/employee';
 * PPPK_GOLONGAN_TABLE.rows.length; // => 17
 * ```
 */
export const PPPK_GOLONGAN_TABLE: RuleTable<PppkGolonganRow> = /* @__PURE__ */ deepFrozen({
  name: 'employee/pppk-golongan',
  rows: [
    { golongan: 'I', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'II', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'III', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'IV', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'V', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'VI', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'VII', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'VIII', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'IX', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'X', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XI', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XII', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XIII', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XIV', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XV', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XVI', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
    { golongan: 'XVII', basis: PERPRES_98_2020, effective: SINCE_PERPRES_98_2020 },
  ],
});
