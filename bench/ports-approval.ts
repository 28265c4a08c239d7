/**
 * `npx tsx bench/ports-approval.ts`: what an approval through the storage ports costs, beside what the rules alone
 * cost in the same run. For 200 employees with 12 days each, one request each is submitted, considered and
 * approved (`submitLeaveRequest`, `considerLeaveRequest`, `decideLeaveRequest`) on the in-memory stores and on a
 * SQLite file (WAL); the baseline is `evaluateLeaveRequest` + `draftLeaveRequest` + three `advanceLeaveRequest`
 * steps on the same parsed values, with no store. Best of 3 rounds; figures per request, in milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCalendar } from '../src/calendar';
import type { IsoDate } from '../src/core';
import { advanceLeaveRequest, draftLeaveRequest, evaluateLeaveRequest, parseLeaveRequest } from '../src/leave';
import { considerLeaveRequest, createMemoryStores, decideLeaveRequest, submitLeaveRequest, type Stores } from '../src/ports';
import { fixtureEmployee, fixtureLedger } from '../src/testing';
import { openSqliteStores } from '../examples/adapters/sqlite';

const EMPLOYEES = 200;
const calendar = createCalendar()._unsafeUnwrap();
const ledger = fixtureLedger(2026)._unsafeUnwrap();
const date = (text: string): IsoDate => text as IsoDate;

async function cycle(stores: Stores, round: number): Promise<number> {
  const staff = Array.from({ length: EMPLOYEES }, () => fixtureEmployee()._unsafeUnwrap());
  (await stores.employees.put(staff))._unsafeUnwrap();
  for (const employee of staff) (await stores.ledger.append({ nip: employee.nip, expectedVersion: 0, entries: ledger }))._unsafeUnwrap();
  const deps = { ...stores, calendarFor: () => calendar };
  const started = performance.now();
  for (const [index, employee] of staff.entries()) {
    const requestId = `B-${String(round)}-${String(index)}`;
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: { id: requestId, kind: 'annual', start: '2026-04-06', end: '2026-04-10' } }))._unsafeUnwrap();
    (await considerLeaveRequest(deps, { requestId, date: '2026-03-03', outcome: 'approved' }))._unsafeUnwrap();
    (await decideLeaveRequest(deps, { requestId, date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap();
  }
  return (performance.now() - started) / EMPLOYEES;
}

function rulesOnly(): number {
  const staff = Array.from({ length: EMPLOYEES }, () => fixtureEmployee()._unsafeUnwrap());
  const started = performance.now();
  for (const [index, employee] of staff.entries()) {
    const request = parseLeaveRequest({ id: `P-${String(index)}`, kind: 'annual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrap();
    const decision = evaluateLeaveRequest({ employee, request, ledger, calendar, asOf: '2026-03-02' })._unsafeUnwrap();
    const submitted = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: date('2026-03-02') })._unsafeUnwrap().state;
    const considered = advanceLeaveRequest(submitted, { type: 'consider', date: date('2026-03-03'), outcome: 'approved' })._unsafeUnwrap().state;
    const again = evaluateLeaveRequest({ employee, request, ledger, calendar, asOf: '2026-03-02' })._unsafeUnwrap();
    advanceLeaveRequest({ ...considered, decision: again }, { type: 'decide', date: date('2026-03-04'), outcome: 'approved' })._unsafeUnwrap();
  }
  return (performance.now() - started) / EMPLOYEES;
}

const best = { rules: Infinity, memory: Infinity, sqlite: Infinity };
const folder = mkdtempSync(join(tmpdir(), 'asn-kit-bench-'));
for (let round = 0; round < 3; round += 1) {
  best.rules = Math.min(best.rules, rulesOnly());
  best.memory = Math.min(best.memory, await cycle(createMemoryStores(), round));
  const sqlite = openSqliteStores(join(folder, `bench-${String(round)}.db`));
  best.sqlite = Math.min(best.sqlite, await cycle(sqlite, round));
  sqlite.close();
}
rmSync(folder, { recursive: true, force: true });
console.log(`submit + consider + approve, per request (best of 3, ${String(EMPLOYEES)} employees):`);
console.log(`  rules alone (baseline): ${best.rules.toFixed(2)} ms`);
console.log(`  in-memory stores:       ${best.memory.toFixed(2)} ms`);
console.log(`  SQLite file (WAL):      ${best.sqlite.toFixed(2)} ms`);
