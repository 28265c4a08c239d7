import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, type LegalBasis, type LocalizedText, type Reason } from '../core';
import type { PerformanceError } from './errors';
import { ikiAchievementValue, ikiConversion } from './legacy-core';
import { IKI_BASIS, PP30_REGIME, type LegacyBand } from './rules/legacy';
import { ikiInputSchema } from './schemas';
import type { IkiScoreParams } from './types';

const paramsSchema = /* @__PURE__ */ (() => z.strictObject(ikiInputSchema.shape))();

/**
 * The achievement of an IKI and its value under PermenPANRB 8/2021.
 *
 * @example
 * ```ts
 * import { ikiScore, type IkiScore } from 'asn-kit/performance';
 * const result = ikiScore({ target: 85, realisation: 85 });
 * if (result.isOk()) {
 *   const score: IkiScore = result.value;
 *   score.score; // => 109
 * }
 * ```
 */
export interface IkiScore {
  /** The achievement (capaian) in percent, 2 decimals. */
  readonly achievement: number;
  /** The band. */
  readonly band: LegacyBand;
  /** The band's label. */
  readonly label: LocalizedText;
  /** The value (nilai), 2 decimals. */
  readonly score: number;
  /** PermenPANRB 8/2021. */
  readonly basis: LegalBasis;
  /** How the value was computed. */
  readonly reasons: readonly Reason[];
}

/**
 * The achievement (capaian) of an individual performance indicator and its value under PermenPANRB 8/2021
 *. Achievement = realisation / target × 100 %; with a range target, the upper bound when the
 * realisation is above it, the lower bound when below, 100 % inside; for "kondisi khusus" (lower is better)
 * (1 + (1 − realisation / target)) × 100 %. Value: above 110 % → 120; 101–110 % → 110 + (120 − 110)/(110 − 101) ×
 * (C − 101); 100 % → 109 (120 when the target is the maximum attainable); 80–< 100 % → 70 + (89 − 70)/(99 − 80) ×
 * (C − 80); 60–< 80 % → 50 + (69 − 50)/(79 − 60) × (C − 60); below 60 % → C / 59 × 49. The bands are closed
 * below so that values between the printed integer bands have a home; the achievement is rounded to 2 decimals
 * first (the printed examples show it rounded to whole percents: 97,89 % is printed as 98 %).
 *
 * @param params - `{ target: number | { min, max }, realisation, direction?, targetIsMaximum? }`, checked on every
 *   call; unknown keys are refused.
 * @returns `Ok(score)`, or `Err` with code `performance/invalid-input`.
 * @example
 * ```ts
 * import { ikiScore } from 'asn-kit/performance';
 * ikiScore({ target: { min: 80, max: 90 }, realisation: 70 }).match((value) => value.achievement, (error) => error.code); // => 87.5
 * ikiScore({ target: { min: 7, max: 8 }, realisation: 6.5, direction: 'lower-is-better' }).match((value) => value.achievement, (error) => error.code);
 * // => 107.14
 * ```
 */
export function ikiScore(params: IkiScoreParams): Result<IkiScore, PerformanceError> {
  return validate(paramsSchema, params, 'performance/invalid-input').andThen((checked) => {
    const achievement = ikiAchievementValue(checked);
    const { band, score } = ikiConversion(achievement, checked.targetIsMaximum);
    const label = PP30_REGIME.labels[band];
    return ok({
      achievement,
      band,
      label,
      score,
      basis: IKI_BASIS,
      reasons: [
        reason('performance/iki-score', 'info', IKI_BASIS, {
          id: `Capaian IKI ${achievement}% (${label.id}): nilai ${score}.`,
          en: `IKI achievement ${achievement}% (${label.en.toLowerCase()}): value ${score}.`,
        }, { achievement, score }),
      ],
    });
  });
}
