import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import type { Employee } from '../../src/employee';
import {
  cancelLeaveRequest, considerLeaveRequest, createMemoryStores, decideLeaveRequest, portsError, recallLeaveRequest, retryOnConflict,
  submitLeaveRequest, type LeaveServiceDeps, type PortsError, type Stores,
} from '../../src/ports';
import { fixtureEmployee, fixtureLedger } from '../../src/testing';

const calendar = createCalendar()._unsafeUnwrap();

async function setup(grantDays = true): Promise<{ deps: LeaveServiceDeps; stores: Stores; employee: Employee }> {
  const stores = createMemoryStores();
  const employee = fixtureEmployee({ nip: '198503152010012001' })._unsafeUnwrap();
  (await stores.employees.put([employee]))._unsafeUnwrap();
  if (grantDays) (await stores.ledger.append({ nip: employee.nip, expectedVersion: 0, entries: fixtureLedger(2026)._unsafeUnwrap() }))._unsafeUnwrap();
  return { deps: { ...stores, calendarFor: () => calendar }, stores, employee };
}

const annual = (id: string, start: string, end: string) => ({ id, kind: 'annual' as const, start, end });

async function considered(deps: LeaveServiceDeps, nip: string, id: string, start: string, end: string): Promise<void> {
  (await submitLeaveRequest(deps, { nip, date: '2026-03-02', request: annual(id, start, end) }))._unsafeUnwrap();
  (await considerLeaveRequest(deps, { requestId: id, date: '2026-03-03', outcome: 'approved' }))._unsafeUnwrap();
}

describe('submitLeaveRequest', () => {
  it('evaluates and stores a request as submitted, with the evaluation\'s reasons', async () => {
    const { deps, employee } = await setup();
    const step = (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-04-06', '2026-04-10') }))._unsafeUnwrap();
    expect([step.stored.id, step.stored.nip, step.stored.version, step.stored.state.status, step.postings.length]).toEqual(['R-1', employee.nip, 1, 'submitted', 0]);
    expect(step.reasons.length).toBeGreaterThan(0);
  });

  it('posts a 1-day sick notice at once, in the same save', async () => {
    const { deps, stores, employee } = await setup();
    const step = (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02',
      request: { id: 'S-1', kind: 'sick', start: '2026-03-02', end: '2026-03-02', documents: ['doctor-certificate'] } }))._unsafeUnwrap();
    expect([step.stored.state.status, step.postings.map((entry) => [entry.type, entry.kind, entry.days])]).toEqual(['approved', [['taken', 'sick', 1]]]);
    expect((await stores.ledger.read(employee.nip))._unsafeUnwrap().version).toBe(2);
  });

  it('refuses with every violation, an unknown NIP, a taken id and bad input', async () => {
    const { deps, employee } = await setup(false);
    const refused = (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-04-06', '2026-04-10') }))._unsafeUnwrapErr();
    expect(refused.code).toBe('leave/request-refused');
    expect((await submitLeaveRequest(deps, { nip: '199001012015031001', date: '2026-03-02', request: annual('R-2', '2026-04-06', '2026-04-06') }))._unsafeUnwrapErr().code).toBe('ports/not-found');
    expect((await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: { id: 'R-3', kind: 'annual', start: '2026-04-10', end: '2026-04-06' } }))._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect((await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-02-30', request: annual('R-4', '2026-04-06', '2026-04-06') }))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
    expect((await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-5', '2026-04-06', '2026-04-06'), extra: 1 } as never))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
    const sick = { id: 'S-1', kind: 'sick' as const, start: '2026-03-09', end: '2026-03-10', documents: ['doctor-certificate' as const] };
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: sick }))._unsafeUnwrap();
    expect((await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: { ...sick, start: '2026-03-16', end: '2026-03-16' } }))._unsafeUnwrapErr().code).toBe('ports/already-exists');
  });

  it('refuses a request that overlaps one stored before', async () => {
    const { deps, employee } = await setup();
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-04-06', '2026-04-10') }))._unsafeUnwrap();
    const refused = (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-2', '2026-04-09', '2026-04-14') }))._unsafeUnwrapErr();
    expect((refused as { violations?: { code: string }[] }).violations?.map((violation) => violation.code)).toEqual(['leave/overlap']);
  });
});

describe('considerLeaveRequest and decideLeaveRequest', () => {
  it('approves on the ledger as it is now and posts the days with the state', async () => {
    const { deps, stores, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-04-06', '2026-04-10');
    const step = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap();
    expect([step.stored.state.status, step.stored.version, step.postings.map((entry) => entry.days)]).toEqual(['approved', 3, [5]]);
    const snapshot = (await stores.ledger.read(employee.nip, 2026))._unsafeUnwrap();
    expect(snapshot.entries.map((entry) => [entry.type, entry.days])).toEqual([['grant', 12], ['taken', 5]]);
  });

  it('refuses an approval when days were spent since the submission (the second of two requests of 8 days)', async () => {
    const { deps } = await setup();
    const nip = '198503152010012001';
    await considered(deps, nip, 'R-1', '2026-05-04', '2026-05-13');
    await considered(deps, nip, 'R-2', '2026-06-01', '2026-06-10');
    (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap();
    const refused = (await decideLeaveRequest(deps, { requestId: 'R-2', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrapErr();
    expect((refused as { violations?: { code: string }[] }).violations?.map((violation) => violation.code)).toEqual(['leave/insufficient-balance']);
    expect((await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-05', outcome: 'approved' }))._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
  });

  it('changes the dates (evaluated on the decision day), defers with a note, rejects with a warning', async () => {
    const { deps, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-04-06', '2026-04-10');
    const changed = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'changed', note: 'Beban kerja',
      changed: annual('R-1', '2026-05-04', '2026-05-05') }))._unsafeUnwrap();
    expect([changed.stored.state.status, changed.postings.map((entry) => [entry.date, entry.days])]).toEqual(['approved', [['2026-05-04', 2]]]);
    await considered(deps, employee.nip, 'R-2', '2026-06-01', '2026-06-02');
    const deferred = (await decideLeaveRequest(deps, { requestId: 'R-2', date: '2026-03-04', outcome: 'deferred', note: 'Tutup buku' }))._unsafeUnwrap();
    expect([deferred.stored.state.status, deferred.postings.map((entry) => entry.type)]).toEqual(['deferred', ['deferral-out']]);
    await considered(deps, employee.nip, 'R-3', '2026-07-06', '2026-07-06');
    const rejected = (await decideLeaveRequest(deps, { requestId: 'R-3', date: '2026-03-04', outcome: 'rejected', note: 'Tidak' }))._unsafeUnwrap();
    expect([rejected.stored.state.status, rejected.reasons.map((reason) => reason.severity)]).toEqual(['rejected', ['warning']]);
    expect((await decideLeaveRequest(deps, { requestId: 'R-9', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrapErr().code).toBe('ports/not-found');
    expect((await considerLeaveRequest(deps, { requestId: 'R-3', date: '2026-03-04', outcome: 'rejected' }))._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
    expect((await considerLeaveRequest(deps, { requestId: 'R-3', date: 'soon', outcome: 'approved' } as never))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
  });

  it('reports a retryable conflict when the ledger moves between the read and the save, and retryOnConflict recovers', async () => {
    const { deps, stores, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-04-06', '2026-04-07');
    let moved = false;
    // A ledger whose first read is followed by another writer's append, as another process would do it.
    const racing: LeaveServiceDeps = { ...deps, ledger: { ...stores.ledger, read: (nip, year) => stores.ledger.read(nip, year).andThen((snapshot) => {
      if (moved) return okAsync(snapshot);
      moved = true;
      return stores.ledger.append({ nip, expectedVersion: snapshot.version, entries: fixtureLedger(2026, [1])._unsafeUnwrap().slice(1) }).map(() => snapshot);
    }) } };
    const conflict = (await decideLeaveRequest(racing, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrapErr();
    expect([conflict.code, 'retryable' in conflict && conflict.retryable]).toEqual(['ports/conflict', true]);
    const step = (await retryOnConflict(() => decideLeaveRequest(racing, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' })))._unsafeUnwrap();
    expect(step.stored.state.decision.balance).toEqual({ before: 11, after: 9 });
  });
});

describe('cancelLeaveRequest and recallLeaveRequest', () => {
  it('returns the days of an approved request cancelled before it starts', async () => {
    const { deps, stores, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-04-06', '2026-04-10');
    (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap();
    const step = (await cancelLeaveRequest(deps, { requestId: 'R-1', date: '2026-04-01' }))._unsafeUnwrap();
    expect([step.stored.state.status, step.postings.map((entry) => [entry.type, entry.days])]).toEqual(['cancelled', [['returned', 5]]]);
    expect((await stores.ledger.read(employee.nip))._unsafeUnwrap().version).toBe(3);
    expect((await cancelLeaveRequest(deps, { requestId: 'R-1', date: '2026-04-01', extra: true } as never))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
  });

  it('returns the unused working days on a recall, counted on the unit\'s calendar', async () => {
    const { deps, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-04-06', '2026-04-10');
    (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap();
    const step = (await recallLeaveRequest(deps, { requestId: 'R-1', date: '2026-04-08' }))._unsafeUnwrap();
    expect([step.stored.state.status, step.postings.map((entry) => [entry.type, entry.days])]).toEqual(['recalled', [['returned', 3]]]);
    expect((await recallLeaveRequest(deps, { requestId: 'R-1', date: '2026-04-09' }))._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
  });
});

describe('retryOnConflict', () => {
  const conflict = portsError('ports/conflict', { id: 'Berubah', en: 'Changed' }, { what: 'leave ledger', key: 'x', expected: 1, actual: 2 });

  it('stops at the first success, the first error that is not retryable, or after the attempts', async () => {
    let runs = 0;
    expect((await retryOnConflict(() => (++runs < 3 ? errAsync(conflict) : okAsync(runs))))._unsafeUnwrap()).toBe(3);
    runs = 0;
    expect((await retryOnConflict(() => { runs += 1; return errAsync(portsError('ports/not-found', { id: 'x', en: 'x' }, { what: 'employee', key: 'x' })); }))._unsafeUnwrapErr().code).toBe('ports/not-found');
    expect(runs).toBe(1);
    runs = 0;
    expect((await retryOnConflict(() => { runs += 1; return errAsync(conflict); }, 4))._unsafeUnwrapErr().code).toBe('ports/conflict');
    expect(runs).toBe(4);
  });

  it('refuses what is not an operation, or attempts that are not a positive integer', async () => {
    expect((await retryOnConflict<number, PortsError>(() => 1 as never))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
    expect((await retryOnConflict(() => okAsync(1), 0))._unsafeUnwrapErr().data).toEqual({ operation: 'function', attempts: 0 });
    expect((await retryOnConflict<number, PortsError>('run' as never, 'twice' as never))._unsafeUnwrapErr().data).toEqual({ operation: 'string', attempts: 'string' });
  });
});

describe('the leave services, step by step', () => {
  it('submission gives the evaluation\'s reasons (the transition adds none)', async () => {
    const { deps, employee } = await setup();
    const step = (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-04-06', '2026-04-10') }))._unsafeUnwrap();
    expect(step.reasons.map((reason) => reason.code)).toEqual(['leave/working-days-counted']);
  });

  it('an approval is evaluated again as of the submission day, leaving the request itself out of the others', async () => {
    const { deps, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-03-09', '2026-03-10');
    const step = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-11', outcome: 'approved' }))._unsafeUnwrap();
    expect([step.stored.state.status, step.postings.map((entry) => entry.days)]).toEqual(['approved', [2]]);
  });

  it('a decision on a request not yet considered, or a rejection, is the workflow\'s step as it stands, posting nothing', async () => {
    const { deps, stores, employee } = await setup();
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-04-06', '2026-04-10') }))._unsafeUnwrap();
    expect((await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
    expect((await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'changed', changed: annual('R-1', '2026-05-04', '2026-05-05') }))._unsafeUnwrapErr().code)
      .toBe('leave/invalid-transition');
    (await considerLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-03', outcome: 'approved' }))._unsafeUnwrap();
    const rejected = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'rejected', note: 'Tidak' }))._unsafeUnwrap();
    expect([rejected.stored.state.status, rejected.stored.version, rejected.postings]).toEqual(['rejected', 3, []]);
    expect((await stores.ledger.read(employee.nip))._unsafeUnwrap().version).toBe(1);
    const withoutNote = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'rejected' }))._unsafeUnwrapErr();
    expect(withoutNote.code).toBe('leave/invalid-transition');
    expect((await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'approved', extra: 1 } as never))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
  });

  it('a change of dates is evaluated on the decision day, and refused when the new dates do not parse', async () => {
    const { deps, employee } = await setup();
    await considered(deps, employee.nip, 'R-1', '2026-04-06', '2026-04-10');
    const bad = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'changed', note: 'x', changed: { id: 'R-1', kind: 'annual', start: '2026-05-05', end: '2026-05-04' } }))._unsafeUnwrapErr();
    expect(bad.code).toBe('leave/invalid-input');
    const changed = (await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'changed', note: 'x', changed: annual('R-1', '2026-05-04', '2026-05-04') }))._unsafeUnwrap();
    expect([changed.stored.state.decision.request.start, changed.postings.map((entry) => entry.days)]).toEqual(['2026-05-04', [1]]);
  });

  it('a consideration with a note keeps it; cancel and recall refuse bad input and unknown ids', async () => {
    const { deps, employee } = await setup();
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-04-06', '2026-04-10') }))._unsafeUnwrap();
    const step = (await considerLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-03', outcome: 'deferred', note: 'Tutup buku' }))._unsafeUnwrap();
    expect([step.stored.state.status, step.stored.version, step.postings]).toEqual(['considered', 2, []]);
    expect((await cancelLeaveRequest(deps, { requestId: 'R-9', date: '2026-04-01' }))._unsafeUnwrapErr().code).toBe('ports/not-found');
    expect((await recallLeaveRequest(deps, { requestId: 'R-1', date: 'soon' }))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
    expect((await recallLeaveRequest(deps, { requestId: 'R-9', date: '2026-04-08' }))._unsafeUnwrapErr().code).toBe('ports/not-found');
  });
  it('a step that posts nothing is saved whatever the ledger did meanwhile; one not considered is refused before any evaluation', async () => {
    const { deps, stores, employee } = await setup();
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-1', '2026-05-04', '2026-05-13') }))._unsafeUnwrap();
    const busy: LeaveServiceDeps = { ...deps, ledger: { ...stores.ledger, read: (nip, year) => stores.ledger.read(nip, year).andThen((snapshot) =>
      stores.ledger.append({ nip, expectedVersion: snapshot.version, entries: fixtureLedger(2026, [1])._unsafeUnwrap().slice(1) }).map(() => snapshot)) } };
    expect((await considerLeaveRequest(busy, { requestId: 'R-1', date: '2026-03-03', outcome: 'approved' }))._unsafeUnwrap().stored.state.status).toBe('considered');
    await considered(deps, employee.nip, 'R-2', '2026-06-01', '2026-06-10');
    (await submitLeaveRequest(deps, { nip: employee.nip, date: '2026-03-02', request: annual('R-3', '2026-07-06', '2026-07-10') }))._unsafeUnwrap();
    expect((await decideLeaveRequest(deps, { requestId: 'R-2', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap().stored.state.decision.balance).toEqual({ before: 11, after: 4 });
    // 4 days are left: evaluated again, R-3 (5 days) would be refused; not considered, the step is refused as it stands.
    expect((await decideLeaveRequest(deps, { requestId: 'R-3', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
    (await considerLeaveRequest(deps, { requestId: 'R-3', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrap();
    expect((await decideLeaveRequest(deps, { requestId: 'R-3', date: '2026-03-04', outcome: 'approved' }))._unsafeUnwrapErr().code).toBe('leave/request-refused');
    expect((await decideLeaveRequest(deps, { requestId: 'R-1', date: '2026-03-04', outcome: 'rejected', note: 'Habis' }))._unsafeUnwrap().stored.state.status).toBe('rejected');
  });
});

describe('retryOnConflict, at its edges', () => {
  const conflict = portsError('ports/conflict', { id: 'Berubah', en: 'Changed' }, { cause: 'changed' });

  it('runs 10 times by default, once with one attempt, and retries a storage failure too', async () => {
    let runs = 0;
    expect((await retryOnConflict(() => { runs += 1; return errAsync(conflict); }))._unsafeUnwrapErr().code).toBe('ports/conflict');
    expect(runs).toBe(10);
    runs = 0;
    (await retryOnConflict(() => { runs += 1; return errAsync(conflict); }, 1))._unsafeUnwrapErr();
    expect(runs).toBe(1);
    runs = 0;
    expect((await retryOnConflict(() => (++runs < 2 ? errAsync(portsError('ports/storage-failure', { id: 'x', en: 'x' }, { cause: 'x' })) : okAsync('done'))))._unsafeUnwrap()).toBe('done');
  });

  it('retries only an error that says retryable: true', async () => {
    for (const error of [{ retryable: 'true' }, { code: 'x' }, null, 'conflict']) {
      let runs = 0;
      (await retryOnConflict(() => { runs += 1; return errAsync(error); }))._unsafeUnwrapErr();
      expect(runs).toBe(1);
    }
  });

  it('refuses attempts that are not a whole number from 1 to 100, and an operation that stops giving a ResultAsync', async () => {
    const misuse = (await retryOnConflict(() => okAsync(1), 1.5))._unsafeUnwrapErr();
    expect(misuse).toEqual({
      code: 'ports/invalid-input', severity: 'error', basis: { instrument: 'asn-kit', note: 'storage port contract' }, retryable: false,
      data: { operation: 'function', attempts: 1.5 },
      message: {
        id: 'Operasi harus berupa fungsi yang mengembalikan ResultAsync, dan jumlah percobaan bilangan bulat 1 sampai 100.',
        en: 'The operation must be a function that returns a ResultAsync, and the attempts a whole number from 1 to 100.',
      },
    });
    expect((await retryOnConflict(() => okAsync(1), -1))._unsafeUnwrapErr().data).toEqual({ operation: 'function', attempts: -1 });
    let runs = 0;
    const flaky = (() => (++runs < 2 ? errAsync(conflict) : 'not a ResultAsync')) as never;
    expect((await retryOnConflict<number, PortsError>(flaky))._unsafeUnwrapErr().data).toEqual({ operation: 'function', attempts: 10 });
    expect(runs).toBe(2);
  });

  it('D9: runs a conflicting operation at most 100 times; 101 attempts are refused before the first run', async () => {
    let runs = 0;
    const conflicting = () => { runs += 1; return errAsync(conflict); };
    expect((await retryOnConflict(conflicting, 100))._unsafeUnwrapErr().code).toBe('ports/conflict');
    expect(runs).toBe(100);
    runs = 0;
    expect((await retryOnConflict(conflicting, 101))._unsafeUnwrapErr().data).toEqual({ operation: 'function', attempts: 101 });
    expect(runs).toBe(0);
    expect((await retryOnConflict(conflicting, 1e9))._unsafeUnwrapErr().code).toBe('ports/invalid-input');
    expect(runs).toBe(0);
  });
});
