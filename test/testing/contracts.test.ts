/**
 * The contract suites fail on a store that breaks the contract: each is run on a deliberately broken in-memory
 * store through a recording test API, and the tests that must catch the fault fail.
 */
import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createMemoryStores, type Stores } from '../../src/ports';
import {
  describeEmployeeStoreContract, describeLeaveLedgerContract, describeLeaveRequestStoreContract, describePerformanceStoreContract,
  describeSurveyStoreContract, type TestApi,
} from '../../src/testing';

/** Registers the suite's tests in a list, runs them, and gives the names of those that failed. */
async function failures(register: (api: TestApi) => void): Promise<string[]> {
  const tests: { name: string; body: () => Promise<void> }[] = [];
  register({ describe: (_name, body) => { body(); }, it: (name, body) => { tests.push({ name, body }); } });
  const failed: string[] = [];
  for (const test of tests) {
    try {
      await test.body();
    } catch {
      failed.push(test.name);
    }
  }
  expect(tests.length).toBeGreaterThan(0);
  return failed;
}

describe('the contract suites', () => {
  it('pass on the in-memory stores', async () => {
    const stores = createMemoryStores();
    expect(await failures((api) => {
      describeEmployeeStoreContract(() => stores.employees, api);
      describeLeaveLedgerContract(() => stores.ledger, api);
      describeLeaveRequestStoreContract(() => stores, api);
      describePerformanceStoreContract(() => stores.performance, api);
      describeSurveyStoreContract(() => stores.surveys, api);
    })).toEqual([]);
  });

  it('catch a ledger that ignores the expected version', async () => {
    const { ledger } = createMemoryStores();
    const careless: Stores['ledger'] = {
      read: (nip, year) => ledger.read(nip, year),
      append: (append) => ledger.read(append.nip).andThen((snapshot) => ledger.append({ ...append, expectedVersion: snapshot.version })),
    };
    expect(await failures((api) => { describeLeaveLedgerContract(() => careless, api); })).toEqual([
      'refuses an append on a stale version with a retryable conflict, writing nothing',
    ]);
  });

  it('catch a request store that saves the state when the postings conflict', async () => {
    const stores = createMemoryStores();
    const halfway: Stores['requests'] = {
      ...stores.requests,
      save: (save) => (save.postings === undefined ? stores.requests.save(save)
        : stores.requests.save({ state: save.state, expectedVersion: save.expectedVersion }).andThen((stored) => stores.ledger
          .append({ nip: stored.nip, expectedVersion: save.postings?.expectedLedgerVersion ?? 0, entries: save.postings?.entries ?? [] }).map(() => stored))),
    };
    expect(await failures((api) => { describeLeaveRequestStoreContract(() => ({ ...stores, requests: halfway }), api); }))
      .toEqual(['writes a state and its postings together, and neither when the ledger moved on']);
  });

  it('catch stores that lose order, keys or questionnaires', async () => {
    const stores = createMemoryStores();
    const unsorted: Stores['employees'] = { ...stores.employees, list: (query) => stores.employees.list(query).map((list) => [...list].reverse()) };
    expect(await failures((api) => { describeEmployeeStoreContract(() => unsorted, api); }))
      .toEqual(['replaces the employee of the same NIP and lists a unit in NIP order']);
    const forgetful: Stores['performance'] = { ...stores.performance, put: () => okAsync(undefined) };
    expect(await failures((api) => { describePerformanceStoreContract(() => forgetful, api); }))
      .toEqual(['stores records, lists them by year and unit in NIP order, and replaces by employee and year', 'writes none of a put with an invalid record (ports/invalid-record)']);
    const lossy: Stores['surveys'] = { ...stores.surveys, read: (key) => stores.surveys.read(key).map((rows) => rows.slice(1)) };
    expect(await failures((api) => { describeSurveyStoreContract(() => lossy, api); }))
      .toEqual(['appends batches and reads them back in order, equal and frozen']);
  });
});
