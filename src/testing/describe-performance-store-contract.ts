import type { PerformanceRecord, PerformanceStore } from '../ports';
import { uniqueNip } from './fixtures';
import { check, checkSame, errorWith, okValue, type MakeStore, type TestApi } from './test-api';

/**
 * Registers the contract of a {@link PerformanceStore} as tests: records come back equal and frozen, by year and
 * unit in NIP order; a put replaces the record of the same employee and year; a put with an invalid record writes
 * none (`ports/invalid-record`).
 *
 * @param makeStore - Gives the store under test (called once per test; may be async).
 * @param test - `describe` and `it` of your test framework.
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStores } from 'asn-kit/ports';
 * import { describePerformanceStoreContract } from 'asn-kit/testing';
 * describePerformanceStoreContract(() => createMemoryStores().performance, { describe, it });
 * ```
 */
export function describePerformanceStoreContract(makeStore: MakeStore<PerformanceStore>, test: TestApi): void {
  const { describe, it } = test;
  describe('performance store (asn-kit contract)', () => {
    it('stores records, lists them by year and unit in NIP order, and replaces by employee and year', async () => {
      const store = await makeStore();
      const unit = `unit-${uniqueNip().slice(8)}`;
      const record = (nip: string, year: number): PerformanceRecord =>
        ({ nip, year, workUnitId: unit, workRating: 'meets', behaviourRating: 'meets', predikat: 'good' });
      const [first, second] = [uniqueNip(), uniqueNip()].sort() as [string, string];
      okValue(await store.put([record(second, 2026), record(first, 2026), record(first, 2025)]), 'put');
      okValue(await store.put([{ ...record(second, 2026), workRating: 'above', behaviourRating: 'above', predikat: 'very-good' }]), 'replace');
      const list = okValue(await store.list({ year: 2026, workUnitId: unit }), 'list');
      checkSame(list, [record(first, 2026), { ...record(second, 2026), workRating: 'above', behaviourRating: 'above', predikat: 'very-good' }], 'the 2026 records');
      check(list.every((item) => Object.isFrozen(item)), 'records are frozen');
      check(okValue(await store.list({ year: 2025 }), 'list 2025').some((item) => item.nip === first), 'list by year holds every unit');
    });

    it('writes none of a put with an invalid record (ports/invalid-record)', async () => {
      const store = await makeStore();
      const unit = `unit-${uniqueNip().slice(8)}`;
      const good: PerformanceRecord = { nip: uniqueNip(), year: 2026, workUnitId: unit, workRating: 'meets', behaviourRating: 'below', predikat: 'needs-improvement' };
      errorWith(await store.put([good, { ...good, nip: uniqueNip(), predikat: 'excellent' } as never]), 'ports/invalid-record', 'put');
      checkSame(okValue(await store.list({ year: 2026, workUnitId: unit }), 'list').length, 0, 'records written');
    });
  });
}
