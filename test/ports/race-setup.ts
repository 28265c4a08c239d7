/** The data the multi-process tests race on: employees with 12 days of annual leave and considered requests. */
import { countWorkingDays, type WorkingCalendar } from '../../src/calendar';
import type { IsoDate } from '../../src/core';
import type { Employee } from '../../src/employee';
import { advanceLeaveRequest, leaveBalance, type Ledger } from '../../src/leave';
import type { Stores } from '../../src/ports';
import { fixtureEmployee, fixtureLedger, fixtureLeaveState } from '../../src/testing';

/** The first `count` Mondays from 2026-05-04 that are working days (a 1-working-day request each). */
export function workingMondays(calendar: WorkingCalendar, count: number): string[] {
  const days: string[] = [];
  for (let time = Date.UTC(2026, 4, 4); days.length < count; time += 7 * 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10);
    if (countWorkingDays(calendar, day, day)._unsafeUnwrap() === 1) days.push(day);
  }
  return days;
}

/** Stores `employees` employees, each with 12 days granted and `requests` considered 1-day requests; returns them. */
export async function seedRace(stores: Stores, calendar: WorkingCalendar, employees: number, requests: number):
  Promise<{ readonly employees: readonly Employee[]; readonly ids: readonly string[] }> {
  const mondays = workingMondays(calendar, requests);
  const staff = Array.from({ length: employees }, (_, index) => fixtureEmployee({ kind: index % 2 === 0 ? 'PNS' : 'PPPK' })._unsafeUnwrap());
  (await stores.employees.put(staff))._unsafeUnwrap();
  const ids: string[] = [];
  for (const employee of staff) {
    const ledger: Ledger = fixtureLedger(2026)._unsafeUnwrap();
    (await stores.ledger.append({ nip: employee.nip, expectedVersion: 0, entries: ledger }))._unsafeUnwrap();
    for (const start of mondays) {
      const submitted = fixtureLeaveState(employee, { start, ledger })._unsafeUnwrap();
      const considered = advanceLeaveRequest(submitted, { type: 'consider', date: '2026-03-03' as IsoDate, outcome: 'approved' })._unsafeUnwrap().state;
      (await stores.requests.save({ state: considered, expectedVersion: 0 }))._unsafeUnwrap();
      ids.push(considered.decision.request.id);
    }
  }
  return { employees: staff, ids };
}

/** What the store holds after the race, checked against what the workers reported. */
export interface RaceAudit {
  readonly overdrafts: number;
  readonly lostApprovals: number;
  readonly doublePostings: number;
  readonly unjustifiedRefusals: number;
  readonly approvedInStore: number;
  readonly daysTaken: number;
}

/** Reads every employee's ledger and requests back and counts what must be zero. */
export async function auditRace(stores: Stores, employees: readonly Employee[], reportedApproved: readonly string[]): Promise<RaceAudit> {
  const reported = new Set(reportedApproved);
  let overdrafts = 0;
  let lostApprovals = 0;
  let doublePostings = 0;
  let unjustifiedRefusals = 0;
  let approvedInStore = 0;
  let daysTaken = 0;
  const seen = new Set<string>();
  for (const employee of employees) {
    const snapshot = (await stores.ledger.read(employee.nip))._unsafeUnwrap();
    const available = leaveBalance(snapshot.entries, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap().available ?? 0;
    if (available < 0) overdrafts += 1;
    const takenBy = new Map<string, number>();
    for (const entry of snapshot.entries) {
      if (entry.type !== 'taken') continue;
      daysTaken += entry.days;
      takenBy.set(entry.requestId ?? '', (takenBy.get(entry.requestId ?? '') ?? 0) + 1);
    }
    for (const stored of (await stores.requests.listByEmployee(employee.nip))._unsafeUnwrap()) {
      seen.add(stored.id);
      const postings = takenBy.get(stored.id) ?? 0;
      if (postings > 1) doublePostings += 1;
      if (stored.state.status === 'approved') {
        approvedInStore += 1;
        if (postings !== 1 || !reported.has(stored.id)) lostApprovals += 1;
      } else {
        if (postings !== 0 || reported.has(stored.id)) lostApprovals += 1;
        if (available >= stored.state.decision.duration.days) unjustifiedRefusals += 1;
      }
    }
  }
  for (const id of reported) if (!seen.has(id)) lostApprovals += 1;
  return { overdrafts, lostApprovals, doublePostings, unjustifiedRefusals, approvedInStore, daysTaken };
}
