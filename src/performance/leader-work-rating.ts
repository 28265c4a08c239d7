import { ok, type Result } from 'neverthrow';
import { reason, type LegalBasis, type LocalizedText, type Reason } from '../core';
import { orgPredikatOf } from './arguments';
import type { PerformanceError } from './errors';
import { ORG_PREDIKAT_LABELS, RATING_LABELS, type OrgPredikat, type Rating } from './ratings';
import { LEADER_WORK_RATING } from './rules/predikat-matrix';

/**
 * The work rating a unit leader receives from the unit's own predikat.
 *
 * @example
 * ```ts
 * import { leaderWorkRating, type LeaderWorkRating } from 'asn-kit/performance';
 * const outcome = leaderWorkRating('good');
 * if (outcome.isOk()) {
 *   const result: LeaderWorkRating = outcome.value;
 *   result.rating; // => 'meets'
 * }
 * ```
 */
export interface LeaderWorkRating {
  /** The organisation predikat it comes from. */
  readonly orgPredikat: OrgPredikat;
  /** The leader's rating of work results. */
  readonly rating: Rating;
  /** The rating's official label. */
  readonly label: LocalizedText;
  /** SE MenPANRB 3/2023 (docs/interpretations.md#unit-leader-rating). */
  readonly basis: LegalBasis;
  /** Why. */
  readonly reasons: readonly Reason[];
}

/**
 * The rating of work results of the leader (pimpinan) of a unit: under SE MenPANRB 3/2023 the unit's result is
 * the leader's result, mapped (docs/interpretations.md#unit-leader-rating): Istimewa → Di Atas, Baik → Sesuai, Butuh Perbaikan, Kurang and
 * Sangat Kurang → Di Bawah Ekspektasi.
 *
 * @param orgPredikat - The unit's predikat: `'outstanding' | 'good' | 'needs-improvement' | 'poor' | 'very-poor'`.
 * @returns `Ok(rating)`, or `Err` with code `performance/unknown-predikat`.
 * @example
 * ```ts
 * import { leaderWorkRating } from 'asn-kit/performance';
 * leaderWorkRating('outstanding').match((value) => value.rating, (error) => error.code); // => 'above'
 * leaderWorkRating('poor').match((value) => value.rating, (error) => error.code); // => 'below'
 * ```
 */
export function leaderWorkRating(orgPredikat: OrgPredikat): Result<LeaderWorkRating, PerformanceError> {
  return orgPredikatOf(orgPredikat).andThen((org) => {
    const rating = LEADER_WORK_RATING.ratings[org];
    return ok({
      orgPredikat: org,
      rating,
      label: RATING_LABELS[rating],
      basis: LEADER_WORK_RATING.basis,
      reasons: [
        reason('performance/leader-rating-from-organisation', 'info', LEADER_WORK_RATING.basis, {
          id: `Predikat organisasi ${ORG_PREDIKAT_LABELS[org].id} menjadi rating hasil kerja pimpinan: ${RATING_LABELS[rating].id}.`,
          en: `The organisation's ${ORG_PREDIKAT_LABELS[org].en.toLowerCase()} result is the leader's work rating: ${RATING_LABELS[rating].en.toLowerCase()}.`,
        }),
      ],
    });
  });
}
