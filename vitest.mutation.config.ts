import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit and property tests as Stryker runs them (stryker.config.json). Left to `npm test`, because they kill no
 * mutant that a rule test should not kill, and each would run again for every mutant it covers:
 * - the type tests and coverage;
 * - the fuzz run (random calls: a mutant it kills one run it may miss the next, and it covers every line);
 * - the demo's report test (the whole demo, end to end);
 * - the package test (it reads the built dist/, which holds no mutant);
 * - the storage race and crash tests (their work happens in child processes, which hold no active mutant);
 * - the time-zone test, which switches `process.env.TZ`: Stryker's vitest runs in worker threads, where that does
 *   not move the zone (the date tests it repeats in each zone run in the default zone here, and in five zones in
 *   `npm test`).
 */
export default mergeConfig(base, defineConfig({
  test: {
    typecheck: { enabled: false },
    coverage: { enabled: false },
    exclude: ['test/fuzz/**', 'test/demo/**', 'test/package.test.ts', 'test/ports/race.test.ts', 'test/ports/crash.test.ts', 'test/core/time-zones.test.ts'],
  },
}));
