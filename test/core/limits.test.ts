import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/core';
import { evaluateLeaveRequest, parseLeaveDecision, parseLeaveRequest, parseLedger } from '../../src/leave';
import { CALENDAR, pns } from '../leave/fixtures';
import { parseSkp, unitPerformanceReport, type SkpInput } from '../../src/performance';
import { checkForumFrequency, parseComplaints, parseForums, trackComplaints } from '../../src/service-quality';
import { skpInput } from '../performance/fixtures';
import { dataOf } from '../error-data';

const N = INPUT_LIMITS.records;
const units = Array.from({ length: N }, (_, index) => ({ id: `u${String(index)}`, name: `Unit ${String(index)}` }));

describe('D9: documented input limits, and the once-quadratic paths linear at those limits', () => {
  it('the limits: 5,000 records a call, 1,000 items a record, 10,000 characters a string, 200,000 items an input', () => {
    expect(INPUT_LIMITS).toEqual({ records: 5000, items: 1000, text: 10000, total: 200000 });
    expect(Object.isFrozen(INPUT_LIMITS)).toBe(true);
  });

  it('a list longer than its limit is an Err naming its path, never a long call', () => {
    const complaint = { id: 'C', unit: units[0], channel: 'lapor', received: '2024-03-01', subject: 'x' };
    const tooMany = parseComplaints(Array.from({ length: N + 1 }, (_, index) => ({ ...complaint, id: `C${String(index)}` })));
    expect(tooMany.isErr() && dataOf(tooMany.error, 'service-quality/invalid-input').issues).toEqual([{ path: '', message: 'Too big: expected array to have <=5000 items' }]);
    const skp = skpInput();
    const evidence = Array.from({ length: INPUT_LIMITS.items + 1 }, () => 'https://e-kinerja.example/bukti');
    const longList = parseSkp({ ...skp, evaluations: [{ ...skp.evaluations![0]!, results: [{ ...skp.evaluations![0]!.results![0]!, evidence }] }] });
    expect(longList.isErr() && dataOf(longList.error, 'performance/invalid-input').issues[0]?.message).toBe('Too big: expected array to have <=1000 items');
    const longName = parseSkp({ ...skp, employee: { ...skp.employee, name: 'x'.repeat(INPUT_LIMITS.text + 1) } });
    expect(longName.isErr() && dataOf(longName.error, 'performance/invalid-input').issues).toEqual([{ path: 'employee.name', message: 'Too big: expected string to have <=10000 characters' }]);
    const longReason = parseLeaveRequest({ id: 'R-1', kind: 'annual', start: '2026-03-02', end: '2026-03-06', reason: 'x'.repeat(INPUT_LIMITS.text + 1) });
    expect(longReason.isErr() && dataOf(longReason.error, 'leave/invalid-input').issues).toEqual([{ path: 'reason', message: 'Too big: expected string to have <=10000 characters' }]);
  });

  it('unitPerformanceReport: 5,000 SKPs of one NIP are grouped in one pass (no copy of the list per SKP)', () => {
    const skp = parseSkp(skpInput())._unsafeUnwrap();
    const report = unitPerformanceReport({ unit: { id: 'u', name: 'U' }, period: skp.period, orgPredikat: 'good', skps: Array.from({ length: N }, () => skp) });
    expect(report.isOk() && [report.value.predicates.length, report.value.withoutEvaluation.length]).toEqual([1, 0]);
  });

  it('trackComplaints: 5,000 complaints of 5,000 units with 5,000 policies, each found by key', () => {
    const complaints = parseComplaints(units.map((unit, index) => ({ id: `C${String(index)}`, unit, channel: 'lapor', received: '2024-03-01', subject: 'x' })))._unsafeUnwrap();
    const tracking = trackComplaints({ asOf: '2024-03-10', policies: units.map((unit) => ({ unitId: unit.id, rule: { days: 5, count: 'calendar' } })), complaints });
    expect(tracking.isOk() && [tracking.value.overdue.length, tracking.value.byUnit.length, tracking.value.overdue[0]?.deadline]).toEqual([N, N, '2024-03-06']);
  });

  it('checkForumFrequency: 5,000 forums of 5,000 units, grouped once and counted by binary search', () => {
    const forums = parseForums(units.map((unit, index) => ({ id: `F${String(index)}`, unit, kind: 'dialogue', date: '2024-02-01', participants: { citizens: 1, officials: 1 } })))._unsafeUnwrap();
    const check = checkForumFrequency({ asOf: '2024-12-31', period: { from: '2024-01-01', to: '2024-12-31' }, units, requirement: { every: 'quarter', atLeast: 1 }, forums });
    const statuses = check.isOk() ? check.value.units.map((unit) => unit.periods.map((period) => period.status).join()) : [];
    expect([statuses.length, new Set(statuses)]).toEqual([N, new Set(['met,missed,missed,in-progress'])]);
  });

  const TOTAL = INPUT_LIMITS.total;
  const TOO_MANY_ITEMS = 'Too big: expected all the lists of the input to hold <=200000 items together';
  const skp = skpInput();
  const indicator = skp.mainResults[0]!.indicators[0]!;
  const year = { from: '2025-01-01', to: '2025-12-31' };
  const unit = { id: 'u', name: 'U' };
  /** An SKP of `rhks` main results with `indicators` indicators each, no additional result and no evaluation. */
  const wideSkp = (rhks: number, indicators: number): SkpInput => ({
    ...skp,
    evaluations: [],
    additionalResults: [],
    mainResults: Array.from({ length: rhks }, (_, index) => ({ id: `R${String(index)}`, text: 'Layanan', intervenes: 'A1', indicators: Array.from({ length: indicators }, () => indicator) })),
  });

  it('lists inside lists: an SKP of 1,000 results × 1,000 indicators (a million, shared by reference) is refused unread', () => {
    const refused = parseSkp(wideSkp(1000, 1000));
    expect(refused.isErr() && dataOf(refused.error, 'performance/invalid-input').issues).toEqual([{ path: '', message: TOO_MANY_ITEMS }]);
    expect(parseSkp(wideSkp(100, 100)).isOk()).toBe(true);
  });

  it('a unit report counts the items of the SKPs it still has to parse together; parsed SKPs were counted by their parse', () => {
    // 40 SKPs of 50 results × 99 indicators: 5,000 items each, each within the total, 200,000 together.
    const raw = wideSkp(50, 99);
    const params = (skps: readonly unknown[]) => ({ unit, period: year, orgPredikat: 'good' as const, skps: skps as never });
    const over = unitPerformanceReport(params(Array.from({ length: 40 }, () => raw)));
    expect(over.isErr() && dataOf(over.error, 'performance/invalid-input').issues).toEqual([{ path: 'skps', message: TOO_MANY_ITEMS }]);
    const parsed = parseSkp(raw)._unsafeUnwrap();
    expect(unitPerformanceReport(params(Array.from({ length: 40 }, () => parsed))).isOk()).toBe(true);
    expect(unitPerformanceReport(params([...Array.from({ length: 39 }, () => raw), parsed])).isOk()).toBe(true);
  });

  it('a unit report whose RHKs and results of evaluations in the period would pass the total is an Err, exactly the total is Ok', () => {
    // One parsed SKP of `rhks` results (one indicator each) and 1,000 quarterly evaluations without results.
    const evaluated = (rhks: number) =>
      parseSkp({ ...wideSkp(rhks, 1), evaluations: Array.from({ length: 1000 }, () => ({ kind: 'periodic' as const, period: { from: '2025-01-01', to: '2025-03-31' } })) })._unsafeUnwrap();
    const atTotal = unitPerformanceReport({ unit, period: year, orgPredikat: 'good', skps: [evaluated(TOTAL / 1000)] });
    expect(atTotal.isOk() && atTotal.value.missingEvidence.length).toBe(TOTAL);
    const over = unitPerformanceReport({ unit, period: year, orgPredikat: 'good', skps: [evaluated(TOTAL / 1000 + 1)] });
    expect(over.isErr() && dataOf(over.error, 'performance/invalid-input').issues).toEqual([
      { path: 'skps', message: 'Too big: the answer would hold more than 200000 rows (the RHKs and results of each evaluation in the period)' },
    ]);
    // Evaluations outside the period reported are not gone through.
    expect(unitPerformanceReport({ unit, period: { from: '2025-04-01', to: '2025-12-31' }, orgPredikat: 'good', skps: [evaluated(TOTAL / 1000 + 1)] }).isOk()).toBe(true);
  });

  it('a forum check of units × periods over the total is an Err naming the period; exactly the total is checked', () => {
    const forumUnits = units.slice(0, 200);
    // Read on the first day, so that no period has ended short yet (a warning each would only add time).
    const check = (every: 'year' | 'month', to: string, checked: readonly { id: string; name: string }[]) =>
      checkForumFrequency({ asOf: '1900-01-01', period: { from: '1900-01-01', to }, units: checked, requirement: { every, atLeast: 1 }, forums: [] });
    const atTotal = check('year', '2899-12-31', forumUnits);
    expect(atTotal.isOk() && atTotal.value.units.reduce((sum, row) => sum + row.periods.length, 0)).toBe(TOTAL);
    const over = check('month', '2999-12-31', forumUnits.slice(0, 16));
    expect(over.isErr() && dataOf(over.error, 'service-quality/invalid-input').issues).toEqual([
      { path: 'period', message: 'Too big: the answer would hold more than 200000 rows (units × periods)' },
    ]);
  });

  it('nesting: the free-form data of a stored reason is JSON at most eight levels deep, and 100,000 levels are an Err, not a stack overflow', () => {
    const request = parseLeaveRequest({ id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrap();
    const ledger = parseLedger([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { instrument: 'PP 11/2017' } }])._unsafeUnwrap();
    const stored = JSON.parse(JSON.stringify(evaluateLeaveRequest({ employee: pns(), request, ledger, calendar: CALENDAR, asOf: '2026-03-01' })._unsafeUnwrap())) as { reasons: { data?: unknown }[] };
    const withData = (data: unknown) => ({ ...stored, reasons: [{ ...stored.reasons[0], data: { nested: data } }, ...stored.reasons.slice(1)] });
    const nest = (levels: number): unknown => {
      let value: unknown = 1;
      for (let level = 0; level < levels; level++) value = level % 2 === 0 ? [value] : { a: value };
      return value;
    };
    expect(parseLeaveDecision(withData(nest(8))).isOk()).toBe(true);
    expect(parseLeaveDecision(withData(nest(9))).isErr()).toBe(true);
    const deep = parseLeaveDecision(withData(nest(100_000)))._unsafeUnwrapErr();
    expect(dataOf(deep, 'leave/invalid-input').issues?.[0]?.path).toBe('reasons.0.data.nested');
  });
});

