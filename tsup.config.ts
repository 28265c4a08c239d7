import { defineConfig } from 'tsup';
import { MODULES } from './scripts/modules';

/** One entry per subpath export: `src/<module>/index.ts` → `dist/<module>/index.{js,cjs,d.ts,d.cts}`. */
const entry: Record<string, string> = { index: 'src/index.ts' };
for (const name of MODULES) entry[`${name}/index`] = `src/${name}/index.ts`;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.build.json',
  clean: true,
  sourcemap: false,
  // The package declares no side effects, so rollup's tree-shaking drops the bare imports of chunks that esbuild's
  // splitting leaves in each entry (bundlers warned they ignore them: ignored-bare-import).
  treeshake: { preset: 'recommended', moduleSideEffects: false },
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns', 'neverthrow'],
});
