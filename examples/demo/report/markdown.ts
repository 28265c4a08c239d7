/** The Markdown summary: the key figures of every section and its tables (long tables cut to their first rows). */
import { showCell } from './cells';
import type { DemoReport } from './document';
import { formatNumber, say, type Lang } from './text';

const MAX_ROWS = 20;

/** Renders the summary. */
export function renderMarkdown(report: DemoReport, lang: Lang): string {
  const lines = [
    lang === 'id' ? '# Ringkasan laporan manajemen ASN — Kota Medan (data sintetis)' : '# ASN management report summary — Medan (synthetic data)',
    '',
    lang === 'id'
      ? `Tahun ${String(report.year)}, ${formatNumber(report.employees, lang)} pegawai, seed ${String(report.seed)}. Laporan lengkap: report.html; tabel: *.csv.`
      : `Year ${String(report.year)}, ${formatNumber(report.employees, lang)} employees, seed ${String(report.seed)}. Full report: report.html; tables: *.csv.`,
  ];
  for (const section of report.sections) {
    lines.push('', `## ${say(section.title, lang)}`, '', say(section.lead, lang), '');
    for (const fact of section.facts) lines.push(`- ${say(fact, lang)}`);
    for (const table of section.tables) {
      const cell = (text: string): string => text.replace(/\|/g, '\\|');
      lines.push('', `### ${say(table.title, lang)}`, '', `| ${table.columns.map((column) => cell(say(column, lang))).join(' | ')} |`, `|${table.columns.map(() => ' --- |').join('')}`);
      for (const row of table.rows.slice(0, MAX_ROWS)) lines.push(`| ${row.map((value) => cell(showCell(value, lang))).join(' | ')} |`);
      if (table.rows.length > MAX_ROWS) {
        lines.push('', lang === 'id' ? `(${String(table.rows.length - MAX_ROWS)} baris lagi di ${table.id}.csv)` : `(${String(table.rows.length - MAX_ROWS)} more rows in ${table.id}.csv)`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
