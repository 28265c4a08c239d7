import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, recodeError, roundDecimal, ruleInForce, validate, type IsoDate, type LegalBasis, type Reason } from '../core';
import type { FungsionalLevel } from '../employee';
import type { PerformanceError } from './errors';
import { PREDIKAT_LABELS, type Predikat } from './predikat';
import { CREDIT_POINT_COEFFICIENTS, CREDIT_POINT_PERCENTAGES } from './rules/credit-points';
import { creditPointsInputSchema } from './schemas';
import type { CreditPointsParams } from './types';

const paramsSchema = /* @__PURE__ */ (() => z.strictObject(creditPointsInputSchema.shape))();

/**
 * The credit points (angka kredit) earned for a period.
 *
 * @example
 * ```ts
 * import { creditPoints, type CreditPoints } from 'asn-kit/performance';
 * const result = creditPoints({ level: 'ahli-muda', predikat: 'very-good', periodEnd: '2025-12-31' });
 * if (result.isOk()) {
 *   const points: CreditPoints = result.value;
 *   points.creditPoints; // => 37.5
 * }
 * ```
 */
export interface CreditPoints {
  /** The functional level. */
  readonly level: FungsionalLevel;
  /** The predikat of the period. */
  readonly predikat: Predikat;
  /** The months the period covers. */
  readonly months: number;
  /** The last day of the period, which picked the rule rows. */
  readonly periodEnd: IsoDate;
  /** The yearly coefficient of the level. */
  readonly coefficient: number;
  /** The percentage of the coefficient earned at this predikat. */
  readonly percent: number;
  /** `coefficient × percent × months / 12`, rounded to 3 decimals. */
  readonly creditPoints: number;
  /** The most the same months could earn (at the highest percentage, Sangat Baik), rounded to 3 decimals. */
  readonly maximum: number;
  /** The coefficient row's basis (PermenPANRB 1/2023). */
  readonly basis: LegalBasis;
  /** How the figure was computed. */
  readonly reasons: readonly Reason[];
}

/**
 * The credit points of a functional position from its predikat (PermenPANRB 1/2023 and Peraturan BKN 3/2023): `AK = coefficient(level) × percent(predikat) × months / 12`, where Sangat Baik earns 150 %,
 * Baik 100 %, Butuh Perbaikan 75 %, Kurang 50 % and Sangat Kurang 25 %. The rows in force on the last day of the
 * period apply; they start on 1 January 2023. Values are rounded to 3 decimals, as credit points are written.
 *
 * @param params - `{ level, predikat, months? (1–12, default 12), periodEnd }`, checked on every call; unknown keys
 *   are refused.
 * @returns `Ok(points)`; `Err` with code `performance/invalid-input`, or `performance/no-rule-in-force` for a
 *   period ending before 2023.
 * @example
 * ```ts
 * import { creditPoints } from 'asn-kit/performance';
 * creditPoints({ level: 'ahli-pertama', predikat: 'good', periodEnd: '2025-12-31' }).match((value) => value.maximum, (error) => error.code);
 * // => 18.75
 * creditPoints({ level: 'ahli-pertama', predikat: 'good', months: 6, periodEnd: '2025-06-30' }).match((value) => value.creditPoints, (error) => error.code);
 * // => 6.25
 * ```
 */
export function creditPoints(params: CreditPointsParams): Result<CreditPoints, PerformanceError> {
  return validate(paramsSchema, params, 'performance/invalid-input').andThen(({ level, predikat, months, periodEnd }) =>
    ruleInForce(CREDIT_POINT_COEFFICIENTS, periodEnd, (row) => row.level === level)
      .andThen((coefficientRow) =>
        ruleInForce(CREDIT_POINT_PERCENTAGES, periodEnd, (row) => row.predikat === predikat).map((percentRow) => {
          const top = CREDIT_POINT_PERCENTAGES.rows.reduce((best, row) => Math.max(best, row.percent), 0);
          const { coefficient } = coefficientRow;
          const { percent } = percentRow;
          const points = roundDecimal((coefficient * percent * months) / 1200, 3);
          const maximum = roundDecimal((coefficient * top * months) / 1200, 3);
          return {
            level,
            predikat,
            months,
            periodEnd,
            coefficient,
            percent,
            creditPoints: points,
            maximum,
            basis: coefficientRow.basis,
            reasons: [
              reason('performance/credit-points', 'info', coefficientRow.basis, {
                id: `Angka kredit = ${coefficient} × ${percent}% (${PREDIKAT_LABELS[predikat].id}) × ${months}/12 bulan = ${points}.`,
                en: `Credit points = ${coefficient} × ${percent}% (${PREDIKAT_LABELS[predikat].en.toLowerCase()}) × ${months}/12 months = ${points}.`,
              }, { coefficient, percent, months, maximum }),
            ],
          };
        }),
      )
      .mapErr((error) => recodeError(error, 'performance/no-rule-in-force')),
  );
}
