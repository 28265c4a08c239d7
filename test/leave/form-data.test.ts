import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { advanceLeaveRequest, draftLeaveRequest, evaluateLeaveRequest, leaveFormData } from '../../src/leave';
import { CALENDAR, grant, pnsInput, taken, unchecked } from './fixtures';
import { dataOf } from '../error-data';

const employee = pnsInput({ tmtCpns: '2010-01-01', position: { type: 'pelaksana', title: 'Analis Kepegawaian' } });
const ledger = [grant(2023), taken(2023, 10), grant(2024), taken(2024, 12), grant(2025)];
const decision = evaluateLeaveRequest(unchecked({
  employee, ledger, calendar: CALENDAR, asOf: '2025-05-01',
  request: { id: 'C-7', kind: 'annual', start: '2025-06-02', end: '2025-06-05', reason: 'Urusan keluarga', address: 'Jl. Gatot Subroto 12, Medan', phone: '0812' },
}))._unsafeUnwrap();

describe('leaveFormData', () => {
  it('fills sections I–VI of Anak Lampiran I.b; VII–VIII blank before any decision', () => {
    const form = leaveFormData({ decision, ledger })._unsafeUnwrap();
    expect(form.employee).toEqual({
      name: 'Sri Wahyuni', nip: '198503152010012001', position: 'Analis Kepegawaian', golongan: 'III/c',
      serviceLength: { years: 15, months: 5 }, workUnit: 'BKPSDM Kota Medan',
    });
    expect(form.kind.filter((box) => box.checked).map((box) => [box.number, box.label.id])).toEqual([[1, 'Cuti Tahunan']]);
    expect(form.reason).toBe('Urusan keluarga');
    expect(form.duration).toEqual({ amount: 4, unit: { id: 'hari kerja', en: 'working days' }, from: '2025-06-02', to: '2025-06-05' });
    expect(form.leaveRecord.annual).toEqual([{ year: 2023, remaining: 2 }, { year: 2024, remaining: 0 }, { year: 2025, remaining: 12 }]);
    expect(form.addressDuringLeave).toEqual({ address: 'Jl. Gatot Subroto 12, Medan', phone: '0812' });
    expect(form.superiorConsideration).toEqual({ outcome: null, label: null, note: '', date: null });
  });

  it('fills VII and VIII from the workflow', () => {
    const submitted = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: '2025-05-02' as IsoDate })._unsafeUnwrap().state;
    const considered = advanceLeaveRequest(submitted, { type: 'consider', date: '2025-05-03' as IsoDate, outcome: 'deferred', note: 'Beban kerja' })._unsafeUnwrap().state;
    const form = leaveFormData({ decision, state: considered })._unsafeUnwrap();
    expect(form.superiorConsideration).toEqual({ outcome: 'deferred', label: { id: 'DITANGGUHKAN', en: 'DEFERRED' }, note: 'Beban kerja', date: '2025-05-03' });
    expect(form.pybmcDecision.outcome).toBeNull();
  });

  it('calendar-day kinds are written in hari', () => {
    const sick = evaluateLeaveRequest(unchecked({ employee, calendar: CALENDAR, asOf: '2025-01-01',
      request: { id: 'S', kind: 'sick', start: '2025-02-03', end: '2025-02-07', documents: ['doctor-certificate'] } }))._unsafeUnwrap();
    expect(leaveFormData({ decision: sick })._unsafeUnwrap().duration.unit).toEqual({ id: 'hari', en: 'calendar days' });
    const untitled = evaluateLeaveRequest(unchecked({ employee: pnsInput(), calendar: CALENDAR, asOf: '2025-01-01',
      request: { id: 'S', kind: 'sick', start: '2025-02-03', end: '2025-02-07', documents: ['doctor-certificate'] } }))._unsafeUnwrap();
    expect(leaveFormData({ decision: untitled })._unsafeUnwrap().employee.position).toBe('pelaksana');
  });

  it('rejects a malformed ledger', () => {
    expect(leaveFormData({ decision, ledger: unchecked('x') })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });
});

describe('leaveFormData input', () => {
  it('refuses a decision that is not one from evaluateLeaveRequest', () => {
    const error = leaveFormData({ decision: { request: {} } } as never)._unsafeUnwrapErr();
    expect(error.code).toBe('leave/invalid-input');
    expect(dataOf(error, 'leave/invalid-input').issues).toContainEqual({ path: 'decision.employee', message: 'Invalid input: expected object, received undefined' });
  });

  it('refuses a malformed ledger and a malformed verdict', () => {
    expect(leaveFormData({ decision, ledger: unchecked([{ type: 'grant' }]) })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    const state = { ...draftLeaveRequest(decision), consideration: { outcome: 'maybe', date: '2025-01-01', note: '' } };
    expect(dataOf(leaveFormData({ decision, state: unchecked(state) })._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([
      { path: 'state.consideration.outcome', message: 'Invalid option: expected one of "approved"|"changed"|"deferred"|"rejected"' },
    ]);
  });
});

describe('properties', () => {
  it('arbitrary ledgers never throw and return a Result', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      const result = leaveFormData({ decision, ledger: unchecked(value) });
      return result.isOk() || result.isErr();
    }));
  });
});

describe('leaveFormData, each section whole', () => {
  it('II: the six boxes of the form in order, the requested kind ticked; V: the kind and days requested', () => {
    const form = leaveFormData({ decision, ledger })._unsafeUnwrap();
    expect(form.kind).toEqual([
      { number: 1, kind: 'annual', label: { id: 'Cuti Tahunan', en: 'Annual leave' }, checked: true },
      { number: 2, kind: 'major', label: { id: 'Cuti Besar', en: 'Major leave' }, checked: false },
      { number: 3, kind: 'sick', label: { id: 'Cuti Sakit', en: 'Sick leave' }, checked: false },
      { number: 4, kind: 'maternity', label: { id: 'Cuti Melahirkan', en: 'Maternity leave' }, checked: false },
      { number: 5, kind: 'important-reason', label: { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' }, checked: false },
      { number: 6, kind: 'unpaid', label: { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave (CLTN)' }, checked: false },
    ]);
    expect(form.leaveRecord.requested).toEqual({ kind: 'annual', days: 4 });
    expect(leaveFormData({ decision })._unsafeUnwrap().leaveRecord.annual).toEqual([{ year: 2023, remaining: 0 }, { year: 2024, remaining: 0 }, { year: 2025, remaining: 0 }]);
  });

  it('VII and VIII: the labels of approval, change and rejection', () => {
    const submitted = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: '2025-05-02' as IsoDate })._unsafeUnwrap().state;
    const verdicts = (['approved', 'changed', 'rejected'] as const).map((outcome) => {
      const considered = advanceLeaveRequest(submitted, { type: 'consider', date: '2025-05-03' as IsoDate, outcome, note: 'Catatan' })._unsafeUnwrap().state;
      const decided = advanceLeaveRequest(considered, { type: 'decide', date: '2025-05-04' as IsoDate, outcome: 'approved' })._unsafeUnwrap().state;
      const form = leaveFormData({ decision, state: decided })._unsafeUnwrap();
      return [form.superiorConsideration.label, form.pybmcDecision];
    });
    const approval = { outcome: 'approved', label: { id: 'DISETUJUI', en: 'APPROVED' }, note: '', date: '2025-05-04' };
    expect(verdicts).toEqual([
      [{ id: 'DISETUJUI', en: 'APPROVED' }, approval],
      [{ id: 'PERUBAHAN', en: 'CHANGED' }, approval],
      [{ id: 'TIDAK DISETUJUI', en: 'NOT APPROVED' }, approval],
    ]);
  });

  it('I: the service length leaves a CLTN out and counts from TMT CPNS', () => {
    const onCltn = evaluateLeaveRequest(unchecked({ employee: pnsInput({ tmtCpns: '2010-01-01', cltn: [{ from: '2015-01-01', to: '2015-12-31' }] }), ledger, calendar: CALENDAR, asOf: '2025-05-01',
      request: { id: 'C-8', kind: 'annual', start: '2025-06-02', end: '2025-06-03' } }))._unsafeUnwrap();
    expect(leaveFormData({ decision: onCltn })._unsafeUnwrap().employee.serviceLength).toEqual({ years: 14, months: 5 });
  });

  it('refuses an unknown key of the bag', () => {
    expect(leaveFormData(unchecked({ decision, extra: 1 }))._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });
});
