import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { CompetencyError } from './errors';
import { CATALOGUE_ENTRY_KIND, INVALID_INPUT } from './kinds';
import { catalogueEntrySchema, type CatalogueEntry } from './schemas';

/**
 * Parses a training catalogue entry of {@link trainingNeeds} at the boundary: the competency it develops, its
 * title, form, JP per participant and optionally the provider. The result is a new, frozen value; the caller's
 * object is never changed.
 *
 * @param input - Any value.
 * @returns `Ok(entry)`, or `Err` with `competency/invalid-input` and every issue with its path.
 * @example
 * ```ts
 * import { parseCatalogueEntry } from 'asn-kit/competency';
 * parseCatalogueEntry({ competency: 'public-service', title: 'Pelayanan Prima', form: 'course', jp: 24 }).isOk();
 * // => true
 * parseCatalogueEntry({ competency: 'public-service', title: 'Pelayanan Prima', form: 'course', jp: -1 }).isErr();
 * // => true
 * ```
 */
export function parseCatalogueEntry(input: unknown): Result<CatalogueEntry, CompetencyError> {
  return parseInput(catalogueEntrySchema, input, INVALID_INPUT, CATALOGUE_ENTRY_KIND);
}
