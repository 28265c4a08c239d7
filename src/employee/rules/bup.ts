/**
 * Batas Usia Pensiun (BUP), the retirement age, by position (docs/interpretations.md#retirement-age). Sources: UU 5/2014 Pasal 90 and
 * PP 11/2017 Pasal 239–240 until UU 20/2023 Pasal 55 replaced UU 5/2014 on 31 October 2023; UU 14/2005 for guru
 * and dosen. Data as of early 2026. A new regulation adds rows with an effective date
 * and gives the old ones an end date; nothing is overwritten.
 */
import type { IsoDate, LegalBasis, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * The position groups that have their own retirement age (docs/interpretations.md#retirement-age).
 * `fungsional-other` is ahli pertama, ahli muda and every keterampilan level; `dosen-professor-extended` is the
 * optional extension to 70 for a professor (UU 14/2005 Pasal 67 ayat (5)).
 *
 * @example
 * ```ts
 * import type { BupCategory } from 'asn-kit/employee';
 * const category: BupCategory = 'fungsional-ahli-madya';
 * ```
 */
export type BupCategory =
  | 'jpt'
  | 'administrator'
  | 'pengawas'
  | 'pelaksana'
  | 'fungsional-ahli-utama'
  | 'fungsional-ahli-madya'
  | 'fungsional-other'
  | 'guru'
  | 'dosen'
  | 'dosen-professor-extended';

/**
 * One row of the BUP table: the retirement age of a position group under one regulation.
 *
 * @example
 * ```ts
 * import { BUP } from 'asn-kit/employee';
 * BUP.rows.find((row) => row.category === 'guru')?.age; // => 60
 * ```
 */
export interface BupRow extends RuleRow {
  /** The position group. */
  readonly category: BupCategory;
  /** The retirement age in whole years. */
  readonly age: number;
}

const UU_5_2014: { readonly from: IsoDate; readonly to: IsoDate } = /* @__PURE__ */ deepFrozen({
  from: '2014-01-15' as IsoDate,
  to: '2023-10-30' as IsoDate,
});
const UU_20_2023: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2023-10-31' as IsoDate });
const PP_11_2017: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2017-04-07' as IsoDate });
const UU_14_2005: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2005-12-30' as IsoDate });

const ADMINISTRASI_UU_5: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'UU 5/2014',
  article: 'Pasal 90 huruf a',
  note: 'pejabat administrasi: administrator, pengawas, pelaksana; PP 11/2017 Pasal 239 ayat (2) huruf a',
  interpretation: 'retirement-age',
});
const FUNGSIONAL_NOTE = 'UU 20/2023 Pasal 55 huruf b angka 1 and UU 5/2014 Pasal 90 huruf c defer to it';

/**
 * The BUP table (docs/interpretations.md#retirement-age): JPT 60; administrator, pengawas and pelaksana 58; fungsional ahli utama 65,
 * ahli madya 60, other fungsional 58; guru 60; dosen 65, a professor up to 70 as an option.
 * The UU 5/2014 rows end on 30 October 2023; the UU 20/2023 rows (same ages) apply from 31 October 2023.
 *
 * @example
 * ```ts
 * import { ruleInForce, type IsoDate } from 'asn-kit';
 * import { BUP } from 'asn-kit/employee';
 * ruleInForce(BUP, '2025-01-31' as IsoDate, (row) => row.category === 'jpt').map((row) => row.basis.instrument);
 * // => Ok('UU 20/2023')
 * ```
 */
export const BUP: RuleTable<BupRow> = /* @__PURE__ */ deepFrozen({
  name: 'employee/bup',
  rows: [
    {
      category: 'jpt',
      age: 60,
      basis: { instrument: 'UU 5/2014', article: 'Pasal 90 huruf b', note: 'PP 11/2017 Pasal 239 ayat (2) huruf b', interpretation: 'retirement-age' },
      effective: UU_5_2014,
    },
    { category: 'administrator', age: 58, basis: ADMINISTRASI_UU_5, effective: UU_5_2014 },
    { category: 'pengawas', age: 58, basis: ADMINISTRASI_UU_5, effective: UU_5_2014 },
    { category: 'pelaksana', age: 58, basis: ADMINISTRASI_UU_5, effective: UU_5_2014 },
    {
      category: 'jpt',
      age: 60,
      basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 1', interpretation: 'retirement-age' },
      effective: UU_20_2023,
    },
    {
      category: 'administrator',
      age: 58,
      basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 2', interpretation: 'retirement-age' },
      effective: UU_20_2023,
    },
    {
      category: 'pengawas',
      age: 58,
      basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 2', interpretation: 'retirement-age' },
      effective: UU_20_2023,
    },
    {
      category: 'pelaksana',
      age: 58,
      basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf b angka 2', interpretation: 'retirement-age' },
      effective: UU_20_2023,
    },
    {
      category: 'fungsional-ahli-utama',
      age: 65,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2) huruf c', note: FUNGSIONAL_NOTE, interpretation: 'retirement-age' },
      effective: PP_11_2017,
    },
    {
      category: 'fungsional-ahli-madya',
      age: 60,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2) huruf b', note: FUNGSIONAL_NOTE, interpretation: 'retirement-age' },
      effective: PP_11_2017,
    },
    {
      category: 'fungsional-other',
      age: 58,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2) huruf a', note: FUNGSIONAL_NOTE, interpretation: 'retirement-age' },
      effective: PP_11_2017,
    },
    {
      category: 'guru',
      age: 60,
      basis: { instrument: 'UU 14/2005', article: 'Pasal 30 ayat (4)', note: 'PP 11/2017 Pasal 240', interpretation: 'retirement-age' },
      effective: UU_14_2005,
    },
    {
      category: 'dosen',
      age: 65,
      basis: { instrument: 'UU 14/2005', article: 'Pasal 67 ayat (4)', note: 'PP 11/2017 Pasal 240', interpretation: 'retirement-age' },
      effective: UU_14_2005,
    },
    {
      category: 'dosen-professor-extended',
      age: 70,
      basis: {
        instrument: 'UU 14/2005',
        article: 'Pasal 67 ayat (5)',
        note: 'a professor with achievements may be extended to 70; an option, never the default',
        interpretation: 'retirement-age',
      },
      effective: UU_14_2005,
    },
  ],
});
