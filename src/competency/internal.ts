import { err, ok, type Result } from 'neverthrow';
import { validate, type LegalBasis } from '../core';
import { isParsed } from '../core/parsed';
import { competencyError, type CompetencyError } from './errors';
import { INVALID_INPUT, LEVELS_KIND } from './kinds';
import { DEVELOPMENT_FORMS, type DevelopmentForm, type DevelopmentFormCode } from './rules/development';
import { levelsPairSchema, type CompetencyLevels } from './schemas';
import { deepFrozen } from '../core/frozen';

/** The basis of gaps and shortfalls (docs/interpretations.md#competency-gap). */
export const GAP_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 38/2017',
  note: 'gap = actual − standard (negative is a shortfall); shortfall = max(0, standard − actual)',
  interpretation: 'competency-gap',
});

/** A validated standard and actual levels over the same competencies, in the standard's order. */
export interface LevelsPair {
  readonly standard: CompetencyLevels;
  readonly actual: CompetencyLevels;
  readonly codes: readonly string[];
}

/**
 * Pairs a valid standard with valid actual levels: `competency/mismatched-competencies` when they do not name the
 * same competencies (the unchecked core shared by the gap, the match and the training needs).
 */
export function pairLevels(standard: CompetencyLevels, actual: CompetencyLevels): Result<LevelsPair, CompetencyError> {
  const codes = Object.keys(standard);
  let missing: string[] | undefined;
  for (const code of codes) {
    if (!Object.hasOwn(actual, code)) (missing ??= []).push(code);
  }
  const actualCodes = Object.keys(actual);
  if (missing === undefined && actualCodes.length === codes.length) return ok({ standard, actual, codes });
  const extra = actualCodes.filter((code) => !Object.hasOwn(standard, code));
  return err(competencyError(
    'competency/mismatched-competencies',
    GAP_BASIS,
    {
      id: `Daftar kompetensi standar dan hasil asesmen berbeda (tidak dinilai: ${(missing ?? []).join(', ') || '-'}; di luar standar: ${extra.join(', ') || '-'}).`,
      en: `The standard and the assessment name different competencies (not assessed: ${(missing ?? []).join(', ') || '-'}; not in the standard: ${extra.join(', ') || '-'}).`,
    },
    { missing: missing ?? [], extra },
  ));
}

/**
 * Takes a standard and actual levels (parsed levels as they are; otherwise both checked by the schema as one input,
 * so their levels count together against `INPUT_LIMITS.total`) and checks that they name the same competencies.
 */
export function checkPair(standard: CompetencyLevels, actual: CompetencyLevels): Result<LevelsPair, CompetencyError> {
  if (isParsed(standard, LEVELS_KIND) && isParsed(actual, LEVELS_KIND)) return pairLevels(standard, actual);
  return validate(levelsPairSchema, { standard, actual }, INVALID_INPUT).andThen((pair) => pairLevels(pair.standard, pair.actual));
}

/** The development form of a code (every code of the enum has one). */
export function formOf(code: DevelopmentFormCode): DevelopmentForm {
  return DEVELOPMENT_FORMS.find((form) => form.code === code) as DevelopmentForm;
}
