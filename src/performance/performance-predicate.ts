import type { Result } from 'neverthrow';
import { reason, type LegalBasis, type LocalizedText, type Reason } from '../core';
import { ratingOf } from './arguments';
import type { PerformanceError } from './errors';
import { PREDIKAT_LABELS, type Predikat } from './predikat';
import { RATING_LABELS, type Rating } from './ratings';
import { PREDIKAT_MATRIX } from './rules/predikat-matrix';

/**
 * The predikat of an employee with the two ratings it comes from.
 *
 * @example
 * ```ts
 * import { performancePredicate, type PredikatDecision } from 'asn-kit/performance';
 * const decisionResult = performancePredicate('meets', 'above');
 * if (decisionResult.isOk()) {
 *   const decision: PredikatDecision = decisionResult.value;
 *   decision.predikat; // => 'good'
 * }
 * ```
 */
export interface PredikatDecision {
  /** The predikat kinerja pegawai. */
  readonly predikat: Predikat;
  /** Its official label, e.g. `Kurang/Misconduct`. */
  readonly label: LocalizedText;
  /** The rating of work results (rating hasil kerja). */
  readonly workRating: Rating;
  /** The rating of work behaviour (rating perilaku kerja). */
  readonly behaviourRating: Rating;
  /** PermenPANRB 6/2022 Lampiran (docs/interpretations.md#predikat-matrix). */
  readonly basis: LegalBasis;
  /** Why: the matrix cell used. */
  readonly reasons: readonly Reason[];
}

/**
 * The predikat kinerja pegawai from the rating of work results and the rating of work behaviour: the quadrant
 * matrix of PermenPANRB 6/2022 Lampiran (docs/interpretations.md#predikat-matrix). Better ratings never give a worse predikat.
 *
 * | work ↓ / behaviour → | below | meets | above |
 * |---|---|---|---|
 * | above | poor (Kurang/Misconduct) | good | very-good |
 * | meets | poor (Kurang/Misconduct) | good | good |
 * | below | very-poor | needs-improvement | needs-improvement |
 *
 * @param workRating - `'above' | 'meets' | 'below'` (Di Atas / Sesuai / Di Bawah Ekspektasi).
 * @param behaviourRating - The same scale, for behaviour.
 * @returns `Ok(decision)`, or `Err` with code `performance/unknown-rating` for any other value (a JavaScript
 *   caller's); the nine decisions are shared, frozen values.
 * @example
 * ```ts
 * import { performancePredicate } from 'asn-kit/performance';
 * performancePredicate('above', 'above').match((value) => value.predikat, (error) => error.code); // => 'very-good'
 * performancePredicate('above', 'below').match((value) => value.label.id, (error) => error.code); // => 'Kurang/Misconduct'
 * ```
 */
export function performancePredicate(workRating: Rating, behaviourRating: Rating): Result<PredikatDecision, PerformanceError> {
  return ratingOf(workRating).andThen((work) => ratingOf(behaviourRating).map((behaviour) => decisions()[work][behaviour]));
}

let cache: Record<Rating, Record<Rating, PredikatDecision>> | undefined;

/** The nine decisions of the matrix, built on first use (they are immutable, so every call can share them). */
function decisions(): Record<Rating, Record<Rating, PredikatDecision>> {
  cache ??= {
    above: { above: decide('above', 'above'), meets: decide('above', 'meets'), below: decide('above', 'below') },
    meets: { above: decide('meets', 'above'), meets: decide('meets', 'meets'), below: decide('meets', 'below') },
    below: { above: decide('below', 'above'), meets: decide('below', 'meets'), below: decide('below', 'below') },
  };
  return cache;
}

function decide(work: Rating, behaviour: Rating): PredikatDecision {
  const predikat = PREDIKAT_MATRIX.cells[work][behaviour];
  const label = PREDIKAT_LABELS[predikat];
  return Object.freeze({
    predikat,
    label,
    workRating: work,
    behaviourRating: behaviour,
    basis: PREDIKAT_MATRIX.basis,
    reasons: Object.freeze([
      reason('performance/predikat-matrix', 'info', PREDIKAT_MATRIX.basis, {
        id: `Hasil kerja ${RATING_LABELS[work].id} dan perilaku kerja ${RATING_LABELS[behaviour].id}: predikat ${label.id}.`,
        en: `Work results ${RATING_LABELS[work].en.toLowerCase()} and behaviour ${RATING_LABELS[behaviour].en.toLowerCase()}: predikat ${label.en.toLowerCase()}.`,
      }),
    ]),
  });
}
