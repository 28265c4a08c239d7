/**
 * Several OS processes approve leave for the same employees at once. Every request is tried by every worker, in
 * an order of its own, through `decideLeaveRequest` with `retryOnConflict`. Afterwards the store must show no
 * overdrawn balance, no lost or doubled approval, and no refusal while days were left. The counts are printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import type { Stores } from '../../src/ports';
import { openPostgresStores } from '../../examples/adapters/postgres';
import { openSqliteStores } from '../../examples/adapters/sqlite';
import { DATABASE_URL, freshDatabase } from './postgres';
import { auditRace, seedRace } from './race-setup';
import { runChild } from './spawn';

const WORKERS = 4;
const EMPLOYEES = 20;
const REQUESTS_EACH = 16;
/** 12 days each, 1-day requests: 12 of every employee's 16 are approved, whatever the order. */
const EXPECTED_APPROVED = EMPLOYEES * 12;

interface Tally {
  readonly attempts: number;
  readonly retries: number;
  readonly approved: readonly string[];
  readonly refused: number;
  readonly alreadyDecided: number;
  readonly other: readonly string[];
}

async function race(name: string, stores: Stores, target: string, folder: string): Promise<void> {
  const calendar = createCalendar()._unsafeUnwrap();
  const { employees, ids } = await seedRace(stores, calendar, EMPLOYEES, REQUESTS_EACH);
  const idsFile = join(folder, 'ids.json');
  writeFileSync(idsFile, JSON.stringify(ids));
  const started = performance.now();
  const outputs = await Promise.all(Array.from({ length: WORKERS }, (_, worker) => runChild('./race-worker.ts', [target, idsFile, String(worker + 1)])));
  const seconds = (performance.now() - started) / 1000;
  const tallies = outputs.map((out) => JSON.parse(out) as Tally);
  const approved = tallies.flatMap((tally) => tally.approved);
  const sum = (pick: (tally: Tally) => number): number => tallies.reduce((total, tally) => total + pick(tally), 0);
  const audit = await auditRace(stores, employees, approved);
  console.log(`${name} race: ${String(WORKERS)} processes, ${String(sum((t) => t.attempts))} racing approval attempts on ${String(EMPLOYEES)} employees `
    + `in ${seconds.toFixed(1)} s: ${String(approved.length)} approved, ${String(sum((t) => t.refused))} refused (no days left), `
    + `${String(sum((t) => t.alreadyDecided))} already decided by another process, ${String(sum((t) => t.retries))} version conflicts retried; `
    + `${String(audit.overdrafts)} overdrafts, ${String(audit.lostApprovals)} lost approvals, ${String(audit.doublePostings)} double postings, `
    + `${String(audit.unjustifiedRefusals)} refusals with days left.`);
  expect(sum((t) => t.attempts)).toBeGreaterThanOrEqual(1000);
  expect(tallies.flatMap((tally) => tally.other)).toEqual([]);
  expect(audit).toEqual({ overdrafts: 0, lostApprovals: 0, doublePostings: 0, unjustifiedRefusals: 0, approvedInStore: EXPECTED_APPROVED, daysTaken: EXPECTED_APPROVED });
  expect(approved).toHaveLength(EXPECTED_APPROVED);
}

describe('racing approvals from several processes', () => {
  it('SQLite: no overdraft, no lost approval', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'asn-kit-race-'));
    const file = join(folder, 'race.db');
    const stores = openSqliteStores(file);
    try {
      await race('SQLite', stores, `sqlite:${file}`, folder);
    } finally {
      stores.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(DATABASE_URL === undefined)('PostgreSQL: no overdraft, no lost approval', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'asn-kit-race-'));
    const database = await freshDatabase('race');
    const stores = await openPostgresStores(database.url);
    try {
      await race('PostgreSQL', stores, database.url, folder);
    } finally {
      await stores.close();
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
