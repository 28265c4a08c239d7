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

describe('what the fixtures and arbitraries make, exactly', () => {
  it('uniqueNip: consecutive NIPs with a real birth date in 1960–1999, the appointment 25 years on, of the layout asked for', () => {
    const [first, second] = [uniqueNip(), uniqueNip()];
    for (const nip of [first, second, uniqueNip('pppk')]) {
      const year = Number(nip.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1960);
      expect(year).toBeLessThanOrEqual(1999);
      expect(Number(nip.slice(8, 12))).toBe(year + 25);
      expect(['1', '2']).toContain(nip.charAt(14));
    }
    const sequence = (nip: string) => Number(nip.slice(15));
    expect((sequence(second) - sequence(first) + 999) % 999).toBe(1);
    const pppk = uniqueNip('pppk');
    expect(pppk.charAt(12)).toBe('2');
    expect(Number(pppk.charAt(13))).toBeGreaterThanOrEqual(1);
    const pns = parseNip(uniqueNip())._unsafeUnwrap();
    expect(pns.layout).toBe('pns');
  });

  it('fixtureEmployee: the defaults of each kind in full', () => {
    const pns = fixtureEmployee({ nip: '198503152010012001' })._unsafeUnwrap();
    expect(pns).toMatchObject({
      nip: '198503152010012001', name: 'Pegawai Uji', kind: 'PNS', gender: 'female', birthDate: '1985-03-15', tmtCpns: '2010-01-01',
      golongan: 'III/a', position: { type: 'pelaksana' }, workUnit: { id: 'bkpsdm', name: 'Unit bkpsdm' }, workWeek: 5,
    });
    const pppk = fixtureEmployee({ kind: 'PPPK', nip: '200012312024211001', workUnitId: 'dinkes' })._unsafeUnwrap();
    expect(pppk).toMatchObject({
      kind: 'PPPK', gender: 'male', birthDate: '2000-12-31', golongan: 'IX', position: { type: 'fungsional', level: 'ahli-pertama' },
      contract: { start: '2024-01-01', years: 5 }, workUnit: { id: 'dinkes', name: 'Unit dinkes' }, workWeek: 5,
    });
    expect(parseNip(fixtureEmployee({ kind: 'PPPK' })._unsafeUnwrap().nip)._unsafeUnwrap().layout).toBe('pppk');
    expect(parseNip(fixtureEmployee()._unsafeUnwrap().nip)._unsafeUnwrap().layout).toBe('pns');
  });

  it('fixtureLedgerEntry and fixtureLedger: annual leave, 1 January, PP 11/2017 Pasal 310', () => {
    const basis = { instrument: 'PP 11/2017', article: 'Pasal 310' };
    expect(fixtureLedgerEntry({ type: 'grant', year: 2026, days: 12 })._unsafeUnwrap()).toEqual({ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis });
    expect(fixtureLedgerEntry({ type: 'taken', year: 2026, days: 2, date: '2026-05-04', kind: 'major', requestId: 'R-9' })._unsafeUnwrap())
      .toEqual({ type: 'taken', kind: 'major', year: 2026, date: '2026-05-04', days: 2, requestId: 'R-9', basis });
    expect(fixtureLedger(2025, [3])._unsafeUnwrap()).toEqual([
      { type: 'grant', kind: 'annual', year: 2025, date: '2025-01-01', days: 12, basis },
      { type: 'taken', kind: 'annual', year: 2025, date: '2025-02-02', days: 3, basis },
    ]);
    expect(fixtureLedger(2025)._unsafeUnwrap()).toHaveLength(1);
  });

  it('fixtureLeaveState: one day of annual leave from 6 April 2026, submitted on 2 March, with an id of its own', () => {
    const employee = fixtureEmployee()._unsafeUnwrap();
    const [one, two] = [fixtureLeaveState(employee)._unsafeUnwrap(), fixtureLeaveState(employee)._unsafeUnwrap()];
    expect([one.decision.request.kind, one.decision.request.start, one.decision.request.end]).toEqual(['annual', '2026-04-06', '2026-04-06']);
    expect([one.status, one.history.at(-1)?.status, one.history.at(-1)?.date]).toEqual(['submitted', 'submitted', '2026-03-02']);
    expect(one.decision.request.id).toMatch(/^FX-[0-9a-z]{1,8}-\d+$/);
    expect(two.decision.request.id.split('-')[1]).toBe(one.decision.request.id.split('-')[1]);
    expect(Number(two.decision.request.id.split('-').at(-1))).toBe(Number(one.decision.request.id.split('-').at(-1)) + 1);
    const dated = fixtureLeaveState(employee, { start: '2027-05-03', date: '2027-04-01' })._unsafeUnwrap();
    expect([dated.decision.request.end, dated.history.at(-1)?.date, dated.decision.postings.map((entry) => entry.year)]).toEqual(['2027-05-03', '2027-04-01', [2027]]);
  });

  it('the arbitraries stay inside the ranges they document', () => {
    fc.assert(fc.property(nipArbitrary(), (nip) => {
      const birth = Number(nip.slice(0, 4));
      const appointed = Number(nip.slice(8, 12));
      return birth >= 1960 && birth <= 1999 && appointed - birth >= 18 && appointed - birth <= 35 && Number(nip.slice(6, 8)) <= 28;
    }), { numRuns: 200 });
    const layouts = fc.sample(nipArbitrary(), { numRuns: 200, seed: 7 }).map((nip) => parseNip(nip).map((parsed) => parsed.layout).unwrapOr('invalid'));
    expect(new Set(layouts)).toEqual(new Set(['pns', 'pppk']));
    const employees = fc.sample(employeeArbitrary(), { numRuns: 200, seed: 7 });
    expect(new Set(employees.map((employee) => employee.kind))).toEqual(new Set(['PNS', 'PPPK']));
    expect(new Set(employees.map((employee) => employee.workWeek))).toEqual(new Set([5, 6]));
    expect(new Set(employees.map((employee) => employee.workUnit.id))).toEqual(new Set(Array.from({ length: 10 }, (_, index) => `unit-${String(index + 1)}`)));
    expect(fc.sample(employeeArbitrary('PPPK'), { numRuns: 30, seed: 7 }).every((employee) => employee.kind === 'PPPK')).toBe(true);
    const ledgers = fc.sample(ledgerArbitrary(), { numRuns: 200, seed: 7 });
    for (const ledger of ledgers) {
      expect(ledger[0]).toEqual({ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { instrument: 'PP 11/2017', article: 'Pasal 310' } });
      for (const entry of ledger.slice(1)) {
        expect(entry.type === 'carry-over' ? entry.days >= 1 && entry.days <= 6 && entry.date === '2026-01-01' : entry.days >= 1 && entry.days <= 5).toBe(true);
        expect(entry.date.startsWith('2026-')).toBe(true);
      }
      expect(ledger.length).toBeLessThanOrEqual(10);
    }
    expect(new Set(ledgers.flatMap((ledger) => ledger.map((entry) => entry.type)))).toEqual(new Set(['grant', 'carry-over', 'taken', 'returned']));
    expect(ledgers.some((ledger) => ledger.every((entry) => entry.type !== 'carry-over'))).toBe(true);
    const requests = fc.sample(leaveRequestArbitrary(2027), { numRuns: 200, seed: 7 });
    for (const request of requests) {
      const days = (Date.parse(request.end) - Date.parse(request.start)) / 86_400_000 + 1;
      expect(days >= 1 && days <= 10 && request.start >= '2027-01-01' && request.start <= '2027-12-21' && /^R-\d{1,4}$/.test(request.id)).toBe(true);
    }
  });
});
