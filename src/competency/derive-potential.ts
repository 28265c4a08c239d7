import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, roundDecimal, validate, type Reason } from '../core';
import { competencyError, type CompetencyError, type CompetencyReasonCode } from './errors';
import { INVALID_INPUT } from './kinds';
import { POTENTIAL_BANDS, type PotentialBands, type TalentPotential } from './rules/talent';
import { potentialOptionsSchema, potentialScoresSchema, type PotentialOptions } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The result of {@link derivePotential}.
 *
 * @example
 * ```ts
 * import { derivePotential } from 'asn-kit/competency';
 * derivePotential({ jpm: 92.59 }).map((derived) => derived.potential).unwrapOr('low'); // => 'high'
 * ```
 */
export interface DerivedPotential {
  /** The weighted score, 0–100, rounded to 2 decimals. */
  readonly score: number;
  /** The potensial level. */
  readonly potential: TalentPotential;
  /** The bands used. */
  readonly bands: PotentialBands;
  /** One `competency/potential-derived` reason. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

const argumentsSchema = /* @__PURE__ */ (() => z.object({ scores: potentialScoresSchema, options: z.optional(potentialOptionsSchema) }))();

const BASIS = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 3/2020',
  note: 'the potensial axis is defined by each agency: weights and bands are data',
});

/**
 * Derives the potensial axis of the nine-box from assessment results, configurably: a weighted mean of named
 * 0–100 scores (e.g. the JPM, a psychometric result, the track record), banded by cut-offs. PermenPANRB 3/2020
 * leaves the scoring to each agency, so both weights and bands are options; the default bands (`jpm`) mirror the
 * JPM mapping scheme (≥ 90 Tinggi, ≥ 78 Menengah).
 *
 * @param scores - Named scores on a 0–100 scale, 1 to 1,000 of them (`INPUT_LIMITS.items`).
 * @param options - `{ weights, bands }`: weights naming exactly the scores (default equal), and the bands; an
 *   unknown key is an error.
 * @returns `Ok(potential)`; `Err` with `competency/invalid-input` (also for more than 1,000 scores or weights:
 *   `Too big: expected object to have <=1000 keys`), or `competency/mismatched-weights` when the weights do not
 *   name the same scores or all weigh 0.
 * @example
 * ```ts
 * import { derivePotential } from 'asn-kit/competency';
 * derivePotential({ jpm: 85, psychometric: 95 }).map((derived) => derived.potential).unwrapOr(''); // => 'high' (score 90)
 * derivePotential({ jpm: 70, track: 90 }, { weights: { jpm: 3, track: 1 }, bands: 'score-100' })
 *   .map((derived) => derived.potential).unwrapOr(''); // => 'medium' (score 75)
 * derivePotential({ jpm: 70 }, { weights: { track: 1 } }).match(() => '', (error) => error.code);
 * // => 'competency/mismatched-weights'
 * ```
 */
export function derivePotential(
  scores: Readonly<Record<string, number>>,
  options?: PotentialOptions,
): Result<DerivedPotential, CompetencyError> {
  // One input: the scores and the options are counted together against the total, and their issues name them.
  const parsed = validate(argumentsSchema, { scores, options }, INVALID_INPUT);
  if (parsed.isErr()) return err(parsed.error);
  const values = parsed.value.scores;
  const names = Object.keys(values);
  const weights = parsed.value.options?.weights;
  let weighted = 0;
  let totalWeight = 0;
  if (weights === undefined) {
    for (const name of names) weighted += values[name] as number;
    totalWeight = names.length;
  } else {
    const missing = names.filter((name) => !Object.hasOwn(weights, name));
    const extra = Object.keys(weights).filter((name) => !Object.hasOwn(values, name));
    for (const name of names) {
      const weight = weights[name] ?? 0;
      weighted += weight * (values[name] as number);
      totalWeight += weight;
    }
    if (missing.length > 0 || extra.length > 0 || totalWeight === 0) {
      return err(competencyError(
        'competency/mismatched-weights',
        BASIS,
        {
          id: 'Bobot potensial harus menyebut nilai yang sama dengan hasil asesmen dan tidak boleh semuanya 0.',
          en: 'The potential weights must name the same results as the scores and must not all be 0.',
        },
        { missing, extra },
      ));
    }
  }
  const bandsOption = parsed.value.options?.bands ?? 'jpm';
  const bands = typeof bandsOption === 'string' ? POTENTIAL_BANDS[bandsOption] : bandsOption;
  const score = roundDecimal(weighted / totalWeight, 2);
  const exact = weighted / totalWeight;
  const potential: TalentPotential = exact >= bands.high ? 'high' : exact >= bands.medium ? 'medium' : 'low';
  return ok({
    score,
    potential,
    bands,
    reasons: [
      reason(
        'competency/potential-derived',
        'info',
        BASIS,
        {
          id: `Skor potensial ${score.toFixed(2).replace('.', ',')} (pita ${bands.name}: Tinggi ≥ ${bands.high}, Menengah ≥ ${bands.medium}).`,
          en: `Potential score ${score.toFixed(2)} (bands ${bands.name}: high ≥ ${bands.high}, medium ≥ ${bands.medium}).`,
        },
        { score, potential, bands: bands.name },
      ),
    ],
  });
}
