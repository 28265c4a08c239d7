import type { Result } from 'neverthrow';
import { reason, type Reason } from '../core';
import type { CompetencyError, CompetencyReasonCode } from './errors';
import { checkPair, GAP_BASIS, type LevelsPair } from './internal';
import { kindOfCompetency, type CompetencyKind } from './rules/dictionary';
import type { CompetencyLevels } from './schemas';

/**
 * One competency of a gap analysis.
 *
 * @example
 * ```ts
 * import type { CompetencyGapItem } from 'asn-kit/competency';
 * const item: CompetencyGapItem = {
 *   competency: 'integrity', kind: 'managerial', standard: 3, actual: 2, gap: -1, shortfall: 1,
 * };
 * ```
 */
export interface CompetencyGapItem {
  /** The competency code. */
  readonly competency: string;
  /** Managerial or socio-cultural for the built-in codes; technical for any other code. */
  readonly kind: CompetencyKind;
  /** The required level. */
  readonly standard: number;
  /** The level found. */
  readonly actual: number;
  /** `actual − standard`: negative is a shortfall, positive is above standard (docs/interpretations.md#competency-gap). */
  readonly gap: number;
  /** `max(0, standard − actual)`: the levels to develop (docs/interpretations.md#competency-gap). */
  readonly shortfall: number;
}

/**
 * The result of {@link competencyGap}.
 *
 * @example
 * ```ts
 * import { competencyGap } from 'asn-kit/competency';
 * competencyGap({ integrity: 3 }, { integrity: 2 }).map((gap) => gap.totalShortfall).unwrapOr(0); // => 1
 * ```
 */
export interface CompetencyGap {
  /** Every competency, in the standard's order. */
  readonly items: readonly CompetencyGapItem[];
  /** The competencies below standard, largest shortfall first (ties keep the standard's order). */
  readonly belowStandard: readonly CompetencyGapItem[];
  /** Σ standard levels. */
  readonly totalStandard: number;
  /** Σ actual levels. */
  readonly totalActual: number;
  /** Σ gaps = totalActual − totalStandard. */
  readonly totalGap: number;
  /** Σ shortfalls (a level above standard never offsets a shortfall elsewhere). */
  readonly totalShortfall: number;
  /** `competency/meets-standard` (info) or `competency/below-standard` (warning). */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/**
 * Compares an assessment with the position's standard, competency by competency (docs/interpretations.md#competency-gap,
 * PermenPANRB 38/2017): the gap `actual − standard`, the shortfall `max(0, standard − actual)`, the totals, and
 * the competencies below standard ordered by shortfall. Levels from {@link parseCompetencyLevels} (or from a
 * parsed assessment) are used as they are; any other object is checked first, so a JavaScript caller still gets a
 * coded `Err`.
 *
 * @param standard - The required levels by competency code (whole numbers 1–5), at most 1,000 competencies.
 * @param actual - The assessed levels, naming exactly the same competencies.
 * @returns `Ok(gap)`; `Err` with `competency/invalid-input` for a level outside 1–5, more than 1,000 competencies
 *   in either record (`INPUT_LIMITS.items`, refused unread) or more than `INPUT_LIMITS.total` in both together
 *   (path `''`), or `competency/mismatched-competencies` (with `data.missing` and `data.extra`) when the lists
 *   differ.
 * @example
 * ```ts
 * import { competencyGap } from 'asn-kit/competency';
 * const gap = competencyGap({ integrity: 3, 'decision-making': 3 }, { integrity: 2, 'decision-making': 4 });
 * if (gap.isOk()) {
 *   gap.value.items[0]; // => { competency: 'integrity', kind: 'managerial', standard: 3, actual: 2, gap: -1, shortfall: 1 }
 *   gap.value.totalGap; // => 0
 *   gap.value.totalShortfall; // => 1
 * }
 * competencyGap({ integrity: 3 }, { cooperation: 3 }).match(
 *   () => '',
 *   (error) => error.code,
 * ); // => 'competency/mismatched-competencies'
 * ```
 */
export function competencyGap(standard: CompetencyLevels, actual: CompetencyLevels): Result<CompetencyGap, CompetencyError> {
  return checkPair(standard, actual).map(gapOf);
}

/** The gap of a checked pair: the unchecked core shared with {@link trainingNeeds}. */
export function gapOf(pair: LevelsPair): CompetencyGap {
  const items: CompetencyGapItem[] = [];
  const below: CompetencyGapItem[] = [];
  let totalStandard = 0;
  let totalActual = 0;
  let totalShortfall = 0;
  for (const code of pair.codes) {
    const required = pair.standard[code] as number;
    const found = pair.actual[code] as number;
    const shortfall = Math.max(0, required - found);
    const item: CompetencyGapItem = {
      competency: code,
      kind: kindOfCompetency(code),
      standard: required,
      actual: found,
      gap: found - required,
      shortfall,
    };
    items.push(item);
    if (shortfall > 0) below.push(item);
    totalStandard += required;
    totalActual += found;
    totalShortfall += shortfall;
  }
  below.sort((left, right) => right.shortfall - left.shortfall);
  const why =
    below.length === 0
      ? reason('competency/meets-standard', 'info', GAP_BASIS, {
          id: 'Semua kompetensi memenuhi standar jabatan.',
          en: 'Every competency meets the position’s standard.',
        })
      : reason(
          'competency/below-standard',
          'warning',
          GAP_BASIS,
          {
            id: `${below.length} kompetensi di bawah standar jabatan (total kekurangan ${totalShortfall} level).`,
            en: `${below.length} competencies are below the position’s standard (total shortfall ${totalShortfall} levels).`,
          },
          { competencies: below.map((item) => item.competency), totalShortfall },
        );
  return {
    items,
    belowStandard: below,
    totalStandard,
    totalActual,
    totalGap: totalActual - totalStandard,
    totalShortfall,
    reasons: [why],
  };
}
