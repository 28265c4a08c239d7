import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const cases = {
  calendar: "export { createCalendar, countWorkingDays } from './src/calendar/index.ts';",
  data: "export { BUILT_IN_CALENDAR_DATA } from './src/calendar/index.ts';",
};
for (const [name, contents] of Object.entries(cases)) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module','main'], write: false, logLevel: 'silent' });
  const code = r.outputFiles[0].text;
  console.log(name, gzipSync(code, { level: 9 }).length, code.length);
}
const r = await build({ stdin: { contents: "export { createCalendar, countWorkingDays } from './src/calendar/index.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module','main'], write: false, logLevel: 'silent', metafile: true });
const m = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
for (const [k,v] of Object.entries(m).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,15)) console.log(k, v.bytesInOutput);
