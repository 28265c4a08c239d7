/**
 * A process killed (SIGKILL) in the middle of an approval, after its ledger row was written inside the
 * transaction and before the commit, leaves no half-written posting: the ledger and the request are as before, and
 * the approval can then be made whole.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import { decideLeaveRequest, type Stores } from '../../src/ports';
import { openPostgresStores } from '../../examples/adapters/postgres';
import { openSqliteStores } from '../../examples/adapters/sqlite';
import { DATABASE_URL, freshDatabase } from './postgres';
import { seedRace } from './race-setup';
import { startChild } from './spawn';

const calendar = createCalendar()._unsafeUnwrap();

/** Starts the worker, waits until `inTransaction` says it is mid-write, kills it and waits for its end. */
async function killMidApproval(target: string, requestId: string, inTransaction: (output: string) => Promise<boolean>): Promise<NodeJS.Signals | null> {
  const child = startChild('./crash-worker.ts', [target, requestId]);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => { resolve(signal); }));
  for (let waited = 0; !(await inTransaction(output)); waited += 20) {
    if (waited > 60_000 || output.includes('finished')) throw new Error(`the worker never paused mid-approval: ${output}`);
    await sleep(20);
  }
  child.kill('SIGKILL');
  return ended;
}

async function expectUntouched(stores: Stores, nip: string, requestId: string): Promise<void> {
  const snapshot = (await stores.ledger.read(nip))._unsafeUnwrap();
  expect(snapshot.entries.map((entry) => entry.type)).toEqual(['grant']);
  const stored = (await stores.requests.get(requestId))._unsafeUnwrap();
  expect([stored.state.status, stored.version]).toEqual(['considered', 1]);
}

async function expectApprovable(stores: Stores, nip: string, requestId: string): Promise<void> {
  const approved = await decideLeaveRequest({ ...stores, calendarFor: () => calendar }, { requestId, date: '2026-03-04', outcome: 'approved' });
  expect(approved.map((step) => step.stored.state.status)._unsafeUnwrap()).toBe('approved');
  expect((await stores.ledger.read(nip))._unsafeUnwrap().entries.map((entry) => entry.type)).toEqual(['grant', 'taken']);
}

describe('a process killed in the middle of an approval', () => {
  it('SQLite: leaves no half-written posting', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'asn-kit-crash-'));
    const file = join(folder, 'crash.db');
    const stores = openSqliteStores(file);
    try {
      const { employees, ids } = await seedRace(stores, calendar, 1, 1);
      const nip = employees[0]?.nip ?? '';
      const requestId = ids[0] ?? '';
      const signal = await killMidApproval(`sqlite:${file}`, requestId, (output) => Promise.resolve(output.includes('in-transaction')));
      expect(signal).toBe('SIGKILL');
      await expectUntouched(stores, nip, requestId);
      await expectApprovable(stores, nip, requestId);
    } finally {
      stores.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(DATABASE_URL === undefined)('PostgreSQL: leaves no half-written posting', async () => {
    const database = await freshDatabase('crash');
    const stores = await openPostgresStores(database.url);
    try {
      const { employees, ids } = await seedRace(stores, calendar, 1, 1);
      const nip = employees[0]?.nip ?? '';
      const requestId = ids[0] ?? '';
      await stores.pool.query(`CREATE FUNCTION pause_for_kill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(2); RETURN NEW; END $$;
        CREATE TRIGGER pause_after_posting AFTER INSERT ON leave_ledger FOR EACH ROW EXECUTE FUNCTION pause_for_kill()`);
      const sleeping = async (): Promise<boolean> =>
        ((await stores.pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'PgSleep'")).rows[0] as { n: number }).n > 0;
      const signal = await killMidApproval(database.url, requestId, sleeping);
      expect(signal).toBe('SIGKILL');
      // The server rolls the orphaned transaction back when its sleep ends and it finds the client gone.
      while (await sleeping()) await sleep(50);
      await stores.pool.query('DROP TRIGGER pause_after_posting ON leave_ledger');
      await expectUntouched(stores, nip, requestId);
      await expectApprovable(stores, nip, requestId);
    } finally {
      await stores.close();
      await database.drop();
    }
  }, 60_000);
});
