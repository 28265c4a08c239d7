import type { EmployeeStore } from '../ports';
import { fixtureEmployee, uniqueNip } from './fixtures';
import { check, checkSame, errorWith, okValue, type MakeStore, type TestApi } from './test-api';

/**
 * Registers the contract of an {@link EmployeeStore} as tests: employees of both kinds come back equal and frozen;
 * an unknown NIP is `ports/not-found`; a put replaces the employee of the same NIP; `list` gives a unit's employees
 * in NIP order; a put with an invalid employee writes none of them (`ports/invalid-record`).
 *
 * @param makeStore - Gives the store under test (called once per test; may be async).
 * @param test - `describe` and `it` of your test framework.
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStores } from 'asn-kit/ports';
 * import { describeEmployeeStoreContract } from 'asn-kit/testing';
 * describeEmployeeStoreContract(() => createMemoryStores().employees, { describe, it });
 * ```
 */
export function describeEmployeeStoreContract(makeStore: MakeStore<EmployeeStore>, test: TestApi): void {
  const { describe, it } = test;
  const unit = (): string => `unit-${uniqueNip().slice(8)}`;
  describe('employee store (asn-kit contract)', () => {
    it('stores employees of both kinds and reads them back equal and frozen', async () => {
      const store = await makeStore();
      const employees = [okValue(fixtureEmployee(), 'PNS'), okValue(fixtureEmployee({ kind: 'PPPK', workWeek: 6 }), 'PPPK')];
      okValue(await store.put(employees), 'put');
      for (const employee of employees) {
        const read = okValue(await store.get(employee.nip), 'get');
        checkSame(read, employee, `employee ${employee.nip}`);
        check(Object.isFrozen(read) && Object.isFrozen(read.workUnit), 'the employee is frozen');
      }
      errorWith(await store.get(uniqueNip()), 'ports/not-found', 'get an unknown NIP');
    });

    it('replaces the employee of the same NIP and lists a unit in NIP order', async () => {
      const store = await makeStore();
      const [here, there] = [unit(), unit()];
      const employees = [uniqueNip(), uniqueNip(), uniqueNip()].map((nip) => okValue(fixtureEmployee({ nip, workUnitId: here }), 'employee'));
      okValue(await store.put([...employees].reverse()), 'put');
      const moved = okValue(fixtureEmployee({ nip: (employees[1] ?? employees[0])?.nip ?? '', workUnitId: there }), 'moved');
      okValue(await store.put([moved]), 'put moved');
      const nips = employees.map((employee) => employee.nip).sort();
      checkSame(okValue(await store.list({ workUnitId: here }), 'list').map((employee) => employee.nip), nips.filter((nip) => nip !== moved.nip), 'the unit\'s NIPs');
      checkSame(okValue(await store.list({ workUnitId: there }), 'list').map((employee) => employee.workUnit.id), [there], 'the other unit');
      check(okValue(await store.list(), 'list all').some((employee) => employee.nip === moved.nip), 'list() holds every employee');
    });

    it('writes none of a put with an invalid employee (ports/invalid-record)', async () => {
      const store = await makeStore();
      const good = okValue(fixtureEmployee(), 'employee');
      errorWith(await store.put([good, { ...good, nip: uniqueNip(), golongan: 'V/a' } as never]), 'ports/invalid-record', 'put');
      errorWith(await store.get(good.nip), 'ports/not-found', 'get');
    });
  });
}
