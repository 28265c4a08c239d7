import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index';
import { MODULES, SUBPATHS } from '../scripts/modules';

interface ExportTarget {
  readonly import: { readonly types: string; readonly default: string };
  readonly require: { readonly types: string; readonly default: string };
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, ExportTarget | string>;
  typesVersions: Record<string, Record<string, string[]>>;
  sideEffects: boolean;
  dependencies: Record<string, string>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  files: string[];
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional: boolean }>;
};
const sizeLimits = JSON.parse(readFileSync(new URL('../.size-limit.json', import.meta.url), 'utf8')) as { path: string }[];

const loadModule = (name: string): Promise<Record<string, unknown>> =>
  import(`../src/${name}/index.ts`) as Promise<Record<string, unknown>>;

describe('the package surface', () => {
  it('has one subpath export per module, plus the root and package.json', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', ...SUBPATHS.map((name) => `./${name}`)].sort());
    for (const name of SUBPATHS) {
      expect(pkg.exports[`./${name}`]).toEqual({
        import: { types: `./dist/${name}/index.d.ts`, default: `./dist/${name}/index.js` },
        require: { types: `./dist/${name}/index.d.cts`, default: `./dist/${name}/index.cjs` },
      });
    }
  });

  it('maps every subpath in typesVersions, so TypeScript with moduleResolution node10 finds its types', () => {
    expect(pkg.typesVersions).toEqual({
      '*': Object.fromEntries(SUBPATHS.map((name) => [name, [`./dist/${name}/index.d.cts`]])),
    });
  });

  it('links the repository, its home page and its issues, and ships the changelog', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/asn-kit/asn-kit.git' });
    expect(pkg.homepage).toBe('https://github.com/asn-kit/asn-kit#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/asn-kit/asn-kit/issues' });
    expect(pkg.files).toContain('CHANGELOG.md');
    expect(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8')).toMatch(/^# asn-kit\n/);
  });

  it('has a size budget for the root and every subpath', () => {
    expect(sizeLimits.map((entry) => entry.path).sort()).toEqual(['dist/index.js', ...SUBPATHS.map((name) => `dist/${name}/index.js`)].sort());
  });

  it('declares no side effects and only date-fns and neverthrow at run time, zod as a peer, fast-check as an optional one', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.dependencies).toEqual({ 'date-fns': '^4.4.0', neverthrow: '^8.2.0' });
    expect(Object.keys(pkg.peerDependencies)).toEqual(['zod', 'fast-check']);
    expect(pkg.peerDependenciesMeta).toEqual({ 'fast-check': { optional: true } });
  });

  it('the root export re-exports exactly the public names of every module', async () => {
    const names = new Set<string>();
    for (const name of MODULES) for (const key of Object.keys(await loadModule(name))) names.add(key);
    expect(Object.keys(root).sort()).toEqual([...names].sort());
  });
});

const HOSTILE: readonly unknown[] = [
  null, undefined, 0, Number.NaN, -1, 1e308, '', ' ', 'x', '2026-02-30', {}, [], true, () => 1, Symbol('s'), 10n,
  // values a parser must refuse without throwing: typed arrays (zod's readonly froze them and threw), maps,
  // objects without a prototype, already frozen objects
  new Uint8Array(2), new Int32Array(2), new Map([[1, 2]]), Object.create(null) as unknown, Object.freeze({ kind: 'PNS' }),
];

describe('no public function throws on bad input, parsers included', () => {
  // core's date helpers take IsoDate values the type system has already checked; its boundary functions
  // (parseIsoDate, isIsoDate, validate, ruleInForce) are covered in test/core.
  for (const name of MODULES.filter((module) => module !== 'core')) {
    it(`asn-kit/${name}: every exported function, with hostile arguments in every position`, async () => {
      const api = await loadModule(name);
      const functions = Object.entries(api).filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function');
      expect(functions.length).toBeGreaterThan(0);
      for (const [fnName, fn] of functions) {
        for (const value of HOSTILE) {
          const plausible: unknown[][] = [[], {}, [{}], 'x'].flatMap((first) => [[first, value], [first, {}, value], [first, [], value]]);
          for (const args of [[value], [value, value], [undefined, value], [value, undefined, value], ...plausible]) {
            expect(() => fn(...args), `${name}.${fnName}(${args.map((arg) => typeof arg).join(', ')})`).not.toThrow();
          }
        }
      }
    });
  }
});
