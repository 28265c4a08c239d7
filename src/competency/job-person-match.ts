import { err, ok, type Result } from 'neverthrow';
import { reason, roundDecimal, validate, type Reason } from '../core';
import type { CompetencyError, CompetencyReasonCode } from './errors';
import { checkPair } from './internal';
import { JPM_SCHEMES, type JpmCategory, type JpmScheme } from './rules/jpm-schemes';
import { jpmOptionsSchema, type CompetencyLevels, type JpmOptions } from './schemas';

/**
 * The result of {@link jobPersonMatch}.
 *
 * @example
 * ```ts
 * import { jobPersonMatch } from 'asn-kit/competency';
 * jobPersonMatch({ integrity: 3 }, { integrity: 3 })._unsafeUnwrap().percentage; // => 100
 * ```
 */
export interface JobPersonMatch {
  /** Σ actual / Σ standard × 100, exact and not capped (R-C2). */
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

/** Validates JPM options; the common no-options call skips zod entirely. */
export function parseJpmOptions(options: unknown): Result<JpmScheme, CompetencyError> {
  if (options === undefined) return ok(JPM_SCHEMES.mapping);
  const parsed = validate(jpmOptionsSchema, options, 'competency/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  return ok(resolveJpmScheme(parsed.value?.scheme as JpmScheme | 'mapping' | 'selection' | undefined));
}

/** The first category (best first) whose minimum `reached` says is met. */
export function pickCategory(scheme: JpmScheme, reached: (min: number) => boolean): JpmCategory {
  for (const category of scheme.categories) {
    if (reached(category.min)) return category;
  }
  // The schema guarantees a last category with min 0, which every non-negative JPM reaches.
  return scheme.categories[scheme.categories.length - 1] as JpmCategory;
}

/**
 * The job-person match of an assessment (RULINGS R-C2): JPM = Σ actual / Σ standard × 100, not capped, and its
 * category decided on the exact ratio, under the `mapping` scheme (default: ≥ 90 Optimal, ≥ 78 Cukup Optimal,
 * else Kurang Optimal), the `selection` scheme (≥ 80 MS, ≥ 68 MMS, else KMS) or a custom scheme such as an
 * agency's own regulation (e.g. PermenKKP 39/2023 Pasal 52).
 *
 * @param standard - The required levels by competency code (whole numbers 1–5).
 * @param actual - The assessed levels, naming exactly the same competencies.
 * @param options - `{ scheme }`: `'mapping'` (default), `'selection'` or a custom {@link JpmScheme}.
 * @returns `Ok(match)`; `Err` with `competency/invalid-input` or `competency/mismatched-competencies`.
 * @example
 * ```ts
 * import { jobPersonMatch } from 'asn-kit/competency';
 * const standard = { integrity: 3, cooperation: 3, communication: 3 };
 * const match = jobPersonMatch(standard, { integrity: 3, cooperation: 2, communication: 3 })._unsafeUnwrap();
 * match.percentageRounded; // => 88.89
 * match.category.code; // => 'fairly-optimal'
 * jobPersonMatch(standard, { integrity: 3, cooperation: 2, communication: 3 }, { scheme: 'selection' })
 *   ._unsafeUnwrap().category.code; // => 'qualified'
 * jobPersonMatch(standard, { integrity: 0, cooperation: 2, communication: 3 })._unsafeUnwrapErr().code;
 * // => 'competency/invalid-input'
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
