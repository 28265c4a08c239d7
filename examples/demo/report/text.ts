/** The report's language and the few helpers every renderer shares. */
import type { LegalBasis, LocalizedText } from 'asn-kit/core';
import type { Label } from './chart';

/** The report's language. */
export type Lang = 'id' | 'en';

/** A label in the report's language. */
export function say(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : label[lang];
}

/** A number in the report's language: `1.234,5` in Bahasa Indonesia, `1,234.5` in English. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * The citation a reader checks: the regulation and, where the rule names one, the article. A basis's `note` is
 * asn-kit's own commentary on how it reads the rule and stays out of the report.
 */
export function cite(basis: LegalBasis): string {
  return basis.article === undefined ? basis.instrument : `${basis.instrument} ${basis.article}`;
}

/** Text in both languages, for the places that build a sentence from numbers. */
export function both(id: string, en: string): LocalizedText {
  return { id, en };
}

/** Escapes text for HTML and SVG. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A count in a Bahasa Indonesia sentence (`2.000`). */
export function inId(value: number): string {
  return formatNumber(value, 'id');
}

/** A count in an English sentence (`2,000`). */
export function inEn(value: number): string {
  return formatNumber(value, 'en');
}
