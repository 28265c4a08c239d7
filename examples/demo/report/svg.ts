/**
 * Draws the charts of report/chart.ts as inline SVG: no script, no external file, so the report opens anywhere.
 * Every chart is an `<svg data-chart="<id>" role="img">` with a `<title>`, which the browser test counts.
 */
import type { BarChart, Chart, GridChart, RangeChart } from './chart';
import { escapeXml, formatNumber, say, type Lang } from './text';

const COLOURS = ['#1f6f8b', '#e08e45', '#6a994e', '#bc4749', '#7b5ea7'] as const;
const FONT = 'font-family="system-ui, sans-serif"';

function open(id: string, title: string, width: number, height: number): string {
  return `<svg data-chart="${escapeXml(id)}" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(width)} ${String(height)}" width="100%" style="max-width:${String(width)}px"><title>${escapeXml(title)}</title>`;
}

function text(x: number, y: number, content: string, extra = '', size = 11): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${FONT} font-size="${String(size)}" ${extra}>${escapeXml(content)}</text>`;
}

/** The top of a value axis: the largest value rounded up so that its four ticks are round numbers. */
function roundUp(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value / 4));
  return Math.ceil(value / 4 / step) * step * 4;
}

function bars(chart: BarChart, lang: Lang): string {
  const width = 760;
  const longest = Math.max(...chart.categories.map((category) => say(category, lang).length));
  const bottom = 24 + Math.ceil(longest * 3.6);
  const top = 28;
  const height = 236 + bottom;
  // A rotated label reaches left of its bar: the margin keeps the first one inside the picture.
  const left = Math.max(48, Math.ceil(longest * 4.4) - 24);
  const plotWidth = width - left - 12;
  const plotHeight = height - top - bottom;
  const max = chart.max ?? roundUp(Math.max(1, ...chart.series.flatMap((series) => series.values)));
  const slot = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = Math.max(2, (slot * 0.8) / chart.series.length);
  const parts = [open(chart.id, say(chart.title, lang), width, height)];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (max * tick) / 4;
    const y = top + plotHeight - (plotHeight * tick) / 4;
    parts.push(`<line x1="${String(left)}" x2="${String(width - 12)}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#ddd"/>`);
    parts.push(text(left - 6, y + 4, formatNumber(value, lang, chart.decimals ?? 0), 'text-anchor="end" fill="#555"'));
  }
  chart.categories.forEach((category, index) => {
    const x0 = left + slot * index + slot * 0.1;
    chart.series.forEach((series, s) => {
      const value = series.values[index] ?? 0;
      const barHeight = (plotHeight * value) / max;
      const x = x0 + barWidth * s;
      parts.push(`<rect x="${x.toFixed(1)}" y="${(top + plotHeight - barHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${COLOURS[s % COLOURS.length] ?? '#333'}"><title>${escapeXml(`${say(category, lang)} · ${say(series.name, lang)}: ${formatNumber(value, lang, chart.decimals ?? 0)} ${say(chart.unit, lang)}`)}</title></rect>`);
      if (chart.series.length === 1) parts.push(text(x + barWidth / 2, top + plotHeight - barHeight - 4, formatNumber(value, lang, chart.decimals ?? 0), 'text-anchor="middle"', 10));
    });
    const cx = left + slot * index + slot / 2;
    parts.push(text(cx, top + plotHeight + 14, say(category, lang), `text-anchor="end" transform="rotate(-35 ${cx.toFixed(1)} ${(top + plotHeight + 14).toFixed(1)})"`));
  });
  let legend = left;
  chart.series.forEach((series, s) => {
    const label = chart.series.length === 1 ? `${say(series.name, lang)} (${say(chart.unit, lang)})` : say(series.name, lang);
    parts.push(`<rect x="${String(legend)}" y="6" width="10" height="10" fill="${COLOURS[s % COLOURS.length] ?? '#333'}"/>`);
    parts.push(text(legend + 14, 15, label));
    legend += 30 + label.length * 6.2;
  });
  parts.push('</svg>');
  return parts.join('');
}

function ranges(chart: RangeChart, lang: Lang): string {
  const panelWidth = 326;
  const panelHeight = 170;
  const columns = 3;
  const rows = Math.ceil(chart.panels.length / columns);
  const width = panelWidth * columns;
  const height = panelHeight * rows + 24;
  const parts = [open(chart.id, say(chart.title, lang), width, height)];
  parts.push(`<rect x="8" y="6" width="10" height="10" fill="${COLOURS[0]}"/>`, text(22, 15, lang === 'id' ? 'jumlah pegawai' : 'employees'));
  parts.push(`<line x1="137" x2="137" y1="4" y2="18" stroke="#bc4749" stroke-width="2"/>`, text(146, 15, lang === 'id' ? 'rentang yang dibolehkan' : 'allowed range'));
  parts.push(`<rect x="290" y="6" width="10" height="10" fill="#e08e45"/>`, text(304, 15, lang === 'id' ? 'di luar rentang' : 'outside the range'));
  parts.push(text(420, 15, chart.key.map((entry) => `${say(entry.short, lang)} = ${say(entry.label, lang)}`).join(' · '), 'fill="#555"', 10));
  chart.panels.forEach((panel, p) => {
    const ox = (p % columns) * panelWidth;
    const oy = 24 + Math.floor(p / columns) * panelHeight;
    const plotTop = oy + 22;
    const plotHeight = panelHeight - 62;
    const max = Math.max(1, ...panel.bars.flatMap((bar) => [bar.value, bar.max]));
    const slot = (panelWidth - 30) / panel.bars.length;
    parts.push(text(ox + 8, oy + 14, panel.label.length > 46 ? `${panel.label.slice(0, 45)}…` : panel.label, 'font-weight="600"'));
    parts.push(`<line x1="${String(ox + 20)}" x2="${String(ox + panelWidth - 10)}" y1="${String(plotTop + plotHeight)}" y2="${String(plotTop + plotHeight)}" stroke="#999"/>`);
    panel.bars.forEach((bar, b) => {
      const x = ox + 22 + slot * b;
      const y = (value: number): number => plotTop + plotHeight - (plotHeight * value) / max;
      const outside = bar.value < bar.min || bar.value > bar.max;
      parts.push(`<rect x="${(x + slot * 0.2).toFixed(1)}" y="${y(bar.value).toFixed(1)}" width="${(slot * 0.6).toFixed(1)}" height="${(plotTop + plotHeight - y(bar.value)).toFixed(1)}" fill="${outside ? '#e08e45' : COLOURS[0]}"><title>${escapeXml(`${say(bar.label, lang)}: ${String(bar.value)} (${String(bar.min)}–${String(bar.max)})`)}</title></rect>`);
      const cx = x + slot / 2;
      const range = `stroke="#bc4749" stroke-width="2"`;
      parts.push(`<line x1="${(cx + slot * 0.34).toFixed(1)}" x2="${(cx + slot * 0.34).toFixed(1)}" y1="${y(bar.max).toFixed(1)}" y2="${y(bar.min).toFixed(1)}" ${range}/>`);
      for (const end of [bar.min, bar.max]) parts.push(`<line x1="${(cx + slot * 0.24).toFixed(1)}" x2="${(cx + slot * 0.44).toFixed(1)}" y1="${y(end).toFixed(1)}" y2="${y(end).toFixed(1)}" ${range}/>`);
      parts.push(text(x + slot / 2, y(bar.value) - 3, String(bar.value), 'text-anchor="middle"', 10));
      parts.push(text(x + slot / 2, plotTop + plotHeight + 12, say(bar.short, lang), 'text-anchor="middle"', 10));
    });
  });
  parts.push('</svg>');
  return parts.join('');
}

function grid(chart: GridChart, lang: Lang): string {
  const cell = 150;
  const left = 170;
  const top = 20;
  const width = left + cell * 3 + 10;
  const height = top + cell * 3 + 60;
  const total = Math.max(1, chart.cells.flat().reduce((sum, entry) => sum + entry.count, 0));
  const parts = [open(chart.id, say(chart.title, lang), width, height)];
  chart.cells.forEach((row, r) => {
    row.forEach((entry, c) => {
      const x = left + c * cell;
      const y = top + r * cell;
      parts.push(`<g><title>${escapeXml(say(entry.label, lang))}</title>`);
      const shade = 0.15 + 0.85 * (entry.count / total) * 3;
      parts.push(`<rect x="${String(x)}" y="${String(y)}" width="${String(cell - 4)}" height="${String(cell - 4)}" rx="6" fill="#1f6f8b" fill-opacity="${Math.min(1, shade).toFixed(2)}" stroke="#124"/>`);
      parts.push(text(x + 8, y + 18, `${lang === 'id' ? 'Kotak' : 'Box'} ${String(entry.box)}`, 'font-weight="600"'));
      parts.push(text(x + (cell - 4) / 2, y + 84, formatNumber(entry.count, lang), 'text-anchor="middle" font-weight="700"', 30));
      parts.push(text(x + (cell - 4) / 2, y + 120, `${formatNumber((100 * entry.count) / total, lang, 1)} %`, 'text-anchor="middle"', 12), '</g>');
    });
    parts.push(text(left - 8, top + r * cell + cell / 2, say(chart.rowLabels[r] ?? '', lang), 'text-anchor="end"'));
  });
  chart.columnLabels.forEach((label, c) => parts.push(text(left + c * cell + cell / 2, top + cell * 3 + 14, say(label, lang), 'text-anchor="middle"')));
  parts.push(text(left + cell * 1.5, top + cell * 3 + 40, say(chart.columns, lang), 'text-anchor="middle" font-weight="600"'));
  parts.push(text(14, top + cell * 1.5, say(chart.rows, lang), `text-anchor="middle" font-weight="600" transform="rotate(-90 14 ${String(top + cell * 1.5)})"`));
  parts.push('</svg>');
  return parts.join('');
}

/** Draws one chart in the report's language. */
export function renderChart(chart: Chart, lang: Lang): string {
  switch (chart.kind) {
    case 'bars':
      return bars(chart, lang);
    case 'ranges':
      return ranges(chart, lang);
    case 'grid':
      return grid(chart, lang);
  }
}
