/// <reference types="vite/client" />
/**
 * Fuzzing in the suite: every public function of every subpath, called with fast-check values (hostile, valid,
 * nearly valid), with a fixed seed. `npm test` makes at least 50,000 calls; `npm run fuzz` (ASN_KIT_FUZZ_CALLS)
 * makes 500,000 or more.
 */
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { argumentListsFor, drive, type FuzzReport, type PublicFunction } from './drive';
import { TYPED_ARGUMENTS } from './typed-arguments';

const CALLS = Number(process.env['ASN_KIT_FUZZ_CALLS'] ?? 50_000);
const SEED = 14;
const SOURCES = import.meta.glob<Record<string, unknown>>(['../../src/index.ts', '../../src/*/index.ts'], { eager: true });
const TEXTS = import.meta.glob<string>('../../src/**/*.ts', { eager: true, query: '?raw', import: 'default' });

/** Whether a function's declared return type is a Result, read from its declaration. */
function declaresResult(name: string): boolean {
  return Object.values(TEXTS).some((text) => {
    const start = text.indexOf(`export function ${name}(`) + 1 || text.indexOf(`export function ${name}<`) + 1;
    if (start === 0) return false;
    const signature = text.slice(start, text.indexOf(' {\n', start));
    return /\):\s*Result</.test(signature);
  });
}

function publicFunctions(): PublicFunction[] {
  const found = new Map<unknown, PublicFunction>();
  for (const key of Object.keys(pkg.exports)) {
    // asn-kit/testing registers contract tests through the caller's `describe` and `it`: test code, not a function
    // that meets untrusted values.
    if (key === './package.json' || key === './testing') continue;
    const subpath = key === '.' ? 'asn-kit' : `asn-kit/${key.slice(2)}`;
    const module = SOURCES[key === '.' ? '../../src/index.ts' : `../../src/${key.slice(2)}/index.ts`] ?? {};
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || found.has(value)) continue;
      found.set(value, { name, subpath, fn: value as PublicFunction['fn'], returnsResult: declaresResult(name) });
    }
  }
  return [...found.values()];
}

describe('D11: every export is Result-safe or says that it asserts a typed argument', () => {
  it('each function the fuzz test calls with typed arguments only says so in its TSDoc', () => {
    const undocumented = Object.keys(TYPED_ARGUMENTS).filter((name) =>
      !Object.values(TEXTS).some((text) => {
        const at = text.indexOf(`export function ${name}`);
        return at >= 0 && text.slice(text.lastIndexOf('/**', at), at).includes('Asserts a typed argument');
      }),
    );
    expect(undocumented).toEqual([]);
  });
});

describe('fuzz: every public function of every subpath', () => {
  const functions = publicFunctions();
  const perFunction = Math.ceil(CALLS / functions.length);

  it(`${String(CALLS)} calls: no throw, a Result where declared, no input changed, no aliasing, no call over a second`, () => {
    const report: FuzzReport = { calls: 0, slowest: { name: '', ms: 0 }, failures: [] };
    const started = performance.now();
    for (const [index, target] of functions.entries()) drive(target, argumentListsFor(target, perFunction, SEED + index), report, 8);
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz: ${String(report.calls)} calls of ${String(functions.length)} functions in ${seconds.toFixed(1)} s; slowest ${report.slowest.name} ${report.slowest.ms.toFixed(1)} ms`);
    expect(functions.length).toBeGreaterThan(100);
    expect(report.calls).toBeGreaterThanOrEqual(CALLS);
    if (process.env["ASN_KIT_FUZZ_DUMP"] !== undefined) console.log(report.failures.map((f) => f.slice(0, 260)).join("\n"));
    expect(report.failures.slice(0, 40)).toEqual([]);
  }, 3_600_000);
});
