/**
 * What `import('asn-kit')` adds to a cold process, beside importing the root of date-fns, each in a fresh Node
 * process (ESM and CommonJS), alternating, 21 runs each; the median is reported. Target: asn-kit's root costs no
 * more than date-fns's root. `npx tsx bench/import-cost.ts` after the build (`npm run bench` runs it).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 21;

interface Target {
  readonly name: string;
  readonly esm: string;
  readonly cjs: string;
}

const TARGETS: readonly Target[] = [
  { name: 'asn-kit (root)', esm: './dist/index.js', cjs: './dist/index.cjs' },
  { name: 'date-fns (root)', esm: 'date-fns', cjs: 'date-fns' },
  { name: 'asn-kit/employee', esm: './dist/employee/index.js', cjs: './dist/employee/index.cjs' },
  { name: 'asn-kit/calendar', esm: './dist/calendar/index.js', cjs: './dist/calendar/index.cjs' },
];

function once(specifier: string, format: 'esm' | 'cjs'): number {
  const load = format === 'esm' ? `await import(${JSON.stringify(specifier)})` : `require(${JSON.stringify(specifier)})`;
  const code = `const t = performance.now(); ${load}; console.log(performance.now() - t);`;
  const args = format === 'esm' ? ['--input-type=module', '-e', code] : ['--input-type=commonjs', '-e', code];
  return Number(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim());
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const results = new Map<string, number>();
for (const format of ['esm', 'cjs'] as const) {
  const samples = new Map<string, number[]>(TARGETS.map((target) => [target.name, []]));
  for (let run = 0; run < RUNS; run += 1) {
    for (const target of TARGETS) samples.get(target.name)?.push(once(format === 'esm' ? target.esm : target.cjs, format));
  }
  for (const target of TARGETS) {
    const value = median(samples.get(target.name) ?? []);
    results.set(`${target.name} ${format}`, value);
    console.log(`${format} import ${target.name.padEnd(18)} ${value.toFixed(1)} ms (median of ${String(RUNS)} fresh processes)`);
  }
}
const ratio = (results.get('asn-kit (root) esm') ?? Number.NaN) / (results.get('date-fns (root) esm') ?? Number.NaN);
console.log(`asn-kit root / date-fns root (ESM): ${ratio.toFixed(2)}× (target ≤ 1×)`);
if (!(ratio <= 1)) process.exitCode = 1;
