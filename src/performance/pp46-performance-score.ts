import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, type LegalBasis, type LocalizedText, type Reason } from '../core';
import type { PerformanceError } from './errors';
import { behaviourValue, combine, onScale, pp46Band, pp46SkpValue } from './legacy-core';
import { PP46_REGIME, type LegacyBand } from './rules/legacy';
import { pp46ScoreInputSchema } from './schemas';
import type { Pp46PerformanceScoreParams } from './types';

const paramsSchema = /* @__PURE__ */ (() => z.strictObject(pp46ScoreInputSchema.shape))();

/**
 * A legacy performance value with its band.
 *
 * @example
 * ```ts
 * import { pp46PerformanceScore, type LegacyScore } from 'asn-kit/performance';
 * const scoreResult = pp46PerformanceScore({ skp: 85.5, behaviour: 83 });
 * if (scoreResult.isOk()) {
 *   const score: LegacyScore = scoreResult.value;
 *   score.band; // => 'good'
 * }
 * ```
 */
export interface LegacyScore {
  /** The SKP value used (2 decimals). */
  readonly skpScore: number;
  /** The behaviour value used (2 decimals). */
  readonly behaviourScore: number;
  /** The weights of SKP and behaviour, in percent. */
  readonly weights: readonly [number, number];
  /** The combined value (nilai prestasi kerja / nilai kinerja), 2 decimals. */
  readonly score: number;
  /** The band. */
  readonly band: LegacyBand;
  /** The band's label under the regulation (e.g. `Buruk` under PP 46/2011). */
  readonly label: LocalizedText;
  /** The regulation. */
  readonly basis: LegalBasis;
  /** How the value was computed. */
  readonly reasons: readonly Reason[];
}

/** Builds the result shared by the PP 46/2011 and PP 30/2019 scores. */
export function legacyScore(
  skpScore: number,
  behaviourScore: number,
  weights: readonly [number, number],
  score: number,
  band: LegacyBand,
  row: typeof PP46_REGIME,
  extra: readonly Reason[] = [],
): LegacyScore {
  const label = row.labels[band];
  return {
    skpScore,
    behaviourScore,
    weights,
    score,
    band,
    label,
    basis: row.basis,
    reasons: [
      reason('performance/legacy-score', 'info', row.basis, {
        id: `${weights[0]}% × ${skpScore} + ${weights[1]}% × ${behaviourScore} = ${score}: ${label.id}.`,
        en: `${weights[0]}% × ${skpScore} + ${weights[1]}% × ${behaviourScore} = ${score}: ${label.en.toLowerCase()}.`,
      }, { skpScore, behaviourScore, weights, score }),
      ...extra,
    ],
  };
}

/**
 * The nilai prestasi kerja of PP 46/2011 with Perka BKN 1/2013: 60 % SKP + 40 % behaviour, on
 * values rounded to 2 decimals, banded (docs/interpretations.md#legacy-bands): above 90 Sangat Baik, above 75 Baik, above 60 Cukup,
 * above 50 Kurang, else Buruk. The SKP is a value or the activities (their mean, plus 1–3 points for additional
 * tasks: 1–3 tasks 1, 4–6 tasks 2, 7 or more 3; plus 3, 6 or 12 for creativity acknowledged by the unit head,
 * the PPK or the President). The behaviour is a value or the mean of the aspects given (leadership only for
 * structural officials).
 *
 * @param params - `{ skp: number | { activities, additionalTasks?, creativity? }, behaviour: number | aspects }`,
 *   checked on every call; unknown keys are refused.
 * @returns `Ok(score)`, or `Err` with code `performance/invalid-input`.
 * @example
 * ```ts
 * import { pp46PerformanceScore } from 'asn-kit/performance';
 * const outcome = pp46PerformanceScore({ skp: 85.5, behaviour: 83 });
 * if (outcome.isOk()) {
 *   const result = outcome.value;
 *   result.score; // => 84.5
 *   result.label.id; // => 'Baik'
 * }
 * ```
 */
export function pp46PerformanceScore(params: Pp46PerformanceScoreParams): Result<LegacyScore, PerformanceError> {
  return validate(paramsSchema, params, 'performance/invalid-input').andThen(({ skp, behaviour }) => {
    const skpScore = onScale(pp46SkpValue(skp), PP46_REGIME.scale);
    const behaviourScore = behaviourValue(behaviour);
    const weights = PP46_REGIME.weights.withoutPeers;
    const score = combine(skpScore, behaviourScore, weights);
    return ok(legacyScore(skpScore, behaviourScore, weights, score, pp46Band(score), PP46_REGIME));
  });
}
