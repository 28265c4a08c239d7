import type { LeaveLedgerStore, PortsError } from '../ports';
import type { LedgerEntry } from '../leave';
import { fixtureLedgerEntry, uniqueNip } from './fixtures';
import { check, checkSame, errorWith, okValue, type MakeStore, type TestApi } from './test-api';

const entry = (type: LedgerEntry['type'], year: number, days: number): LedgerEntry =>
  okValue(fixtureLedgerEntry({ type, year, days, date: `${String(year)}-03-02` }), 'fixture entry');

/**
 * Registers the contract of a {@link LeaveLedgerStore} as tests: an unknown employee has an empty ledger at version
 * 0; appends keep their order and come back equal and frozen; reading by year filters but the version counts every
 * year; an append on a stale version is a retryable `ports/conflict` that writes nothing; of two appends on the same
 * version exactly one wins; an invalid entry writes nothing (`ports/invalid-record`); employees' ledgers are
 * independent. Each test uses NIPs of its own, so a shared database works.
 *
 * @param makeStore - Gives the store under test (called once per test; may be async).
 * @param test - `describe` and `it` of your test framework.
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStores } from 'asn-kit/ports';
 * import { describeLeaveLedgerContract } from 'asn-kit/testing';
 * describeLeaveLedgerContract(() => createMemoryStores().ledger, { describe, it });
 * ```
 */
export function describeLeaveLedgerContract(makeStore: MakeStore<LeaveLedgerStore>, test: TestApi): void {
  const { describe, it } = test;
  describe('leave ledger store (asn-kit contract)', () => {
    it('gives an unknown employee an empty ledger at version 0', async () => {
      const snapshot = okValue(await (await makeStore()).read(uniqueNip()), 'read');
      checkSame([snapshot.entries.length, snapshot.version], [0, 0], 'entries and version');
    });

    it('appends in order and reads back equal, frozen entries', async () => {
      const store = await makeStore();
      const nip = uniqueNip();
      const entries = [entry('grant', 2026, 12), entry('taken', 2026, 3), entry('returned', 2026, 1)];
      checkSame(okValue(await store.append({ nip, expectedVersion: 0, entries: entries.slice(0, 2) }), 'first append'), 2, 'version after 2 entries');
      checkSame(okValue(await store.append({ nip, expectedVersion: 2, entries: entries.slice(2) }), 'second append'), 3, 'version after 3 entries');
      const snapshot = okValue(await store.read(nip), 'read');
      checkSame(snapshot.entries, entries, 'entries');
      checkSame([snapshot.nip, snapshot.version], [nip, 3], 'nip and version');
      check(Object.isFrozen(snapshot.entries) && snapshot.entries.every((item) => Object.isFrozen(item)), 'entries are frozen');
    });

    it('reads one year, with the version of the whole ledger', async () => {
      const store = await makeStore();
      const nip = uniqueNip();
      okValue(await store.append({ nip, expectedVersion: 0, entries: [entry('grant', 2025, 12), entry('grant', 2026, 12), entry('taken', 2026, 2)] }), 'append');
      const year = okValue(await store.read(nip, 2025), 'read 2025');
      checkSame([year.entries.map((item) => item.year), year.version], [[2025], 3], '2025 entries and version');
      checkSame(okValue(await store.read(nip, 2024), 'read 2024').entries.length, 0, 'entries of a year without any');
    });

    it('refuses an append on a stale version with a retryable conflict, writing nothing', async () => {
      const store = await makeStore();
      const nip = uniqueNip();
      okValue(await store.append({ nip, expectedVersion: 0, entries: [entry('grant', 2026, 12)] }), 'append');
      for (const stale of [0, 2]) {
        const error: PortsError = errorWith(await store.append({ nip, expectedVersion: stale, entries: [entry('taken', 2026, 12)] }), 'ports/conflict', `append on version ${String(stale)}`);
        check(error.retryable, 'a conflict is retryable');
      }
      checkSame(okValue(await store.read(nip), 'read').version, 1, 'version after the refused appends');
    });

    it('lets exactly one of two appends on the same version win', async () => {
      const store = await makeStore();
      const nip = uniqueNip();
      okValue(await store.append({ nip, expectedVersion: 0, entries: [entry('grant', 2026, 12)] }), 'append');
      const results = await Promise.all([1, 2].map((days) => store.append({ nip, expectedVersion: 1, entries: [entry('taken', 2026, days * 4)] })));
      checkSame(results.map((result) => result.isOk()).sort(), [false, true], 'one Ok and one Err');
      checkSame(okValue(await store.read(nip), 'read').version, 2, 'version after the race');
    });

    it('writes none of an append with an invalid entry (ports/invalid-record)', async () => {
      const store = await makeStore();
      const nip = uniqueNip();
      const bad = { ...entry('taken', 2026, 1), days: -1 };
      errorWith(await store.append({ nip, expectedVersion: 0, entries: [entry('grant', 2026, 12), bad] }), 'ports/invalid-record', 'append with a negative day count');
      checkSame(okValue(await store.read(nip), 'read').version, 0, 'version');
    });

    it('accepts an empty append on the current version and keeps employees apart', async () => {
      const store = await makeStore();
      const [first, second] = [uniqueNip(), uniqueNip('pppk')];
      checkSame(okValue(await store.append({ nip: first, expectedVersion: 0, entries: [] }), 'empty append'), 0, 'version');
      okValue(await store.append({ nip: first, expectedVersion: 0, entries: [entry('grant', 2026, 12)] }), 'append');
      checkSame(okValue(await store.read(second), 'read other').version, 0, 'the other employee\'s version');
    });
  });
}
