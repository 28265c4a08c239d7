import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createMemoryStores, type Stores } from '../../src/ports';
import { describeStoresContract } from '../../src/testing';
import { openPostgresStores, type PostgresStores } from '../../examples/adapters/postgres';
import { openSqliteStores, type SqliteStores } from '../../examples/adapters/sqlite';
import { DATABASE_URL, freshDatabase } from './postgres';

describeStoresContract('in-memory', () => createMemoryStores(), { describe, it });

describe('SQLite (better-sqlite3, a file in WAL mode)', () => {
  let folder = '';
  let stores: SqliteStores | undefined;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'asn-kit-sqlite-'));
    stores = openSqliteStores(join(folder, 'contract.db'));
  });
  afterAll(() => {
    stores?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  describeStoresContract('SQLite', () => stores as Stores, { describe, it });
});

describe.skipIf(DATABASE_URL === undefined)('PostgreSQL (pg)', () => {
  let stores: PostgresStores | undefined;
  let drop: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    const database = await freshDatabase('contract');
    drop = database.drop;
    stores = await openPostgresStores(database.url);
  });
  afterAll(async () => {
    await stores?.close();
    await drop();
  });
  describeStoresContract('PostgreSQL', () => stores as Stores, { describe, it });
});
