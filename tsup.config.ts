import { defineConfig } from 'tsup';
import { SUBPATHS } from './scripts/modules';

/** One entry per subpath export: `src/<module>/index.ts` → `dist/<module>/index.{js,cjs,d.ts,d.cts}`. */
const entry: Record<string, string> = { index: 'src/index.ts' };
for (const name of SUBPATHS) entry[`${name}/index`] = `src/${name}/index.ts`;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.build.json',
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns', 'neverthrow', 'fast-check'],
});
