import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, type LocalizedText, type Reason } from '../core';
import type { Predikat } from '../performance/predikat';
import { argumentsError } from './arguments';
import type { CompetencyError, CompetencyReasonCode } from './errors';
import { INVALID_INPUT } from './kinds';
import {
  NINE_BOX_SCHEMES,
  PREDIKAT_TO_TALENT_PERFORMANCE,
  TALENT_AXIS_LABELS,
  TALENT_BOXES,
  TALENT_RECOMMENDATIONS,
  type NineBoxScheme,
  type TalentBoxInfo,
  type TalentPerformance,
  type TalentPotential,
  type TalentRecommendationCode,
} from './rules/talent';
import { talentAxesSchema, talentOptionsSchema, type TalentOptions } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * A nine-box recommendation with its label.
 *
 * @example
 * ```ts
 * import type { TalentRecommendation } from 'asn-kit/competency';
 * const item: TalentRecommendation = { code: 'rotation', label: { id: 'Rotasi', en: 'Rotation' } };
 * ```
 */
export interface TalentRecommendation {
  /** The recommendation code. */
  readonly code: TalentRecommendationCode;
  /** Its label. */
  readonly label: LocalizedText;
}

/**
 * The result of {@link talentBox}.
 *
 * @example
 * ```ts
 * import { talentBox } from 'asn-kit/competency';
 * talentBox('above', 'high').map((placed) => placed.box).unwrapOr(0); // => 9
 * ```
 */
export interface TalentBox {
  /** The box number under the scheme used. */
  readonly box: number;
  /** The kinerja axis. */
  readonly performance: TalentPerformance;
  /** The potensial axis. */
  readonly potential: TalentPotential;
  /** The name of the numbering scheme. */
  readonly scheme: string;
  /** What the cell means. */
  readonly meaning: LocalizedText;
  /** What to do, in the regulation's order. */
  readonly recommendations: readonly TalentRecommendation[];
  /** Whether the cell belongs to the succession pool, and at which level. */
  readonly successionPool: TalentBoxInfo['successionPool'];
  /** How the kinerja axis was read (when a predikat was given) and the box. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/** Every argument of {@link talentBox}, for the error on the failure path. */
const argumentsSchema = /* @__PURE__ */ (() => z.extend(talentAxesSchema, { options: z.optional(talentOptionsSchema) }))();

const POTENTIAL_INDEX: Readonly<Record<TalentPotential, 0 | 1 | 2>> = /* @__PURE__ */ deepFrozen({ low: 0, medium: 1, high: 2 });

/** Resolves a validated scheme option. */
export function resolveNineBoxScheme(scheme: 'permenpanrb-3-2020' | 'kemenkeu' | NineBoxScheme | undefined): NineBoxScheme {
  if (scheme === undefined) return NINE_BOX_SCHEMES['permenpanrb-3-2020'];
  return typeof scheme === 'string' ? NINE_BOX_SCHEMES[scheme] : scheme;
}

/** The numbering the options name: `undefined` takes the default without running zod; `undefined` back when invalid. */
export function readNineBoxScheme(options: TalentOptions | undefined): NineBoxScheme | undefined {
  if (options === undefined) return NINE_BOX_SCHEMES['permenpanrb-3-2020'];
  return validate(talentOptionsSchema, options, INVALID_INPUT).match(
    (parsed) => resolveNineBoxScheme(parsed.scheme),
    () => undefined,
  );
}

/** Places a validated (kinerja, potensial) pair; the unchecked core shared with {@link talentPool}. */
export function placeInBox(
  input: Predikat | TalentPerformance,
  potential: TalentPotential,
  scheme: NineBoxScheme,
): TalentBox {
  const fromPredikat = input !== 'above' && input !== 'meets' && input !== 'below';
  const performance = fromPredikat ? PREDIKAT_TO_TALENT_PERFORMANCE[input] : input;
  const info = TALENT_BOXES[performance][potential];
  const box = scheme.boxes[performance][POTENTIAL_INDEX[potential]];
  const reasons: Reason<CompetencyReasonCode>[] = [];
  if (fromPredikat) {
    reasons.push(
      reason(
        'competency/performance-from-predikat',
        'info',
        { instrument: 'PermenPANRB 3/2020', note: 'Sangat Baik → Di Atas, Baik → Sesuai, others → Di Bawah', interpretation: 'nine-box' },
        {
          id: `Predikat kinerja dibaca sebagai kinerja ${TALENT_AXIS_LABELS[performance].id}.`,
          en: `The predikat is read as performance ${TALENT_AXIS_LABELS[performance].en.toLowerCase()}.`,
        },
        { predikat: input, performance },
      ),
    );
  }
  reasons.push(
    reason(
      'competency/talent-box',
      'info',
      scheme.basis,
      {
        id: `Kotak ${box}: ${info.meaning.id.toLowerCase()}.`,
        en: `Box ${box}: ${info.meaning.en.toLowerCase()}.`,
      },
      { box, performance, potential, scheme: scheme.name },
    ),
  );
  return {
    box,
    performance,
    potential,
    scheme: scheme.name,
    meaning: info.meaning,
    recommendations: info.recommendations.map((code) => ({ code, label: TALENT_RECOMMENDATIONS[code] })),
    successionPool: info.successionPool,
    reasons,
  };
}

/**
 * Places an employee in the talent nine-box (PermenPANRB 3/2020; docs/interpretations.md#nine-box): the kinerja axis from a
 * predikat (Sangat Baik → Di Atas, Baik → Sesuai, others → Di Bawah) or given directly, the potensial axis
 * given (see {@link derivePotential}), numbered 4 7 9 / 2 5 8 / 1 3 6 by default or by another scheme, with the
 * cell's meaning and recommendations.
 *
 * @param performance - A predikat (`'very-good'` …) or a kinerja axis value (`'above' | 'meets' | 'below'`).
 * @param potential - `'high' | 'medium' | 'low'`.
 * @param options - `{ scheme }`: `'permenpanrb-3-2020'` (default), `'kemenkeu'` or a custom {@link NineBoxScheme};
 *   an unknown key is an error.
 * @returns `Ok(box)`, or `Err` with `competency/invalid-input`.
 * @example
 * ```ts
 * import { talentBox } from 'asn-kit/competency';
 * talentBox('needs-improvement', 'high').map((placed) => placed.box).unwrapOr(0); // => 6
 * talentBox('needs-improvement', 'high', { scheme: 'kemenkeu' }).map((placed) => placed.box).unwrapOr(0); // => 3
 * talentBox('good', 'high').map((placed) => placed.successionPool).unwrapOr('none'); // => 'agency'
 * talentBox('excellent' as never, 'high').match(() => '', (error) => error.code); // => 'competency/invalid-input'
 * ```
 */
export function talentBox(
  performance: Predikat | TalentPerformance,
  potential: TalentPotential,
  options?: TalentOptions,
): Result<TalentBox, CompetencyError> {
  const axes = validate(talentAxesSchema, { performance, potential }, INVALID_INPUT);
  const scheme = readNineBoxScheme(options);
  if (axes.isErr() || scheme === undefined) return err(argumentsError(argumentsSchema, { performance, potential, options }));
  return ok(placeInBox(axes.value.performance, axes.value.potential, scheme));
}
