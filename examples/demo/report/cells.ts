/** Table cells as text in the report's language. */
import type { Cell } from '../stage';
import { formatNumber, say, type Lang } from './text';

/** A cell as the HTML and Markdown show it (numbers in the language's format). */
export function showCell(cell: Cell, lang: Lang): string {
  return typeof cell === 'number' ? formatNumber(cell, lang, Number.isInteger(cell) ? 0 : 2) : say(cell, lang);
}

/** A cell as a CSV file holds it (numbers plain, so a spreadsheet reads them as numbers). */
export function csvCell(cell: Cell, lang: Lang): string {
  const value = typeof cell === 'number' ? String(cell) : say(cell, lang);
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
