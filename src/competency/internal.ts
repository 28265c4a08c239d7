import { err, ok, type Result } from 'neverthrow';
import { fail, validate, type LegalBasis } from '../core';
import type { CompetencyError } from './errors';
import { DEVELOPMENT_FORMS, type DevelopmentForm, type DevelopmentFormCode } from './rules/development';
import { isCompetencyLevels, levelsPairSchema, type CompetencyLevels } from './schemas';

/** The basis of gaps and shortfalls (RULINGS R-C1). */
export const GAP_BASIS: LegalBasis = {
  instrument: 'PermenPANRB 38/2017',
  note: 'R-C1: gap = actual − standard (negative is a shortfall); shortfall = max(0, standard − actual)',
};

/** A validated standard and actual levels over the same competencies, in the standard's order. */
export interface LevelsPair {
  readonly standard: CompetencyLevels;
  readonly actual: CompetencyLevels;
  readonly codes: readonly string[];
}

/** Validates a standard and an actual record and checks that they name the same competencies. */
export function checkPair(standard: unknown, actual: unknown): Result<LevelsPair, CompetencyError> {
  // Valid levels (the hot path) skip zod's machinery; anything else goes through the schema for its issues.
  const valid = isCompetencyLevels(standard) && isCompetencyLevels(actual);
  const parsed = valid ? ok({ standard, actual }) : validate(levelsPairSchema, { standard, actual }, 'competency/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const pair = parsed.value;
  const codes = Object.keys(pair.standard);
  let missing: string[] | undefined;
  for (const code of codes) {
    if (!Object.hasOwn(pair.actual, code)) (missing ??= []).push(code);
  }
  const actualCodes = Object.keys(pair.actual);
  if (missing === undefined && actualCodes.length === codes.length) return ok({ standard: pair.standard, actual: pair.actual, codes });
  const extra = actualCodes.filter((code) => !Object.hasOwn(pair.standard, code));
  return fail(
    'competency/mismatched-competencies',
    GAP_BASIS,
    {
      id: `Daftar kompetensi standar dan hasil asesmen berbeda (tidak dinilai: ${(missing ?? []).join(', ') || '-'}; di luar standar: ${extra.join(', ') || '-'}).`,
      en: `The standard and the assessment name different competencies (not assessed: ${(missing ?? []).join(', ') || '-'}; not in the standard: ${extra.join(', ') || '-'}).`,
    },
    { missing: missing ?? [], extra },
  );
}

/** The development form of a code (every code of the enum has one). */
export function formOf(code: DevelopmentFormCode): DevelopmentForm {
  return DEVELOPMENT_FORMS.find((form) => form.code === code) as DevelopmentForm;
}
