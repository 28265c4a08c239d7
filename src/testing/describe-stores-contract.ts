import type { Stores } from '../ports';
import { describeEmployeeStoreContract } from './describe-employee-store-contract';
import { describeLeaveLedgerContract } from './describe-leave-ledger-contract';
import { describeLeaveRequestStoreContract } from './describe-leave-request-store-contract';
import { describePerformanceStoreContract } from './describe-performance-store-contract';
import { describeSurveyStoreContract } from './describe-survey-store-contract';
import type { MakeStore, TestApi } from './test-api';

/**
 * Registers the contracts of every port of an adapter: {@link describeEmployeeStoreContract},
 * {@link describeLeaveLedgerContract}, {@link describeLeaveRequestStoreContract},
 * {@link describePerformanceStoreContract} and {@link describeSurveyStoreContract}, in one group named after the
 * adapter.
 *
 * @param name - The adapter's name, e.g. `'SQLite'`.
 * @param makeStores - Gives the adapter's {@link Stores} (called once per test; may be async).
 * @param test - `describe` and `it` of your test framework.
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStores } from 'asn-kit/ports';
 * import { describeStoresContract } from 'asn-kit/testing';
 * describeStoresContract('in memory', () => createMemoryStores(), { describe, it });
 * ```
 */
export function describeStoresContract(name: string, makeStores: MakeStore<Stores>, test: TestApi): void {
  test.describe(`${name} adapter`, () => {
    describeEmployeeStoreContract(async () => (await makeStores()).employees, test);
    describeLeaveLedgerContract(async () => (await makeStores()).ledger, test);
    describeLeaveRequestStoreContract(makeStores, test);
    describePerformanceStoreContract(async () => (await makeStores()).performance, test);
    describeSurveyStoreContract(async () => (await makeStores()).surveys, test);
  });
}
