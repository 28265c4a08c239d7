import { defineConfig } from 'tsup';
import { SUBPATHS } from './scripts/modules';

/** One entry per subpath export: `src/<module>/index.ts` → `dist/<module>/index.{js,cjs,d.ts,d.cts}`. */
const entry: Record<string, string> = { index: 'src/index.ts' };
for (const name of SUBPATHS) entry[`${name}/index`] = `src/${name}/index.ts`;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  // Declarations only: the type-check gate (tsc) has checked every file already, so the emit skips checking.
  dts: { compilerOptions: { composite: false, noCheck: true } },
  tsconfig: 'tsconfig.build.json',
  clean: true,
  sourcemap: false,
  // The package declares no side effects, so rollup's tree-shaking drops the bare imports of chunks that esbuild's
  // splitting leaves in each entry (bundlers warned they ignore them: ignored-bare-import).
  treeshake: { preset: 'recommended', moduleSideEffects: false },
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns', 'neverthrow', 'fast-check'],
});
