import type { IsoDate, LegalBasis, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * A position family with a default competency standard: the JPT levels, administrator, pengawas, pelaksana and
 * the eight jenjang of the functional positions. Guru and dosen have no default: their standard comes from the
 * instansi pembina and must be supplied.
 *
 * @example
 * ```ts
 * import type { StandardPositionKey } from 'asn-kit/competency';
 * const key: StandardPositionKey = 'fungsional-ahli-muda';
 * ```
 */
export type StandardPositionKey =
  | 'jpt-utama'
  | 'jpt-madya'
  | 'jpt-pratama'
  | 'administrator'
  | 'pengawas'
  | 'pelaksana'
  | 'fungsional-ahli-utama'
  | 'fungsional-ahli-madya'
  | 'fungsional-ahli-muda'
  | 'fungsional-ahli-pertama'
  | 'fungsional-penyelia'
  | 'fungsional-mahir'
  | 'fungsional-terampil'
  | 'fungsional-pemula';

/**
 * A row of a standard-level table: the level required of every managerial and socio-cultural competency for a
 * position family.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import type { StandardLevelRow } from 'asn-kit/competency';
 * const row: StandardLevelRow = {
 *   position: 'administrator', level: 3,
 *   basis: { instrument: 'Keputusan Wali Kota Medan (contoh)' }, effective: { from: '2025-01-01' as IsoDate },
 * };
 * ```
 */
export interface StandardLevelRow extends RuleRow {
  /** The position family. */
  readonly position: StandardPositionKey;
  /** The required level, 1–5, of each of the 9 built-in competencies. */
  readonly level: number;
}

const BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 38/2017',
  note: 'asn-kit default, not checked against the Lampiran: the standard is set per position in the agency’s Standar Kompetensi Jabatan — override it',
  evidence: 'unverified',
  interpretation: 'default-standard-levels',
});
// PermenPANRB 38/2017 was promulgated at the end of 2017 (Berita Negara 2017); asn-kit applies it from 1 Jan 2018.
const FROM = /* @__PURE__ */ deepFrozen({ from: '2018-01-01' as IsoDate });

/**
 * The default managerial and socio-cultural standard level per position family, marked as a
 * default: PermenPANRB 38/2017 leaves the standard to each position's Standar Kompetensi Jabatan, and these
 * commonly used values could not be verified (docs/interpretations.md#default-standard-levels). Pass your own table to {@link standardForPosition} to override.
 *
 * @example
 * ```ts
 * import { DEFAULT_STANDARD_LEVELS } from 'asn-kit/competency';
 * DEFAULT_STANDARD_LEVELS.rows.find((row) => row.position === 'jpt-pratama')?.level; // => 4
 * ```
 */
export const DEFAULT_STANDARD_LEVELS: RuleTable<StandardLevelRow> = /* @__PURE__ */ deepFrozen({
  name: 'competency/default-standard-levels',
  rows: [
    { position: 'jpt-utama', level: 5, basis: BASIS, effective: FROM },
    { position: 'jpt-madya', level: 5, basis: BASIS, effective: FROM },
    { position: 'jpt-pratama', level: 4, basis: BASIS, effective: FROM },
    { position: 'administrator', level: 3, basis: BASIS, effective: FROM },
    { position: 'pengawas', level: 2, basis: BASIS, effective: FROM },
    { position: 'pelaksana', level: 1, basis: BASIS, effective: FROM },
    { position: 'fungsional-ahli-utama', level: 4, basis: BASIS, effective: FROM },
    { position: 'fungsional-ahli-madya', level: 3, basis: BASIS, effective: FROM },
    { position: 'fungsional-ahli-muda', level: 2, basis: BASIS, effective: FROM },
    { position: 'fungsional-ahli-pertama', level: 1, basis: BASIS, effective: FROM },
    { position: 'fungsional-penyelia', level: 2, basis: BASIS, effective: FROM },
    { position: 'fungsional-mahir', level: 1, basis: BASIS, effective: FROM },
    { position: 'fungsional-terampil', level: 1, basis: BASIS, effective: FROM },
    { position: 'fungsional-pemula', level: 1, basis: BASIS, effective: FROM },
  ],
});
