/**
 * The schema migrations of the SQL adapters: numbered `.sql` files beside each adapter, applied in order, each
 * once, and recorded in `asn_kit_migrations`. To change the schema, add the next file (`002-….sql`); never edit
 * one that has shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A migration: its number, its file name and its SQL. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The migrations in a folder (`001-initial.sql`, …), in order. */
export function migrationsIn(folder: URL): readonly Migration[] {
  return readdirSync(folder)
    .filter((name) => /^\d{3}-.+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 3)), name, sql: readFileSync(new URL(name, folder), 'utf8') }));
}

/** The table that records what was applied (the same SQL on SQLite and PostgreSQL). */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS asn_kit_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
