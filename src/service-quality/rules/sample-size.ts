/**
 * The Krejcie–Morgan sample-size table used in SKM practice under PermenPANRB 14/2017:
 * s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest whole
 * respondent as printed by Krejcie & Morgan (1970). A population between two rows takes the higher row
 * (docs/interpretations.md#survey-sample-size).
 */
import type { IsoDate, LegalBasis, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

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

const BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 14/2017',
  article: 'Lampiran (penentuan jumlah responden; tabel Krejcie dan Morgan)',
  note: 'a population between two rows takes the higher row',
  evidence: 'secondary-source',
  interpretation: 'survey-sample-size',
});
const EFFECTIVE = /* @__PURE__ */ deepFrozen({ from: '2017-01-01' as IsoDate });

/** The last row: from a population of 1,000,000 on, the sample stays 384. */
export const LAST_ROW: SampleSizeRow = /* @__PURE__ */ deepFrozen({ population: 1_000_000, sample: 384, basis: BASIS, effective: EFFECTIVE });

// The rows of the table as population, sample, population, sample, … (pairs keep the bundle small).
const PAIRS: readonly number[] = /* @__PURE__ */ deepFrozen([
  10, 10, 15, 14, 20, 19, 25, 24, 30, 28, 35, 32, 40, 36, 45, 40, 50, 44, 55, 48, 60, 52, 65, 56, 70, 59, 75, 63,
  80, 66, 85, 70, 90, 73, 95, 76, 100, 80, 110, 86, 120, 92, 130, 97, 140, 103, 150, 108, 160, 113, 170, 118,
  180, 123, 190, 127, 200, 132, 210, 136, 220, 140, 230, 144, 240, 148, 250, 152, 260, 155, 270, 159, 280, 162,
  290, 165, 300, 169, 320, 175, 340, 181, 360, 186, 380, 191, 400, 196, 420, 201, 440, 205, 460, 210, 480, 214,
  500, 217, 550, 226, 600, 234, 650, 242, 700, 248, 750, 254, 800, 260, 850, 265, 900, 269, 950, 274, 1_000, 278,
  1_100, 285, 1_200, 291, 1_300, 297, 1_400, 302, 1_500, 306, 1_600, 310, 1_700, 313, 1_800, 317, 1_900, 320,
  2_000, 322, 2_200, 327, 2_400, 331, 2_600, 335, 2_800, 338, 3_000, 341, 3_500, 346, 4_000, 351, 4_500, 354,
  5_000, 357, 6_000, 361, 7_000, 364, 8_000, 367, 9_000, 368, 10_000, 370, 15_000, 375, 20_000, 377, 30_000, 379,
  40_000, 380, 50_000, 381, 75_000, 382,
]);

/**
 * The Krejcie–Morgan table, population 10 to 1,000,000, in ascending order (90 rows).
 *
 * @example
 * ```ts
 * import { KREJCIE_MORGAN_TABLE } from 'asn-kit/service-quality';
 * KREJCIE_MORGAN_TABLE.rows.at(-1)?.sample; // => 384
 * ```
 */
export const KREJCIE_MORGAN_TABLE: RuleTable<SampleSizeRow> = /* @__PURE__ */ (() => deepFrozen({
  name: 'service-quality/krejcie-morgan',
  rows: [
    ...PAIRS.flatMap((population, index) =>
      index % 2 === 0 ? [{ population, sample: PAIRS[index + 1] as number, basis: BASIS, effective: EFFECTIVE }] : [],
    ),
    LAST_ROW,
  ],
}))();
