/**
 * `npm run demo`: asn-kit at work the way an agency would run it. A synthetic, repeatable Pemerintah Kota Medan
 * (2,000 employees in 14 perangkat daerah by default) is stored through the storage ports, then taken through a
 * year of leave, performance with its distribution check, competency and the nine-box, retirements, absences, the
 * public satisfaction index, and the ASN-management work plan checked against that data and drafted from it. It
 * writes out/report.html (Bahasa Indonesia, or English with `--lang en`) with SVG charts, out/summary.md and a CSV
 * file per table.
 *
 * The demo uses asn-kit only through its public entry points (`asn-kit/employee`, `asn-kit/leave`, …), exactly as
 * a program that installed the package does; in this repository tsconfig.json maps those names to the sources of
 * the same entry points, so it runs on a fresh clone without a build.
 *
 * Options: --employees N, --seed S, --out DIR, --lang id|en.
 */
import { resolve } from 'node:path';
import { parseDemoOptions, USAGE } from './demo/options';
import { writeReport } from './demo/report/write';
import { runDemo } from './demo/run';
import { formatNumber } from './demo/report/text';
import { STAGES } from './demo/stages';
import { openDemoStore } from './demo/store';

const YEAR = 2026;

const options = parseDemoOptions(process.argv.slice(2));
if ('help' in options) {
  console.log(USAGE);
} else if ('error' in options) {
  console.error(`${options.error}\n${USAGE}`);
  process.exitCode = 2;
} else {
  const started = performance.now();
  const out = resolve(options.out);
  const { store, describe, close } = openDemoStore(out);
  console.log(options.lang === 'id'
    ? `asn-kit demo: ${String(options.employees)} pegawai sintetis Kota Medan, tahun ${String(YEAR)}, seed ${String(options.seed)}, penyimpanan ${describe}`
    : `asn-kit demo: ${String(options.employees)} synthetic Medan employees, year ${String(YEAR)}, seed ${String(options.seed)}, storage ${describe}`);
  try {
    const report = await runDemo({ store, stages: STAGES, employees: options.employees, seed: options.seed, year: YEAR, lang: options.lang, progress: (line) => { console.log(line); } });
    const files = writeReport(report, out, options.lang);
    const kib = formatNumber(files.reduce((sum, file) => sum + file.bytes, 0) / 1024, options.lang);
    const seconds = formatNumber((performance.now() - started) / 1000, options.lang, 1);
    console.log(options.lang === 'id'
      ? `Selesai dalam ${seconds} s: ${String(files.length)} berkas (${kib} KiB) di ${out}; buka ${files[0]?.path ?? ''}`
      : `Done in ${seconds} s: ${String(files.length)} files (${kib} KiB) in ${out}; open ${files[0]?.path ?? ''}`);
  } finally {
    close();
  }
}
