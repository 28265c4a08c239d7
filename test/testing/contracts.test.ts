/**
 * The contract suites fail on a store that breaks the contract: each is run on a deliberately broken in-memory
 * store through a recording test API, and the tests that must catch the fault fail.
 */
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createMemoryStores, storageFailure, versionConflict, type PortsError, type Stores, type StoredLeaveRequest } from '../../src/ports';
import {
  describeEmployeeStoreContract, describeLeaveLedgerContract, describeLeaveRequestStoreContract, describePerformanceStoreContract,
  describeStoresContract, describeSurveyStoreContract, fixtureEmployee, type TestApi,
} from '../../src/testing';
import { okValue } from '../../src/testing/test-api';

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

/** What each contract test says when the n-th call of the adapter fails, for n = 1, 2, … until the test passes. */
const REPORT: Readonly<Record<string, readonly string[]>> = {
  'stores employees of both kinds and reads them back equal and frozen': [
    'asn-kit contract: put failed',
    'asn-kit contract: get failed',
    'asn-kit contract: get failed',
    'asn-kit contract: get an unknown NIP: expected code ports/not-found, got ports/storage-failure',
  ],
  'replaces the employee of the same NIP and lists a unit in NIP order': [
    'asn-kit contract: put failed',
    'asn-kit contract: put moved failed',
    'asn-kit contract: list failed',
    'asn-kit contract: list failed',
    'asn-kit contract: list all failed',
  ],
  'writes none of a put with an invalid employee (ports/invalid-record)': [
    'asn-kit contract: put: expected code ports/invalid-record, got ports/storage-failure',
    'asn-kit contract: get: expected code ports/not-found, got ports/storage-failure',
  ],
  'gives an unknown employee an empty ledger at version 0': [
    'asn-kit contract: read failed',
  ],
  'appends in order and reads back equal, frozen entries': [
    'asn-kit contract: first append failed',
    'asn-kit contract: second append failed',
    'asn-kit contract: read failed',
  ],
  'reads one year, with the version of the whole ledger': [
    'asn-kit contract: append failed',
    'asn-kit contract: read 2025 failed',
    'asn-kit contract: read 2024 failed',
  ],
  'refuses an append on a stale version with a retryable conflict, writing nothing': [
    'asn-kit contract: append failed',
    'asn-kit contract: append on version 0: expected code ports/conflict, got ports/storage-failure',
    'asn-kit contract: append on version 2: expected code ports/conflict, got ports/storage-failure',
    'asn-kit contract: read failed',
  ],
  'lets exactly one of two appends on the same version win': [
    'asn-kit contract: append failed',
  ],
  'writes none of an append with an invalid entry (ports/invalid-record)': [
    'asn-kit contract: append with a negative day count: expected code ports/invalid-record, got ports/storage-failure',
    'asn-kit contract: read failed',
  ],
  'accepts an empty append on the current version and keeps employees apart': [
    'asn-kit contract: empty append failed',
    'asn-kit contract: append failed',
    'asn-kit contract: read other failed',
  ],
  'reports an unknown id as ports/not-found': [
    'asn-kit contract: get: expected code ports/not-found, got ports/storage-failure',
  ],
  'saves a new request at version 1 and reads it back equal and frozen, in creation order': [
    'asn-kit contract: save failed',
    'asn-kit contract: save failed',
    'asn-kit contract: get failed',
    'asn-kit contract: list failed',
    'asn-kit contract: list other failed',
  ],
  'refuses a taken id (ports/already-exists) and a stale version (ports/conflict)': [
    'asn-kit contract: save failed',
    'asn-kit contract: second create: expected code ports/already-exists, got ports/storage-failure',
    'asn-kit contract: save on version 2: expected code ports/conflict, got ports/storage-failure',
    'asn-kit contract: save on version 1 failed',
    'asn-kit contract: get failed',
  ],
  'writes a state and its postings together, and neither when the ledger moved on': [
    'asn-kit contract: save failed',
    'asn-kit contract: consider failed',
    'asn-kit contract: empty append failed',
    'asn-kit contract: save on a stale ledger: expected code ports/conflict, got ports/storage-failure',
    'asn-kit contract: get failed',
    'asn-kit contract: read failed',
    'asn-kit contract: approve failed',
    'asn-kit contract: read failed',
    'asn-kit contract: get failed',
  ],
  'lets exactly one of two saves on the same version win': [
    'asn-kit contract: save failed',
  ],
  'refuses an invalid state (ports/invalid-record)': [
    'asn-kit contract: save: expected code ports/invalid-record, got ports/storage-failure',
    'asn-kit contract: get: expected code ports/not-found, got ports/storage-failure',
  ],
  'stores records, lists them by year and unit in NIP order, and replaces by employee and year': [
    'asn-kit contract: put failed',
    'asn-kit contract: replace failed',
    'asn-kit contract: list failed',
    'asn-kit contract: list 2025 failed',
  ],
  'writes none of a put with an invalid record (ports/invalid-record)': [
    'asn-kit contract: put: expected code ports/invalid-record, got ports/storage-failure',
    'asn-kit contract: list failed',
  ],
  'appends batches and reads them back in order, equal and frozen': [
    'asn-kit contract: read empty failed',
    'asn-kit contract: append failed',
    'asn-kit contract: append failed',
    'asn-kit contract: read failed',
    'asn-kit contract: read other period failed',
    'asn-kit contract: append 2004 failed',
    'asn-kit contract: read 2004 failed',
  ],
  'writes none of a batch with an invalid answer (ports/invalid-record)': [
    'asn-kit contract: append: expected code ports/invalid-record, got ports/storage-failure',
    'asn-kit contract: read failed',
  ],
};

/** The suite's tests as registered: each with the names of the groups it is in. */
function registered(register: (api: TestApi) => void): { name: string; body: () => Promise<void> }[] {
  const tests: { name: string; body: () => Promise<void> }[] = [];
  const groups: string[] = [];
  register({
    describe: (name, body) => { groups.push(name); body(); groups.pop(); },
    it: (name, body) => { tests.push({ name: [...groups, name].join(' > '), body }); },
  });
  return tests;
}

/** What a failed contract test says, shortened to the step it names (the JSON of the values left out). */
async function outcome(body: () => Promise<void>): Promise<string> {
  try {
    await body();
    return 'passed';
  } catch (error) {
    const message = (error as Error).message;
    return message.replace(/ failed: \{.*$/s, ' failed').replace(/: expected [[{].*$/s, ': expected …');
  }
}

/**
 * Every port of fresh in-memory stores, with the call numbered `failAt.at` (counting from 1 over every port, from
 * the making of the stores) answering a retryable storage failure instead.
 */
function failingStores(failAt: { at: number }): () => Stores {
  return () => {
    const stores = createMemoryStores();
    let calls = 0;
    const wrap = <F extends (...args: never[]) => ResultAsync<unknown, PortsError>>(call: F): F => ((...args: Parameters<F>) => {
      calls += 1;
      return calls === failAt.at ? errAsync(storageFailure('injected')) : call(...args);
    }) as F;
    const each = <T extends object>(port: T): T =>
      Object.fromEntries(Object.entries(port).map(([name, call]) => [name, wrap(call as never)])) as T;
    return {
      employees: each(stores.employees), ledger: each(stores.ledger), requests: each(stores.requests),
      performance: each(stores.performance), surveys: each(stores.surveys),
    };
  };
}

describe('the contract suites name what they check', () => {
  it('register these groups and tests (through describeStoresContract, under the adapter\'s name)', () => {
    const stores = createMemoryStores();
    expect(registered((api) => { describeStoresContract('in-memory', () => stores, api); }).map((test) => test.name)).toEqual([
      'in-memory adapter > employee store (asn-kit contract) > stores employees of both kinds and reads them back equal and frozen',
      'in-memory adapter > employee store (asn-kit contract) > replaces the employee of the same NIP and lists a unit in NIP order',
      'in-memory adapter > employee store (asn-kit contract) > writes none of a put with an invalid employee (ports/invalid-record)',
      'in-memory adapter > leave ledger store (asn-kit contract) > gives an unknown employee an empty ledger at version 0',
      'in-memory adapter > leave ledger store (asn-kit contract) > appends in order and reads back equal, frozen entries',
      'in-memory adapter > leave ledger store (asn-kit contract) > reads one year, with the version of the whole ledger',
      'in-memory adapter > leave ledger store (asn-kit contract) > refuses an append on a stale version with a retryable conflict, writing nothing',
      'in-memory adapter > leave ledger store (asn-kit contract) > lets exactly one of two appends on the same version win',
      'in-memory adapter > leave ledger store (asn-kit contract) > writes none of an append with an invalid entry (ports/invalid-record)',
      'in-memory adapter > leave ledger store (asn-kit contract) > accepts an empty append on the current version and keeps employees apart',
      'in-memory adapter > leave request store (asn-kit contract) > reports an unknown id as ports/not-found',
      'in-memory adapter > leave request store (asn-kit contract) > saves a new request at version 1 and reads it back equal and frozen, in creation order',
      'in-memory adapter > leave request store (asn-kit contract) > refuses a taken id (ports/already-exists) and a stale version (ports/conflict)',
      'in-memory adapter > leave request store (asn-kit contract) > writes a state and its postings together, and neither when the ledger moved on',
      'in-memory adapter > leave request store (asn-kit contract) > lets exactly one of two saves on the same version win',
      'in-memory adapter > leave request store (asn-kit contract) > refuses an invalid state (ports/invalid-record)',
      'in-memory adapter > performance store (asn-kit contract) > stores records, lists them by year and unit in NIP order, and replaces by employee and year',
      'in-memory adapter > performance store (asn-kit contract) > writes none of a put with an invalid record (ports/invalid-record)',
      'in-memory adapter > survey response store (asn-kit contract) > appends batches and reads them back in order, equal and frozen',
      'in-memory adapter > survey response store (asn-kit contract) > writes none of a batch with an invalid answer (ports/invalid-record)',
    ]);
  });

  it('pass through describeStoresContract on stores made afresh for each test, even asynchronously', async () => {
    const tests = registered((api) => { describeStoresContract('in-memory', () => Promise.resolve(createMemoryStores()), api); });
    expect(await Promise.all(tests.map((test) => outcome(test.body)))).toEqual(tests.map(() => 'passed'));
  });

  it('report the step that failed when a call of the adapter fails', async () => {
    const failAt = { at: 0 };
    const tests = registered((api) => { describeStoresContract('failing', failingStores(failAt), api); });
    const report: Record<string, string[]> = {};
    for (const test of tests) {
      const steps: string[] = [];
      for (failAt.at = 1; ; failAt.at += 1) {
        const said = await outcome(test.body);
        if (said === 'passed') break;
        steps.push(said);
      }
      report[test.name.slice(test.name.lastIndexOf(' > ') + 3)] = steps;
    }
    expect(report).toEqual(REPORT);
  });
});

describe('each check of the contract suites, on a store that breaks it', () => {
  /** The failing tests of a suite on a store, each with what it said. */
  async function said(register: (api: TestApi) => void): Promise<Record<string, string>> {
    const found: Record<string, string> = {};
    for (const test of registered(register)) {
      const result = await outcome(test.body);
      if (result !== 'passed') found[test.name.slice(test.name.lastIndexOf(' > ') + 3)] = result;
    }
    return found;
  }
  /** A deep copy that is not frozen, as a store that hands out its own mutable rows would give. */
  const thawed = <T>(value: T): T => structuredClone(value);
  const notRetryable = (error: PortsError): PortsError => ({ ...error, retryable: false });

  it('the employee store: frozen, equal, unknown, filtered, listed, all or none', async () => {
    const stores = createMemoryStores();
    const base = stores.employees;
    const on = async (store: Stores['employees']) => said((api) => { describeEmployeeStoreContract(() => store, api); });
    expect(await on({ ...base, get: (nip) => base.get(nip).map(thawed) })).toEqual({
      'stores employees of both kinds and reads them back equal and frozen': 'asn-kit contract: the employee is frozen',
    });
    expect(await on({ ...base, get: (nip) => base.get(nip).map((employee) => ({ ...employee, name: 'Lain' })) })).toEqual({
      'stores employees of both kinds and reads them back equal and frozen': expect.stringMatching(/^asn-kit contract: employee \d{18}: expected …$/) as string,
    });
    const first = okValue(fixtureEmployee(), 'employee');
    okValue(await base.put([first]), 'put');
    expect(await on({ ...base, get: (nip) => base.get(nip).orElse(() => okAsync(first)) })).toEqual({
      'stores employees of both kinds and reads them back equal and frozen': 'asn-kit contract: get an unknown NIP: expected an Err with code ports/not-found, got Ok',
      'writes none of a put with an invalid employee (ports/invalid-record)': 'asn-kit contract: get: expected an Err with code ports/not-found, got Ok',
    });
    expect(await on({ ...base, list: () => base.list() })).toEqual({
      'replaces the employee of the same NIP and lists a unit in NIP order': 'asn-kit contract: the unit\'s NIPs: expected …',
    });
    expect(await on({ ...base, list: (query) => (query === undefined ? okAsync([]) : base.list(query)) })).toEqual({
      'replaces the employee of the same NIP and lists a unit in NIP order': 'asn-kit contract: list() holds every employee',
    });
    expect(await on({ ...base, list: (query) => base.list(query).map((list) => (list.length === 1 ? [] : list)) })).toEqual({
      'replaces the employee of the same NIP and lists a unit in NIP order': 'asn-kit contract: the other unit: expected …',
    });
    const piecemeal: Stores['employees'] = { ...base, put: (list) => base.put(list.slice(0, 1)).andThen(() => base.put(list)) };
    expect(await on(piecemeal)).toEqual({
      'writes none of a put with an invalid employee (ports/invalid-record)': 'asn-kit contract: get: expected an Err with code ports/not-found, got Ok',
    });
  });

  it('the ledger store: version 0, order, the year read, retryable conflicts, all or none, employees apart', async () => {
    const { ledger } = createMemoryStores();
    const on = async (store: Stores['ledger']) => said((api) => { describeLeaveLedgerContract(() => store, api); });
    expect(await on({ ...ledger, read: (nip, year) => ledger.read(nip, year).map(thawed) })).toEqual({
      'appends in order and reads back equal, frozen entries': 'asn-kit contract: entries are frozen',
    });
    expect(await on({ ...ledger, read: (nip, year) => ledger.read(nip, year).map((snapshot) => ({ ...snapshot, entries: Object.freeze([...snapshot.entries].reverse()) })) })).toEqual({
      'appends in order and reads back equal, frozen entries': 'asn-kit contract: entries: expected …',
    });
    expect(await on({ ...ledger, read: (nip) => ledger.read(nip) })).toEqual({
      'reads one year, with the version of the whole ledger': 'asn-kit contract: 2025 entries and version: expected …',
    });
    expect(await on({ ...ledger, read: (nip, year) => ledger.read(nip, year === 2024 ? undefined : year) })).toEqual({
      'reads one year, with the version of the whole ledger': 'asn-kit contract: entries of a year without any: expected 0, got 3',
    });
    expect(await on({ ...ledger, read: (nip, year) => ledger.read(nip, year).map((snapshot) => ({ ...snapshot, version: snapshot.version + 1 })) })).toEqual({
      'gives an unknown employee an empty ledger at version 0': 'asn-kit contract: entries and version: expected …',
      'appends in order and reads back equal, frozen entries': 'asn-kit contract: nip and version: expected …',
      'reads one year, with the version of the whole ledger': 'asn-kit contract: 2025 entries and version: expected …',
      'refuses an append on a stale version with a retryable conflict, writing nothing': 'asn-kit contract: version after the refused appends: expected 1, got 2',
      'lets exactly one of two appends on the same version win': 'asn-kit contract: version after the race: expected 2, got 3',
      'writes none of an append with an invalid entry (ports/invalid-record)': 'asn-kit contract: version: expected 0, got 1',
      'accepts an empty append on the current version and keeps employees apart': 'asn-kit contract: the other employee\'s version: expected 0, got 1',
    });
    expect(await on({ ...ledger, append: (append) => ledger.append(append).mapErr(notRetryable) })).toEqual({
      'refuses an append on a stale version with a retryable conflict, writing nothing': 'asn-kit contract: a conflict is retryable',
    });
    expect(await on({ ...ledger, append: (append) => ledger.append(append).map((version) => version - append.entries.length + 1) })).toEqual({
      'appends in order and reads back equal, frozen entries': 'asn-kit contract: version after 2 entries: expected 2, got 1',
      'accepts an empty append on the current version and keeps employees apart': 'asn-kit contract: version: expected 0, got 1',
    });
    const piecemeal: Stores['ledger'] = {
      ...ledger,
      append: (append) => ledger.append({ ...append, entries: append.entries.slice(0, 1) })
        .andThen((version) => ledger.append({ ...append, expectedVersion: version, entries: append.entries.slice(1) })),
    };
    expect(await on(piecemeal)).toEqual({
      'writes none of an append with an invalid entry (ports/invalid-record)': 'asn-kit contract: version: expected 0, got 1',
    });
  });

  it('the leave request store: versions, frozen states, creation order, retryable conflicts, invalid states', async () => {
    const stores = createMemoryStores();
    const { requests } = stores;
    const on = async (store: Stores['requests']) => said((api) => { describeLeaveRequestStoreContract(() => ({ ...stores, requests: store }), api); });
    expect(await on({ ...requests, save: (save) => requests.save(save).map((stored) => ({ ...stored, version: stored.version + 1 })) })).toEqual({
      'saves a new request at version 1 and reads it back equal and frozen, in creation order': 'asn-kit contract: id, nip and version: expected …',
      'refuses a taken id (ports/already-exists) and a stale version (ports/conflict)': 'asn-kit contract: version: expected 2, got 3',
    });
    expect(await on({ ...requests, get: (id) => requests.get(id).map(thawed) })).toEqual({
      'saves a new request at version 1 and reads it back equal and frozen, in creation order': 'asn-kit contract: the state is frozen',
    });
    expect(await on({ ...requests, listByEmployee: (nip) => requests.listByEmployee(nip).map((list) => [...list].reverse()) })).toEqual({
      'saves a new request at version 1 and reads it back equal and frozen, in creation order': 'asn-kit contract: the ids in creation order: expected …',
    });
    const saved: StoredLeaveRequest[] = [];
    const everyone: Stores['requests'] = {
      ...requests,
      save: (save) => requests.save(save).map((stored) => { saved.push(stored); return stored; }),
      listByEmployee: () => okAsync(saved.filter((stored) => stored.version === 1)),
    };
    expect(await on(everyone)).toEqual({
      'saves a new request at version 1 and reads it back equal and frozen, in creation order': 'asn-kit contract: another employee\'s requests: expected 0, got 2',
    });
    expect(await on({ ...requests, save: (save) => requests.save(save).mapErr(notRetryable) })).toEqual({
      'refuses a taken id (ports/already-exists) and a stale version (ports/conflict)': 'asn-kit contract: retryable',
    });
    expect(await on({ ...requests, get: (id) => requests.get(id).map((stored) => (stored.version > 1 ? { ...stored, state: { ...stored.state, status: 'submitted' as const } } : stored)) })).toEqual({
      'refuses a taken id (ports/already-exists) and a stale version (ports/conflict)': 'asn-kit contract: status: expected "considered", got "submitted"',
      'writes a state and its postings together, and neither when the ledger moved on': 'asn-kit contract: status after the refused save: expected "considered", got "submitted"',
    });
    expect(await on({ ...requests, save: (save) => (save.state.status === 'approved' && save.postings !== undefined ? requests.save({ state: save.state, expectedVersion: save.expectedVersion }) : requests.save(save)) })).toEqual({
      'writes a state and its postings together, and neither when the ledger moved on': 'asn-kit contract: save on a stale ledger: expected an Err with code ports/conflict, got Ok',
    });
    const trusting: Stores['requests'] = {
      ...requests,
      save: (save) => (save.state.status === ('lost' as never) ? okAsync({ id: save.state.decision.request.id, nip: '', version: 1, state: save.state }) : requests.save(save)),
    };
    expect(await on(trusting)).toEqual({
      'refuses an invalid state (ports/invalid-record)': 'asn-kit contract: save: expected an Err with code ports/invalid-record, got Ok',
    });
  });

  it('the performance and survey stores: frozen, filtered, all or none', async () => {
    const { performance, surveys } = createMemoryStores();
    const onRecords = async (store: Stores['performance']) => said((api) => { describePerformanceStoreContract(() => store, api); });
    const onSurveys = async (store: Stores['surveys']) => said((api) => { describeSurveyStoreContract(() => store, api); });
    expect(await onRecords({ ...performance, list: (query) => performance.list(query).map(thawed) })).toEqual({
      'stores records, lists them by year and unit in NIP order, and replaces by employee and year': 'asn-kit contract: records are frozen',
    });
    expect(await onRecords({ ...performance, list: (query) => (query.workUnitId === undefined ? okAsync([]) : performance.list(query)) })).toEqual({
      'stores records, lists them by year and unit in NIP order, and replaces by employee and year': 'asn-kit contract: list by year holds every unit',
    });
    expect(await onRecords({ ...performance, put: (list) => performance.put(list.slice(0, 1)).andThen(() => performance.put(list)) })).toEqual({
      'writes none of a put with an invalid record (ports/invalid-record)': 'asn-kit contract: records written: expected 0, got 1',
    });
    expect(await onSurveys({ ...surveys, read: (key) => surveys.read(key).map(thawed) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: the questionnaires are frozen',
    });
    expect(await onSurveys({ ...surveys, read: (key) => surveys.read({ ...key, period: '2026-S1' }) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: another period: expected …',
    });
    expect(await onSurveys({ ...surveys, read: (key) => surveys.read({ ...key, scheme: '2017' }).map((rows) => (key.scheme === '2004' ? [] : rows)) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: the 2004 survey: expected 1, got 0',
    });
    expect(await onSurveys({ ...surveys, read: (key) => surveys.read(key).map((rows) => (rows.length === 0 ? [[1, 1, 1, 1, 1, 1, 1, 1, 1]] : rows)) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: an empty survey: expected …',
      'writes none of a batch with an invalid answer (ports/invalid-record)': 'asn-kit contract: questionnaires written: expected 0, got 1',
    });
    expect(await onSurveys({ ...surveys, append: (key, rows) => surveys.append(key, rows.slice(0, 1)).andThen(() => surveys.append(key, rows)) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: the questionnaires: expected …',
      'writes none of a batch with an invalid answer (ports/invalid-record)': 'asn-kit contract: questionnaires written: expected 0, got 1',
    });
  });
});

describe('the contract suites catch half-frozen values, lost writes and wrong versions', () => {
  async function said(register: (api: TestApi) => void): Promise<Record<string, string>> {
    const found: Record<string, string> = {};
    for (const test of registered(register)) {
      const result = await outcome(test.body);
      if (result !== 'passed') found[test.name.slice(test.name.lastIndexOf(' > ') + 3)] = result;
    }
    return found;
  }
  /** The list frozen, but only its first item. */
  const firstFrozen = <T extends object>(list: readonly T[]): readonly T[] => Object.freeze(list.map((item, index) => (index === 0 ? item : { ...item })));

  it('the employee store: an employee frozen but not its unit; a list without the employee moved; insertion order', async () => {
    const stores = createMemoryStores();
    const base = stores.employees;
    const on = async (store: Stores['employees']) => said((api) => { describeEmployeeStoreContract(() => store, api); });
    expect(await on({ ...base, get: (nip) => base.get(nip).map((employee) => Object.freeze({ ...employee, workUnit: { ...employee.workUnit } })) })).toEqual({
      'stores employees of both kinds and reads them back equal and frozen': 'asn-kit contract: the employee is frozen',
    });
    okValue(await base.put([okValue(fixtureEmployee(), 'employee')]), 'put');
    expect(await on({ ...base, list: (query) => base.list(query ?? { workUnitId: 'bkpsdm' }) })).toEqual({
      'replaces the employee of the same NIP and lists a unit in NIP order': 'asn-kit contract: list() holds every employee',
    });
    const order: string[] = [];
    const inserted: Stores['employees'] = {
      ...base,
      put: (list) => base.put(list).map(() => { for (const employee of list) if (!order.includes(employee.nip)) order.push(employee.nip); }),
      list: (query) => base.list(query).map((found) => [...found].sort((left, right) => order.indexOf(left.nip) - order.indexOf(right.nip))),
    };
    expect(await on(inserted)).toEqual({ 'replaces the employee of the same NIP and lists a unit in NIP order': 'asn-kit contract: the unit\'s NIPs: expected …' });
  });

  it('the ledger store: entries frozen as a list only; the second version wrong; a lost race winner; one ledger for all', async () => {
    const { ledger } = createMemoryStores();
    const on = async (store: Stores['ledger']) => said((api) => { describeLeaveLedgerContract(() => store, api); });
    const half = { ...ledger, read: (nip: string, year?: number) => ledger.read(nip, year).map((snapshot) => ({ ...snapshot, entries: firstFrozen(snapshot.entries) })) };
    expect(await on(half)).toEqual({ 'appends in order and reads back equal, frozen entries': 'asn-kit contract: entries are frozen' });
    expect(await on({ ...ledger, read: (nip, year) => ledger.read(nip, year).map((snapshot) => ({ ...snapshot, entries: Object.freeze(snapshot.entries.map((entry) => ({ ...entry }))) })) })).toEqual({
      'appends in order and reads back equal, frozen entries': 'asn-kit contract: entries are frozen',
    });
    expect(await on({ ...ledger, append: (append) => ledger.append(append).map((version) => (append.expectedVersion > 0 ? version + 1 : version)) })).toEqual({
      'appends in order and reads back equal, frozen entries': 'asn-kit contract: version after 3 entries: expected 3, got 4',
    });
    const both: Stores['ledger'] = { ...ledger, append: (append) => (append.expectedVersion === 1 && append.entries.length === 1 && append.entries[0]?.type === 'taken' ? okAsync(2) : ledger.append(append)) };
    expect(await on(both)).toEqual({
      'lets exactly one of two appends on the same version win': 'asn-kit contract: one Ok and one Err: expected …',
    });
    let calls = 0;
    const lost: Stores['ledger'] = {
      ...ledger,
      append: (append) => {
        if (append.expectedVersion !== 1 || append.entries[0]?.days === 12) return ledger.append(append);
        calls += 1;
        return calls % 2 === 1 ? okAsync(2) : errAsync(storageFailure('lost'));
      },
    };
    expect((await on(lost))['lets exactly one of two appends on the same version win']).toBe('asn-kit contract: version after the race: expected 2, got 1');
    const shared: Stores['ledger'] = {
      read: (nip, year) => ledger.read('shared', year).map((snapshot) => ({ ...snapshot, nip })),
      append: (append) => ledger.append({ ...append, nip: 'shared' }),
    };
    expect((await on(shared))['accepts an empty append on the current version and keeps employees apart']).toMatch(/^asn-kit contract: /);
  });

  it('the request store: a state frozen but not its request; the state, the postings and the status read back', async () => {
    const stores = createMemoryStores();
    const { requests, ledger } = stores;
    const on = async (store: Pick<Stores, 'requests' | 'ledger'>) => said((api) => { describeLeaveRequestStoreContract(() => store, api); });
    expect(await on({ ledger, requests: { ...requests, get: (id) => requests.get(id).map((stored) => ({ ...stored, state: Object.freeze({ ...stored.state, decision: { ...stored.state.decision, request: { ...stored.state.decision.request } } }) })) } })).toEqual({
      'saves a new request at version 1 and reads it back equal and frozen, in creation order': 'asn-kit contract: the state is frozen',
    });
    expect(await on({ ledger, requests: { ...requests, get: (id) => requests.get(id).map((stored) => ({ ...stored, state: { ...stored.state, history: [] } })) } })).toEqual({
      'saves a new request at version 1 and reads it back equal and frozen, in creation order': 'asn-kit contract: the state read back: expected …',
    });
    expect(await on({ ledger, requests: { ...requests, get: (id) => (id === 'no-such-request' ? okAsync({} as never) : requests.get(id)) } })).toEqual({
      'reports an unknown id as ports/not-found': 'asn-kit contract: get: expected an Err with code ports/not-found, got Ok',
    });
    const leaky: Stores['requests'] = {
      ...requests,
      save: (save) => (save.postings === undefined || save.postings.expectedLedgerVersion === 0 ? requests.save(save)
        : ledger.read(save.state.decision.employee.nip).andThen((snapshot) => ledger.append({ nip: snapshot.nip, expectedVersion: snapshot.version, entries: save.postings?.entries ?? [] }))
          .andThen(() => errAsync(versionConflict('leave ledger', save.state.decision.employee.nip, 1, 0)))),
    };
    expect(await on({ ledger, requests: leaky })).toEqual({
      'writes a state and its postings together, and neither when the ledger moved on': 'asn-kit contract: ledger version after the refused save: expected 0, got 1',
    });
    const dropping: Stores['requests'] = { ...requests, save: (save) => requests.save(save.postings === undefined ? save : { ...save, postings: { ...save.postings, entries: [] } }) };
    expect(await on({ ledger, requests: dropping })).toEqual({
      'writes a state and its postings together, and neither when the ledger moved on': 'asn-kit contract: the postings in the ledger: expected …',
    });
    expect(await on({ ledger, requests: { ...requests, get: (id) => requests.get(id).map((stored) => (stored.state.status === 'approved' ? { ...stored, state: { ...stored.state, status: 'considered' as const } } : stored)) } })).toEqual({
      'writes a state and its postings together, and neither when the ledger moved on': 'asn-kit contract: status: expected "approved", got "considered"',
    });
    expect(await on({ ledger, requests: { ...requests, save: (save) => (save.expectedVersion === 1 && save.state.status === 'considered' && save.postings === undefined ? okAsync({ id: save.state.decision.request.id, nip: '', version: 2, state: save.state }) : requests.save(save)) } }))
      .toMatchObject({ 'lets exactly one of two saves on the same version win': 'asn-kit contract: one Ok and one Err: expected …' });
  });

  it('the performance and survey stores: half-frozen lists, a put that does not replace, a list by year without the unit asked before', async () => {
    const { performance, surveys } = createMemoryStores();
    const onRecords = async (store: Stores['performance']) => said((api) => { describePerformanceStoreContract(() => store, api); });
    const onSurveys = async (store: Stores['surveys']) => said((api) => { describeSurveyStoreContract(() => store, api); });
    expect(await onRecords({ ...performance, list: (query) => performance.list(query).map(firstFrozen) })).toEqual({
      'stores records, lists them by year and unit in NIP order, and replaces by employee and year': 'asn-kit contract: records are frozen',
    });
    const kept = new Set<string>();
    const first: Stores['performance'] = {
      ...performance,
      put: (list) => performance.put(list.filter((record) => !kept.has(`${record.nip}|${String(record.year)}`))).map(() => { for (const record of list) kept.add(`${record.nip}|${String(record.year)}`); }),
    };
    expect(await onRecords(first)).toEqual({
      'stores records, lists them by year and unit in NIP order, and replaces by employee and year': 'asn-kit contract: the 2026 records: expected …',
    });
    okValue(await performance.put([{ nip: '198001012005011001', year: 2025, workUnitId: 'other', workRating: 'meets', behaviourRating: 'meets', predikat: 'good' }]), 'put');
    expect(await onRecords({ ...performance, list: (query) => performance.list(query.workUnitId === undefined ? { ...query, workUnitId: 'other' } : query) })).toEqual({
      'stores records, lists them by year and unit in NIP order, and replaces by employee and year': 'asn-kit contract: list by year holds every unit',
    });
    expect(await onSurveys({ ...surveys, read: (key) => surveys.read(key).map((rows) => Object.freeze(rows.map((row, index) => (index === 0 ? row : [...row])))) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: the questionnaires are frozen',
    });
    expect(await onSurveys({ ...surveys, read: (key) => surveys.read(key).map((rows) => Object.freeze(rows.map((row) => [...row]))) })).toEqual({
      'appends batches and reads them back in order, equal and frozen': 'asn-kit contract: the questionnaires are frozen',
    });
  });
});
