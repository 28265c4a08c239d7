/** Writes the report, the summary and one CSV per table into the output folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell } from './cells';
import type { DemoReport } from './document';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { say, type Lang } from './text';

/** The files written, with their sizes in bytes. */
export type WrittenFiles = readonly { readonly path: string; readonly bytes: number }[];

/** Writes `report.html`, `summary.md` and `<table>.csv` files; returns what it wrote. */
export function writeReport(report: DemoReport, directory: string, lang: Lang): WrittenFiles {
  mkdirSync(directory, { recursive: true });
  const files: [string, string][] = [
    ['report.html', renderHtml(report, lang)],
    ['summary.md', renderMarkdown(report, lang)],
  ];
  for (const table of report.sections.flatMap((section) => section.tables)) {
    const lines = [table.columns.map((column) => csvCell(say(column, lang), lang)).join(','), ...table.rows.map((row) => row.map((cell) => csvCell(cell, lang)).join(','))];
    files.push([`${table.id}.csv`, `${lines.join('\n')}\n`]);
  }
  return files.map(([name, content]) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return { path, bytes: Buffer.byteLength(content) };
  });
}
