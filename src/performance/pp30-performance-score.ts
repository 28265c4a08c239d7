import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, type Reason } from '../core';
import type { PerformanceError } from './errors';
import { combine, pp30Band } from './legacy-core';
import { legacyScore, type LegacyScore } from './pp46-performance-score';
import { PP30_REGIME } from './rules/legacy';
import { pp30ScoreInputSchema } from './schemas';
import type { Pp30PerformanceScoreParams } from './types';

const paramsSchema = /* @__PURE__ */ (() => z.strictObject(pp30ScoreInputSchema.shape))();

/** The reason given when a value of 110 or more stays Baik for want of a new idea. */
export function noNewIdeaReason(score: number): Reason {
  return reason('performance/no-new-idea', 'info', { instrument: 'PP 30/2019', article: 'Pasal 41 ayat (5) huruf a' }, {
    id: `Nilai ${score} berada pada rentang 110–120, tetapi tanpa ide baru atau cara baru predikatnya Baik.`,
    en: `The value ${score} is within 110–120, but without a new idea or method the band is Baik.`,
  });
}

/**
 * The nilai kinerja of PP 30/2019 Pasal 41: 70 % SKP + 30 % behaviour, or 60/40 where the agency
 * uses peer and subordinate input; bands: Sangat Baik 110–120 with a new idea or method, Baik 90–120, Cukup
 * 70–< 90, Kurang 50–< 70, Sangat Kurang < 50 (docs/interpretations.md#legacy-bands), on the value rounded to 2 decimals.
 *
 * @param params - `{ skpScore, behaviourScore (0–120), peerInput? (default false), newIdea? (default false) }`,
 *   checked on every call; unknown keys are refused.
 * @returns `Ok(score)`, or `Err` with code `performance/invalid-input`.
 * @example
 * ```ts
 * import { pp30PerformanceScore } from 'asn-kit/performance';
 * pp30PerformanceScore({ skpScore: 115, behaviourScore: 100 }).match((value) => value.band, (error) => error.code); // => 'good'
 * pp30PerformanceScore({ skpScore: 80, behaviourScore: 70, peerInput: true }).match((value) => value.score, (error) => error.code); // => 76
 * ```
 */
export function pp30PerformanceScore(params: Pp30PerformanceScoreParams): Result<LegacyScore, PerformanceError> {
  return validate(paramsSchema, params, 'performance/invalid-input').andThen(
    ({ skpScore, behaviourScore, peerInput, newIdea }) => {
      const weights = peerInput ? PP30_REGIME.weights.withPeers : PP30_REGIME.weights.withoutPeers;
      const score = combine(skpScore, behaviourScore, weights);
      const band = pp30Band(score, newIdea);
      const extra = score >= 110 && !newIdea ? [noNewIdeaReason(score)] : [];
      return ok(legacyScore(skpScore, behaviourScore, weights, score, band, PP30_REGIME, extra));
    },
  );
}
