/**
 * The Krejcie–Morgan sample-size table used in SKM practice under PermenPANRB 14/2017 (digest §4.1 [S]):
 * s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest whole
 * respondent as printed by Krejcie & Morgan (1970). RULINGS R-Q2: a population between two rows takes the higher row.
 */
import type { IsoDate, LegalBasis, RuleRow, RuleTable } from '../../core';

/**
 * A row of {@link KREJCIE_MORGAN_TABLE}: a population and the sample it needs.
 *
 * @example
 * ```ts
 * import { KREJCIE_MORGAN_TABLE, type SampleSizeRow } from 'asn-kit/service-quality';
 * const row: SampleSizeRow | undefined = KREJCIE_MORGAN_TABLE.rows.find((r) => r.population === 100);
 * row?.sample; // => 80
 * ```
 */
export interface SampleSizeRow extends RuleRow {
  /** The population size (N) of the row. */
  readonly population: number;
  /** The sample (S) it needs. */
  readonly sample: number;
}

const BASIS: LegalBasis = {
  instrument: 'PermenPANRB 14/2017',
  article: 'Lampiran (penentuan jumlah responden; tabel Krejcie dan Morgan)',
  note: 'R-Q2: a population between two rows takes the higher row',
};
const EFFECTIVE = { from: '2017-01-01' as IsoDate };

/** The last row: from a population of 1,000,000 on, the sample stays 384. */
export const LAST_ROW: SampleSizeRow = { population: 1_000_000, sample: 384, basis: BASIS, effective: EFFECTIVE };

/**
 * The Krejcie–Morgan table, population 10 to 1,000,000, in ascending order (90 rows).
 *
 * @example
 * ```ts
 * import { KREJCIE_MORGAN_TABLE } from 'asn-kit/service-quality';
 * KREJCIE_MORGAN_TABLE.rows.at(-1)?.sample; // => 384
 * ```
 */
export const KREJCIE_MORGAN_TABLE: RuleTable<SampleSizeRow> = {
  name: 'service-quality/krejcie-morgan',
  rows: [
    { population: 10, sample: 10, basis: BASIS, effective: EFFECTIVE },
    { population: 15, sample: 14, basis: BASIS, effective: EFFECTIVE },
    { population: 20, sample: 19, basis: BASIS, effective: EFFECTIVE },
    { population: 25, sample: 24, basis: BASIS, effective: EFFECTIVE },
    { population: 30, sample: 28, basis: BASIS, effective: EFFECTIVE },
    { population: 35, sample: 32, basis: BASIS, effective: EFFECTIVE },
    { population: 40, sample: 36, basis: BASIS, effective: EFFECTIVE },
    { population: 45, sample: 40, basis: BASIS, effective: EFFECTIVE },
    { population: 50, sample: 44, basis: BASIS, effective: EFFECTIVE },
    { population: 55, sample: 48, basis: BASIS, effective: EFFECTIVE },
    { population: 60, sample: 52, basis: BASIS, effective: EFFECTIVE },
    { population: 65, sample: 56, basis: BASIS, effective: EFFECTIVE },
    { population: 70, sample: 59, basis: BASIS, effective: EFFECTIVE },
    { population: 75, sample: 63, basis: BASIS, effective: EFFECTIVE },
    { population: 80, sample: 66, basis: BASIS, effective: EFFECTIVE },
    { population: 85, sample: 70, basis: BASIS, effective: EFFECTIVE },
    { population: 90, sample: 73, basis: BASIS, effective: EFFECTIVE },
    { population: 95, sample: 76, basis: BASIS, effective: EFFECTIVE },
    { population: 100, sample: 80, basis: BASIS, effective: EFFECTIVE },
    { population: 110, sample: 86, basis: BASIS, effective: EFFECTIVE },
    { population: 120, sample: 92, basis: BASIS, effective: EFFECTIVE },
    { population: 130, sample: 97, basis: BASIS, effective: EFFECTIVE },
    { population: 140, sample: 103, basis: BASIS, effective: EFFECTIVE },
    { population: 150, sample: 108, basis: BASIS, effective: EFFECTIVE },
    { population: 160, sample: 113, basis: BASIS, effective: EFFECTIVE },
    { population: 170, sample: 118, basis: BASIS, effective: EFFECTIVE },
    { population: 180, sample: 123, basis: BASIS, effective: EFFECTIVE },
    { population: 190, sample: 127, basis: BASIS, effective: EFFECTIVE },
    { population: 200, sample: 132, basis: BASIS, effective: EFFECTIVE },
    { population: 210, sample: 136, basis: BASIS, effective: EFFECTIVE },
    { population: 220, sample: 140, basis: BASIS, effective: EFFECTIVE },
    { population: 230, sample: 144, basis: BASIS, effective: EFFECTIVE },
    { population: 240, sample: 148, basis: BASIS, effective: EFFECTIVE },
    { population: 250, sample: 152, basis: BASIS, effective: EFFECTIVE },
    { population: 260, sample: 155, basis: BASIS, effective: EFFECTIVE },
    { population: 270, sample: 159, basis: BASIS, effective: EFFECTIVE },
    { population: 280, sample: 162, basis: BASIS, effective: EFFECTIVE },
    { population: 290, sample: 165, basis: BASIS, effective: EFFECTIVE },
    { population: 300, sample: 169, basis: BASIS, effective: EFFECTIVE },
    { population: 320, sample: 175, basis: BASIS, effective: EFFECTIVE },
    { population: 340, sample: 181, basis: BASIS, effective: EFFECTIVE },
    { population: 360, sample: 186, basis: BASIS, effective: EFFECTIVE },
    { population: 380, sample: 191, basis: BASIS, effective: EFFECTIVE },
    { population: 400, sample: 196, basis: BASIS, effective: EFFECTIVE },
    { population: 420, sample: 201, basis: BASIS, effective: EFFECTIVE },
    { population: 440, sample: 205, basis: BASIS, effective: EFFECTIVE },
    { population: 460, sample: 210, basis: BASIS, effective: EFFECTIVE },
    { population: 480, sample: 214, basis: BASIS, effective: EFFECTIVE },
    { population: 500, sample: 217, basis: BASIS, effective: EFFECTIVE },
    { population: 550, sample: 226, basis: BASIS, effective: EFFECTIVE },
    { population: 600, sample: 234, basis: BASIS, effective: EFFECTIVE },
    { population: 650, sample: 242, basis: BASIS, effective: EFFECTIVE },
    { population: 700, sample: 248, basis: BASIS, effective: EFFECTIVE },
    { population: 750, sample: 254, basis: BASIS, effective: EFFECTIVE },
    { population: 800, sample: 260, basis: BASIS, effective: EFFECTIVE },
    { population: 850, sample: 265, basis: BASIS, effective: EFFECTIVE },
    { population: 900, sample: 269, basis: BASIS, effective: EFFECTIVE },
    { population: 950, sample: 274, basis: BASIS, effective: EFFECTIVE },
    { population: 1_000, sample: 278, basis: BASIS, effective: EFFECTIVE },
    { population: 1_100, sample: 285, basis: BASIS, effective: EFFECTIVE },
    { population: 1_200, sample: 291, basis: BASIS, effective: EFFECTIVE },
    { population: 1_300, sample: 297, basis: BASIS, effective: EFFECTIVE },
    { population: 1_400, sample: 302, basis: BASIS, effective: EFFECTIVE },
    { population: 1_500, sample: 306, basis: BASIS, effective: EFFECTIVE },
    { population: 1_600, sample: 310, basis: BASIS, effective: EFFECTIVE },
    { population: 1_700, sample: 313, basis: BASIS, effective: EFFECTIVE },
    { population: 1_800, sample: 317, basis: BASIS, effective: EFFECTIVE },
    { population: 1_900, sample: 320, basis: BASIS, effective: EFFECTIVE },
    { population: 2_000, sample: 322, basis: BASIS, effective: EFFECTIVE },
    { population: 2_200, sample: 327, basis: BASIS, effective: EFFECTIVE },
    { population: 2_400, sample: 331, basis: BASIS, effective: EFFECTIVE },
    { population: 2_600, sample: 335, basis: BASIS, effective: EFFECTIVE },
    { population: 2_800, sample: 338, basis: BASIS, effective: EFFECTIVE },
    { population: 3_000, sample: 341, basis: BASIS, effective: EFFECTIVE },
    { population: 3_500, sample: 346, basis: BASIS, effective: EFFECTIVE },
    { population: 4_000, sample: 351, basis: BASIS, effective: EFFECTIVE },
    { population: 4_500, sample: 354, basis: BASIS, effective: EFFECTIVE },
    { population: 5_000, sample: 357, basis: BASIS, effective: EFFECTIVE },
    { population: 6_000, sample: 361, basis: BASIS, effective: EFFECTIVE },
    { population: 7_000, sample: 364, basis: BASIS, effective: EFFECTIVE },
    { population: 8_000, sample: 367, basis: BASIS, effective: EFFECTIVE },
    { population: 9_000, sample: 368, basis: BASIS, effective: EFFECTIVE },
    { population: 10_000, sample: 370, basis: BASIS, effective: EFFECTIVE },
    { population: 15_000, sample: 375, basis: BASIS, effective: EFFECTIVE },
    { population: 20_000, sample: 377, basis: BASIS, effective: EFFECTIVE },
    { population: 30_000, sample: 379, basis: BASIS, effective: EFFECTIVE },
    { population: 40_000, sample: 380, basis: BASIS, effective: EFFECTIVE },
    { population: 50_000, sample: 381, basis: BASIS, effective: EFFECTIVE },
    { population: 75_000, sample: 382, basis: BASIS, effective: EFFECTIVE },
    LAST_ROW,
  ],
};
