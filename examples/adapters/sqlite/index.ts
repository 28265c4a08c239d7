/**
 * asn-kit's storage ports on SQLite, through better-sqlite3 12 (synchronous, in-process): copy this folder and
 * `../rows.ts`, `../migrations.ts` into your project, or import it as it is. One file holds every table; several
 * processes may open it at once (WAL mode). Each write is one `BEGIN IMMEDIATE` transaction, so the version
 * checks and the writes cannot interleave with another process's, and a process killed mid-write leaves nothing.
 *
 * ```ts
 * import { openSqliteStores } from './examples/adapters/sqlite';
 * const stores = openSqliteStores('out/asn.db');   // creates the file and its tables if needed
 * await stores.employees.put([employee]);
 * stores.close();
 * ```
 */
import Database from 'better-sqlite3';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import { parseEmployee, type Employee } from 'asn-kit/employee';
import { parseLedger, parseLeaveWorkflowState, type LedgerEntry, type LeaveWorkflowState } from 'asn-kit/leave';
import {
  alreadyExists, notFound, parsePerformanceRecord, readStored, storageFailure, versionConflict,
  type LedgerSnapshot, type PortsError, type Stores, type StoredLeaveRequest,
} from 'asn-kit/ports';
import { parseSkmResponses } from 'asn-kit/service-quality';
import { migrationsIn, MIGRATIONS_TABLE } from '../migrations';
import { answersOfText, answersText, entryOfRow, ledgerRow, type LedgerRow } from '../rows';

/** The ports over one SQLite database, with the connection and a way to close it. */
export interface SqliteStores extends Stores {
  /** The connection (for your own queries and reports). */
  readonly db: Database.Database;
  /** Closes the connection. */
  close(): void;
}

/** Options of {@link openSqliteStores}. */
export interface SqliteOptions {
  /** How long a writer waits for another process's transaction, in milliseconds (default 10 000). */
  readonly busyTimeoutMs?: number;
}

/** Applies the migrations not applied yet, in one transaction (safe when several processes open the file at once). */
export function migrateSqlite(db: Database.Database): number {
  return db.transaction(() => {
    db.exec(MIGRATIONS_TABLE);
    const applied = new Set(db.prepare('SELECT version FROM asn_kit_migrations').pluck().all() as number[]);
    const record = db.prepare('INSERT INTO asn_kit_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const pending = migrationsIn(new URL('./', import.meta.url)).filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return pending.length;
  }).immediate();
}

/** Runs synchronous work as a port's result: whatever it throws becomes a retryable storage failure. */
function run<T>(work: () => Result<T, PortsError>): ResultAsync<T, PortsError> {
  let result: Result<T, PortsError>;
  try {
    result = work();
  } catch (cause) {
    result = err(storageFailure(cause));
  }
  return new ResultAsync(Promise.resolve(result));
}

interface RequestRow { readonly id: string; readonly nip: string; readonly version: number; readonly state: string }

/** Opens (creating if needed) a database file, migrates it and returns the ports over it. `':memory:'` works too. */
export function openSqliteStores(filename: string, options: SqliteOptions = {}): SqliteStores {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${String(options.busyTimeoutMs ?? 10_000)}`);
  migrateSqlite(db);
  return createSqliteStores(db);
}

/** The ports over an open, migrated connection. */
export function createSqliteStores(db: Database.Database): SqliteStores {
  const sql = {
    putEmployee: db.prepare('INSERT INTO employees (nip, work_unit_id, record) VALUES (?, ?, ?) ON CONFLICT (nip) DO UPDATE SET work_unit_id = excluded.work_unit_id, record = excluded.record'),
    getEmployee: db.prepare('SELECT record FROM employees WHERE nip = ?').pluck(),
    allEmployees: db.prepare('SELECT record FROM employees ORDER BY nip').pluck(),
    unitEmployees: db.prepare('SELECT record FROM employees WHERE work_unit_id = ? ORDER BY nip').pluck(),
    ledgerVersion: db.prepare('SELECT COALESCE(MAX(seq), 0) FROM leave_ledger WHERE nip = ?').pluck(),
    ledgerAll: db.prepare('SELECT * FROM leave_ledger WHERE nip = ? ORDER BY seq'),
    ledgerYear: db.prepare('SELECT * FROM leave_ledger WHERE nip = ? AND year = ? ORDER BY seq'),
    appendEntry: db.prepare(`INSERT INTO leave_ledger (nip, seq, type, kind, year, date, days, request_id, ground, carryable, basis)
      VALUES (@nip, @seq, @type, @kind, @year, @date, @days, @request_id, @ground, @carryable, @basis)`),
    getRequest: db.prepare('SELECT id, nip, version, state FROM leave_requests WHERE id = ?'),
    requestsOf: db.prepare('SELECT id, nip, version, state FROM leave_requests WHERE nip = ? ORDER BY seq'),
    insertRequest: db.prepare('INSERT INTO leave_requests (id, nip, version, status, state) VALUES (?, ?, 1, ?, ?)'),
    updateRequest: db.prepare('UPDATE leave_requests SET version = version + 1, status = ?, state = ? WHERE id = ? AND version = ?'),
    putPerformance: db.prepare(`INSERT INTO performance_records (nip, year, work_unit_id, work_rating, behaviour_rating, predikat)
      VALUES (@nip, @year, @workUnitId, @workRating, @behaviourRating, @predikat)
      ON CONFLICT (nip, year) DO UPDATE SET work_unit_id = excluded.work_unit_id, work_rating = excluded.work_rating,
        behaviour_rating = excluded.behaviour_rating, predikat = excluded.predikat`),
    performanceYear: db.prepare('SELECT nip, year, work_unit_id AS workUnitId, work_rating AS workRating, behaviour_rating AS behaviourRating, predikat FROM performance_records WHERE year = ? ORDER BY nip'),
    performanceUnit: db.prepare('SELECT nip, year, work_unit_id AS workUnitId, work_rating AS workRating, behaviour_rating AS behaviourRating, predikat FROM performance_records WHERE year = ? AND work_unit_id = ? ORDER BY nip'),
    appendAnswers: db.prepare('INSERT INTO survey_responses (unit_id, period, scheme, answers) VALUES (?, ?, ?, ?)'),
    readAnswers: db.prepare('SELECT answers FROM survey_responses WHERE unit_id = ? AND period = ? AND scheme = ? ORDER BY seq').pluck(),
  };

  const employeeOf = (record: string): Result<Employee, PortsError> => readStored(parseEmployee, JSON.parse(record), 'employee');
  const employeesOf = (records: string[]): Result<readonly Employee[], PortsError> => Result.combine(records.map(employeeOf));

  /** Within a transaction: checks the version, parses the entries and inserts them; nothing is written on an Err. */
  const appendChecked = (nip: string, expected: number, entries: readonly LedgerEntry[]): Result<number, PortsError> => {
    const actual = sql.ledgerVersion.get(nip) as number;
    if (actual !== expected) return err(versionConflict('leave ledger', nip, expected, actual));
    return readStored(parseLedger, entries, 'ledger entries').map((parsed) => {
      parsed.forEach((entry, index) => sql.appendEntry.run(ledgerRow(nip, expected + index + 1, entry)));
      return expected + parsed.length;
    });
  };

  const storedOf = (row: RequestRow): Result<StoredLeaveRequest, PortsError> =>
    readStored(parseLeaveWorkflowState, JSON.parse(row.state), `leave request ${row.id}`)
      .map((state) => Object.freeze({ id: row.id, nip: row.nip, version: row.version, state }));

  const saveRequest = (state: LeaveWorkflowState, expected: number, postings: { expectedLedgerVersion: number; entries: readonly LedgerEntry[] } | undefined) =>
    readStored(parseLeaveWorkflowState, state, 'leave workflow state').andThen((parsed) => {
      const id = parsed.decision.request.id;
      const nip = parsed.decision.employee.nip;
      const current = sql.getRequest.get(id) as RequestRow | undefined;
      const actual = current?.version ?? 0;
      if (expected === 0 && actual !== 0) return err(alreadyExists('leave request', id));
      if (actual !== expected) return err(versionConflict('leave request', id, expected, actual));
      const appended = postings === undefined ? ok(0) : appendChecked(nip, postings.expectedLedgerVersion, postings.entries);
      return appended.map((): StoredLeaveRequest => {
        const json = JSON.stringify(parsed);
        if (expected === 0) sql.insertRequest.run(id, nip, parsed.status, json);
        else sql.updateRequest.run(parsed.status, json, id, expected);
        return Object.freeze({ id, nip, version: expected + 1, state: parsed });
      });
    });

  return {
    db,
    close: () => { db.close(); },
    employees: {
      put: (employees) => run(() => Result.combine(employees.map((item) => readStored(parseEmployee, item, 'employee'))).map((parsed) => {
        db.transaction(() => {
          for (const employee of parsed) sql.putEmployee.run(employee.nip, employee.workUnit.id, JSON.stringify(employee));
        }).immediate();
      })),
      get: (nip) => run(() => {
        const record = sql.getEmployee.get(nip) as string | undefined;
        return record === undefined ? err(notFound('employee', nip)) : employeeOf(record);
      }),
      list: (query = {}) => run(() => employeesOf((query.workUnitId === undefined
        ? sql.allEmployees.all() : sql.unitEmployees.all(query.workUnitId)) as string[])),
    },
    ledger: {
      read: (nip, year) => run(() => db.transaction((): Result<LedgerSnapshot, PortsError> => {
        const rows = (year === undefined ? sql.ledgerAll.all(nip) : sql.ledgerYear.all(nip, year)) as LedgerRow[];
        const version = sql.ledgerVersion.get(nip) as number;
        return readStored(parseLedger, rows.map(entryOfRow), `ledger ${nip}`).map((entries) => ({ nip, entries, version }));
      }).deferred()),
      append: ({ nip, expectedVersion, entries }) => run(() => db.transaction(() => appendChecked(nip, expectedVersion, entries)).immediate()),
    },
    requests: {
      get: (id) => run(() => {
        const row = sql.getRequest.get(id) as RequestRow | undefined;
        return row === undefined ? err(notFound('leave request', id)) : storedOf(row);
      }),
      listByEmployee: (nip) => run(() => Result.combine((sql.requestsOf.all(nip) as RequestRow[]).map(storedOf))),
      save: ({ state, expectedVersion, postings }) => run(() => db.transaction(() => saveRequest(state, expectedVersion, postings)).immediate()),
    },
    performance: {
      put: (records) => run(() => Result.combine(records.map(parsePerformanceRecord)).map((parsed) => {
        db.transaction(() => { for (const record of parsed) sql.putPerformance.run(record); }).immediate();
      })),
      list: ({ year, workUnitId }) => run(() => Result.combine((workUnitId === undefined
        ? sql.performanceYear.all(year) : sql.performanceUnit.all(year, workUnitId)).map(parsePerformanceRecord))),
    },
    surveys: {
      append: (key, responses) => run(() => readStored((input) => parseSkmResponses(input, { scheme: key.scheme }), responses, 'survey responses')
        .map((parsed) => {
          db.transaction(() => { for (const row of parsed) sql.appendAnswers.run(key.unitId, key.period, key.scheme, answersText(row)); }).immediate();
        })),
      read: (key) => run(() => {
        const rows = (sql.readAnswers.all(key.unitId, key.period, key.scheme) as string[]).map(answersOfText);
        return rows.length === 0 ? ok([]) : readStored((input) => parseSkmResponses(input, { scheme: key.scheme }), rows, 'survey responses');
      }),
    },
  };
}
