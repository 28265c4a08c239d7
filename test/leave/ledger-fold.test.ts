import { describe, expect, it } from 'vitest';
import { leaveBalance, type LedgerEntry } from '../../src/leave';
import { entry, grant, taken } from './fixtures';

/** The annual balance of a ledger on a date: what is available and what is left of each pool. */
function balance(ledger: readonly LedgerEntry[], asOf = '2026-12-31'): { available: number | null; remaining: unknown } {
  const { available, remaining } = leaveBalance(ledger, { kind: 'annual', asOf })._unsafeUnwrap();
  return { available, remaining };
}

const carryable = (days: number, date: string): LedgerEntry => ({ ...entry('compensation', 2026, days, date), carryable: true });

describe('the ledger fold: what counts on a date', () => {
  // Each entry is dated 30 June: it counts on 30 June and not the day before.
  const cases: readonly [string, readonly LedgerEntry[], number, number][] = [
    ['a grant', [grant(2026, 12, '2026-06-30')], 12, 0],
    ['a carry-over', [grant(2026), entry('carry-over', 2026, 6, '2026-06-30')], 18, 12],
    ['a deferral-in', [grant(2026), entry('deferral-in', 2026, 4, '2026-06-30')], 16, 12],
    ['a compensation', [grant(2026), entry('compensation', 2026, 2, '2026-06-30')], 14, 12],
    ['a carryable compensation', [grant(2026), carryable(1, '2026-06-30')], 13, 12],
    ['a return', [grant(2026), taken(2026, 5, '2026-01-05'), entry('returned', 2026, 3, '2026-06-30')], 10, 7],
    ['days taken', [grant(2026), taken(2026, 5, '2026-06-30')], 7, 12],
    ['a deferral-out', [grant(2026), entry('deferral-out', 2026, 4, '2026-06-30')], 8, 12],
    ['a lapse', [grant(2026), entry('lapse', 2026, 2, '2026-06-30')], 10, 12],
  ];
  for (const [name, ledger, onTheDay, dayBefore] of cases) {
    it(`${name} dated on asOf counts; dated after it does not`, () => {
      expect([balance(ledger, '2026-06-30').available, balance(ledger, '2026-06-29').available]).toEqual([onTheDay, dayBefore]);
    });
  }

  it('entries of other years and other kinds do not count', () => {
    expect(balance([grant(2026), grant(2025), taken(2026, 3, '2026-03-02', 'sick')]).available).toBe(12);
  });
});

describe('the ledger fold: lapsed days (own days first, then carried, deferred, compensation, carryable compensation)', () => {
  const pools = [grant(2026), entry('carry-over', 2026, 6), entry('deferral-in', 2026, 4), entry('compensation', 2026, 2, '2026-03-20'), carryable(1, '2026-12-24')];
  const lapsing = (days: number) => balance([...pools, entry('lapse', 2026, days, '2026-12-31')]);

  it('14 lapsed: the 12 own days, then 2 of the 6 carried', () => {
    expect(lapsing(14)).toEqual({ available: 11, remaining: { own: 0, carried: 4, deferred: 4, compensation: 3 } });
  });

  it('21 lapsed: own, carried, then 3 of the 4 deferred', () => {
    expect(lapsing(21)).toEqual({ available: 4, remaining: { own: 0, carried: 0, deferred: 1, compensation: 3 } });
  });

  it('24 lapsed: own, carried, deferred, then the 2 days of compensation', () => {
    expect(lapsing(24)).toEqual({ available: 1, remaining: { own: 0, carried: 0, deferred: 0, compensation: 1 } });
  });

  it('25 lapsed: everything, the carryable compensation last', () => {
    expect(lapsing(25)).toEqual({ available: 0, remaining: { own: 0, carried: 0, deferred: 0, compensation: 0 } });
  });
});

describe('the ledger fold: days taken (carried first, then deferred, compensation, own days, carryable compensation)', () => {
  const pools = [grant(2026), entry('carry-over', 2026, 6), entry('deferral-in', 2026, 4), entry('compensation', 2026, 2, '2026-03-20'), carryable(1, '2026-12-24')];

  it('23 taken leave the carryable day', () => {
    expect(balance([...pools, taken(2026, 23, '2026-07-01')])).toEqual({ available: 2, remaining: { own: 1, carried: 0, deferred: 0, compensation: 1 } });
  });

  it('30 taken overdraw by 5', () => {
    expect(balance([...pools, taken(2026, 30, '2026-07-01')])).toEqual({ available: -5, remaining: { own: 0, carried: 0, deferred: 0, compensation: 0 } });
  });
});
