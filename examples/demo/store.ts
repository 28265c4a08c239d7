/**
 * The demo's storage: SQLite through the adapter of examples/adapters/sqlite (better-sqlite3), one database file in
 * the output folder, made afresh on every run. The stages see only the ports of `asn-kit/ports`, so any other
 * adapter (PostgreSQL, the in-memory stores) would do as well.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Stores } from 'asn-kit/ports';
import { openSqliteStores } from '../adapters/sqlite';

/** The stores every stage gets. */
export type DemoStore = Stores;

/** The database file in the output folder. */
const DATABASE = 'asn-kit-demo.db';

/** Opens a new, empty demo database in `directory`; `close` closes it (the file stays, for your own queries). */
export function openDemoStore(directory: string): { readonly store: DemoStore; readonly describe: string; readonly close: () => void } {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, DATABASE);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const store = openSqliteStores(path);
  return { store, describe: `SQLite ${path}`, close: () => { store.close(); } };
}
