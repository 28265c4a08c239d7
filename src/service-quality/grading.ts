import type { LocalizedText } from '../core';
import type { SkmGradeBand, SkmSchemeRow } from './rules/skm-schemes';

/** The band of a converted value (already rounded to 2 decimals) on a scheme's interval table (docs/interpretations.md#satisfaction-index). */
export function bandOf(row: SkmSchemeRow, converted: number): SkmGradeBand {
  const hundredths = Math.round(converted * 100);
  const [a, b, c, d] = row.bands;
  if (hundredths >= Math.round(a.from * 100)) return a;
  if (hundredths >= Math.round(b.from * 100)) return b;
  return hundredths >= Math.round(c.from * 100) ? c : d;
}

/** A number written the Indonesian way (decimal comma) and the English way, with the given decimals. */
export function bothWays(value: number, decimals: number): LocalizedText {
  const en = value.toFixed(decimals);
  return { id: en.replace('.', ','), en };
}
