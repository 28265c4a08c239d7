import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit and property tests as Stryker runs them (stryker.config.json): the type tests and coverage are left to
 * `npm test`, they kill no mutant.
 */
export default mergeConfig(base, defineConfig({
  test: { typecheck: { enabled: false }, coverage: { enabled: false } },
}));
