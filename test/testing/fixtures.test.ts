import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNip, retirementDate } from '../../src/employee';
import { leaveBalance } from '../../src/leave';
import {
  employeeArbitrary, fixtureEmployee, fixtureLedger, fixtureLedgerEntry, fixtureLeaveState, ledgerArbitrary, leaveRequestArbitrary, nipArbitrary, uniqueNip,
} from '../../src/testing';

describe('fixtures', () => {
  it('uniqueNip gives distinct valid NIPs of both layouts', () => {
    const nips = Array.from({ length: 500 }, (_, index) => uniqueNip(index % 2 === 0 ? 'pns' : 'pppk'));
    expect(new Set(nips).size).toBe(500);
    expect(nips.map((nip) => parseNip(nip).map((parsed) => parsed.layout).unwrapOr('invalid')).slice(0, 2)).toEqual(['pns', 'pppk']);
    expect(nips.every((nip) => parseNip(nip).isOk())).toBe(true);
  });

  it('fixtureEmployee reads birth date, TMT and sex from the NIP; refuses a NIP of the other layout', () => {
    const pns = fixtureEmployee({ nip: '198503152010012001' })._unsafeUnwrap();
    expect([pns.kind, pns.birthDate, pns.tmtCpns, pns.gender, pns.workUnit.id, pns.workWeek]).toEqual(['PNS', '1985-03-15', '2010-01-01', 'female', 'bkpsdm', 5]);
    const pppk = fixtureEmployee({ kind: 'PPPK', nip: '200012312024211001', workUnitId: 'dinkes', workWeek: 6 })._unsafeUnwrap();
    expect([pppk.kind, pppk.contract?.start, pppk.gender, pppk.workWeek]).toEqual(['PPPK', '2024-01-01', 'male', 6]);
    expect(fixtureEmployee({ kind: 'PPPK', nip: '198503152010012001' })._unsafeUnwrapErr().code).toBe('employee/invalid-input');
    expect(fixtureEmployee({ nip: 42 as never })._unsafeUnwrapErr().code).toBe('employee/invalid-input');
  });

  it('fixtureLedger, fixtureLedgerEntry and fixtureLeaveState build parsed values', () => {
    const ledger = fixtureLedger(2026, [3, 2])._unsafeUnwrap();
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap().available).toBe(7);
    expect(fixtureLedger(2026, 'x' as never).isErr()).toBe(true);
    expect(fixtureLedgerEntry({ type: 'grant', year: 2026, days: 12 })._unsafeUnwrap()).toMatchObject({ kind: 'annual', date: '2026-01-01' });
    expect(fixtureLedgerEntry({ type: 'grant', year: 2026, days: -1 }).isErr()).toBe(true);
    const employee = fixtureEmployee()._unsafeUnwrap();
    const state = fixtureLeaveState(employee, { id: 'R-1', start: '2026-04-06', end: '2026-04-07' })._unsafeUnwrap();
    expect([state.status, state.decision.request.id, state.decision.postings.map((entry) => entry.days)]).toEqual(['submitted', 'R-1', [2]]);
    expect(fixtureLeaveState(employee, { ledger: fixtureLedger(2026, [12])._unsafeUnwrap() })._unsafeUnwrapErr().code).toBe('leave/request-refused');
  });
});

describe('arbitraries', () => {
  it('nipArbitrary makes NIPs that parse, of the layout asked for', () => {
    fc.assert(fc.property(nipArbitrary(), (nip) => parseNip(nip).isOk()));
    fc.assert(fc.property(nipArbitrary('pppk'), (nip) => parseNip(nip).map((parsed) => parsed.layout).unwrapOr(null) === 'pppk'));
    fc.assert(fc.property(nipArbitrary('pns'), (nip) => parseNip(nip).map((parsed) => parsed.layout).unwrapOr(null) === 'pns'));
  });

  it('employeeArbitrary makes parsed employees of the kind asked for', () => {
    fc.assert(fc.property(employeeArbitrary('PNS'), (employee) => employee.kind === 'PNS' && retirementDate(employee).isOk()), { numRuns: 50 });
    fc.assert(fc.property(employeeArbitrary(), (employee) => Object.isFrozen(employee) && /^unit-\d+$/.test(employee.workUnit.id)), { numRuns: 50 });
  });

  it('ledgerArbitrary and leaveRequestArbitrary make parsed values in the year', () => {
    fc.assert(fc.property(ledgerArbitrary(2025), (ledger) => ledger.every((entry) => entry.year === 2025)
      && leaveBalance(ledger, { kind: 'annual', asOf: '2025-12-31' }).isOk()), { numRuns: 50 });
    fc.assert(fc.property(leaveRequestArbitrary(), (request) => request.start <= request.end && request.start.startsWith('2026')), { numRuns: 50 });
  });
});
