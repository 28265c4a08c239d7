import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const stub = (name, contents) => ({ name, setup(b) { b.onLoad({ filter: new RegExp(name) }, () => ({ contents, loader: 'ts' })); } });
async function size(plugins) {
  const r = await build({ stdin: { contents: "export { createCalendar, countWorkingDays } from './src/calendar/index.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'silent', plugins });
  return gzipSync(r.outputFiles[0].text, { level: 9 }).length;
}
console.log('full', await size([]));
console.log('no data', await size([stub('data/index\\.ts$', "export const BUILT_IN_CALENDAR_DATA = [];")]));
import { readFileSync } from 'node:fs';
const names = readFileSync('src/calendar/data/names.ts','utf8');
console.log('names en empty', await size([stub('data/names\\.ts$', names.replace(/, ('[^']*'|"[^"]*")\],/g, ", ''],"))]));
for (const y of ['2021','2022','2023','2027']) {
  console.log('no '+y, await size([stub(`data/${y}\\.ts$`, `export const CALENDAR_DATA_${y} = { year: ${y}, instruments: [], days: [] };`)]));
}
