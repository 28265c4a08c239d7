import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualLeaveEntitlement, leaveBalance } from '../../src/leave';
import type { Employee } from '../../src/employee';
import { CALENDAR, entry, grant, pns, pnsInput as rawPns, pppk, taken, unchecked, type PnsOptions } from './fixtures';

/** A raw PNS record, passed as a JavaScript caller would (it is parsed on every call). */
const pnsInput = (options?: PnsOptions): Employee => unchecked(rawPns(options));

const heru = unchecked<Employee>({
  kind: 'PNS', nip: '196303121991021005', name: 'Heru Sudiyanto', gender: 'male', birthDate: '1963-03-12',
  tmtCpns: '1991-02-01', golongan: 'III/d', position: { type: 'pelaksana' }, workUnit: { id: 'bkd', name: 'BKD' },
});

describe('annualLeaveEntitlement', () => {
  it('§7 example 1: Heru Sudiyanto, no CT in 2018 → max 18 hari kerja in 2019 (Perban 24/2017 III.A.8)', () => {
    const result = annualLeaveEntitlement(heru, 2019, { ledger: [grant(2018)] })._unsafeUnwrap();
    expect(result.total).toBe(18);
    expect(result.carried).toBe(6);
    expect(result.postings.map((posting) => [posting.type, posting.days])).toEqual([['grant', 12], ['carry-over', 6]]);
  });

  it('§7 example 2: 0 days used in 2023 and 2024 → 24 in 2025 (Pasal 313(2))', () => {
    const result = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2023), grant(2024)] })._unsafeUnwrap();
    expect(result.total).toBe(24);
    expect(result.reasons.map((r) => r.code)).toContain('leave/carry-over-two-years');
  });

  it('§7 example 3: 9 of 12 used in 2024 → 15 in 2025', () => {
    expect(annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2023), taken(2023, 12), grant(2024), taken(2024, 9)] })._unsafeUnwrap().total).toBe(15);
  });

  it('§7 example 4: 2 of 12 used in 2024 → 18 in 2025 (carry capped at 6)', () => {
    expect(annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 2)] })._unsafeUnwrap().total).toBe(18);
  });

  it('§7 example 5: 2019 CT deferred in full by the PYBMC → 24 in 2020 (Pasal 314(2))', () => {
    const result = annualLeaveEntitlement(pns(), 2020, { ledger: [grant(2018), taken(2018, 12), grant(2019), entry('deferral-out', 2019, 12, '2019-11-01')] })._unsafeUnwrap();
    expect([result.own, result.deferred, result.carried, result.total]).toEqual([12, 12, 0, 24]);
  });

  it('docs/interpretations.md#leave-decisions: days a PYBMC deferred for a PPPK arrive the next year, citing the PPPK form', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 5 }), 2026, { ledger: [grant(2025), taken(2025, 4), entry('deferral-out', 2025, 4, '2025-10-01')] })._unsafeUnwrap();
    expect([result.own, result.deferred, result.carried, result.total]).toEqual([12, 4, 4, 20]);
    expect(result.postings.find((posting) => posting.type === 'deferral-in')?.basis.instrument).toBe('Perban BKN 7/2022');
  });
  it('docs/interpretations.md#annual-deferral: deferred 8 and 4 undeferred unused → min(24, 12 + 8 + min(4, 6)) = 24', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2025), entry('deferral-out', 2025, 8, '2025-10-01')] })._unsafeUnwrap();
    expect([result.deferred, result.carried, result.total]).toEqual([8, 4, 24]);
  });

  it('docs/interpretations.md#annual-deferral: the cap of 24 trims the carry first', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2025, 24), entry('deferral-out', 2025, 10, '2025-10-01')] })._unsafeUnwrap();
    expect([result.deferred, result.carried, result.total]).toEqual([10, 2, 24]);
  });

  it('§7 example 6: CPNS with TMT 2025-03-01 has no CT for 2025 and the full 12 in 2026, usable from 2026-03-01', () => {
    const cpns = pnsInput({ kind: 'CPNS', tmtCpns: '2025-03-01' });
    const year2025 = annualLeaveEntitlement(cpns, 2025)._unsafeUnwrap();
    expect([year2025.total, year2025.eligibleFrom]).toEqual([0, '2026-03-01']);
    const year2026 = annualLeaveEntitlement(cpns, 2026)._unsafeUnwrap();
    expect([year2026.own, year2026.usableFrom]).toEqual([12, '2026-03-01']);
  });

  it('§7 example 7: a guru PNS has 12 hari kerja in 2025 (Perban 7/2021 III.A.15)', () => {
    expect(annualLeaveEntitlement(pnsInput({ position: { type: 'guru' } }), 2025)._unsafeUnwrap().own).toBe(12);
  });

  it('superseded row: a guru PNS had no CT of his own in 2019 (PP 11/2017 Pasal 315 before PP 17/2020)', () => {
    const result = annualLeaveEntitlement(pnsInput({ position: { type: 'guru' } }), 2019)._unsafeUnwrap();
    expect(result.own).toBe(0);
    expect(result.reasons.map((r) => r.code)).toContain('leave/no-annual-leave');
  });

  it('§7 example 8 / docs/interpretations.md#major-leave-and-annual-leave: no own days in the year a cuti besar starts; carried days stay', () => {
    const ledger = [grant(2024), taken(2024, 6), taken(2025, 60, '2025-05-05', 'major')];
    const result = annualLeaveEntitlement(pns(), 2025, { ledger })._unsafeUnwrap();
    expect([result.own, result.carried, result.total]).toEqual([0, 6, 6]);
  });

  it('§3.3 example 6: a nurse works all 8 cuti bersama days of 2026 → 20, and the 24 Dec day may be used in 2027', () => {
    const worked = ['2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24'];
    const nurse = pnsInput({ position: { type: 'fungsional', level: 'terampil' }, workWeek: 6 });
    const result = annualLeaveEntitlement(nurse, 2026, { workedCollectiveLeave: worked, calendar: CALENDAR })._unsafeUnwrap();
    expect([result.own, result.compensation, result.total]).toEqual([12, 8, 20]);
    expect(result.postings.filter((posting) => posting.carryable === true).map((posting) => posting.date)).toEqual(['2026-12-24']);
    const ledger = [...result.postings, taken(2026, 19, '2026-07-01')];
    const next = annualLeaveEntitlement(nurse, 2027, { ledger })._unsafeUnwrap();
    expect(next.compensationFromLastYear).toBe(1);
  });

  it('docs/interpretations.md#collective-leave: a worked day that is not cuti bersama adds nothing and warns', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: ['2026-03-19'], calendar: CALENDAR })._unsafeUnwrap();
    expect(result.compensation).toBe(0);
    expect(result.reasons.find((r) => r.code === 'leave/not-collective-leave')?.severity).toBe('warning');
  });

  it('§7 example 29: PPPK with a 5-year contract → 18 after one unused year, 24 after two', () => {
    const employee = pppk({ start: '2022-01-01', years: 5 });
    expect(annualLeaveEntitlement(employee, 2024, { ledger: [grant(2023)] })._unsafeUnwrap().total).toBe(18);
    expect(annualLeaveEntitlement(employee, 2025, { ledger: [grant(2023), grant(2024)] })._unsafeUnwrap().total).toBe(24);
  });

  it('§7 example 29: a PPPK with a 2-year contract gets no 18-day carry; with 3 years 18 but not 24', () => {
    const two = annualLeaveEntitlement(pppk({ start: '2023-01-01', years: 2 }), 2025, { ledger: [grant(2024)] })._unsafeUnwrap();
    expect(two.total).toBe(12);
    expect(two.reasons.map((r) => r.code)).toContain('leave/carry-over-contract');
    const three = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 3 }), 2025, { ledger: [grant(2023), grant(2024)] })._unsafeUnwrap();
    expect(three.total).toBe(18);
  });

  it('§7 example 26: a PPPK who took 6 days before the first year has 6 left once it is reached', () => {
    const employee = pppk({ start: '2025-06-01' });
    const result = annualLeaveEntitlement(employee, 2026)._unsafeUnwrap();
    expect([result.own, result.usableFrom]).toEqual([12, '2026-06-01']);
    const ledger = [...result.postings, taken(2026, 6, '2026-02-02')];
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-05-31' })._unsafeUnwrap().available).toBe(-6);
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-06-01' })._unsafeUnwrap().available).toBe(6);
  });

  it('PPPK before Perban BKN 7/2022: no carry-over', () => {
    expect(annualLeaveEntitlement(pppk({ start: '2019-01-01' }), 2021, { ledger: [grant(2020)] })._unsafeUnwrap().total).toBe(12);
  });

  it('docs/interpretations.md#eligibility-service: CLTN pushes the first anniversary back', () => {
    const employee = pnsInput({ kind: 'CPNS', tmtCpns: '2024-01-01', cltn: [{ from: '2024-06-01', to: '2024-06-30' }] });
    expect(annualLeaveEntitlement(employee, 2025)._unsafeUnwrap().eligibleFrom).toBe('2025-01-31');
  });

  it('docs/interpretations.md#eligibility-service: a PPPK year that ends before the first anniversary has no annual leave (PP 49/2018 Pasal 78)', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2025-06-01' }), 2025)._unsafeUnwrap();
    expect([result.total, result.reasons[1]?.basis.instrument]).toEqual([0, 'PP 49/2018']);
  });

  it('docs/interpretations.md#pppk-leave: a 2-year PPPK contract with every day used carries nothing and says nothing about it', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2023-01-01', years: 2 }), 2025, { ledger: [grant(2024), taken(2024, 12)] })._unsafeUnwrap();
    expect(result.reasons.map((r) => r.code)).toEqual(['leave/annual-entitlement']);
  });

  it('docs/interpretations.md#eligibility-service: CLTN periods in any order, one begun before TMT and one running past the anniversary, stop the clock', () => {
    const employee = pnsInput({ kind: 'CPNS', tmtCpns: '2024-01-01', cltn: [{ from: '2024-12-01', to: '2025-01-31' }, { from: '2023-12-01', to: '2024-01-31' }] });
    expect(annualLeaveEntitlement(employee, 2025)._unsafeUnwrap().eligibleFrom).toBe('2025-04-04');
  });

  it('no rule in force before PP 11/2017 for the year asked', () => {
    expect(annualLeaveEntitlement(pns({ tmtCpns: '1990-01-01' }), 2000)._unsafeUnwrapErr().code).toBe('leave/no-rule-in-force');
  });

  it('rejects bad input with leave/invalid-input', () => {
    expect(annualLeaveEntitlement(unchecked({}), 2026)._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(annualLeaveEntitlement(heru, 2026, { yearEndFrom: '13-40' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });
});

describe('properties', () => {
  const usage = fc.record({
    used2: fc.integer({ min: 0, max: 12 }),
    used1: fc.integer({ min: 0, max: 18 }),
    deferred: fc.integer({ min: 0, max: 12 }),
    worked: fc.subarray(['2026-02-16', '2026-03-18', '2026-03-20', '2026-05-15', '2026-12-24']),
  });

  it('a PNS entitlement is never above 24 plus cuti-bersama compensation', () => {
    fc.assert(fc.property(usage, ({ used2, used1, deferred, worked }) => {
      const ledger = [grant(2024), taken(2024, used2), grant(2025), entry('carry-over', 2025, 6), taken(2025, used1), entry('deferral-out', 2025, deferred, '2025-11-01')];
      const result = annualLeaveEntitlement(pns(), 2026, { ledger, workedCollectiveLeave: worked })._unsafeUnwrap();
      return result.total - result.compensation - result.compensationFromLastYear <= 24 && result.total >= 12;
    }));
  });

  it('more service never removes eligibility', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 24 }), (months, earlier) => {
      const base = new Date(Date.UTC(2020, months, 1)).toISOString().slice(0, 10);
      const before = new Date(Date.UTC(2020, months - earlier, 1)).toISOString().slice(0, 10);
      const later = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: base }), 2025)._unsafeUnwrap().own;
      const sooner = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: before }), 2025)._unsafeUnwrap().own;
      return sooner >= later;
    }));
  });

  it('results do not depend on the order of ledger entries', () => {
    const ledger = [grant(2024), taken(2024, 3), grant(2025), entry('carry-over', 2025, 6), taken(2025, 8), entry('deferral-out', 2025, 2, '2025-11-01')];
    fc.assert(fc.property(fc.shuffledSubarray(ledger, { minLength: ledger.length }), (shuffled) =>
      annualLeaveEntitlement(pns(), 2026, { ledger: shuffled })._unsafeUnwrap().total === 20));
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(fc.property(fc.anything(), fc.integer(), fc.anything(), (employee, year, history) => {
      const result = annualLeaveEntitlement(unchecked(employee), year, history as never);
      return result.isOk() || result.isErr();
    }));
  });
});

describe('D11: annualLeaveEntitlement with a forged calendar is an Err, never a throw', () => {
  it('copies, proxies and look-alikes of a calendar are refused as the calendar option', () => {
    const forgeries: unknown[] = [{ ...CALENDAR }, Object.create(CALENDAR), new Proxy(CALENDAR, {}), { ...CALENDAR, offDays: null, prefix: null }];
    for (const calendar of forgeries) {
      const result = annualLeaveEntitlement(pns(), 2026, unchecked({ calendar, workedCollectiveLeave: ['2026-03-20'] }));
      expect(result.isErr() && result.error.code).toBe('leave/invalid-input');
    }
  });
});
