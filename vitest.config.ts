import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/bundle bundles the built package: scripts/test.sh runs it after the build (vitest.bundle.config.ts).
    exclude: ['test/bundle/**', 'node_modules/**'],
    // The type tests (test/**/*.test-d.ts) are checked by tsc with everything else (tsconfig.json includes test/),
    // once, in npm test's type-check gate; `npx vitest --typecheck` runs them through vitest as well.
    typecheck: { enabled: false, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // The built package is loaded by Node itself, as a consumer's program loads it (benchmarks of dist/).
    server: { deps: { external: [/\/dist\//] } },
  },
});
