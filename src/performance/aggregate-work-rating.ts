import { err, ok, type Result } from 'neverthrow';
import { reason, trustParsed, type LegalBasis, type Reason } from '../core';
import { performanceError, type PerformanceError } from './errors';
import { parseWorkRatings, WORK_RATINGS_KIND } from './parse-work-ratings';
import { RATING_LABELS, type Rating } from './ratings';
import { AGGREGATION_BASIS } from './rules/predikat-matrix';
import type { WorkRatings } from './types';

/**
 * The advisory work rating, the rating that stands (the assessor's override when given) and the counts behind it.
 *
 * @example
 * ```ts
 * import { aggregateWorkRating, type WorkRatingAdvice } from 'asn-kit/performance';
 * const advice = aggregateWorkRating({ results: [{ rhkId: 'R1', kind: 'main', rating: 'above' }] });
 * if (advice.isOk()) {
 *   const value: WorkRatingAdvice = advice.value;
 *   value.rating; // => 'above'
 * }
 * ```
 */
export interface WorkRatingAdvice {
  /** What the aggregation suggests. */
  readonly advisory: Rating;
  /** The rating that stands: the override when given, else the advisory one. */
  readonly rating: Rating;
  /** Whether the assessor's override differs from the advice. */
  readonly overridden: boolean;
  /** How many results (main and additional) got each rating. */
  readonly counts: Readonly<Record<Rating, number>>;
  /** How many main results were rated below expectations. */
  readonly mainBelow: number;
  /** PermenPANRB 6/2022 Lampiran (docs/interpretations.md#work-rating-aggregation). */
  readonly basis: LegalBasis;
  /** Why. */
  readonly reasons: readonly Reason[];
}

/**
 * An advisory aggregation of per-RHK ratings into a rating of work results, following the guidance of
 * PermenPANRB 6/2022; the assessor's judgement decides (docs/interpretations.md#work-rating-aggregation), so an
 * `override` always wins and is reported. The advice:
 * - `below` when more than half of all results are below expectations, or at least half of the main results are;
 * - `above` when more than half of all results are above expectations and no main result is below;
 * - `meets` otherwise.
 *
 * @param ratings - The ratings as {@link parseWorkRatings} returns them, used as they are; any other value is
 *   parsed first (a JavaScript caller still gets a coded `Err`).
 * @returns `Ok(advice)`; `Err` with code `performance/invalid-input`, or `performance/no-main-result` when no
 *   main result is given.
 * @example
 * ```ts
 * import { aggregateWorkRating, parseWorkRatings } from 'asn-kit/performance';
 * const ratings = parseWorkRatings({
 *   results: [
 *     { rhkId: 'R1', kind: 'main', rating: 'above' },
 *     { rhkId: 'R2', kind: 'main', rating: 'above' },
 *     { rhkId: 'R3', kind: 'additional', rating: 'meets' },
 *   ],
 * });
 * if (ratings.isOk()) {
 *   aggregateWorkRating(ratings.value).map((advice) => advice.advisory); // => Ok('above')
 *   aggregateWorkRating({ ...ratings.value, override: 'meets' }).map((advice) => advice.rating); // => Ok('meets')
 * }
 * ```
 */
export function aggregateWorkRating(ratings: WorkRatings): Result<WorkRatingAdvice, PerformanceError> {
  return trustParsed(ratings, WORK_RATINGS_KIND, parseWorkRatings).andThen(({ results, override }) => {
    const counts: Record<Rating, number> = { above: 0, meets: 0, below: 0 };
    let main = 0;
    let mainBelow = 0;
    for (const result of results) {
      counts[result.rating] += 1;
      if (result.kind === 'main') {
        main += 1;
        if (result.rating === 'below') mainBelow += 1;
      }
    }
    if (main === 0) {
      return err(performanceError('performance/no-main-result', AGGREGATION_BASIS, {
        id: 'Rating hasil kerja memerlukan paling sedikit satu hasil kerja utama.',
        en: 'A work rating needs at least one main result.',
      }, {}));
    }
    const total = results.length;
    const advisory: Rating =
      counts.below * 2 > total || mainBelow * 2 >= main ? 'below' : counts.above * 2 > total && mainBelow === 0 ? 'above' : 'meets';
    const rating = override ?? advisory;
    const reasons: Reason[] = [
      reason('performance/advisory-work-rating', 'info', AGGREGATION_BASIS, {
        id: `Saran rating hasil kerja: ${RATING_LABELS[advisory].id} (${counts.above} di atas, ${counts.meets} sesuai, ${counts.below} di bawah; ${mainBelow} dari ${main} hasil kerja utama di bawah ekspektasi).`,
        en: `Advised work rating: ${RATING_LABELS[advisory].en.toLowerCase()} (${counts.above} above, ${counts.meets} meeting, ${counts.below} below; ${mainBelow} of ${main} main results below expectations).`,
      }, { counts, main, mainBelow }),
    ];
    if (rating !== advisory) {
      reasons.push(
        reason('performance/assessor-override', 'info', AGGREGATION_BASIS, {
          id: `Pejabat penilai menetapkan ${RATING_LABELS[rating].id}, berbeda dari saran ${RATING_LABELS[advisory].id}.`,
          en: `The assessor set ${RATING_LABELS[rating].en.toLowerCase()}, unlike the advised ${RATING_LABELS[advisory].en.toLowerCase()}.`,
        }),
      );
    }
    return ok({ advisory, rating, overridden: rating !== advisory, counts, mainBelow, basis: AGGREGATION_BASIS, reasons });
  });
}
