import { describe, expect, it } from 'vitest';
import { createMemoryStores, type PerformanceRecord } from '../../src/ports';
import { fixtureEmployee, fixtureLedger, fixtureLeaveState } from '../../src/testing';
import { dataOf } from '../error-data';
import type { PortsError } from '../../src/ports';

/** What a refused record is (`data.what` of a `ports/invalid-record` error that carries the parser's error). */
function what(error: PortsError): string | undefined {
  const data = dataOf(error, 'ports/invalid-record');
  return 'what' in data ? data.what : undefined;
}

const HEAD = '198001012005011001';
const STAFF = '199001012015031001';

describe('createMemoryStores', () => {
  it('employees: listed in NIP order, all or one unit; an unknown NIP names the employee', async () => {
    const { employees } = createMemoryStores();
    const [staff, head] = [fixtureEmployee({ nip: STAFF, workUnitId: 'dinkes' })._unsafeUnwrap(), fixtureEmployee({ nip: HEAD })._unsafeUnwrap()];
    (await employees.put([staff, head]))._unsafeUnwrap();
    expect((await employees.list())._unsafeUnwrap().map((employee) => employee.nip)).toEqual([HEAD, STAFF]);
    expect((await employees.list({}))._unsafeUnwrap().map((employee) => employee.nip)).toEqual([HEAD, STAFF]);
    expect((await employees.list({ workUnitId: 'dinkes' }))._unsafeUnwrap().map((employee) => employee.nip)).toEqual([STAFF]);
    expect(Object.isFrozen((await employees.list())._unsafeUnwrap())).toBe(true);
    expect((await employees.get('1'))._unsafeUnwrapErr()).toMatchObject({ code: 'ports/not-found', data: { what: 'employee', key: '1' } });
    const invalid = (await employees.put([{ ...staff, golongan: 'V/a' } as never]))._unsafeUnwrapErr();
    expect([invalid.code, what(invalid)]).toEqual(['ports/invalid-record', 'employee']);
  });

  it('the ledger: read by year with the whole version; a stale append names the versions', async () => {
    const { ledger } = createMemoryStores();
    const entries = fixtureLedger(2026, [2])._unsafeUnwrap();
    expect((await ledger.append({ nip: STAFF, expectedVersion: 0, entries }))._unsafeUnwrap()).toBe(2);
    expect((await ledger.read(STAFF, 2026))._unsafeUnwrap()).toEqual({ nip: STAFF, entries, version: 2 });
    expect((await ledger.read(STAFF, 2025))._unsafeUnwrap()).toEqual({ nip: STAFF, entries: [], version: 2 });
    expect((await ledger.read(HEAD))._unsafeUnwrap()).toEqual({ nip: HEAD, entries: [], version: 0 });
    expect((await ledger.append({ nip: STAFF, expectedVersion: 1, entries }))._unsafeUnwrapErr()).toMatchObject({
      code: 'ports/conflict', data: { what: 'leave ledger', key: STAFF, expected: 1, actual: 2 },
    });
    expect(what((await ledger.append({ nip: STAFF, expectedVersion: 2, entries: [{ type: 'grant' }] as never }))._unsafeUnwrapErr())).toBe('ledger entries');
  });

  it('requests: a taken id, a stale version and a stale ledger, each named; listed by employee', async () => {
    const { requests, ledger } = createMemoryStores();
    const employee = fixtureEmployee({ nip: STAFF })._unsafeUnwrap();
    const state = fixtureLeaveState(employee, { id: 'R-1' })._unsafeUnwrap();
    expect((await requests.save({ state, expectedVersion: 0 }))._unsafeUnwrap()).toEqual({ id: 'R-1', nip: STAFF, version: 1, state });
    expect((await requests.save({ state, expectedVersion: 0 }))._unsafeUnwrapErr()).toMatchObject({ code: 'ports/already-exists', data: { what: 'leave request', key: 'R-1' } });
    expect((await requests.save({ state, expectedVersion: 3 }))._unsafeUnwrapErr()).toMatchObject({ code: 'ports/conflict', data: { what: 'leave request', key: 'R-1', expected: 3, actual: 1 } });
    expect((await requests.save({ state: fixtureLeaveState(employee, { id: 'R-2' })._unsafeUnwrap(), expectedVersion: 1 }))._unsafeUnwrapErr())
      .toMatchObject({ code: 'ports/conflict', data: { key: 'R-2', expected: 1, actual: 0 } });
    const postings = { expectedLedgerVersion: 4, entries: state.decision.postings };
    expect((await requests.save({ state, expectedVersion: 1, postings }))._unsafeUnwrapErr()).toMatchObject({ code: 'ports/conflict', data: { what: 'leave ledger', expected: 4, actual: 0 } });
    expect((await requests.save({ state, expectedVersion: 1, postings: { ...postings, expectedLedgerVersion: 0 } }))._unsafeUnwrap().version).toBe(2);
    expect((await ledger.read(STAFF))._unsafeUnwrap().version).toBe(1);
    expect((await requests.get('R-9'))._unsafeUnwrapErr()).toMatchObject({ code: 'ports/not-found', data: { what: 'leave request', key: 'R-9' } });
    expect((await requests.listByEmployee(STAFF))._unsafeUnwrap().map((stored) => [stored.id, stored.version])).toEqual([['R-1', 2]]);
    expect((await requests.listByEmployee(HEAD))._unsafeUnwrap()).toEqual([]);
    expect(what((await requests.save({ state: { ...state, status: 'lost' } as never, expectedVersion: 2 }))._unsafeUnwrapErr())).toBe('leave workflow state');
  });

  it('performance: one record per employee and year, listed by year (and unit) in NIP order', async () => {
    const { performance } = createMemoryStores();
    const record = (nip: string, year: number, workUnitId: string): PerformanceRecord => ({ nip, year, workUnitId, workRating: 'meets', behaviourRating: 'meets', predikat: 'good' });
    (await performance.put([record(STAFF, 2026, 'a'), record(HEAD, 2026, 'b'), record(HEAD, 2025, 'b'), record(STAFF, 2026, 'c')]))._unsafeUnwrap();
    expect((await performance.list({ year: 2026 }))._unsafeUnwrap()).toEqual([record(HEAD, 2026, 'b'), record(STAFF, 2026, 'c')]);
    expect((await performance.list({ year: 2026, workUnitId: 'c' }))._unsafeUnwrap()).toEqual([record(STAFF, 2026, 'c')]);
    expect((await performance.list({ year: 2024 }))._unsafeUnwrap()).toEqual([]);
    expect((await performance.put([{ ...record(STAFF, 2026, 'a'), predikat: 'excellent' } as never]))._unsafeUnwrapErr().code).toBe('ports/invalid-record');
  });

  it('surveys: kept per unit, period and scheme, parsed by the scheme of the key', async () => {
    const { surveys } = createMemoryStores();
    const key = { unitId: 'dinkes', period: '2026-S1', scheme: '2017' } as const;
    const row = [4, 4, 3, 4, 3, 4, 4, 3, 4] as const;
    (await surveys.append(key, [row]))._unsafeUnwrap();
    (await surveys.append(key, [row]))._unsafeUnwrap();
    expect((await surveys.read(key))._unsafeUnwrap()).toEqual([row, row]);
    expect((await surveys.read({ ...key, unitId: 'bkpsdm' }))._unsafeUnwrap()).toEqual([]);
    expect(Object.isFrozen((await surveys.read({ ...key, period: '2026-S2' }))._unsafeUnwrap())).toBe(true);
    const refused = (await surveys.append({ ...key, scheme: '2004' }, [row]))._unsafeUnwrapErr();
    expect([refused.code, what(refused)]).toEqual(['ports/invalid-record', 'survey responses']);
  });
});
