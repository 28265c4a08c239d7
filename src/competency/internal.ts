import { err, ok, type Result } from 'neverthrow';
import { validate, type LegalBasis } from '../core';
import { isParsed } from '../core/parsed';
import { argumentsError, withinTotal } from './arguments';
import { competencyError, type CompetencyError } from './errors';
import { INVALID_INPUT, LEVELS_KIND } from './kinds';
import { DEVELOPMENT_FORMS, type DevelopmentForm, type DevelopmentFormCode } from './rules/development';
import { competencyLevelsSchema, levelsPairSchema, type CompetencyLevels } from './schemas';
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
 * Levels to compute with: parsed levels as they are (one WeakMap lookup), any other value run through the schema
 * once (the copy is only read here, so it is neither frozen nor recorded); `undefined` when invalid.
 */
function readLevels(levels: CompetencyLevels): CompetencyLevels | undefined {
  if (isParsed(levels, LEVELS_KIND)) return levels;
  return validate(competencyLevelsSchema, levels, INVALID_INPUT).unwrapOr(undefined);
}

/**
 * Takes a standard and actual levels (parsed levels as they are, anything else checked by the schema, the levels
 * of both within `INPUT_LIMITS.total` together) and checks that they name the same competencies.
 */
export function checkPair(standard: CompetencyLevels, actual: CompetencyLevels): Result<LevelsPair, CompetencyError> {
  const given = { standard, actual };
  const within = withinTotal([
    { value: standard, schema: competencyLevelsSchema, kind: LEVELS_KIND },
    { value: actual, schema: competencyLevelsSchema, kind: LEVELS_KIND },
  ]);
  if (!within) return err(argumentsError(levelsPairSchema, given));
  const required = readLevels(standard);
  const found = readLevels(actual);
  if (required === undefined || found === undefined) return err(argumentsError(levelsPairSchema, given));
  return pairLevels(required, found);
}

/** The development form of a code (every code of the enum has one). */
export function formOf(code: DevelopmentFormCode): DevelopmentForm {
  return DEVELOPMENT_FORMS.find((form) => form.code === code) as DevelopmentForm;
}
