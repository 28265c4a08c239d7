import { err, ok, type Result } from 'neverthrow';
import { reason, roundDecimal, validate, type Reason } from '../core';
import type { CompetencyError, CompetencyReasonCode } from './errors';
import { checkPair } from './internal';
import { INVALID_INPUT } from './kinds';
import { JPM_SCHEMES, type JpmCategory, type JpmScheme } from './rules/jpm-schemes';
import { jpmOptionsSchema, type CompetencyLevels, type JpmOptions } from './schemas';

/**
 * The result of {@link jobPersonMatch}.
 *
 * @example
 * ```ts
 * import { jobPersonMatch } from 'asn-kit/competency';
 * jobPersonMatch({ integrity: 3 }, { integrity: 3 }).map((match) => match.percentage).unwrapOr(0); // => 100
 * ```
 */
export interface JobPersonMatch {
  /** Σ actual / Σ standard × 100, exact and not capped (docs/interpretations.md#job-person-match). */
  readonly percentage: number;
  /** The percentage rounded to 2 decimals, for display ("92,59%"). */
  readonly percentageRounded: number;
  /** Σ actual levels. */
  readonly totalActual: number;
  /** Σ standard levels. */
  readonly totalStandard: number;
  /** The category, decided on the exact ratio. */
  readonly category: JpmCategory;
  /** The name of the scheme used. */
  readonly scheme: string;
  /** One `competency/jpm-category` reason citing the scheme. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/** Resolves a validated scheme option to a scheme. */
export function resolveJpmScheme(scheme: 'mapping' | 'selection' | JpmScheme | undefined): JpmScheme {
  if (scheme === undefined) return JPM_SCHEMES.mapping;
  return typeof scheme === 'string' ? JPM_SCHEMES[scheme] : scheme;
}

/** The scheme of a call without options: one shared `Ok`, not one per call. */
const DEFAULT_SCHEME: Result<JpmScheme, CompetencyError> = /* @__PURE__ */ (() => ok(JPM_SCHEMES.mapping))();

/**
 * Reads JPM options into the scheme they name: `undefined` takes the `mapping` scheme without running zod;
 * otherwise the options are checked (an unknown key is an error that names it).
 */
export function parseJpmOptions(options: unknown): Result<JpmScheme, CompetencyError> {
  if (options === undefined) return DEFAULT_SCHEME;
  return validate(jpmOptionsSchema, options, INVALID_INPUT).map((parsed) => resolveJpmScheme(parsed.scheme));
}

/** The first category (best first) whose minimum `reached` says is met. */
export function pickCategory(scheme: JpmScheme, reached: (min: number) => boolean): JpmCategory {
  // The schema guarantees a last category with min 0, which every non-negative JPM reaches: one is always found.
  return scheme.categories.find((category) => reached(category.min)) as JpmCategory;
}

/**
 * The job-person match of an assessment (docs/interpretations.md#job-person-match): JPM = Σ actual / Σ standard × 100, not capped, and its
 * category decided on the exact ratio, under the `mapping` scheme (default: ≥ 90 Optimal, ≥ 78 Cukup Optimal,
 * else Kurang Optimal), the `selection` scheme (≥ 80 MS, ≥ 68 MMS, else KMS) or a custom scheme such as an
 * agency's own regulation (e.g. PermenKKP 39/2023 Pasal 52). Levels from {@link parseCompetencyLevels} (or from a
 * parsed assessment) are used as they are; any other object is checked first.
 *
 * @param standard - The required levels by competency code (whole numbers 1–5), at most 1,000 competencies.
 * @param actual - The assessed levels, naming exactly the same competencies.
 * @param options - `{ scheme }`: `'mapping'` (default), `'selection'` or a custom {@link JpmScheme} (at most 1,000
 *   categories); an unknown key is an error.
 * @returns `Ok(match)`; `Err` with `competency/invalid-input` (also for more than 1,000 competencies in a record,
 *   refused unread, or more than `INPUT_LIMITS.total` in both together) or `competency/mismatched-competencies`.
 * @example
 * ```ts
 * import { jobPersonMatch, parseCompetencyLevels } from 'asn-kit/competency';
 * const standard = parseCompetencyLevels({ integrity: 3, cooperation: 3, communication: 3 });
 * const actual = parseCompetencyLevels({ integrity: 3, cooperation: 2, communication: 3 });
 * if (standard.isOk() && actual.isOk()) {
 *   const match = jobPersonMatch(standard.value, actual.value);
 *   if (match.isOk()) {
 *     match.value.percentageRounded; // => 88.89
 *     match.value.category.code; // => 'fairly-optimal'
 *   }
 *   const selection = jobPersonMatch(standard.value, actual.value, { scheme: 'selection' });
 *   if (selection.isOk()) selection.value.category.code; // => 'qualified'
 * }
 * jobPersonMatch({ integrity: 3 }, { integrity: 0 }).isErr(); // => true ('competency/invalid-input')
 * ```
 */
export function jobPersonMatch(
  standard: CompetencyLevels,
  actual: CompetencyLevels,
  options?: JpmOptions,
): Result<JobPersonMatch, CompetencyError> {
  const scheme = parseJpmOptions(options);
  if (scheme.isErr()) return err(scheme.error);
  const pair = checkPair(standard, actual);
  if (pair.isErr()) return err(pair.error);
  const { codes } = pair.value;
  let totalStandard = 0;
  let totalActual = 0;
  for (const code of codes) {
    totalStandard += pair.value.standard[code] as number;
    totalActual += pair.value.actual[code] as number;
  }
  const percentage = (totalActual / totalStandard) * 100;
  const category = pickCategory(scheme.value, (min) => totalActual * 100 >= min * totalStandard);
  const rounded = roundDecimal(percentage, 2);
  const shown = rounded.toFixed(2);
  return ok({
    percentage,
    percentageRounded: rounded,
    totalActual,
    totalStandard,
    category,
    scheme: scheme.value.name,
    reasons: [
      reason(
        'competency/jpm-category',
        'info',
        scheme.value.basis,
        {
          id: `Nilai total kompetensi ${totalActual} dari total ${totalStandard}, setara ${shown.replace('.', ',')}% Job Person Match: ${category.label.id}.`,
          en: `Total competency ${totalActual} of ${totalStandard}, a ${shown}% job-person match: ${category.label.en}.`,
        },
        { percentage, category: category.code, scheme: scheme.value.name },
      ),
    ],
  });
}
