/**
 * The unexcused-absence tiers of PP 94/2021 tentang Disiplin Pegawai Negeri Sipil: Pasal 9 ayat (2) huruf b (light),
 * Pasal 10 ayat (2) huruf f (moderate), Pasal 11 ayat (2) huruf d (severe), counted per calendar year (Pasal 15
 * ayat (1) and its Penjelasan), read from the primary text; the open points are settled in
 * docs/interpretations.md#absence-counting. Data of 31 Aug 2021.
 */
import type { IsoDate, LegalBasis, RuleRow, RuleTable } from '../../core';
import { markParsed } from '../../core/parsed';
import { ABSENCE_TIER_TABLE_KIND } from '../kinds';
import { SANCTIONS, type SanctionDefinition } from './sanctions';
import { deepFrozen } from '../../core/frozen';

/**
 * A tier reached by the number of unexcused working days in one calendar year: from `min` to `max` days, both
 * included (no `max`: `min` days or more).
 *
 * @example
 * ```ts
 * import type { YearTotalTrigger } from 'asn-kit/discipline';
 * const fourToSix: YearTotalTrigger = { kind: 'year-total', min: 4, max: 6 };
 * ```
 */
export interface YearTotalTrigger {
  /** Always `year-total`. */
  readonly kind: 'year-total';
  /** The smallest yearly total in the tier (at least 1). */
  readonly min: number;
  /** The largest yearly total in the tier; absent for an open-ended tier such as "28 days or more". */
  readonly max?: number;
}

/**
 * A tier reached by a run of unexcused absence on consecutive working days, whatever the yearly total.
 *
 * @example
 * ```ts
 * import type { ConsecutiveTrigger } from 'asn-kit/discipline';
 * const tenDays: ConsecutiveTrigger = { kind: 'consecutive', days: 10 };
 * ```
 */
export interface ConsecutiveTrigger {
  /** Always `consecutive`. */
  readonly kind: 'consecutive';
  /** The length of the run, in working days, that reaches the tier. */
  readonly days: number;
}

/**
 * What reaches an absence tier: a yearly total or a run of consecutive working days.
 *
 * @example
 * ```ts
 * import type { AbsenceTrigger } from 'asn-kit/discipline';
 * const trigger: AbsenceTrigger = { kind: 'year-total', min: 28 };
 * ```
 */
export type AbsenceTrigger = YearTotalTrigger | ConsecutiveTrigger;

/**
 * One tier of an absence sanction table: its trigger, the sanction it carries, and the article that sets it.
 *
 * @example
 * ```ts
 * import { ABSENCE_SANCTION_TIERS, type AbsenceTierRow } from 'asn-kit/discipline';
 * const first: AbsenceTierRow | undefined = ABSENCE_SANCTION_TIERS.rows[0];
 * first?.sanction.code;
 * // => 'oral-reprimand'
 * ```
 */
export interface AbsenceTierRow extends RuleRow {
  /** A stable identifier of the tier within its table, e.g. `'year-4-6'`. */
  readonly id: string;
  /** What reaches the tier. */
  readonly trigger: AbsenceTrigger;
  /** The sanction the tier carries. */
  readonly sanction: SanctionDefinition;
  /** `true` when salary payment stops from the month after the tier is reached (the 10-consecutive-day rule). */
  readonly stopsSalary?: boolean;
}

/**
 * A table of absence tiers. The built-in one is {@link ABSENCE_SANCTION_TIERS} (PNS, PP 94/2021); an agency passes
 * its own table in the same shape for PPPK, whose discipline each agency sets.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit/core';
 * import type { AbsenceTierTable } from 'asn-kit/discipline';
 * const agency: AbsenceTierTable = {
 *   name: 'pemko-medan/pppk-absence',
 *   rows: [{
 *     id: 'year-5-plus', trigger: { kind: 'year-total', min: 5 },
 *     sanction: { code: 'written-reprimand', level: 'light', rank: 1, dismissal: false,
 *       label: { id: 'Teguran tertulis', en: 'Written reprimand' } },
 *     basis: { instrument: 'Perwal Medan (contoh)' }, effective: { from: '2024-01-01' as IsoDate },
 *   }],
 * };
 * ```
 */
export type AbsenceTierTable = RuleTable<AbsenceTierRow>;

const IN_FORCE: { readonly from: IsoDate } = /* @__PURE__ */ deepFrozen({ from: '2021-08-31' as IsoDate });

function basis(article: string, note?: string): LegalBasis {
  return note === undefined
    ? { instrument: 'PP 94/2021', article }
    : { instrument: 'PP 94/2021', article, note, interpretation: 'absence-counting' };
}

/**
 * The unexcused-absence tiers of PP 94/2021 for PNS, counted in the unit's working days, cumulatively per calendar
 * year (docs/interpretations.md#absence-counting, #leave-year):
 *
 * | Working days in the year | Sanction | Level | Article |
 * |---|---|---|---|
 * | 3 | teguran lisan | light | Pasal 9 ayat (2) huruf b angka 1 |
 * | 4–6 | teguran tertulis | light | Pasal 9 ayat (2) huruf b angka 2 |
 * | 7–10 | pernyataan tidak puas secara tertulis | light | Pasal 9 ayat (2) huruf b angka 3 |
 * | 11–13 | tunjangan kinerja −25 % for 6 months | moderate | Pasal 10 ayat (2) huruf f angka 1 |
 * | 14–16 | tunjangan kinerja −25 % for 9 months | moderate | Pasal 10 ayat (2) huruf f angka 2 |
 * | 17–20 | tunjangan kinerja −25 % for 12 months | moderate | Pasal 10 ayat (2) huruf f angka 3 |
 * | 21–24 | demotion one level, 12 months | severe | Pasal 11 ayat (2) huruf d angka 1 |
 * | 25–27 | release to jabatan pelaksana, 12 months | severe | Pasal 11 ayat (2) huruf d angka 2 |
 * | ≥ 28 | PDHTAPS | severe | Pasal 11 ayat (2) huruf d angka 3 |
 * | 10 consecutive working days | PDHTAPS; salary stops from the next month | severe | Pasal 11 ayat (2) huruf d angka 4 |
 *
 * One or two days carry no sanction: the first tier is exactly 3 days (PP 94/2021 Pasal 9 ayat (2) huruf b angka 1). The table is deeply frozen and
 * counts as parsed: passing it as `options.table` costs no check.
 *
 * @see Official: PP 94/2021 tentang Disiplin Pegawai Negeri Sipil
 * Pasal 9 ayat (2) huruf b, Pasal 10 ayat (2) huruf f, Pasal 11 ayat (2) huruf d, Pasal 15 and its Penjelasan.
 * @see Based on: docs/interpretations.md#absence-counting.
 * @example
 * ```ts
 * import { ABSENCE_SANCTION_TIERS } from 'asn-kit/discipline';
 * ABSENCE_SANCTION_TIERS.rows.map((row) => row.id);
 * // => ['year-3', 'year-4-6', 'year-7-10', 'year-11-13', 'year-14-16', 'year-17-20', 'year-21-24',
 * //     'year-25-27', 'year-28-plus', 'consecutive-10']
 * ```
 */
export const ABSENCE_SANCTION_TIERS = /* @__PURE__ */ (() => markParsed(
  {
    name: 'discipline/pns-absence',
    rows: [
      {
        id: 'year-3',
        trigger: { kind: 'year-total', min: 3, max: 3 },
        sanction: SANCTIONS.rows[0],
        basis: basis('Pasal 9 ayat (2) huruf b angka 1', '1–2 days carry no sanction'),
        effective: IN_FORCE,
      },
      {
        id: 'year-4-6',
        trigger: { kind: 'year-total', min: 4, max: 6 },
        sanction: SANCTIONS.rows[1],
        basis: basis('Pasal 9 ayat (2) huruf b angka 2'),
        effective: IN_FORCE,
      },
      {
        id: 'year-7-10',
        trigger: { kind: 'year-total', min: 7, max: 10 },
        sanction: SANCTIONS.rows[2],
        basis: basis('Pasal 9 ayat (2) huruf b angka 3'),
        effective: IN_FORCE,
      },
      {
        id: 'year-11-13',
        trigger: { kind: 'year-total', min: 11, max: 13 },
        sanction: SANCTIONS.rows[3],
        basis: basis('Pasal 10 ayat (2) huruf f angka 1'),
        effective: IN_FORCE,
      },
      {
        id: 'year-14-16',
        trigger: { kind: 'year-total', min: 14, max: 16 },
        sanction: SANCTIONS.rows[4],
        basis: basis('Pasal 10 ayat (2) huruf f angka 2'),
        effective: IN_FORCE,
      },
      {
        id: 'year-17-20',
        trigger: { kind: 'year-total', min: 17, max: 20 },
        sanction: SANCTIONS.rows[5],
        basis: basis('Pasal 10 ayat (2) huruf f angka 3'),
        effective: IN_FORCE,
      },
      {
        id: 'year-21-24',
        trigger: { kind: 'year-total', min: 21, max: 24 },
        sanction: SANCTIONS.rows[6],
        basis: basis('Pasal 11 ayat (2) huruf d angka 1'),
        effective: IN_FORCE,
      },
      {
        id: 'year-25-27',
        trigger: { kind: 'year-total', min: 25, max: 27 },
        sanction: SANCTIONS.rows[7],
        basis: basis('Pasal 11 ayat (2) huruf d angka 2'),
        effective: IN_FORCE,
      },
      {
        id: 'year-28-plus',
        trigger: { kind: 'year-total', min: 28 },
        sanction: SANCTIONS.rows[8],
        basis: basis('Pasal 11 ayat (2) huruf d angka 3'),
        effective: IN_FORCE,
      },
      {
        id: 'consecutive-10',
        trigger: { kind: 'consecutive', days: 10 },
        sanction: SANCTIONS.rows[8],
        stopsSalary: true,
        basis: basis('Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2)', 'regardless of the yearly total'),
        effective: IN_FORCE,
      },
    ],
  } as const satisfies AbsenceTierTable,
  ABSENCE_TIER_TABLE_KIND,
))();
