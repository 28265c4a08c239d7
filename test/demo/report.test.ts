/**
 * The report of `npm run demo`: what a reader gets must cite regulations only. No internal working reference of
 * the project (rulings, digests, question numbers, marks) may reach the HTML, the summary or the CSV files, every
 * legal-basis cell names a regulation and an article, and the same seed gives the same report.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoReport } from '../../examples/demo/report/document';
import { writeReport } from '../../examples/demo/report/write';
import { runDemo } from '../../examples/demo/run';
import { STAGES } from '../../examples/demo/stages';
import { openDemoStore } from '../../examples/demo/store';

/** What must never reach a reader: the project's own references. */
const INTERNAL = [/RULINGS/i, /\bR-[A-Z]{1,3}\d/, /digest/i, /§/, /\[M\]/, /\bQ\d{1,2}\b/, /asn-kit DEFAULT/i];
/** A citation: a regulation (kind, number/year) and where in it. */
const CITATION = /^(UU|PP|Perpres|Keppres|PermenPANRB|SE MenPANRB|Perban BKN|Peraturan BKN|Perka BKN) \d+\/\d{4}( |$).*(Pasal|Lampiran)/;

const directory = mkdtempSync(join(tmpdir(), 'asn-kit-demo-'));

async function report(seed: number, employees: number): Promise<DemoReport> {
  const { store, close } = openDemoStore(join(directory, `store-${String(seed)}-${String(employees)}`));
  try {
    return await runDemo({ store, stages: STAGES, employees, seed, year: 2026, lang: 'id', progress: () => undefined });
  } finally {
    close();
  }
}

let first: DemoReport;

beforeAll(async () => {
  first = await report(7, 300);
  writeReport(first, join(directory, 'id'), 'id');
  writeReport(first, join(directory, 'en'), 'en');
}, 120_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('the demo report', () => {
  it('writes the HTML report, the Markdown summary and a CSV per table, in either language', () => {
    for (const lang of ['id', 'en']) {
      const files = readdirSync(join(directory, lang)).sort();
      expect(files).toContain('report.html');
      expect(files).toContain('summary.md');
      expect(files.filter((file) => file.endsWith('.csv'))).toHaveLength(first.sections.flatMap((section) => section.tables).length);
      expect(readFileSync(join(directory, lang, 'report.html'), 'utf8')).toContain(`<html lang="${lang}">`);
    }
  });

  it('has the five charts the issue asks for, each drawn as inline SVG', () => {
    const html = readFileSync(join(directory, 'id', 'report.html'), 'utf8');
    const charts = [...html.matchAll(/<svg data-chart="([^"]+)"/g)].map((match) => match[1]);
    expect(charts).toEqual(expect.arrayContaining(['predikat-per-unit', 'kotak-talenta', 'cuti-per-bulan', 'ikm-per-unsur', 'pensiun-per-tahun']));
    expect(html).not.toMatch(/<script/);
  });

  it('carries no internal reference of the project into any file', () => {
    for (const lang of ['id', 'en']) {
      for (const file of readdirSync(join(directory, lang))) {
        const text = readFileSync(join(directory, lang, file), 'utf8');
        for (const pattern of INTERNAL) expect(text, `${lang}/${file} matches ${String(pattern)}`).not.toMatch(pattern);
      }
    }
  });

  it('shows a regulation and its article in every legal-basis cell', () => {
    let cells = 0;
    for (const table of first.sections.flatMap((section) => section.tables)) {
      const column = table.columns.findIndex((title) => title.en === 'Legal basis');
      if (column < 0) continue;
      for (const row of table.rows) {
        expect(row[column], `${table.id}: ${JSON.stringify(row)}`).toMatch(CITATION);
        cells += 1;
      }
    }
    expect(cells).toBeGreaterThan(5);
  });

  it('refuses some leave requests and breaks the curve in some units, each with its reasons', () => {
    const tables = new Map(first.sections.flatMap((section) => section.tables).map((table) => [table.id, table]));
    expect(tables.get('cuti-alasan-penolakan')?.rows.length).toBeGreaterThan(0);
    expect(tables.get('kinerja-pelanggaran-kurva')?.rows.length).toBeGreaterThan(0);
  });

  it('has the work-plan section in both languages: both plans checked, the drafted activities with their motivation', () => {
    const section = first.sections.find((entry) => entry.id === 'rencana-kerja');
    expect(section?.tables.map((table) => table.id)).toEqual(['rencana-kerja-cakupan', 'rencana-kerja-temuan', 'rencana-kerja-draf-kegiatan']);
    expect(section?.facts).toHaveLength(2);
    const drafted = section?.tables[2]?.rows ?? [];
    expect(drafted.length).toBeGreaterThan(0);
    for (const row of drafted) expect(Object.keys(row[4] ?? {}), JSON.stringify(row)).toEqual(['id', 'en']);
    const titles = { id: 'Rencana kerja pengelolaan ASN', en: 'The ASN-management work plan' };
    for (const lang of ['id', 'en'] as const) {
      const html = readFileSync(join(directory, lang, 'report.html'), 'utf8');
      expect(html).toContain(`<section id="rencana-kerja">\n<h2>${titles[lang]}</h2>`);
      expect(readFileSync(join(directory, lang, 'summary.md'), 'utf8')).toContain(`## ${titles[lang]}`);
      expect(readFileSync(join(directory, lang, 'rencana-kerja-draf-kegiatan.csv'), 'utf8').split('\n').length).toBeGreaterThan(drafted.length);
    }
    expect(readFileSync(join(directory, 'en', 'rencana-kerja-temuan.csv'), 'utf8')).toMatch(/^Plan,Severity,Code,Issue,Legal basis\n/);
  });

  it('gives the same report for the same seed, and another for another seed', async () => {
    const again = await report(7, 300);
    expect(again).toEqual(first);
    expect(await report(8, 300)).not.toEqual(first);
  }, 120_000);
});
