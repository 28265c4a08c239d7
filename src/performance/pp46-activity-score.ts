import { ok, type Result } from 'neverthrow';
import { reason, roundDecimal, validate, type LegalBasis, type Reason } from '../core';
import type { PerformanceError } from './errors';
import { activityValues, efficiencyOf } from './legacy-core';
import { PP46_FORMULA_BASIS } from './rules/legacy';
import { pp46ActivitySchema } from './schemas';
import type { Pp46Activity } from './types';

/**
 * The Perka BKN 1/2013 values of one activity, each rounded to 2 decimals.
 *
 * @example
 * ```ts
 * import { pp46ActivityScore, type Pp46ActivityScore } from 'asn-kit/performance';
 * const scoreResult = pp46ActivityScore({
 *   quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 90 }, time: { target: 12, realisation: 12 },
 * });
 * if (scoreResult.isOk()) {
 *   const score: Pp46ActivityScore = scoreResult.value;
 *   score.score; // => 88.67
 * }
 * ```
 */
export interface Pp46ActivityScore {
  /** Quantity: realisation / target × 100. */
  readonly quantity: number;
  /** Quality: realisation / target × 100. */
  readonly quality: number;
  /** Time, with the efficiency branch above 24 %. */
  readonly time: number;
  /** Cost, when the activity is budgeted. */
  readonly cost?: number;
  /** The sum of the aspects (perhitungan). */
  readonly total: number;
  /** The activity's value (nilai capaian): the sum divided by 3, or by 4 with cost. */
  readonly score: number;
  /** Perka BKN 1/2013. */
  readonly basis: LegalBasis;
  /** How the time and cost values were computed. */
  readonly reasons: readonly Reason[];
}

/**
 * The value of one activity of a PP 46/2011 SKP with the Perka BKN 1/2013 formulas:
 * quantity = RO/TO × 100; quality = RK/TK × 100; with efficiency = 100 − RW/TW × 100, time =
 * (1,76·TW − RW)/TW × 100 when efficiency ≤ 24 %, else 76 − [((1,76·TW − RW)/TW × 100) − 100]; cost the same
 * with TB/RB. The value is the sum over 3 aspects (4 with cost) divided by their number.
 *
 * @param activity - `{ quantity, quality, time, cost? }`, each `{ target (> 0), realisation (≥ 0) }`; time in months.
 *   Checked on every call (other keys of a stored activity are ignored).
 * @returns `Ok(values)`, or `Err` with code `performance/invalid-input`.
 * @example
 * ```ts
 * import { pp46ActivityScore } from 'asn-kit/performance';
 * pp46ActivityScore({
 *   quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 90 },
 *   time: { target: 12, realisation: 12 }, cost: { target: 170395000, realisation: 170395000 },
 * }).match((value) => value.score, (error) => error.code); // => 85.5
 * ```
 */
export function pp46ActivityScore(activity: Pp46Activity): Result<Pp46ActivityScore, PerformanceError> {
  return validate(pp46ActivitySchema, activity, 'performance/invalid-input').andThen((checked) => {
    const values = activityValues(checked);
    const efficiency = efficiencyOf(checked.time.target, checked.time.realisation);
    const reasons: Reason[] = [
      reason('performance/pp46-time', 'info', PP46_FORMULA_BASIS, {
        id: `Efisiensi waktu ${efficiency}%: ${efficiency <= 24 ? 'rumus efisiensi ≤ 24%' : 'rumus efisiensi > 24%'}; nilai waktu ${roundDecimal(values.time, 2)}.`,
        en: `Time efficiency ${efficiency}%: ${efficiency <= 24 ? 'the ≤ 24% formula' : 'the > 24% formula'}; time value ${roundDecimal(values.time, 2)}.`,
      }, { efficiency }),
    ];
    const base = {
      quantity: roundDecimal(values.quantity, 2),
      quality: roundDecimal(values.quality, 2),
      time: roundDecimal(values.time, 2),
      total: roundDecimal(values.total, 2),
      score: values.score,
      basis: PP46_FORMULA_BASIS,
      reasons,
    };
    return ok(values.cost === undefined ? base : { ...base, cost: roundDecimal(values.cost, 2) });
  });
}
