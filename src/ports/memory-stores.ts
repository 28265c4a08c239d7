import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { parseEmployee, type Employee } from '../employee';
import { parseLedger, parseLeaveWorkflowState, type LedgerEntry } from '../leave';
import { parseSkmResponses, type SkmAnswer } from '../service-quality';
import { alreadyExists, notFound, versionConflict, type PortsError } from './errors';
import type { EmployeeStore } from './employee-store';
import type { LeaveLedgerStore } from './leave-ledger-store';
import type { LeaveRequestSave, LeaveRequestStore, StoredLeaveRequest } from './leave-request-store';
import { parsePerformanceRecord } from './parse-performance-record';
import type { PerformanceRecord, PerformanceStore } from './performance-store';
import { readStored } from './read-stored';
import type { Stores } from './stores';
import type { SurveyKey, SurveyResponseStore } from './survey-store';

/** A result now, as the ports' asynchronous type. */
function settled<T>(result: Result<T, PortsError>): ResultAsync<T, PortsError> {
  return new ResultAsync(Promise.resolve(result));
}

/** Parses every item, or fails on the first that does not parse. */
function parseAll<T>(items: readonly unknown[], parse: (input: unknown) => Result<T, PortsError>): Result<T[], PortsError> {
  const parsed: T[] = [];
  for (const item of items) {
    const one = parse(item);
    if (one.isErr()) return err(one.error);
    parsed.push(one.value);
  }
  return ok(parsed);
}

const byNip = (left: { readonly nip: string }, right: { readonly nip: string }): number => (left.nip < right.nip ? -1 : left.nip > right.nip ? 1 : 0);

function employeeStore(employees: Map<string, Employee>): EmployeeStore {
  return {
    put: (list) => settled(parseAll(list, (item) => readStored(parseEmployee, item, 'employee')).map((parsed) => {
      for (const employee of parsed) employees.set(employee.nip, employee);
    })),
    get: (nip) => {
      const employee = employees.get(nip);
      return settled(employee === undefined ? err(notFound('employee', nip)) : ok(employee));
    },
    list: (query = {}) => settled(ok(Object.freeze([...employees.values()]
      .filter((employee) => query.workUnitId === undefined || employee.workUnit.id === query.workUnitId)
      .sort(byNip)))),
  };
}

/** Checks the ledger version and parses the entries, without writing (the first half of an append). */
function checkAppend(ledgers: Map<string, readonly LedgerEntry[]>, nip: string, expected: number, entries: readonly unknown[]): Result<readonly LedgerEntry[], PortsError> {
  const actual = ledgers.get(nip)?.length ?? 0;
  if (actual !== expected) return err(versionConflict('leave ledger', nip, expected, actual));
  return readStored(parseLedger, entries, 'ledger entries');
}

/** Appends parsed entries to an employee's ledger, kept as a new frozen list; returns the new version. */
function appendEntries(ledgers: Map<string, readonly LedgerEntry[]>, nip: string, entries: readonly LedgerEntry[]): number {
  const next = Object.freeze([...(ledgers.get(nip) ?? []), ...entries]);
  ledgers.set(nip, next);
  return next.length;
}

function ledgerStore(ledgers: Map<string, readonly LedgerEntry[]>): LeaveLedgerStore {
  return {
    read: (nip, year) => {
      const entries = ledgers.get(nip) ?? [];
      return settled(ok({ nip, entries: year === undefined ? entries : Object.freeze(entries.filter((entry) => entry.year === year)), version: entries.length }));
    },
    append: ({ nip, expectedVersion, entries }) => settled(checkAppend(ledgers, nip, expectedVersion, entries).map((parsed) => {
      return appendEntries(ledgers, nip, parsed);
    })),
  };
}

function requestStore(requests: Map<string, StoredLeaveRequest>, ledgers: Map<string, readonly LedgerEntry[]>): LeaveRequestStore {
  const save = ({ state, expectedVersion, postings }: LeaveRequestSave): Result<StoredLeaveRequest, PortsError> =>
    readStored(parseLeaveWorkflowState, state, 'leave workflow state').andThen((parsed) => {
      const id = parsed.decision.request.id;
      const nip = parsed.decision.employee.nip;
      const actual = requests.get(id)?.version ?? 0;
      if (expectedVersion === 0 && actual !== 0) return err(alreadyExists('leave request', id));
      if (actual !== expectedVersion) return err(versionConflict('leave request', id, expectedVersion, actual));
      const entries = postings === undefined ? ok([]) : checkAppend(ledgers, nip, postings.expectedLedgerVersion, postings.entries);
      return entries.map((checked) => {
        if (postings !== undefined) appendEntries(ledgers, nip, checked);
        const stored: StoredLeaveRequest = Object.freeze({ id, nip, version: actual + 1, state: parsed });
        requests.set(id, stored);
        return stored;
      });
    });
  return {
    get: (id) => {
      const stored = requests.get(id);
      return settled(stored === undefined ? err(notFound('leave request', id)) : ok(stored));
    },
    listByEmployee: (nip) => settled(ok(Object.freeze([...requests.values()].filter((stored) => stored.nip === nip)))),
    save: (input) => settled(save(input)),
  };
}

function performanceStore(records: Map<string, PerformanceRecord>): PerformanceStore {
  return {
    put: (list) => settled(parseAll(list, parsePerformanceRecord).map((parsed) => {
      for (const record of parsed) records.set(`${record.nip}|${String(record.year)}`, record);
    })),
    list: ({ year, workUnitId }) => settled(ok(Object.freeze([...records.values()]
      .filter((record) => record.year === year && (workUnitId === undefined || record.workUnitId === workUnitId))
      .sort(byNip)))),
  };
}

const NO_RESPONSES: readonly (readonly SkmAnswer[])[] = /* @__PURE__ */ Object.freeze([]);

const surveyKey = (key: SurveyKey): string => JSON.stringify([key.unitId, key.period, key.scheme]);

function surveyStore(surveys: Map<string, readonly (readonly SkmAnswer[])[]>): SurveyResponseStore {
  return {
    append: (key, responses) => settled(
      readStored((input) => parseSkmResponses(input, { scheme: key.scheme }), responses, 'survey responses').map((parsed) => {
        surveys.set(surveyKey(key), Object.freeze([...(surveys.get(surveyKey(key)) ?? []), ...parsed]));
      })),
    read: (key) => settled(ok(surveys.get(surveyKey(key)) ?? NO_RESPONSES)),
  };
}

/**
 * Every port in memory, in one process: the reference adapter that the contract suites of `asn-kit/testing` are
 * written against, and a store for tests and small tools. It keeps the parsed, frozen values it is given (a value
 * not parsed yet is parsed on the way in) and follows the same version rules as a database adapter.
 *
 * @returns Fresh, empty {@link Stores}.
 * @example
 * ```ts
 * import { createMemoryStores } from 'asn-kit/ports';
 * const stores = createMemoryStores();
 * const version = await stores.ledger.read('199001012015031001').map((snapshot) => snapshot.version);
 * version.isOk() && version.value; // => 0
 * ```
 */
export function createMemoryStores(): Stores {
  const ledgers = new Map<string, readonly LedgerEntry[]>();
  return {
    employees: employeeStore(new Map()),
    ledger: ledgerStore(ledgers),
    requests: requestStore(new Map(), ledgers),
    performance: performanceStore(new Map()),
    surveys: surveyStore(new Map()),
  };
}
