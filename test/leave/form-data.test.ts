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
