import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const stub = (name, contents) => ({ name, setup(b) { b.onLoad({ filter: new RegExp(name) }, () => ({ contents, loader: 'ts' })); } });
async function size(plugins) {
  const r = await build({ stdin: { contents: "export { createCalendar, countWorkingDays } from './src/calendar/index.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'silent', plugins });
  return { gz: gzipSync(r.outputFiles[0].text, { level: 9 }).length, code: r.outputFiles[0].text };
}
const full = await size([]);
console.log('full', full.gz);
const ys = ['2021','2022','2023','2024','2025','2026','2027'];
const st = (f) => ys.map((y) => stub(`data/${y}\\.ts$`, f(readFileSync(`src/calendar/data/${y}.ts`,'utf8'))));
console.log('citations', full.gz - (await size(st((s) => s.replace(/instruments: '[^']*'/, "instruments: 's1|2020-01-01;k1|2020-01-01;a1|2020-01-01;p1|2020-01-01;a2|2020-01-01;p2|2020-01-01'")))).gz);
console.log('no data at all', full.gz - (await size([stub('data/days\\.ts$', "export const BUILT_IN_YEAR_DAYS = [];")])).gz);
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/wt10m/bundle.js', full.code);
