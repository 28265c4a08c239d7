import { err, ok, type Result } from 'neverthrow';
import { parseInput, trustParsed } from '../core';
import { markParsed } from '../core/parsed';
import { competencyError, type CompetencyError } from './errors';
import { DEFINITION_KIND, INVALID_INPUT, TECHNICAL_COMPETENCY_KIND } from './kinds';
import { parseTechnicalCompetency } from './parse-technical-competency';
import { isBuiltInCompetency, type CompetencyDefinition } from './rules/dictionary';
import { competencyDefinitionSchema, type TechnicalCompetency } from './schemas';

/**
 * Defines a technical competency (kompetensi teknis) in the same shape as the PermenPANRB 38/2017 dictionary:
 * technical competencies are set per position by the instansi pembina or the agency, not by the regulation.
 * A value from {@link parseTechnicalCompetency} is used as it is; any other is parsed first. The definition
 * returned is frozen, and {@link trainingNeeds} takes it without checking it again.
 *
 * @param input - The code (kebab-case), name, description, the five levels 1–5 and optionally the basis.
 * @returns `Ok(definition)` with kind `technical`; `Err` with `competency/invalid-input`, or
 *   `competency/reserved-code` when the code is one of the built-in competencies.
 * @example
 * ```ts
 * import { defineCompetency } from 'asn-kit/competency';
 * const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `Level ${level}`, en: `Level ${level}` } }));
 * const roads = defineCompetency({
 *   code: 'road-asset-management',
 *   name: { id: 'Pengelolaan Aset Jalan', en: 'Road asset management' },
 *   description: { id: 'Mengelola aset jalan kota', en: 'Manages the city’s road assets' },
 *   levels,
 * });
 * if (roads.isOk()) roads.value.kind; // => 'technical'
 * defineCompetency({ code: 'integrity', name: { id: 'I', en: 'I' }, description: { id: 'I', en: 'I' }, levels }).match(
 *   () => '',
 *   (error) => error.code,
 * ); // => 'competency/reserved-code'
 * ```
 */
export function defineCompetency(input: TechnicalCompetency): Result<CompetencyDefinition, CompetencyError> {
  const parsed = trustParsed(input, TECHNICAL_COMPETENCY_KIND, parseTechnicalCompetency);
  if (parsed.isErr()) return err(parsed.error);
  const { code, name, description, levels, basis } = parsed.value;
  if (isBuiltInCompetency(code)) {
    return err(competencyError(
      'competency/reserved-code',
      { instrument: 'PermenPANRB 38/2017', article: 'Lampiran (Kamus Kompetensi)' },
      {
        id: `Kode "${code}" sudah dipakai kamus kompetensi PermenPANRB 38/2017.`,
        en: `The code "${code}" is already used by the PermenPANRB 38/2017 dictionary.`,
      },
      { code },
    ));
  }
  const definition: CompetencyDefinition = {
    code,
    kind: 'technical',
    name,
    description,
    levels,
    basis: basis ?? { instrument: 'PermenPANRB 38/2017', note: 'technical competency defined by the agency' },
  };
  return ok(markParsed(definition, DEFINITION_KIND));
}

/** Parses a competency definition in the dictionary's shape (internal: the definitions `trainingNeeds` takes). */
export function parseCompetencyDefinition(input: unknown): Result<CompetencyDefinition, CompetencyError> {
  return parseInput(competencyDefinitionSchema, input, INVALID_INPUT, DEFINITION_KIND);
}
