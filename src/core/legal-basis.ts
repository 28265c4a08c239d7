import type { InterpretationId } from './interpretations';

/**
 * How sure asn-kit is of a rule: what the row was checked against.
 * - `primary-text`: the regulation's own wording was read (the default when a basis says nothing).
 * - `secondary-source`: the numbers come from a government page, a press statement or a copy quoting the
 *   regulation; the regulation itself was not read.
 * - `interpretation`: the law leaves the point open and asn-kit settles it (see `docs/interpretations.md`).
 * - `unverified`: from general knowledge, not yet checked against any copy of the regulation.
 *
 * @example
 * ```ts
 * import type { Evidence } from 'asn-kit/core';
 * const evidence: Evidence = 'secondary-source';
 * ```
 */
export type Evidence = 'primary-text' | 'secondary-source' | 'interpretation' | 'unverified';

/**
 * The legal basis of a rule or a decision: the instrument that sets it and, where known, the article.
 *
 * @example
 * ```ts
 * import type { LegalBasis } from 'asn-kit/core';
 * const basis: LegalBasis = { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (1)' };
 * const read: LegalBasis = {
 *   instrument: 'PermenPANRB 1/2023',
 *   evidence: 'unverified',
 *   note: 'coefficient to check against the Lampiran',
 * };
 * ```
 */
export interface LegalBasis {
  /** The regulation or decree, e.g. `'PP 11/2017'`, `'Keppres 42/2025'`, `'Perban BKN 24/2017'`. */
  readonly instrument: string;
  /** The article, paragraph or annex section, e.g. `'Pasal 313 ayat (1)'` or `'Lampiran III.F.6'`. */
  readonly article?: string;
  /** A note on how asn-kit reads the rule, e.g. `'applied to CPNS as well'`. */
  readonly note?: string;
  /** What the rule was checked against; absent means the primary text (see {@link Evidence}). */
  readonly evidence?: Evidence;
  /**
   * The asn-kit interpretation the rule applies where the law leaves a point open: the anchor of its section in
   * `docs/interpretations.md`, e.g. `'annual-carry-over'` (see {@link interpretationUrl}).
   */
  readonly interpretation?: InterpretationId;
}

/**
 * Writes a legal basis as one line, the way it is cited in Indonesian letters.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param basis - The basis to write.
 * @returns `instrument`, then the article, then the note in brackets.
 * @example
 * ```ts
 * import { formatLegalBasis } from 'asn-kit/core';
 * formatLegalBasis({ instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2)', note: 'guru' });
 * // => 'PP 11/2017 Pasal 239 ayat (2) (guru)'
 * ```
 */
export function formatLegalBasis(basis: LegalBasis): string {
  const main = basis.article === undefined ? basis.instrument : `${basis.instrument} ${basis.article}`;
  return basis.note === undefined ? main : `${main} (${basis.note})`;
}
