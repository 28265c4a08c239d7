import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const stub = (name, contents) => ({ name, setup(b) { b.onLoad({ filter: new RegExp(name) }, () => ({ contents, loader: 'ts' })); } });
async function size(plugins) {
  const r = await build({ stdin: { contents: "export { createCalendar, countWorkingDays } from './src/calendar/index.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'silent', plugins });
  return gzipSync(r.outputFiles[0].text, { level: 9 }).length;
}
const full = await size([]);
console.log('full', full);
const tries = {
  'no days data': ['data/days\\.ts$', "export const BUILT_IN_YEAR_DAYS = [];"],
  'no options check': ['internal/options\\.ts$', "export function optionIssues() { return { en: [], id: [], stops: 0 }; } export function yearTableIssues() {}"],
  'names en empty': ['data/names\\.ts$', readFileSync('src/calendar/data/names.ts','utf8').replace(/, ('[^']*'|"[^"]*")\],/g, ", ''],")],
};
for (const [k,[f,c]] of Object.entries(tries)) console.log(k, full - await size([stub(f,c)]));
for (const y of ['2021','2022','2023','2024','2025','2026','2027']) {
  const src = readFileSync(`src/calendar/data/${y}.ts`,'utf8').replace(/days:\s*\n?(\s*'[^']*'\s*\+?\s*)+,/, "days: '0101h0,ny',");
  console.log('rows of '+y, full - await size([stub(`data/${y}\\.ts$`, src)]));
}
const n2 = readFileSync('src/calendar/data/names.ts','utf8').replace(/\[('[^']*'|"[^"]*"), ('[^']*'|"[^"]*")\],/g, "['', ''],");
console.log('names all empty', full - await size([stub('data/names\\.ts$', n2)]));
let all = [];
for (const y of ['2021','2022','2023','2024','2025','2026','2027']) {
  const src = readFileSync(`src/calendar/data/${y}.ts`,'utf8').replace(/superseded:\s*\n?(\s*'[^']*'\s*\+?\s*)+,/, "").replace(/notes: \[[^\]]*\],/s, '').replace(/provisional: \{.*\n  \},\n\};/s, '};');
  all.push(stub(`data/${y}\\.ts$`, src));
}
console.log('no superseded/notes/provisional', full - await size(all));
console.log('decoder cost', full - await size([stub('data/decode\\.ts$', "import { dayName } from './names'; export function decodeDays(s){return {year:s.year, days:[s.days, s.superseded, s.instruments, s.notes, s.provisional, dayName]}} export function decodeYear(){}")]));
