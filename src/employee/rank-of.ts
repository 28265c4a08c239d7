import { ok, type Result } from 'neverthrow';
import { reason } from '../core/reason';
import { employeeFail, type EmployeeError, type EmployeeReason } from './errors';
import { PNS_RANKS, PPPK_GOLONGAN_TABLE, type PnsGolongan, type PppkGolongan } from './rules/golongan';

/**
 * The rank of a PNS: golongan/ruang and pangkat (PP 99/2000 Lampiran, jo. PP 12/2002).
 *
 * @example
 * ```ts
 * import { rankOf } from 'asn-kit/employee';
 * rankOf('III/d').map((rank) => (rank.scheme === 'pns' ? rank.pangkat : undefined)); // => Ok('Penata Tingkat I')
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
 * rankOf('XVII').map((rank) => rank.grade); // => Ok(17)
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
 * const parsed = rankOf('IV/d');
 * if (parsed.isOk()) {
 *   const rank: Rank = parsed.value;
 *   rank.scheme; // => 'pns'
 * }
 * ```
 */
export type Rank = PnsRank | PppkRank;

/**
 * The rank of a golongan: for a PNS golongan/ruang (`'I/a'` … `'IV/e'`) its pangkat (PP 99/2000 Lampiran, jo.
 * PP 12/2002); for a PPPK golongan (`'I'` … `'XVII'`, Perpres 98/2020) its place on the ladder.
 *
 * @param golongan - The golongan as written in the SK, e.g. `'III/d'` or `'IX'`, or an employee's `golongan`;
 *   surrounding spaces are ignored (from JavaScript, a non-string is `employee/unknown-golongan`, never a throw).
 * @returns `Ok(Rank)`, or `Err` with code `employee/unknown-golongan`.
 * @example
 * ```ts
 * import { rankOf } from 'asn-kit/employee';
 * rankOf('IV/d').match(
 *   (rank) => (rank.scheme === 'pns' ? rank.pangkat : rank.golongan),
 *   (error) => error.code,
 * ); // => 'Pembina Utama Madya'
 * rankOf('XVII').map((rank) => rank.scheme).unwrapOr(undefined); // => 'pppk'
 * rankOf('XVIII').isErr(); // => true ('employee/unknown-golongan')
 * ```
 */
export function rankOf(golongan: string): Result<Rank, EmployeeError> {
  const given: unknown = golongan;
  const wanted = typeof given === 'string' ? given.trim() : undefined;
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
          id: `Golongan PPPK ${pppk.golongan} (${pppkIndex + 1} dari 17).`,
          en: `PPPK golongan ${pppk.golongan} (${pppkIndex + 1} of 17).`,
        }),
      ],
    });
  }
  return employeeFail('employee/unknown-golongan', {
    input: typeof given === 'string' ? given : typeof given,
  });
}
