import { ok, type Result } from 'neverthrow';
import { reason } from '../core';
import { employeeFail, type EmployeeError, type EmployeeReason } from './errors';
import { PNS_RANKS, PPPK_GOLONGAN_TABLE, type PnsGolongan, type PppkGolongan } from './rules/golongan';

/**
 * The rank of a PNS: golongan/ruang and pangkat (PP 99/2000 Lampiran, jo. PP 12/2002).
 *
 * @example
 * ```ts
 * import { rankOf } from 'asn-kit/employee';
 * rankOf('III/d')._unsafeUnwrap().pangkat; // => 'Penata Tingkat I'
 * ```
 */
export interface PnsRank {
  /** The PNS scheme. */
  readonly scheme: 'pns';
  /** The golongan/ruang, e.g. `'III/d'`. */
  readonly golongan: PnsGolongan;
  /** The pangkat, e.g. `'Penata Tingkat I'`. */
  readonly pangkat: string;
  /** The golongan without the ruang, `'I'` … `'IV'`. */
  readonly group: 'I' | 'II' | 'III' | 'IV';
  /** The ruang letter, `'a'` … `'e'`. */
  readonly ruang: 'a' | 'b' | 'c' | 'd' | 'e';
  /** The position on the ladder: 1 for I/a … 17 for IV/e. */
  readonly grade: number;
  /** The basis of the pangkat name. */
  readonly reasons: readonly EmployeeReason[];
}

/**
 * The rank of a PPPK: golongan I–XVII, without pangkat names (Perpres 98/2020).
 *
 * @example
 * ```ts
 * import { rankOf } from 'asn-kit/employee';
 * rankOf('XVII')._unsafeUnwrap().grade; // => 17
 * ```
 */
export interface PppkRank {
  /** The PPPK scheme. */
  readonly scheme: 'pppk';
  /** The golongan, e.g. `'IX'`. */
  readonly golongan: PppkGolongan;
  /** The position on the ladder: 1 for I … 17 for XVII. */
  readonly grade: number;
  /** The basis of the golongan. */
  readonly reasons: readonly EmployeeReason[];
}

/**
 * A rank of either scheme; `scheme` tells them apart.
 *
 * @example
 * ```ts
 * import { rankOf, type Rank } from 'asn-kit/employee';
 * const rank: Rank = rankOf('IV/d')._unsafeUnwrap();
 * rank.scheme; // => 'pns'
 * ```
 */
export type Rank = PnsRank | PppkRank;

/**
 * The rank of a golongan: for a PNS golongan/ruang (`'I/a'` … `'IV/e'`) its pangkat (PP 99/2000 Lampiran, jo.
 * PP 12/2002); for a PPPK golongan (`'I'` … `'XVII'`, Perpres 98/2020) its place on the ladder.
 *
 * @param golongan - The golongan as written in the SK, e.g. `'III/d'` or `'IX'`; surrounding spaces are ignored.
 * @returns `Ok(Rank)`, or `Err` with code `employee/unknown-golongan`.
 * @example
 * ```ts
 * import { rankOf } from 'asn-kit/employee';
 * rankOf('IV/d')._unsafeUnwrap().pangkat; // => 'Pembina Utama Madya'
 * rankOf('XVII')._unsafeUnwrap().scheme; // => 'pppk'
 * rankOf('XVIII')._unsafeUnwrapErr().code; // => 'employee/unknown-golongan'
 * ```
 */
export function rankOf(golongan: unknown): Result<Rank, EmployeeError> {
  const wanted = typeof golongan === 'string' ? golongan.trim() : undefined;
  const pnsIndex = PNS_RANKS.rows.findIndex((row) => row.golongan === wanted);
  const pns = PNS_RANKS.rows[pnsIndex];
  if (pns !== undefined) {
    const [group, ruang] = pns.golongan.split('/') as [PnsRank['group'], PnsRank['ruang']];
    return ok({
      scheme: 'pns',
      golongan: pns.golongan,
      pangkat: pns.pangkat,
      group,
      ruang,
      grade: pnsIndex + 1,
      reasons: [
        reason('employee/rank', 'info', pns.basis, {
          id: `Golongan ruang ${pns.golongan}: pangkat ${pns.pangkat}.`,
          en: `Golongan/ruang ${pns.golongan}: pangkat ${pns.pangkat}.`,
        }),
      ],
    });
  }
  const pppkIndex = PPPK_GOLONGAN_TABLE.rows.findIndex((row) => row.golongan === wanted);
  const pppk = PPPK_GOLONGAN_TABLE.rows[pppkIndex];
  if (pppk !== undefined) {
    return ok({
      scheme: 'pppk',
      golongan: pppk.golongan,
      grade: pppkIndex + 1,
      reasons: [
        reason('employee/rank', 'info', pppk.basis, {
          id: `Golongan PPPK ${pppk.golongan} (${String(pppkIndex + 1)} dari 17).`,
          en: `PPPK golongan ${pppk.golongan} (${String(pppkIndex + 1)} of 17).`,
        }),
      ],
    });
  }
  return employeeFail('employee/unknown-golongan', {
    input: typeof golongan === 'string' ? golongan : typeof golongan,
  });
}
