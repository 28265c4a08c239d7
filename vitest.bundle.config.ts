import { defineConfig } from 'vitest/config';

/** The bundle-size test: it bundles the built package (dist/), so scripts/test.sh runs it after `tsup`. */
export default defineConfig({
  test: { include: ['test/bundle/**/*.test.ts'] },
});
