/**
 * A NIP check must not bring zod along (issue 9): `parseNip`, `isValidNip` and `formatNip` reach only the NIP
 * decoder, its messages, the zod-free parts of core and neverthrow. This test bundles them from the sources with
 * esbuild (as an application would, minified, every dependency included) and checks the files they reach and the
 * size; test/bundle checks the built package the same way.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The only files a NIP check may reach: no schema, no validator, no rule table. */
const ALLOWED = [
  'src/employee/parse-nip.ts',
  'src/employee/is-valid-nip.ts',
  'src/employee/format-nip.ts',
  'src/employee/nip.ts',
  'src/employee/errors.ts',
  'src/core/errors.ts',
  'src/core/frozen.ts',
  'src/core/input-error.ts',
  'src/core/iso-date.ts',
  'src/core/reason.ts',
];

/** The ceiling (minified + gzip, neverthrow included) and why: neverthrow is about 2 kB of it. */
const CEILING = 5_000;

async function bundle(): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: {
      contents: [
        "export { parseNip } from './src/employee/parse-nip';",
        "export { isValidNip } from './src/employee/is-valid-nip';",
        "export { formatNip } from './src/employee/format-nip';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs).filter((input) => input !== '<stdin>') };
}

describe('parseNip, isValidNip, formatNip bundle', () => {
  it('reach only the NIP decoder, zod-free core files and neverthrow', async () => {
    const { inputs } = await bundle();
    const own = inputs.filter((input) => input.startsWith('src/'));
    expect(own.filter((input) => !ALLOWED.includes(input))).toEqual([]);
    expect(inputs.filter((input) => input.includes('node_modules/zod'))).toEqual([]);
    // No date-fns at all (core/iso-date computes on the date's numbers); never the root of date-fns.
    const dependencies = inputs.filter((input) => input.includes('node_modules/'));
    expect(dependencies.filter((input) => !/node_modules\/(neverthrow|date-fns)\//.test(input))).toEqual([]);
    expect(dependencies.filter((input) => input.endsWith('date-fns/index.js'))).toEqual([]);
  });

  it(`hold no zod and no rule table, and weigh at most ${String(CEILING)} bytes gzip`, async () => {
    const { code } = await bundle();
    expect(code.includes('$Zod')).toBe(false);
    expect(code.includes('Date(')).toBe(false);
    expect(code.includes('Pembina')).toBe(false);
    expect(code.includes('NIK')).toBe(false);
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`parseNip + isValidNip + formatNip: ${String(size)} bytes gzip (${String(code.length)} minified)`);
    expect(size).toBeLessThanOrEqual(CEILING);
  });
});
