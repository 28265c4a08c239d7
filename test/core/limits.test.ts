import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/core';
import { parseLeaveRequest } from '../../src/leave';
import { parseSkp, unitPerformanceReport } from '../../src/performance';
import { checkForumFrequency, parseComplaints, parseForums, trackComplaints } from '../../src/service-quality';
import { skpInput } from '../performance/fixtures';
import { dataOf } from '../error-data';

const N = INPUT_LIMITS.records;
const units = Array.from({ length: N }, (_, index) => ({ id: `u${String(index)}`, name: `Unit ${String(index)}` }));

describe('D9: documented input limits, and the once-quadratic paths linear at those limits', () => {
  it('the limits: 5,000 records a call, 1,000 items a record, 10,000 characters a string', () => {
    expect(INPUT_LIMITS).toEqual({ records: 5000, items: 1000, text: 10000 });
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
});
