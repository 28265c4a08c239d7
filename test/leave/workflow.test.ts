import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import {
  advanceLeaveRequest, annualLeaveEntitlement, draftLeaveRequest, evaluateLeaveRequest, leaveBalance, parseLeaveRequest,
  type LeaveDecision, type LeaveWorkflowState, type LedgerEntry,
} from '../../src/leave';
import { CALENDAR, entry, grant, pns, pppk, unchecked } from './fixtures';
import { dataOf } from '../error-data';

const d = (value: string) => value as IsoDate;

function decide(employee: unknown, request: Record<string, unknown>, ledger: readonly LedgerEntry[] = []): LeaveDecision {
  return evaluateLeaveRequest(unchecked({ employee, request: { id: 'R-1', ...request }, ledger, calendar: CALENDAR, asOf: '2025-01-01' }))._unsafeUnwrap();
}

function approved(decision: LeaveDecision): LeaveWorkflowState {
  const submitted = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state;
  const considered = advanceLeaveRequest(submitted, { type: 'consider', date: d('2025-05-02'), outcome: 'approved' })._unsafeUnwrap().state;
  return advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'approved' })._unsafeUnwrap().state;
}

const annual = () => decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-05' }, [grant(2025)]);

describe('advanceLeaveRequest', () => {
  it('draft → submitted → considered → approved posts the decision\'s entries', () => {
    const decision = annual();
    const state = approved(decision);
    expect(state.status).toBe('approved');
    expect(state.posted).toEqual(decision.postings);
    expect(state.history.map((step) => step.status)).toEqual(['draft', 'submitted', 'considered', 'approved']);
    expect(state.verdict).toEqual({ outcome: 'approved', date: '2025-05-05', note: '' });
  });

  it('§7 example 12: a 1-day sick notice is approved on submission by the direct superior', () => {
    const decision = decide(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-03', documents: ['doctor-certificate'] });
    const transition = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: d('2025-02-03') })._unsafeUnwrap();
    expect([transition.state.status, transition.postings.length, transition.reasons[0]?.code]).toEqual(['approved', 1, 'leave/notice-recorded']);
  });

  it('docs/interpretations.md#leave-decisions: changed approves the re-evaluated request with its new dates', () => {
    const considered = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-05-02'), outcome: 'changed', note: 'Geser seminggu' })._unsafeUnwrap().state;
    const changed = decide(pns(), { kind: 'annual', start: '2025-06-10', end: '2025-06-11' }, [grant(2025)]);
    const transition = advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'changed', note: 'Kebutuhan dinas', changed })._unsafeUnwrap();
    expect([transition.state.decision.period.from, transition.postings[0]?.days]).toEqual(['2025-06-10', 2]);
    expect(advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'changed', note: 'x' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'changed' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });

  it('docs/interpretations.md#annual-deferral: deferring annual leave posts a deferral-out; the next year gets the days', () => {
    const state = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-05-02'), outcome: 'deferred', note: 'Laporan akhir tahun' })._unsafeUnwrap().state;
    const transition = advanceLeaveRequest(state, { type: 'decide', date: d('2025-05-05'), outcome: 'deferred', note: 'Laporan akhir tahun' })._unsafeUnwrap();
    expect(transition.postings.map((posting) => [posting.type, posting.year, posting.days])).toEqual([['deferral-out', 2025, 4]]);
    expect(transition.state.status).toBe('deferred');
  });

  it('docs/interpretations.md#leave-decisions: a PYBMC may defer a PPPK’s annual leave too (the PPPK form offers the same four outcomes)', () => {
    const contract = decide(pppk({ start: '2020-01-01' }), { kind: 'annual', start: '2025-06-02', end: '2025-06-05' }, [grant(2025)]);
    const considered = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(contract), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-05-02'), outcome: 'deferred', note: 'Laporan akhir tahun' })._unsafeUnwrap().state;
    const transition = advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'deferred', note: 'Laporan akhir tahun' })._unsafeUnwrap();
    expect(transition.postings.map((posting) => [posting.type, posting.year, posting.days, posting.basis.instrument])).toEqual([['deferral-out', 2025, 4, 'Perban BKN 7/2022']]);
    expect(transition.reasons[0]?.basis.instrument).toBe('Perban BKN 7/2022');
    expect(transition.state.status).toBe('deferred');
  });

  it('§7 example 8: a first-hajj cuti besar cannot be deferred', () => {
    const decision = decide(pns({ tmtCpns: '2022-01-01' }), { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-07-31', documents: ['hajj-schedule'] });
    const considered = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: d('2025-04-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-04-02'), outcome: 'approved' })._unsafeUnwrap().state;
    expect(advanceLeaveRequest(considered, { type: 'decide', date: d('2025-04-03'), outcome: 'deferred', note: 'x' })._unsafeUnwrapErr().code).toBe('leave/not-deferrable');
  });

  it('docs/interpretations.md#leave-decisions: rejecting a PNS request other than CLTN warns; a PPPK rejection does not', () => {
    const considered = (decision: LeaveDecision) => advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-05-02'), outcome: 'rejected', note: 'Tidak' })._unsafeUnwrap().state;
    const pnsRejection = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'Tidak' })._unsafeUnwrap();
    expect(pnsRejection.reasons.map((r) => [r.code, r.severity])).toEqual([['leave/rejection-discouraged', 'warning']]);
    const contract = decide(pppk({ start: '2020-01-01' }), { kind: 'annual', start: '2025-06-02', end: '2025-06-05' }, [grant(2025)]);
    expect(advanceLeaveRequest(considered(contract), { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'Tidak' })._unsafeUnwrap().reasons).toEqual([]);
    expect(advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-05-02'), outcome: 'rejected' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });

  it('cancelling before the start restores exactly what was taken', () => {
    const ledger = [grant(2025)];
    const state = approved(annual());
    const cancel = advanceLeaveRequest(state, { type: 'cancel', date: d('2025-05-20') })._unsafeUnwrap();
    expect(cancel.postings.map((posting) => [posting.type, posting.days])).toEqual([['returned', 4]]);
    expect(leaveBalance([...ledger, ...state.posted, ...cancel.postings], { kind: 'annual', asOf: '2025-12-31' })._unsafeUnwrap().available).toBe(12);
    expect(advanceLeaveRequest(state, { type: 'cancel', date: d('2025-06-02') })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
    expect(advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'cancel', date: d('2025-05-20') })._unsafeUnwrap().postings).toEqual([]);
  });

  it('cancelling a cuti besar returns the days and the annual days it removed', () => {
    const state = approved(decide(pns(), { kind: 'major', start: '2025-06-02', end: '2025-06-30' }, [grant(2025)]));
    const cancel = advanceLeaveRequest(state, { type: 'cancel', date: d('2025-05-20') })._unsafeUnwrap();
    expect(cancel.postings.map((posting) => [posting.type, posting.kind, posting.days])).toEqual([['returned', 'major', 29], ['returned', 'annual', 12]]);
  });

  it('Pasal 317: deferring a cuti besar posts nothing', () => {
    const considered = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(decide(pns(), { kind: 'major', start: '2025-06-02', end: '2025-06-30' })),
      { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state, { type: 'consider', date: d('2025-05-02'), outcome: 'approved' })._unsafeUnwrap().state;
    const deferred = advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'deferred', note: 'Kebutuhan dinas' })._unsafeUnwrap();
    expect([deferred.postings, deferred.reasons[0]?.basis.article]).toEqual([[], 'Pasal 317']);
  });

  it('a recall on the last, non-working day returns nothing', () => {
    const state = approved(decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-07' }, [grant(2025)]));
    expect(advanceLeaveRequest(state, { type: 'recall', date: d('2025-06-07'), calendar: CALENDAR })._unsafeUnwrap().postings).toEqual([]);
  });

  it('Pasal 338: a recall from annual leave returns the unused working days', () => {
    const decision = decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-13' }, [grant(2025)]);
    const state = approved(decision);
    const recall = advanceLeaveRequest(state, { type: 'recall', date: d('2025-06-09'), calendar: CALENDAR })._unsafeUnwrap();
    expect(recall.postings.map((posting) => [posting.type, posting.days])).toEqual([['returned', 4]]);
    expect(recall.state.status).toBe('recalled');
    expect(advanceLeaveRequest(state, { type: 'recall', date: d('2025-06-09') })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(advanceLeaveRequest(state, { type: 'recall', date: d('2025-06-20'), calendar: CALENDAR })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
  });

  it('a recall from annual leave in a provisional year (2027) carries the provisional-year warning; 2025 carries none', () => {
    const state = approved(decide(pns(), { kind: 'annual', start: '2027-01-11', end: '2027-01-22' }, [grant(2027)]));
    const recall = advanceLeaveRequest(state, { type: 'recall', date: d('2027-01-18'), calendar: CALENDAR })._unsafeUnwrap();
    expect(recall.postings.map((posting) => [posting.type, posting.year, posting.days])).toEqual([['returned', 2027, 5]]);
    expect(recall.reasons.map((item) => [item.code, item.severity])).toEqual([['leave/recalled', 'info'], ['calendar/provisional-year', 'warning']]);
    const settled = approved(decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-13' }, [grant(2025)]));
    const earlier = advanceLeaveRequest(settled, { type: 'recall', date: d('2025-06-09'), calendar: CALENDAR })._unsafeUnwrap();
    expect(earlier.reasons.map((item) => item.code)).toEqual(['leave/recalled']);
  });

  it('a recall from cuti besar returns calendar days; sick leave is not recallable', () => {
    const major = approved(decide(pns(), { kind: 'major', start: '2025-06-02', end: '2025-06-30' }));
    expect(advanceLeaveRequest(major, { type: 'recall', date: d('2025-06-21') })._unsafeUnwrap().postings.map((posting) => [posting.kind, posting.days])).toEqual([['major', 10]]);
    const sick = approved(decide(pns(), { kind: 'sick', start: '2025-06-02', end: '2025-06-10', documents: ['doctor-certificate'] }));
    expect(advanceLeaveRequest(sick, { type: 'recall', date: d('2025-06-05') })._unsafeUnwrapErr().code).toBe('leave/not-recallable');
  });

  it("a recall outside the calendar is the calendar's data gap", () => {
    const state = approved(decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-13' }, [grant(2025)]));
    const short = { ...state, decision: { ...state.decision, period: { from: d('2025-06-02'), to: d('2028-01-05') } } };
    expect(advanceLeaveRequest(short, { type: 'recall', date: d('2025-06-09'), calendar: CALENDAR })._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('invalid transitions are coded errors', () => {
    const draft = draftLeaveRequest(annual());
    expect(advanceLeaveRequest(draft, { type: 'consider', date: d('2025-05-01'), outcome: 'approved' })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
    expect(advanceLeaveRequest(draft, { type: 'decide', date: d('2025-05-01'), outcome: 'approved' })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
    expect(advanceLeaveRequest(approved(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
  });
});

describe('docs/leave.md', () => {
  it('one employee\'s year: 15 days, Lebaran, a refusal, a deferral, a recall, 21 days in 2027', () => {
    const sri = pns();
    let ledger: LedgerEntry[] = [grant(2025), entry('taken', 2025, 9, '2025-05-01')];
    const year = annualLeaveEntitlement(sri, 2026, { ledger })._unsafeUnwrap();
    expect(year.total).toBe(15);
    ledger = [...ledger, ...year.postings];
    const request = (id: string, start: string, end: string) =>
      evaluateLeaveRequest({ employee: sri, request: parseLeaveRequest({ id, kind: 'annual', start, end })._unsafeUnwrap(), ledger, calendar: CALENDAR, asOf: '2026-01-05' });
    const lebaran = approved(request('A', '2026-03-16', '2026-03-27')._unsafeUnwrap());
    ledger = [...ledger, ...lebaran.posted];
    expect(lebaran.decision.duration.days).toBe(5);
    expect(request('B', '2026-06-22', '2026-07-17')._unsafeUnwrapErr().violations[0]?.data).toEqual({ requested: 20, available: 10, year: 2026 });
    const july = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(request('C', '2026-07-10', '2026-07-17')._unsafeUnwrap()),
      { type: 'submit', date: d('2026-06-01') })._unsafeUnwrap().state, { type: 'consider', date: d('2026-06-02'), outcome: 'deferred', note: 'Laporan' })._unsafeUnwrap().state;
    const deferral = advanceLeaveRequest(july, { type: 'decide', date: d('2026-06-03'), outcome: 'deferred', note: 'Laporan' })._unsafeUnwrap();
    ledger = [...ledger, ...deferral.postings];
    const november = approved(request('D', '2026-11-09', '2026-11-11')._unsafeUnwrap());
    const recall = advanceLeaveRequest(november, { type: 'recall', date: d('2026-11-10'), calendar: CALENDAR })._unsafeUnwrap();
    ledger = [...ledger, ...november.posted, ...recall.postings];
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap().remaining).toEqual({ own: 3, carried: 0, deferred: 0, compensation: 0 });
    expect(annualLeaveEntitlement(sri, 2027, { ledger })._unsafeUnwrap().total).toBe(21);
  });
});

describe('advanceLeaveRequest input', () => {
  it('refuses a state that is not one from draftLeaveRequest, with the path', () => {
    const error = advanceLeaveRequest({ status: 'draft' } as never, { type: 'submit', date: d('2025-05-01') })._unsafeUnwrapErr();
    expect(error.code).toBe('leave/invalid-input');
    expect(dataOf(error, 'leave/invalid-input').issues).toContainEqual({ path: 'state.decision', message: 'Invalid input: expected object, received undefined' });
  });

  it('refuses an unknown event type and a malformed date', () => {
    const state = approved(annual());
    expect(advanceLeaveRequest(state, { type: 'approve', date: '2025-05-01' } as never)._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    const error = advanceLeaveRequest(state, { type: 'cancel', date: '01/05/2025' } as never)._unsafeUnwrapErr();
    expect(dataOf(error, 'leave/invalid-input').issues).toEqual([{ path: 'event.date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' }]);
  });
});

describe('advanceLeaveRequest: what each step says and posts', () => {
  const submit = (state: LeaveWorkflowState) => advanceLeaveRequest(state, { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap();
  const considered = (decision: LeaveDecision) =>
    advanceLeaveRequest(submit(draftLeaveRequest(decision)).state, { type: 'consider', date: d('2025-05-02'), outcome: 'approved' })._unsafeUnwrap().state;

  it('a step the status does not allow: leave/invalid-transition naming both (Perban BKN 24/2017 Anak Lampiran I.b)', () => {
    const error = advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'approved' })._unsafeUnwrapErr();
    expect([error.code, error.basis.instrument, error.basis.article, error.data]).toEqual(['leave/invalid-transition', 'Perban BKN 24/2017', 'Anak Lampiran I.b, bagian VII–VIII', { status: 'draft', event: 'decide' }]);
    expect(error.message).toEqual({ id: 'Langkah "decide" tidak dapat dilakukan pada status "draft".', en: 'The step "decide" is not possible in status "draft".' });
    const submitted = submit(draftLeaveRequest(annual())).state;
    expect(advanceLeaveRequest(submitted, { type: 'submit', date: d('2025-05-02') })._unsafeUnwrapErr().data).toEqual({ status: 'submitted', event: 'submit' });
  });

  it('submitting and considering post nothing and say nothing', () => {
    const submitted = submit(draftLeaveRequest(annual()));
    expect([submitted.state.status, submitted.postings, submitted.reasons]).toEqual(['submitted', [], []]);
    const next = advanceLeaveRequest(submitted.state, { type: 'consider', date: d('2025-05-02'), outcome: 'approved' })._unsafeUnwrap();
    expect([next.state.status, next.postings, next.reasons, next.state.consideration]).toEqual(['considered', [], [], { outcome: 'approved', date: '2025-05-02', note: '' }]);
  });

  it('a change, a deferral or a rejection needs a reason that is not blank', () => {
    const submitted = submit(draftLeaveRequest(annual())).state;
    const error = advanceLeaveRequest(submitted, { type: 'consider', date: d('2025-05-02'), outcome: 'rejected', note: '   ' })._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['leave/invalid-input', { outcome: 'rejected' }]);
    expect(error.message).toEqual({ id: 'Alasan wajib diisi untuk perubahan, penangguhan atau penolakan.', en: 'A reason is required for a change, a deferral or a rejection.' });
    expect(advanceLeaveRequest(submitted, { type: 'consider', date: d('2025-05-02'), outcome: 'rejected', note: 'x' }).isOk()).toBe(true);
  });

  it('approving posts the decision\'s entries and nothing else', () => {
    const transition = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'approved' })._unsafeUnwrap();
    expect([transition.postings.map((posting) => posting.type), transition.reasons]).toEqual([['taken'], []]);
  });

  it('a change to another request is refused, naming the request', () => {
    const other = decide(pns(), { id: 'R-2', kind: 'annual', start: '2025-06-10', end: '2025-06-11' }, [grant(2025)]);
    const error = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'changed', note: 'x', changed: other })._unsafeUnwrapErr();
    expect([error.code, error.data]).toEqual(['leave/invalid-input', { requestId: 'R-1' }]);
    expect(error.message).toEqual({ id: 'Perubahan memerlukan permintaan yang sama yang dievaluasi ulang dengan tanggal baru.', en: 'A change needs the same request re-evaluated with its new dates.' });
  });

  it('a deferral posts the deferral-out under PP 11/2017 Pasal 314 and says why (R-L2)', () => {
    const transition = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'deferred', note: 'Laporan akhir tahun' })._unsafeUnwrap();
    expect(transition.postings.map((posting) => [posting.type, posting.kind, posting.date, posting.requestId, posting.basis.article])).toEqual([['deferral-out', 'annual', '2025-05-05', 'R-1', 'Pasal 314']]);
    const reason = transition.reasons[0];
    expect([transition.reasons.length, reason?.code, reason?.severity, reason?.basis.article]).toEqual([1, 'leave/deferred', 'info', 'Pasal 314']);
    expect(reason?.message).toEqual({ id: 'Ditangguhkan karena kepentingan dinas mendesak, paling lama 1 tahun.', en: 'Deferred for pressing service needs, for at most 1 year.' });
    expect(transition.state.verdict).toEqual({ outcome: 'deferred', date: '2025-05-05', note: 'Laporan akhir tahun' });
  });

  it('rejecting a PNS request warns (BKN, 2020); rejecting a PPPK request does not; nothing is posted', () => {
    const rejected = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'x' })._unsafeUnwrap();
    expect([rejected.state.status, rejected.postings]).toEqual(['rejected', []]);
    const warning = rejected.reasons[0];
    expect([rejected.reasons.length, warning?.code, warning?.severity, warning?.basis.instrument]).toEqual([1, 'leave/rejection-discouraged', 'warning', 'PP 17/2020']);
    expect(warning?.message).toEqual({
      id: 'Menurut BKN (2020) permintaan cuti PNS selain CLTN tidak dapat ditolak, hanya ditangguhkan.',
      en: 'According to BKN (2020) a PNS leave request other than CLTN cannot be refused, only deferred.',
    });
    const contract = decide(pppk({ start: '2020-01-01' }), { kind: 'annual', start: '2025-06-02', end: '2025-06-05' }, [grant(2025)]);
    expect(advanceLeaveRequest(considered(contract), { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'x' })._unsafeUnwrap().reasons).toEqual([]);
  });

  it('the 1-day sick notice is recorded under Perban BKN 7/2021 Lampiran III.C.2', () => {
    const decision = decide(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-03', documents: ['doctor-certificate'] });
    const transition = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: d('2025-02-03') })._unsafeUnwrap();
    const reason = transition.reasons[0];
    expect([reason?.severity, reason?.basis.instrument, reason?.basis.article]).toEqual(['info', 'Perban BKN 7/2021', 'Lampiran III.C.2']);
    expect(reason?.message).toEqual({ id: 'Pemberitahuan sakit 1 hari dicatat oleh atasan langsung.', en: 'The 1-day sick notice is recorded by the direct superior.' });
    expect(transition.state.verdict).toEqual({ outcome: 'approved', date: '2025-02-03', note: '' });
  });

  it('cancelling: before a decision nothing is undone; an approved request before it starts gets its days back', () => {
    const draft = advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'cancel', date: d('2025-05-01') })._unsafeUnwrap();
    expect([draft.state.status, draft.postings, draft.reasons]).toEqual(['cancelled', [], []]);
    const submitted = advanceLeaveRequest(submit(draftLeaveRequest(annual())).state, { type: 'cancel', date: d('2025-05-02') })._unsafeUnwrap();
    expect(submitted.state.status).toBe('cancelled');
    const state = approved(annual());
    const cancelled = advanceLeaveRequest(state, { type: 'cancel', date: d('2025-06-01') })._unsafeUnwrap();
    expect([cancelled.state.status, cancelled.reasons]).toEqual(['cancelled', []]);
    expect(cancelled.postings.map((posting) => [posting.type, posting.days, posting.basis.article])).toEqual([['returned', 4, 'Pasal 310']]);
    expect(advanceLeaveRequest(state, { type: 'cancel', date: d('2025-06-02') })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
  });
});

describe('properties', () => {
  it('cancelling restores exactly what was taken, whatever the request', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 6 }), (offset, length) => {
      const start = new Date(Date.UTC(2025, 5, 2 + offset)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2025, 5, 2 + offset + length)).toISOString().slice(0, 10);
      const ledger = [grant(2025), entry('carry-over', 2025, 6)];
      const result = evaluateLeaveRequest({ employee: pns(), request: parseLeaveRequest({ id: 'P', kind: 'annual', start, end })._unsafeUnwrap(), ledger, calendar: CALENDAR, asOf: '2025-01-01' });
      if (result.isErr()) return true;
      const state = approved(result.value);
      const cancel = advanceLeaveRequest(state, { type: 'cancel', date: d('2025-05-30') })._unsafeUnwrap();
      return leaveBalance([...ledger, ...state.posted, ...cancel.postings], { kind: 'annual', asOf: '2025-12-31' })._unsafeUnwrap().available === 18;
    }), { numRuns: 40 });
  });

  it('arbitrary events never throw and return a Result', () => {
    const state = approved(annual());
    const event = fc.record({
      type: fc.constantFrom('submit', 'consider', 'decide', 'cancel', 'recall' as const),
      date: fc.constantFrom('2025-05-01', '2025-06-03', '2025-07-01'),
      outcome: fc.constantFrom('approved', 'changed', 'deferred', 'rejected' as const),
      note: fc.string(),
    });
    fc.assert(fc.property(event, (value) => {
      const result = advanceLeaveRequest(state, value as never);
      return result.isOk() || result.isErr();
    }));
  });
});

describe('advanceLeaveRequest: each error and posting as written', () => {
  const WORKFLOW = { instrument: 'Perban BKN 24/2017', article: 'Anak Lampiran I.b, bagian VII–VIII', interpretation: 'leave-decisions' };
  const RECALL = { instrument: 'PP 11/2017', article: 'Pasal 338; PP 49/2018 Pasal 92' };
  const CANCELLED = { instrument: 'PP 11/2017', article: 'Pasal 310', note: 'cancelled before it started' };
  const considered = (decision: LeaveDecision) => advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: d('2025-04-01') })._unsafeUnwrap().state,
    { type: 'consider', date: d('2025-04-02'), outcome: 'approved' })._unsafeUnwrap().state;

  it('a cuti besar for a first hajj cannot be deferred: leave/not-deferrable under its row', () => {
    const hajj = decide(pns({ tmtCpns: '2022-01-01' }), { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-07-31', documents: ['hajj-schedule'] });
    expect(advanceLeaveRequest(considered(hajj), { type: 'decide', date: d('2025-04-03'), outcome: 'deferred', note: 'x' })._unsafeUnwrapErr()).toEqual({
      code: 'leave/not-deferrable', severity: 'error', basis: { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (2)–(3), 317 ayat (2)', interpretation: 'annual-deferral' },
      message: { id: 'Cuti Besar (ibadah haji pertama) tidak dapat ditangguhkan.', en: 'Major leave (first hajj) cannot be deferred.' }, data: { kind: 'major', ground: 'first-hajj' },
    });
  });

  it('sick leave cannot be recalled: leave/not-recallable under Pasal 338 and PP 49/2018 Pasal 92', () => {
    const sick = approved(decide(pns(), { kind: 'sick', start: '2025-06-02', end: '2025-06-10', documents: ['doctor-certificate'] }));
    expect(advanceLeaveRequest(sick, { type: 'recall', date: d('2025-06-05') })._unsafeUnwrapErr()).toEqual({
      code: 'leave/not-recallable', severity: 'error', basis: RECALL,
      message: { id: 'Cuti Sakit tidak dapat dipanggil kembali.', en: 'An employee cannot be recalled from sick leave.' }, data: { kind: 'sick' },
    });
  });

  it('a recall from annual leave without a calendar is leave/invalid-input', () => {
    const annualState = approved(decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-13' }, [grant(2025)]));
    expect(advanceLeaveRequest(annualState, { type: 'recall', date: d('2025-06-09') })._unsafeUnwrapErr()).toEqual({
      code: 'leave/invalid-input', severity: 'error', basis: WORKFLOW,
      message: { id: 'Pemanggilan kembali dari cuti tahunan memerlukan kalender kerja.', en: 'A recall from annual leave needs the working calendar.' }, data: {},
    });
  });

  it('a recall on the first and on the last day of annual leave, and the days around it', () => {
    const annualState = approved(decide(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-13' }, [grant(2025)]));
    const recall = (date: string) => advanceLeaveRequest(annualState, { type: 'recall', date: d(date), calendar: CALENDAR });
    const first = recall('2025-06-02')._unsafeUnwrap();
    expect(first.postings).toEqual([{ type: 'returned', kind: 'annual', year: 2025, date: '2025-06-02', days: 8, requestId: 'R-1', basis: RECALL }]);
    expect(first.reasons).toEqual([{ code: 'leave/recalled', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 338' },
      message: { id: 'Dipanggil kembali pada 2025-06-02: 8 hari yang belum dijalankan tetap menjadi hak pegawai.', en: 'Recalled on 2025-06-02: the 8 unused days remain the employee\'s.' },
      data: { unused: 8 } }]);
    expect(first.state.posted).toEqual([...annualState.posted, ...first.postings]);
    expect(first.state.history.at(-1)).toEqual({ status: 'recalled', date: '2025-06-02' });
    expect(recall('2025-06-13')._unsafeUnwrap().postings.map((posting) => [posting.date, posting.days])).toEqual([['2025-06-13', 1]]);
    expect(recall('2025-06-01')._unsafeUnwrapErr().data).toEqual({ status: 'approved', event: 'recall' });
    expect(recall('2025-06-14')._unsafeUnwrapErr().data).toEqual({ status: 'approved', event: 'recall' });
    expect(advanceLeaveRequest(draftLeaveRequest(annualState.decision), { type: 'recall', date: d('2025-06-09'), calendar: CALENDAR })._unsafeUnwrapErr().code).toBe('leave/invalid-transition');
  });

  it('a recall from cuti besar counts calendar days and posts them to the year of the taken entry', () => {
    const major = approved(decide(pns(), { kind: 'major', start: '2025-06-02', end: '2025-06-30' }, [grant(2025)]));
    const recall = advanceLeaveRequest(major, { type: 'recall', date: d('2025-06-30') })._unsafeUnwrap();
    expect(recall.postings).toEqual([{ type: 'returned', kind: 'major', year: 2025, date: '2025-06-30', days: 1, requestId: 'R-1', basis: RECALL }]);
    const early = decide(pppk({ start: '2025-06-01' }), { kind: 'annual', ground: 'family-death', start: '2026-02-02', end: '2026-02-06' });
    const advance = advanceLeaveRequest(approved({ ...early, postings: early.postings.map((posting) => ({ ...posting, year: 2027 })) }),
      { type: 'recall', date: d('2026-02-05'), calendar: CALENDAR })._unsafeUnwrap();
    expect(advance.postings.map((posting) => [posting.year, posting.days])).toEqual([[2027, 2]]);
  });

  it('cancelling an approved cuti besar returns each taken and lapsed entry, nothing else', () => {
    const major = approved(decide(pns(), { kind: 'major', start: '2025-06-02', end: '2025-06-30' }, [grant(2025)]));
    const cancel = advanceLeaveRequest(major, { type: 'cancel', date: d('2025-05-21') })._unsafeUnwrap();
    expect(cancel.postings).toEqual([
      { type: 'returned', kind: 'major', year: 2025, date: '2025-06-02', days: 29, requestId: 'R-1', ground: 'regular', basis: CANCELLED },
      { type: 'returned', kind: 'annual', year: 2025, date: '2025-06-02', days: 12, requestId: 'R-1', basis: CANCELLED },
    ]);
    const withOthers = { ...major, posted: [...major.posted, entry('grant', 2025, 3), entry('returned', 2025, 1)] };
    expect(advanceLeaveRequest(withOthers, { type: 'cancel', date: d('2025-05-21') })._unsafeUnwrap().postings.length).toBe(2);
  });

  it('cancelling after a deferral, a rejection or a recall is not possible', () => {
    const submitted = advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state;
    const considered = advanceLeaveRequest(submitted, { type: 'consider', date: d('2025-05-02'), outcome: 'approved' })._unsafeUnwrap().state;
    expect(advanceLeaveRequest(considered, { type: 'cancel', date: d('2025-05-03') })._unsafeUnwrap().state.status).toBe('cancelled');
    const rejected = advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'x' })._unsafeUnwrap().state;
    expect(advanceLeaveRequest(rejected, { type: 'cancel', date: d('2025-05-06') })._unsafeUnwrapErr().data).toEqual({ status: 'rejected', event: 'cancel' });
    const deferred = advanceLeaveRequest(considered, { type: 'decide', date: d('2025-05-05'), outcome: 'deferred', note: 'x' })._unsafeUnwrap().state;
    expect(advanceLeaveRequest(deferred, { type: 'cancel', date: d('2025-05-06') })._unsafeUnwrapErr().data).toEqual({ status: 'deferred', event: 'cancel' });
    const state = approved(annual());
    expect(advanceLeaveRequest(state, { type: 'cancel', date: d('2025-06-01') })._unsafeUnwrap().state.history.map((step) => step.status))
      .toEqual(['draft', 'submitted', 'considered', 'approved', 'cancelled']);
  });

  it('the deferral-out of annual leave as written, and a deferred CLTN or a rejected one', () => {
    const transition = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'deferred', note: 'Dinas' })._unsafeUnwrap();
    expect(transition.postings).toEqual([{ type: 'deferral-out', kind: 'annual', year: 2025, date: '2025-05-05', days: 4, requestId: 'R-1',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 314', interpretation: 'annual-deferral' } }]);
    expect(transition.reasons).toEqual([{ code: 'leave/deferred', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 314', interpretation: 'annual-deferral' },
      message: { id: 'Ditangguhkan karena kepentingan dinas mendesak, paling lama 1 tahun.', en: 'Deferred for pressing service needs, for at most 1 year.' } }]);
    const cltn = decide(pns(), { kind: 'unpaid', start: '2025-06-01', end: '2025-12-31', documents: ['supporting-evidence'] });
    expect(advanceLeaveRequest(considered(cltn), { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'x' })._unsafeUnwrap().reasons).toEqual([]);
  });

  it('a rejection warns as written', () => {
    const transition = advanceLeaveRequest(considered(annual()), { type: 'decide', date: d('2025-05-05'), outcome: 'rejected', note: 'x' })._unsafeUnwrap();
    expect(transition.reasons).toEqual([{ code: 'leave/rejection-discouraged', severity: 'warning',
      basis: { instrument: 'PP 17/2020', note: 'BKN statement, July 2020', interpretation: 'leave-decisions' },
      message: {
        id: 'Menurut BKN (2020) permintaan cuti PNS selain CLTN tidak dapat ditolak, hanya ditangguhkan.',
        en: 'According to BKN (2020) a PNS leave request other than CLTN cannot be refused, only deferred.',
      } }]);
    expect(transition.state.verdict).toEqual({ outcome: 'rejected', date: '2025-05-05', note: 'x' });
  });

  it('a 1-day sick notice on submission: the notice reason as written', () => {
    const notice = decide(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-03', documents: ['doctor-certificate'] });
    const transition = advanceLeaveRequest(draftLeaveRequest(notice), { type: 'submit', date: d('2025-02-03') })._unsafeUnwrap();
    expect(transition.reasons).toEqual([{ code: 'leave/notice-recorded', severity: 'info', basis: { instrument: 'Perban BKN 7/2021', article: 'Lampiran III.C.2', interpretation: 'sick-leave' },
      message: { id: 'Pemberitahuan sakit 1 hari dicatat oleh atasan langsung.', en: 'The 1-day sick notice is recorded by the direct superior.' } }]);
    expect([transition.postings, transition.state.posted]).toEqual([notice.postings, notice.postings]);
  });

  it('a change: the new decision replaces the old one; its postings are posted', () => {
    const submitted = advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state;
    const considered2 = advanceLeaveRequest(submitted, { type: 'consider', date: d('2025-05-02'), outcome: 'changed', note: 'Geser' })._unsafeUnwrap().state;
    const changed = decide(pns(), { kind: 'annual', start: '2025-06-10', end: '2025-06-11' }, [grant(2025)]);
    const transition = advanceLeaveRequest(considered2, { type: 'decide', date: d('2025-05-05'), outcome: 'changed', note: 'Dinas', changed })._unsafeUnwrap();
    expect([transition.state.status, transition.postings, transition.state.posted, transition.reasons, transition.state.verdict])
      .toEqual(['approved', changed.postings, changed.postings, [], { outcome: 'changed', date: '2025-05-05', note: 'Dinas' }]);
    expect(transition.state.decision).toEqual(changed);
    expect(considered2.consideration).toEqual({ outcome: 'changed', date: '2025-05-02', note: 'Geser' });
  });
});

describe('advanceLeaveRequest input, one part at a time', () => {
  it('a changed decision that is not one is refused under event.changed, alone', () => {
    const considered = advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(annual()), { type: 'submit', date: d('2025-05-01') })._unsafeUnwrap().state,
      { type: 'consider', date: d('2025-05-02'), outcome: 'changed', note: 'Geser' })._unsafeUnwrap().state;
    const error = advanceLeaveRequest(considered, unchecked({ type: 'decide', date: '2025-05-05', outcome: 'changed', note: 'x', changed: { request: {} } }))._unsafeUnwrapErr();
    expect([error.code, [...new Set((dataOf(error, 'leave/invalid-input').issues ?? []).map((issue) => issue.path.split('.').slice(0, 2).join('.')))]])
      .toEqual(['leave/invalid-input', ['event.changed']]);
  });

  it('a bad state alone, and a bad event alone', () => {
    const paths = (state: unknown, event: unknown) =>
      [...new Set((dataOf(advanceLeaveRequest(unchecked(state), unchecked(event))._unsafeUnwrapErr(), 'leave/invalid-input').issues ?? []).map((issue) => issue.path.split('.')[0]))];
    const state = approved(annual());
    expect(paths({ ...state, status: 'x' }, { type: 'cancel', date: '2025-05-20' })).toEqual(['state']);
    expect(paths(state, { type: 'cancel', date: '2025-05-20', extra: 1 })).toEqual(['event']);
  });
});
