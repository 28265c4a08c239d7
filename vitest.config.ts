import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `asn-kit/<module>` as a consumer writes it (examples/adapters import it so), resolved to the sources. */
const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^asn-kit\/(.+)$/, replacement: `${src}$1/index.ts` }, { find: /^asn-kit$/, replacement: `${src}index.ts` }] },
  test: {
    include: ['test/**/*.test.ts'],
    // test/bundle and test/browser load the built package: scripts/test.sh runs them after the build
    // (vitest.bundle.config.ts, vitest.browser.config.ts).
    exclude: ['test/bundle/**', 'test/browser/**', 'node_modules/**'],
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
