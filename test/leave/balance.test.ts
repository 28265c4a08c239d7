import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaveBalance, type LedgerEntry } from '../../src/leave';
import { entry, grant, taken, unchecked } from './fixtures';
import { dataOf } from '../error-data';

describe('leaveBalance', () => {
  it('charges carried days first; carried days lapse on 31 December (docs/interpretations.md#annual-carry-over)', () => {
    const ledger = [grant(2026), entry('carry-over', 2026, 6), taken(2026, 8, '2026-04-06')];
    const balance = leaveBalance(ledger, { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap();
    expect(balance).toMatchObject({
      year: 2026, own: 12, carried: 6, carriedLapseOn: '2026-12-31', taken: 8, available: 10,
      remaining: { own: 10, carried: 0, deferred: 0, compensation: 0 },
    });
    expect(balance.reasons[0]?.message.en).toBe('Annual leave 2026 as of 2026-06-30: 10 working days left (own 12, carried 6, deferred 0, cuti-bersama compensation 0, taken 8).');
  });

  it('each balance carries its one number in the reason\'s data', () => {
    const annual = leaveBalance([grant(2026), taken(2026, 2, '2026-02-02')], { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap();
    expect([annual.reasons[0]?.code, annual.reasons[0]?.severity, annual.reasons[0]?.data]).toEqual(['leave/balance', 'info', { available: 10 }]);
    const huge = leaveBalance([grant(2026, 5000)], { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap();
    expect(huge.reasons[0]?.data).toEqual({ available: 5000 });
    const sick = leaveBalance([taken(2026, 20, '2026-02-02', 'sick')], { kind: 'sick', asOf: '2026-03-01' })._unsafeUnwrap();
    expect([sick.reasons[0]?.severity, sick.reasons[0]?.data]).toEqual(['info', { taken: 20 }]);
    const long = leaveBalance([taken(2026, 5000, '2026-02-02', 'sick')], { kind: 'sick', asOf: '2026-03-01' })._unsafeUnwrap();
    expect(long.reasons[0]?.data).toEqual({ taken: 5000 });
  });

  it('names the failed part of a bad call', () => {
    const paths = (error: { readonly data: Readonly<Record<string, unknown>> }): string[] =>
      [...new Set((error.data.issues as { path: string }[]).map(({ path }) => path.split('.')[0] ?? ''))];
    expect(paths(leaveBalance(unchecked([{ type: 'grant' }]), { kind: 'annual', asOf: '2026-01-01' })._unsafeUnwrapErr())).toEqual(['ledger']);
    expect(paths(leaveBalance([], unchecked({ kind: 'annual', asOf: '2026-01-01', extra: 1 }))._unsafeUnwrapErr())).toEqual(['options']);
    expect(paths(leaveBalance(unchecked(null), unchecked(null))._unsafeUnwrapErr())).toEqual(['ledger', 'options']);
  });

  it('leaves out entries dated after asOf', () => {
    const ledger = [grant(2026), taken(2026, 5, '2026-08-03')];
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-07-31' })._unsafeUnwrap().available).toBe(12);
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-08-03' })._unsafeUnwrap().available).toBe(7);
  });

  it('deferral, compensation, returned and lapsed days', () => {
    const ledger: LedgerEntry[] = [
      grant(2026), entry('deferral-in', 2026, 4), entry('deferral-out', 2026, 2, '2026-11-02'),
      { ...entry('compensation', 2026, 1, '2026-12-24'), carryable: true }, entry('compensation', 2026, 2, '2026-03-20'),
      taken(2026, 9, '2026-05-04'), entry('returned', 2026, 3, '2026-05-06'), entry('lapse', 2026, 1, '2026-12-01'),
    ];
    const balance = leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap();
    expect(balance).toMatchObject({
      own: 10, deferred: 4, compensation: 3, compensationNextYear: 1, deferredOut: 2, taken: 6, lapsed: 1, available: 10,
      remaining: { own: 9, carried: 0, deferred: 0, compensation: 1 },
    });
  });

  it('an overdraft (PPPK days before the first year) shows as a negative balance', () => {
    expect(leaveBalance([taken(2026, 6, '2026-02-02')], { kind: 'annual', asOf: '2026-03-01' })._unsafeUnwrap().available).toBe(-6);
  });

  it('kinds without a day balance report usage', () => {
    const balance = leaveBalance([taken(2026, 20, '2026-02-02', 'sick')], { kind: 'sick', asOf: '2026-03-01' })._unsafeUnwrap();
    expect([balance.available, balance.taken, balance.reasons[0]?.code]).toEqual([null, 20, 'leave/usage']);
  });

  it('rejects bad input', () => {
    expect(leaveBalance(unchecked([{ type: 'grant' }]), { kind: 'annual', asOf: '2026-01-01' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(leaveBalance([], { kind: 'annual', asOf: '2026-02-30' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });
});

describe('properties', () => {
  const entryArb = fc.record({
    type: fc.constantFrom('grant', 'carry-over', 'deferral-in', 'deferral-out', 'compensation', 'taken', 'returned', 'lapse' as const),
    days: fc.integer({ min: 0, max: 12 }),
    month: fc.integer({ min: 1, max: 12 }),
  }).map(({ type, days, month }) => entry(type, 2026, days, `2026-${String(month).padStart(2, '0')}-01`));

  it('results do not depend on the order of ledger entries', () => {
    fc.assert(fc.property(fc.array(entryArb, { maxLength: 12 }), fc.integer(), (ledger, seed) => {
      const shuffled = [...ledger].sort((a, b) => ((a.days * 31 + seed) % 7) - ((b.days * 31 + seed) % 7));
      const left = leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap();
      const right = leaveBalance(shuffled, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap();
      return JSON.stringify(left) === JSON.stringify(right);
    }));
  });

  it('without debits beyond the credits a balance is never negative', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 }), (own, carried, spend) => {
      const ledger = [grant(2026, own), entry('carry-over', 2026, carried), taken(2026, Math.min(spend, own + carried))];
      return (leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' })._unsafeUnwrap().available ?? -1) >= 0;
    }));
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (ledger, options) => {
      const result = leaveBalance(unchecked(ledger), options as never);
      return result.isOk() || result.isErr();
    }));
  });
});

describe('D4: no fast path accepts what the schema refuses', () => {
  it('a sparse ledger ([, grant]) is an Err naming the hole, never a throw', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point of the test
    const holey = unchecked<LedgerEntry[]>([, grant(2026)]);
    const result = leaveBalance(holey, { kind: 'annual', asOf: '2026-06-01' });
    expect(result.isErr() && dataOf(result.error, 'leave/invalid-input').issues).toEqual([{ path: 'ledger.0', message: 'Invalid input: expected object, received undefined' }]);
  });

  it('a null ledger is an Err, not an empty ledger', () => {
    expect(leaveBalance(unchecked(null), { kind: 'annual', asOf: '2026-06-01' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });

  it('the answer does not depend on whether the same ledger object was seen before', () => {
    const ledger = [grant(2026), taken(2026, 2, '2026-03-02')];
    const first = leaveBalance(ledger, { kind: 'annual', asOf: '2026-06-01' });
    ledger.push(unchecked({ kind: 'annual', type: 'taken', year: 2026, days: -5 }));
    expect([first.isOk(), leaveBalance(ledger, { kind: 'annual', asOf: '2026-06-01' }).isErr()]).toEqual([true, true]);
  });
});
