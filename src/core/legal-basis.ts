/**
 * The legal basis of a rule or a decision: the instrument that sets it and, where known, the article.
 *
 * @example
 * ```ts
 * import type { LegalBasis } from 'asn-kit/core';
 * const basis: LegalBasis = { instrument: 'PP 11/2017', article: 'Pasal 313 ayat (1)' };
 * ```
 */
export interface LegalBasis {
  /** The regulation or decree, e.g. `'PP 11/2017'`, `'Keppres 42/2025'`, `'Perban BKN 24/2017'`. */
  readonly instrument: string;
  /** The article, paragraph or annex section, e.g. `'Pasal 313 ayat (1)'` or `'Lampiran III.F.6'`. */
  readonly article?: string;
  /** A note on how asn-kit reads the rule, e.g. the ruling (`'R-E2'`) that settles an open question. */
  readonly note?: string;
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
 * formatLegalBasis({ instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2)', note: 'R-E3' });
 * // => 'PP 11/2017 Pasal 239 ayat (2) (R-E3)'
 * ```
 */
export function formatLegalBasis(basis: LegalBasis): string {
  const main = basis.article === undefined ? basis.instrument : `${basis.instrument} ${basis.article}`;
  return basis.note === undefined ? main : `${main} (${basis.note})`;
}
