/**
 * The PostgreSQL the tests use: the server named by DATABASE_URL (scripts/test.sh starts a throwaway one when
 * PostgreSQL is installed), with a database of its own for each test file, dropped at the end. Without
 * DATABASE_URL the PostgreSQL runs are skipped, and the test says so.
 */
import pg from 'pg';

export const DATABASE_URL = process.env['DATABASE_URL'];

if (DATABASE_URL === undefined) {
  console.log('PostgreSQL: DATABASE_URL is not set, so the PostgreSQL runs are skipped (scripts/test.sh sets it when PostgreSQL is installed).');
}

/** Creates a fresh database on the server and returns its URL, with a function that drops it. */
export async function freshDatabase(label: string): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> {
  const server = new URL(DATABASE_URL ?? '');
  const name = `asn_kit_${label}_${String(process.pid)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      // A closed pool's clients may still be saying goodbye: dropping WITH (FORCE) while one is would terminate it
      // with an error no handler is left to catch. Wait (up to 5 s) until the server has let them go.
      for (let tries = 0; tries < 50; tries += 1) {
        const open = await client.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [name]);
        if (open.rows[0]?.count === '0') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
