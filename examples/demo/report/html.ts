/** The HTML report: one page, inline SVG, no script; Bahasa Indonesia or English. */
import type { Table } from '../stage';
import { showCell } from './cells';
import type { DemoReport } from './document';
import { renderChart } from './svg';
import { escapeXml, formatNumber, say, type Lang } from './text';

const STYLE = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:1.5rem;color:#1b2733;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:2px solid #1f6f8b;padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0 1.2rem;font-size:.85rem}th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3f6}td.n{text-align:right}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}.meta{color:#555}
nav ol{columns:2}`;

function table(entry: Table, lang: Lang): string {
  const head = entry.columns.map((column) => `<th>${escapeXml(say(column, lang))}</th>`).join('');
  const body = entry.rows
    .map((row) => `<tr>${row.map((cell) => `<td${typeof cell === 'number' ? ' class="n"' : ''}>${escapeXml(showCell(cell, lang))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<h3>${escapeXml(say(entry.title, lang))}</h3>\n<table data-table="${escapeXml(entry.id)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Renders the whole report as one HTML document. */
export function renderHtml(report: DemoReport, lang: Lang): string {
  const title = lang === 'id' ? 'Laporan Manajemen ASN — Pemerintah Kota Medan (data sintetis)' : 'ASN Management Report — Medan City Government (synthetic data)';
  const meta =
    lang === 'id'
      ? `Tahun ${String(report.year)} · ${formatNumber(report.employees, lang)} pegawai · seed ${String(report.seed)} · dibuat oleh asn-kit (npm run demo). Semua orang dan angka di sini sintetis.`
      : `Year ${String(report.year)} · ${formatNumber(report.employees, lang)} employees · seed ${String(report.seed)} · made by asn-kit (npm run demo). Every person and figure here is synthetic.`;
  const nav = report.sections.map((section) => `<li><a href="#${section.id}">${escapeXml(say(section.title, lang))}</a></li>`).join('');
  const sections = report.sections.map((section) => {
    const facts = section.facts.length === 0 ? '' : `<ul>${section.facts.map((fact) => `<li>${escapeXml(say(fact, lang))}</li>`).join('')}</ul>`;
    const charts = section.charts.map((chart) => `<figure><figcaption>${escapeXml(say(chart.title, lang))}</figcaption>${renderChart(chart, lang)}</figure>`).join('\n');
    return `<section id="${section.id}">\n<h2>${escapeXml(say(section.title, lang))}</h2>\n<p>${escapeXml(say(section.lead, lang))}</p>\n${facts}\n${charts}\n${section.tables.map((entry) => table(entry, lang)).join('\n')}\n</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeXml(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body>
<h1>${escapeXml(title)}</h1>
<p class="meta">${escapeXml(meta)}</p>
<nav><ol>${nav}</ol></nav>
${sections.join('\n')}
</body>
</html>
`;
}
