import { defineConfig } from 'vitest/config';

/** The browser test: it loads the built package (dist/) in headless Chromium, so scripts/test.sh runs it after `tsup`. */
export default defineConfig({
  test: { include: ['test/browser/**/*.test.ts'], testTimeout: 60_000 },
});
