/**
 * asn-kit's storage ports on PostgreSQL, through `pg` (node-postgres): copy this folder and `../rows.ts`,
 * `../migrations.ts` into your project, or import it as it is. Each write is one transaction on one pooled
 * connection. The version checks rest on the primary keys and on `UPDATE … WHERE version = $n`, so they hold
 * under the default READ COMMITTED isolation without locks: of two appends based on the same ledger version, the
 * second waits for the first and then fails on `(nip, seq)`, which the adapter reports as a retryable conflict.
 * A client killed mid-transaction leaves nothing: the server rolls back what was not committed.
 *
 * ```ts
 * import { openPostgresStores } from './examples/adapters/postgres';
 * const stores = await openPostgresStores(process.env.DATABASE_URL ?? 'postgres://localhost/asn');
 * await stores.employees.put([employee]);
 * await stores.close();
 * ```
 */
import { err, ok, Result, ResultAsync } from 'neverthrow';
import pg from 'pg';
import { parseEmployee, type Employee } from 'asn-kit/employee';
import { parseLedger, parseLeaveWorkflowState, type LedgerEntry, type LeaveWorkflowState } from 'asn-kit/leave';
import {
  alreadyExists, notFound, parsePerformanceRecord, portsError, readStored, storageFailure, versionConflict,
  type PortsError, type Stores, type StoredLeaveRequest,
} from 'asn-kit/ports';
import { parseSkmResponses } from 'asn-kit/service-quality';
import { migrationsIn, MIGRATIONS_TABLE } from '../migrations';
import { answersOfText, answersText, entryOfRow, ledgerRow, type LedgerRow } from '../rows';

/** The ports over a PostgreSQL database, with the pool and a way to close it. */
export interface PostgresStores extends Stores {
  /** The connection pool (for your own queries and reports). */
  readonly pool: pg.Pool;
  /** Ends the pool. */
  close(): Promise<void>;
}

type Client = pg.PoolClient;

/** A key every migrator takes, so that processes starting at once apply each migration once. */
const MIGRATION_LOCK = 7_310_512;

/** Applies the migrations not applied yet, in one transaction; returns how many it applied. */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM asn_kit_migrations')).rows.map((row) => row.version));
    const pending = migrationsIn(new URL('./', import.meta.url)).filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query('INSERT INTO asn_kit_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
    return pending.length;
  } catch (cause) {
    await client.query('ROLLBACK');
    throw cause;
  } finally {
    client.release();
  }
}

/** What PostgreSQL's error means for the port: a unique key taken by a concurrent writer is a conflict. */
function failureOf(cause: unknown): PortsError {
  const code = (cause as { code?: unknown }).code;
  if (code === '23505' || code === '40001' || code === '40P01') {
    return portsError('ports/conflict', {
      id: 'Data diubah oleh penulis lain pada saat yang sama; baca ulang lalu coba lagi.',
      en: 'Another writer changed the data at the same time; read it again and retry.',
    }, { cause: (cause as Error).message });
  }
  return storageFailure(cause);
}

/** Runs work as a port's result: what it throws (or rejects with) becomes a port error. */
function run<T>(work: () => Promise<Result<T, PortsError>>): ResultAsync<T, PortsError> {
  return new ResultAsync(work().catch((cause: unknown) => err(failureOf(cause))));
}

/** Runs work in a transaction: committed when it returns `Ok`, rolled back on `Err` or on a throw. */
function transaction<T>(pool: pg.Pool, work: (client: Client) => Promise<Result<T, PortsError>>): ResultAsync<T, PortsError> {
  return run(async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query(result.isOk() ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw cause;
    } finally {
      client.release();
    }
  });
}

interface RequestRow { readonly id: string; readonly nip: string; readonly version: number; readonly state: unknown }

const PERFORMANCE_COLUMNS = 'nip, year, work_unit_id AS "workUnitId", work_rating AS "workRating", behaviour_rating AS "behaviourRating", predikat';

/** Connects, migrates and returns the ports over the database. */
export async function openPostgresStores(connectionString: string, options: pg.PoolConfig = {}): Promise<PostgresStores> {
  const pool = new pg.Pool({ connectionString, ...options });
  await migratePostgres(pool);
  return createPostgresStores(pool);
}

/** The ports over a pool whose database is migrated. */
export function createPostgresStores(pool: pg.Pool): PostgresStores {
  const employeesOf = (records: readonly unknown[]): Result<readonly Employee[], PortsError> =>
    Result.combine(records.map((record) => readStored(parseEmployee, record, 'employee')));

  const ledgerVersion = async (client: Client | pg.Pool, nip: string): Promise<number> =>
    (await client.query<{ version: number }>('SELECT COALESCE(MAX(seq), 0) AS version FROM leave_ledger WHERE nip = $1', [nip])).rows[0]?.version ?? 0;

  /** Within a transaction: checks the version, parses the entries and inserts them. */
  const appendChecked = async (client: Client, nip: string, expected: number, entries: readonly LedgerEntry[]): Promise<Result<number, PortsError>> => {
    const actual = await ledgerVersion(client, nip);
    if (actual !== expected) return err(versionConflict('leave ledger', nip, expected, actual));
    const parsed = readStored(parseLedger, entries, 'ledger entries');
    if (parsed.isErr()) return err(parsed.error);
    const rows = parsed.value.map((entry, index) => ledgerRow(nip, expected + index + 1, entry));
    await client.query(`INSERT INTO leave_ledger (nip, seq, type, kind, year, date, days, request_id, ground, carryable, basis)
      SELECT nip, seq, type, kind, year, date, days, request_id, ground, carryable, basis::jsonb FROM jsonb_to_recordset($1::jsonb)
        AS r(nip TEXT, seq INTEGER, type TEXT, kind TEXT, year INTEGER, date TEXT, days DOUBLE PRECISION, request_id TEXT, ground TEXT, carryable BOOLEAN, basis TEXT)`,
    [JSON.stringify(rows)]);
    return ok(expected + rows.length);
  };

  const storedOf = (row: RequestRow): Result<StoredLeaveRequest, PortsError> =>
    readStored(parseLeaveWorkflowState, row.state, `leave request ${row.id}`)
      .map((state) => Object.freeze({ id: row.id, nip: row.nip, version: row.version, state }));

  const saveRequest = async (client: Client, state: LeaveWorkflowState, expected: number,
    postings: { expectedLedgerVersion: number; entries: readonly LedgerEntry[] } | undefined): Promise<Result<StoredLeaveRequest, PortsError>> => {
    const checked = readStored(parseLeaveWorkflowState, state, 'leave workflow state');
    if (checked.isErr()) return err(checked.error);
    const parsed = checked.value;
    const id = parsed.decision.request.id;
    const nip = parsed.decision.employee.nip;
    const json = JSON.stringify(parsed);
    const written = expected === 0
      ? await client.query('INSERT INTO leave_requests (id, nip, version, status, state) VALUES ($1, $2, 1, $3, $4) ON CONFLICT (id) DO NOTHING', [id, nip, parsed.status, json])
      : await client.query('UPDATE leave_requests SET version = version + 1, status = $1, state = $2 WHERE id = $3 AND version = $4', [parsed.status, json, id, expected]);
    if (written.rowCount !== 1) {
      if (expected === 0) return err(alreadyExists('leave request', id));
      const actual = (await client.query<{ version: number }>('SELECT version FROM leave_requests WHERE id = $1', [id])).rows[0]?.version ?? 0;
      return err(versionConflict('leave request', id, expected, actual));
    }
    const appended = postings === undefined ? ok(0) : await appendChecked(client, nip, postings.expectedLedgerVersion, postings.entries);
    return appended.map(() => Object.freeze({ id, nip, version: expected + 1, state: parsed }));
  };

  return {
    pool,
    close: () => pool.end(),
    employees: {
      put: (employees) => {
        const parsed = Result.combine(employees.map((item) => readStored(parseEmployee, item, 'employee')));
        if (parsed.isErr()) return new ResultAsync(Promise.resolve(err(parsed.error)));
        return run(async () => {
          await pool.query(`INSERT INTO employees (nip, work_unit_id, record)
            SELECT e->>'nip', e->'workUnit'->>'id', e FROM jsonb_array_elements($1::jsonb) AS e
            ON CONFLICT (nip) DO UPDATE SET work_unit_id = excluded.work_unit_id, record = excluded.record`, [JSON.stringify(parsed.value)]);
          return ok(undefined);
        });
      },
      get: (nip) => run(async () => {
        const row = (await pool.query<{ record: unknown }>('SELECT record FROM employees WHERE nip = $1', [nip])).rows[0];
        return row === undefined ? err(notFound('employee', nip)) : readStored(parseEmployee, row.record, 'employee');
      }),
      list: (query = {}) => run(async () => employeesOf((query.workUnitId === undefined
        ? await pool.query<{ record: unknown }>('SELECT record FROM employees ORDER BY nip')
        : await pool.query<{ record: unknown }>('SELECT record FROM employees WHERE work_unit_id = $1 ORDER BY nip', [query.workUnitId])).rows.map((row) => row.record))),
    },
    ledger: {
      read: (nip, year) => run(async () => {
        // One statement, one snapshot: the version is the last seq of the rows read.
        const rows = (await pool.query<LedgerRow>('SELECT * FROM leave_ledger WHERE nip = $1 ORDER BY seq', [nip])).rows;
        const version = rows.at(-1)?.seq ?? 0;
        const entries = rows.filter((row) => year === undefined || row.year === year).map(entryOfRow);
        return readStored(parseLedger, entries, `ledger ${nip}`).map((parsed) => ({ nip, entries: parsed, version }));
      }),
      append: ({ nip, expectedVersion, entries }) => transaction(pool, (client) => appendChecked(client, nip, expectedVersion, entries)),
    },
    requests: {
      get: (id) => run(async () => {
        const row = (await pool.query<RequestRow>('SELECT id, nip, version, state FROM leave_requests WHERE id = $1', [id])).rows[0];
        return row === undefined ? err(notFound('leave request', id)) : storedOf(row);
      }),
      listByEmployee: (nip) => run(async () =>
        Result.combine((await pool.query<RequestRow>('SELECT id, nip, version, state FROM leave_requests WHERE nip = $1 ORDER BY seq', [nip])).rows.map(storedOf))),
      save: ({ state, expectedVersion, postings }) => transaction(pool, (client) => saveRequest(client, state, expectedVersion, postings)),
    },
    performance: {
      put: (records) => {
        const parsed = Result.combine(records.map(parsePerformanceRecord));
        if (parsed.isErr()) return new ResultAsync(Promise.resolve(err(parsed.error)));
        return run(async () => {
          await pool.query(`INSERT INTO performance_records (nip, year, work_unit_id, work_rating, behaviour_rating, predikat)
            SELECT "nip", "year", "workUnitId", "workRating", "behaviourRating", "predikat" FROM jsonb_to_recordset($1::jsonb)
              AS r("nip" TEXT, "year" INTEGER, "workUnitId" TEXT, "workRating" TEXT, "behaviourRating" TEXT, "predikat" TEXT)
            ON CONFLICT (nip, year) DO UPDATE SET work_unit_id = excluded.work_unit_id, work_rating = excluded.work_rating,
              behaviour_rating = excluded.behaviour_rating, predikat = excluded.predikat`, [JSON.stringify(parsed.value)]);
          return ok(undefined);
        });
      },
      list: ({ year, workUnitId }) => run(async () => Result.combine((workUnitId === undefined
        ? await pool.query(`SELECT ${PERFORMANCE_COLUMNS} FROM performance_records WHERE year = $1 ORDER BY nip`, [year])
        : await pool.query(`SELECT ${PERFORMANCE_COLUMNS} FROM performance_records WHERE year = $1 AND work_unit_id = $2 ORDER BY nip`, [year, workUnitId]))
        .rows.map(parsePerformanceRecord))),
    },
    surveys: {
      append: (key, responses) => {
        const parsed = readStored((input) => parseSkmResponses(input, { scheme: key.scheme }), responses, 'survey responses');
        if (parsed.isErr()) return new ResultAsync(Promise.resolve(err(parsed.error)));
        return run(async () => {
          await pool.query('INSERT INTO survey_responses (unit_id, period, scheme, answers) SELECT $1, $2, $3, a FROM unnest($4::text[]) WITH ORDINALITY AS t(a, n) ORDER BY n',
            [key.unitId, key.period, key.scheme, parsed.value.map(answersText)]);
          return ok(undefined);
        });
      },
      read: (key) => run(async () => {
        const rows = (await pool.query<{ answers: string }>('SELECT answers FROM survey_responses WHERE unit_id = $1 AND period = $2 AND scheme = $3 ORDER BY seq',
          [key.unitId, key.period, key.scheme])).rows.map((row) => answersOfText(row.answers));
        return rows.length === 0 ? ok([]) : readStored((input) => parseSkmResponses(input, { scheme: key.scheme }), rows, 'survey responses');
      }),
    },
  };
}
