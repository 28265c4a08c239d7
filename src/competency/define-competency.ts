import { err, ok, type Result } from 'neverthrow';
import { fail, validate } from '../core';
import type { CompetencyError } from './errors';
import { isBuiltInCompetency, type CompetencyDefinition } from './rules/dictionary';
import { technicalCompetencySchema, type TechnicalCompetencyInput } from './schemas';

/**
 * Defines a technical competency (kompetensi teknis) in the same shape as the PermenPANRB 38/2017 dictionary:
 * technical competencies are set per position by the instansi pembina or the agency, not by the regulation.
 *
 * @param input - The code (kebab-case), name, description, the five levels 1–5 and optionally the basis.
 * @returns `Ok(definition)` with kind `technical`; `Err` with `competency/invalid-input`, or
 *   `competency/reserved-code` when the code is one of the built-in competencies.
 * @example
 * ```ts
 * import { defineCompetency } from 'asn-kit/competency';
 * const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `Level ${level}`, en: `Level ${level}` } }));
 * defineCompetency({
 *   code: 'road-asset-management',
 *   name: { id: 'Pengelolaan Aset Jalan', en: 'Road asset management' },
 *   description: { id: 'Mengelola aset jalan kota', en: 'Manages the city’s road assets' },
 *   levels,
 * })._unsafeUnwrap().kind; // => 'technical'
 * defineCompetency({ code: 'integrity', name: { id: 'I', en: 'I' }, description: { id: 'I', en: 'I' }, levels })
 *   ._unsafeUnwrapErr().code; // => 'competency/reserved-code'
 * ```
 */
export function defineCompetency(input: TechnicalCompetencyInput): Result<CompetencyDefinition, CompetencyError> {
  const parsed = validate(technicalCompetencySchema, input, 'competency/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const { code, name, description, levels, basis } = parsed.value;
  if (isBuiltInCompetency(code)) {
    return fail(
      'competency/reserved-code',
      { instrument: 'PermenPANRB 38/2017', article: 'Lampiran (Kamus Kompetensi)' },
      {
        id: `Kode "${code}" sudah dipakai kamus kompetensi PermenPANRB 38/2017.`,
        en: `The code "${code}" is already used by the PermenPANRB 38/2017 dictionary.`,
      },
      { code },
    );
  }
  return ok({
    code,
    kind: 'technical',
    name,
    description,
    levels,
    basis: basis ?? { instrument: 'PermenPANRB 38/2017', note: 'technical competency defined by the agency' },
  });
}
