import type { IsoDate, RuleRow, RuleTable } from '../../core';
import type { Predikat } from '../predikat';
import type { FungsionalLevel } from '../../employee';
import { deepFrozen } from '../../core/frozen';

/**
 * A row of the yearly credit-point coefficients: the coefficient of one functional level.
 *
 * @example
 * ```ts
 * import type { CreditPointCoefficientRow } from 'asn-kit/performance';
 * declare const row: CreditPointCoefficientRow;
 * row.coefficient;
 * ```
 */
export interface CreditPointCoefficientRow extends RuleRow {
  /** The functional level. */
  readonly level: FungsionalLevel;
  /** The credit points of a full year at predikat Baik. */
  readonly coefficient: number;
}

/**
 * A row of the credit-point percentages: the share of the coefficient earned at one predikat.
 *
 * @example
 * ```ts
 * import type { CreditPointPercentageRow } from 'asn-kit/performance';
 * declare const row: CreditPointPercentageRow;
 * row.percent;
 * ```
 */
export interface CreditPointPercentageRow extends RuleRow {
  /** The annual predikat. */
  readonly predikat: Predikat;
  /** The percentage of the coefficient. */
  readonly percent: number;
}

const SINCE = /* @__PURE__ */ deepFrozen({ from: '2023-01-01' as IsoDate });
const COEFFICIENT_BASIS = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 1/2023',
  article: 'Lampiran (koefisien angka kredit tahunan); Peraturan BKN 3/2023',
  evidence: 'secondary-source',
} as const);
const UNVERIFIED_COEFFICIENT = /* @__PURE__ */ deepFrozen({ ...COEFFICIENT_BASIS, evidence: 'unverified', note: 'to check against the Lampiran' } as const);

/**
 * The yearly coefficients of PermenPANRB 1/2023: Ahli Pertama 12,5 (seen in a secondary source);
 * the others from general knowledge, not yet checked against the Lampiran (`evidence: 'unverified'`).
 *
 * @example
 * ```ts
 * import { CREDIT_POINT_COEFFICIENTS } from 'asn-kit/performance';
 * CREDIT_POINT_COEFFICIENTS.rows.find((row) => row.level === 'ahli-muda')?.coefficient; // => 25
 * ```
 */
export const CREDIT_POINT_COEFFICIENTS: RuleTable<CreditPointCoefficientRow> = /* @__PURE__ */ deepFrozen({
  name: 'performance/credit-point-coefficients',
  rows: [
    { level: 'ahli-pertama', coefficient: 12.5, basis: COEFFICIENT_BASIS, effective: SINCE },
    { level: 'ahli-muda', coefficient: 25, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
    { level: 'ahli-madya', coefficient: 37.5, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
    { level: 'ahli-utama', coefficient: 50, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
    { level: 'pemula', coefficient: 3.75, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
    { level: 'terampil', coefficient: 5, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
    { level: 'mahir', coefficient: 12.5, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
    { level: 'penyelia', coefficient: 25, basis: UNVERIFIED_COEFFICIENT, effective: SINCE },
  ],
});

const PERCENT_BASIS = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 1/2023', article: 'Lampiran (persentase angka kredit per predikat)' } as const);
const UNVERIFIED_PERCENT = /* @__PURE__ */ deepFrozen({ ...PERCENT_BASIS, evidence: 'unverified', note: 'to check against the Lampiran' } as const);

/**
 * The share of the coefficient earned at each predikat (PermenPANRB 1/2023): Sangat Baik 150 %
 * (verbatim), Baik 100 %, Butuh Perbaikan 75 %, Kurang 50 %, Sangat Kurang 25 % (all but Sangat Baik not yet checked against the Lampiran: `evidence: 'unverified'`).
 *
 * @example
 * ```ts
 * import { CREDIT_POINT_PERCENTAGES } from 'asn-kit/performance';
 * CREDIT_POINT_PERCENTAGES.rows.find((row) => row.predikat === 'very-good')?.percent; // => 150
 * ```
 */
export const CREDIT_POINT_PERCENTAGES: RuleTable<CreditPointPercentageRow> = /* @__PURE__ */ deepFrozen({
  name: 'performance/credit-point-percentages',
  rows: [
    { predikat: 'very-good', percent: 150, basis: PERCENT_BASIS, effective: SINCE },
    { predikat: 'good', percent: 100, basis: UNVERIFIED_PERCENT, effective: SINCE },
    { predikat: 'needs-improvement', percent: 75, basis: UNVERIFIED_PERCENT, effective: SINCE },
    { predikat: 'poor', percent: 50, basis: UNVERIFIED_PERCENT, effective: SINCE },
    { predikat: 'very-poor', percent: 25, basis: UNVERIFIED_PERCENT, effective: SINCE },
  ],
});
