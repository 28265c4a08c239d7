import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLeaveRequest, leaveBalance, type LeaveDecision, type LeaveRefusal, type LedgerEntry } from '../../src/leave';
import { CALENDAR, CALENDAR_6, entry, grant, pns, pnsInput, pppk, pppkInput, taken, unchecked } from './fixtures';
import { dataOf } from '../error-data';

type Request = Record<string, unknown>;

function run(employee: unknown, request: Request, ledger: readonly LedgerEntry[] = [], extra: Record<string, unknown> = {}) {
  return evaluateLeaveRequest(unchecked({ employee, request: { id: 'R-1', ...request }, ledger, calendar: CALENDAR, asOf: '2024-01-01', ...extra }));
}
function ok(employee: unknown, request: Request, ledger: readonly LedgerEntry[] = [], extra: Record<string, unknown> = {}): LeaveDecision {
  return run(employee, request, ledger, extra)._unsafeUnwrap();
}
function refused(employee: unknown, request: Request, ledger: readonly LedgerEntry[] = [], extra: Record<string, unknown> = {}): LeaveRefusal {
  return run(employee, request, ledger, extra)._unsafeUnwrapErr();
}
const codes = (refusal: LeaveRefusal) => refusal.violations.map((violation) => violation.code);

describe('evaluateLeaveRequest — calendar (§3.3)', () => {
  it('§3.3 example 1: CT Mon 2025-03-24 → Fri 2025-04-11 consumes 8 hari kerja', () => {
    const decision = ok(pns(), { kind: 'annual', start: '2025-03-24', end: '2025-04-11' }, [grant(2025)]);
    expect(decision.duration.days).toBe(8);
    expect(decision.duration.calendarDays).toBe(19);
    expect(decision.duration.excluded.filter((day) => day.kind !== 'weekend').map((day) => day.date)).toEqual([
      '2025-03-28', '2025-03-29', '2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07',
    ]);
    expect(decision.balance).toEqual({ before: 12, after: 4 });
    expect(decision.postings).toEqual([{ type: 'taken', kind: 'annual', year: 2025, date: '2025-03-24', days: 8, requestId: 'R-1', ground: 'regular', basis: decision.rule.basis }]);
  });

  it('TSDoc example: March 2025 is 19 working days, more than the 12 granted', () => {
    expect(refused(pns(), { kind: 'annual', start: '2025-03-03', end: '2025-03-31' }, [grant(2025)]).violations[0]?.data).toEqual({ requested: 19, available: 12, year: 2025 });
  });

  it('§3.3 example 2: 12 hari kerja from Mon 2025-03-24 end on Thu 2025-04-17', () => {
    expect(ok(pns(), { kind: 'annual', start: '2025-03-24', end: '2025-04-17' }, [grant(2025)]).duration.days).toBe(12);
  });

  it('§3.3 example 3: CT Mon 2024-04-01 → Fri 2024-04-19 is 9 hari kerja', () => {
    expect(ok(pns(), { kind: 'annual', start: '2024-04-01', end: '2024-04-19' }, [grant(2024)]).duration.days).toBe(9);
  });

  it('§3.3 example 4: Mon 2026-03-16 → Fri 2026-03-27 is 5 hari kerja; 12 from 2026-03-16 end on Wed 2026-04-08', () => {
    expect(ok(pns(), { kind: 'annual', start: '2026-03-16', end: '2026-03-27' }, [grant(2026)]).duration.days).toBe(5);
    expect(ok(pns(), { kind: 'annual', start: '2026-03-16', end: '2026-04-08' }, [grant(2026)]).duration.days).toBe(12);
  });

  it('§3.3 example 5: 6 hari kerja from Mon 2025-08-11 end on Tue 2025-08-19 (18 Aug cuti bersama)', () => {
    expect(ok(pns(), { kind: 'annual', start: '2025-08-11', end: '2025-08-19' }, [grant(2025)]).duration.days).toBe(6);
  });

  it('§3.3 example 7: Mon–Fri 2026-12-21 → 2026-12-31 is 7 hari kerja', () => {
    expect(ok(pns(), { kind: 'annual', start: '2026-12-21', end: '2026-12-31' }, [grant(2026)]).duration.days).toBe(7);
  });

  it('§3.3 example 8: in a 6-day unit Sat 2025-03-29 (Nyepi) is not a working day, Sat 2025-04-05 is', () => {
    const employee = pnsInput({ workWeek: 6 });
    expect(refused(employee, { kind: 'annual', start: '2025-03-29', end: '2025-03-29' }, [grant(2025)], { calendar: CALENDAR_6 }).violations[0]?.code)
      .toBe('leave/no-working-days');
    expect(ok(employee, { kind: 'annual', start: '2025-04-05', end: '2025-04-05' }, [grant(2025)], { calendar: CALENDAR_6 }).duration.days).toBe(1);
  });

  it('warns when the calendar week differs from the unit', () => {
    const decision = ok(pnsInput({ workWeek: 6 }), { kind: 'annual', start: '2025-04-07', end: '2025-04-08' }, [grant(2025)]);
    expect(decision.reasons.find((r) => r.code === 'leave/calendar-week-mismatch')?.severity).toBe('warning');
  });

  it("a date outside the calendar is the calendar's data gap, passed on with no violation", () => {
    const error = refused(pns(), { kind: 'annual', start: '2028-01-04', end: '2028-01-05' }, [grant(2028)]);
    expect([error.code, codes(error)]).toEqual(['calendar/year-not-covered', []]);
  });
});

describe('evaluateLeaveRequest — PNS (§7)', () => {
  it('§7 example 6: a CPNS with TMT 2025-03-01 asking CT on 2026-02-10 is not eligible; sick leave and CAP are', () => {
    const cpns = pnsInput({ kind: 'CPNS', tmtCpns: '2025-03-01' });
    const refusal = refused(cpns, { kind: 'annual', start: '2026-02-10', end: '2026-02-10' }, [grant(2026, 12, '2026-03-01')]);
    expect(codes(refusal)).toEqual(['leave/insufficient-service', 'leave/insufficient-balance']);
    expect(refusal.violations[0]?.data).toEqual({ requiredYears: 1, eligibleFrom: '2026-03-01', start: '2026-02-10' });
    expect(ok(cpns, { kind: 'annual', start: '2026-03-02', end: '2026-03-03' }, [grant(2026, 12, '2026-03-01')]).duration.days).toBe(2);
    expect(ok(cpns, { kind: 'sick', start: '2025-06-02', end: '2025-06-04', documents: ['doctor-certificate'] }).duration.days).toBe(3);
    expect(ok(cpns, { kind: 'important-reason', ground: 'family-death', start: '2025-06-02', end: '2025-06-04' }).rule.kind).toBe('important-reason');
  });

  it('§7 example 7: a guru PNS may take CT in 2025', () => {
    expect(ok(pnsInput({ position: { type: 'guru' } }), { kind: 'annual', start: '2025-06-16', end: '2025-06-20' }, [grant(2025)]).duration.days).toBe(5);
  });

  it('§7 example 8: 3 years of service, first hajj with the kloter schedule → cuti besar granted, not deferrable, CT 2025 lost', () => {
    const employee = pns({ tmtCpns: '2022-01-01' });
    const decision = ok(employee, { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-07-31', documents: ['hajj-schedule'] }, [grant(2025)]);
    expect(decision.rule.deferrable).toBe(false);
    expect(decision.postings.map((posting) => [posting.type, posting.kind, posting.days])).toEqual([['taken', 'major', 88], ['lapse', 'annual', 12]]);
    expect(codes(refused(employee, { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-07-31' }))).toEqual(['leave/missing-document']);
  });

  it('§7 example 9: 3 years of service, second hajj or umrah → not eligible for cuti besar (5-year rule)', () => {
    const refusal = refused(pns({ tmtCpns: '2022-01-01' }), { kind: 'major', start: '2025-05-05', end: '2025-06-04' });
    expect(codes(refusal)).toEqual(['leave/insufficient-service']);
    expect(refusal.violations[0]?.data).toEqual({ requiredYears: 5, eligibleFrom: '2027-01-01', start: '2025-05-05' });
  });

  it('§7 example 10: 5 days of CT in Feb 2025 shorten a cuti besar from June by 5 working days; 2024 carry stays usable', () => {
    const ledger = [grant(2025), entry('carry-over', 2025, 6), taken(2025, 5, '2025-02-10')];
    const refusal = refused(pns(), { kind: 'major', start: '2025-06-02', end: '2025-09-01' }, ledger);
    expect(codes(refusal)).toEqual(['leave/maximum-exceeded']);
    expect(refusal.violations[0]?.data).toEqual({ maximum: 3, unit: 'months', latestEnd: '2025-08-25', requestedEnd: '2025-09-01', annualLeaveTaken: 5 });
    expect(refusal.violations[0]?.message.en).toBe('Longer than the maximum of 3 months less the 5 working days of annual leave already taken this year (PP 11/2017 Pasal 316(3)): it may last until 2025-08-25 at the latest.');
    const decision = ok(pns(), { kind: 'major', start: '2025-06-02', end: '2025-08-25' }, ledger);
    expect(decision.postings.map((posting) => [posting.type, posting.kind, posting.days])).toEqual([['taken', 'major', 85], ['lapse', 'annual', 12]]);
    const after = leaveBalance([...ledger, ...decision.postings], { kind: 'annual', asOf: '2025-09-01' })._unsafeUnwrap();
    expect([after.available, after.remaining.carried, after.remaining.own]).toEqual([1, 1, 0]);
  });

  it('docs/interpretations.md#major-leave-and-annual-leave: a cuti besar whose 3 months run past the calendar cannot be shortened without it (the data gap)', () => {
    const error = refused(pns(), { kind: 'major', start: '2027-11-01', end: '2027-12-31' }, [grant(2027), taken(2027, 3, '2027-02-01')]);
    expect([error.code, codes(error)]).toEqual(['calendar/year-not-covered', []]);
  });

  it('§7 example 11: 2 months of a 3-month cuti besar → the remaining month is forfeited', () => {
    const decision = ok(pns(), { kind: 'major', start: '2025-06-02', end: '2025-08-01' });
    expect(decision.reasons.find((r) => r.code === 'leave/major-leave-rest-forfeited')?.data).toEqual({ forfeitedFrom: '2025-08-02', forfeitedTo: '2025-09-01' });
  });

  it('§7 example 12: sick 1 day → a notice to the atasan langsung with a doctor\'s certificate, no PYBMC decree', () => {
    const decision = ok(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-03', documents: ['doctor-certificate'] });
    expect(decision.route).toEqual({ decidedBy: 'direct-superior', notice: true, abroad: false, ppkOnly: false });
  });

  it('§7 example 13: sick 20 days in 2025 with a private doctor\'s note → granted by the PYBMC, no government doctor', () => {
    const decision = ok(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-22', documents: ['doctor-certificate'] });
    expect([decision.duration.days, decision.route.decidedBy]).toEqual([20, 'pybmc']);
  });

  it('superseded row: sick 20 days in 2019 needed a government doctor (PP 11/2017 Pasal 320, original text)', () => {
    const refusal = refused(pns(), { kind: 'sick', start: '2019-02-04', end: '2019-02-23', documents: ['doctor-certificate'] });
    expect(refusal.violations.map((v) => [v.code, dataOf(v, 'leave/missing-document').document])).toEqual([['leave/missing-document', 'government-doctor-certificate']]);
  });

  it('§7 example 14: 12 months of sick leave, then +6 months on a health-team certificate; not beyond 18 months', () => {
    const year = [entry('taken', 2025, 365, '2025-01-01', 'sick')];
    const refusal = refused(pns(), { kind: 'sick', start: '2026-01-01', end: '2026-01-30', documents: ['doctor-certificate'] }, year);
    expect(codes(refusal)).toEqual(['leave/cumulative-maximum-exceeded']);
    expect(refusal.violations[0]?.data).toEqual({ used: 365, requested: 30, limit: 365, healthTeamCertificate: false });
    expect(ok(pns(), { kind: 'sick', ground: 'extended', start: '2026-01-01', end: '2026-01-30', documents: ['doctor-certificate', 'health-team-certificate'] }, year).duration.days).toBe(30);
    const mixed = [...year, entry('taken', 2025, 40, '2025-02-01', 'sick'), entry('returned', 2025, 40, '2025-02-01', 'sick'),
      { ...entry('taken', 2025, 30, '2025-03-01', 'sick'), ground: 'miscarriage' as const }, entry('grant', 2025, 12)];
    expect(dataOf(refused(pns(), { kind: 'sick', start: '2026-01-01', end: '2026-01-30', documents: ['doctor-certificate'] }, mixed).violations[0], 'leave/cumulative-maximum-exceeded').used).toBe(365);
    const eighteen = [...year, entry('taken', 2026, 181, '2026-01-01', 'sick')];
    expect(codes(refused(pns(), { kind: 'sick', start: '2026-07-01', end: '2026-07-10', documents: ['doctor-certificate', 'health-team-certificate'] }, eighteen)))
      .toEqual(['leave/cumulative-maximum-exceeded']);
  });

  it('§7 example 15: miscarriage → sick leave up to 1½ months with a doctor\'s or midwife\'s note', () => {
    const request = { kind: 'sick', ground: 'miscarriage', start: '2025-03-01', documents: ['doctor-or-midwife-certificate'] };
    expect(ok(pns(), { ...request, end: '2025-04-15' }).duration.latestEnd).toBe('2025-04-15');
    expect(codes(refused(pns(), { ...request, end: '2025-04-16' }))).toEqual(['leave/maximum-exceeded']);
    expect(codes(refused(pns({ gender: 'male' }), { ...request, end: '2025-04-15' }))).toEqual(['leave/wrong-gender']);
  });

  it('§7 example 16: a work accident → sick leave until healed, not capped at 18 months', () => {
    const decision = ok(pns(), { kind: 'sick', ground: 'work-accident', start: '2024-01-01', end: '2025-12-31', documents: ['doctor-certificate'] });
    expect([decision.duration.days, decision.duration.latestEnd]).toEqual([731, null]);
  });

  it('§7 example 17: the 2nd birth while PNS when the 1st was before CPNS counts as the 1st → 3 months', () => {
    const employee = pnsInput({ tmtCpns: '2015-01-01', births: ['2012-05-01'] });
    const decision = ok(employee, { kind: 'maternity', start: '2025-03-01', end: '2025-05-31', birthDate: '2025-03-10' });
    expect([decision.ground, decision.duration.latestEnd]).toEqual(['birth', '2025-05-31']);
    expect(codes(refused(employee, { kind: 'maternity', start: '2025-03-01', end: '2025-06-01' }))).toEqual(['leave/maximum-exceeded']);
  });

  it('§7 example 18: the 4th birth while PNS with 3 years of service → 3 months of cuti besar, not deferrable', () => {
    const employee = pnsInput({ tmtCpns: '2022-01-01', births: ['2022-06-01', '2023-07-01', '2024-08-01'] });
    const decision = ok(employee, { kind: 'major', ground: 'fourth-birth', start: '2025-09-01', end: '2025-11-30', birthDate: '2025-09-15' });
    expect([decision.rule.serviceYears, decision.rule.deferrable]).toEqual([0, false]);
    const refusal = refused(employee, { kind: 'maternity', start: '2025-09-01', end: '2025-11-30', birthDate: '2025-09-15' });
    expect(codes(refusal)).toEqual(['leave/fourth-birth-is-major-leave']);
    expect(codes(refused(pns(), { kind: 'major', ground: 'fourth-birth', start: '2025-09-01', end: '2025-11-30' }))).toEqual(['leave/not-fourth-birth']);
  });

  it('docs/interpretations.md#maternity-births: a birth already on record keeps its own place in the count', () => {
    const employee = pnsInput({ births: ['2020-01-01', '2025-03-10'] });
    expect(ok(employee, { kind: 'maternity', start: '2025-03-01', end: '2025-05-31', birthDate: '2025-03-10' }).ground).toBe('birth');
  });

  it('§7 example 19: twins count as one birth', () => {
    const employee = pnsInput({ births: ['2020-01-01', '2020-01-01', '2022-01-01'] });
    expect(ok(employee, { kind: 'maternity', start: '2025-03-01', end: '2025-05-31', birthDate: '2025-03-10' }).request.kind).toBe('maternity');
  });

  it('§7 example 20: a male PNS whose wife has a caesarean with 4 days inpatient → CAP 4 days; CT unaffected', () => {
    const decision = ok(pns({ gender: 'male' }), { kind: 'important-reason', ground: 'spouse-birth', start: '2025-07-07', end: '2025-07-10', documents: ['inpatient-certificate'] }, [grant(2025)]);
    expect(decision.postings.map((posting) => [posting.kind, posting.days])).toEqual([['important-reason', 4]]);
    expect(codes(refused(pns(), { kind: 'important-reason', ground: 'spouse-birth', start: '2025-07-07', end: '2025-07-10', documents: ['inpatient-certificate'] })))
      .toEqual(['leave/wrong-gender']);
  });

  it('§7 example 21: a PNS who marries → CAP of at most 1 month', () => {
    expect(ok(pns(), { kind: 'important-reason', ground: 'marriage', start: '2025-07-01', end: '2025-07-31' }).duration.latestEnd).toBe('2025-07-31');
    expect(codes(refused(pns(), { kind: 'important-reason', ground: 'marriage', start: '2025-07-01', end: '2025-08-01' }))).toEqual(['leave/maximum-exceeded']);
    expect(codes(refused(pns(), { kind: 'important-reason', start: '2025-07-01', end: '2025-07-02' }))).toEqual(['leave/ground-not-available']);
  });

  it('§7 example 22: CLTN with 4 years of service → not eligible', () => {
    expect(codes(refused(pns({ tmtCpns: '2021-01-01' }), { kind: 'unpaid', start: '2025-01-01', end: '2025-12-31', documents: ['supporting-evidence'] })))
      .toEqual(['leave/insufficient-service']);
  });

  it('§7 example 23: CLTN of 3 years plus a 1-year extension at most; PPK only, no income', () => {
    const request = { kind: 'unpaid', start: '2018-01-01', documents: ['supporting-evidence'] };
    const decision = ok(pns({ tmtCpns: '2010-01-01' }), { ...request, end: '2020-12-31' });
    expect([decision.route.ppkOnly, decision.route.decidedBy, decision.rule.income, decision.rule.countsAsService]).toEqual([true, 'ppk', 'none', false]);
    expect(decision.reasons.find((r) => r.code === 'leave/unpaid-effects')?.severity).toBe('warning');
    expect(codes(refused(pns(), { ...request, end: '2021-01-01' }))).toEqual(['leave/maximum-exceeded']);
    const onCltn = pnsInput({ tmtCpns: '2010-01-01', cltn: [{ from: '2018-01-01', to: '2020-12-31' }] });
    const extension = { kind: 'unpaid', ground: 'extension', start: '2021-01-01', documents: ['supporting-evidence'] };
    expect(ok(onCltn, { ...extension, end: '2021-12-31' }).duration.latestEnd).toBe('2021-12-31');
    expect(codes(refused(onCltn, { ...extension, end: '2022-01-01' }))).toEqual(['leave/maximum-exceeded']);
    expect(codes(refused(pns(), { ...extension, end: '2021-12-31' }))).toEqual(['leave/ground-not-available']);
    const twice = pnsInput({ tmtCpns: '2010-01-01', cltn: [{ from: '2020-06-01', to: '2021-05-31' }, { from: '2018-01-01', to: '2020-05-31' }] });
    const capped = refused(twice, { ...extension, start: '2021-06-01', end: '2022-05-31' });
    expect(capped.violations.map((v) => dataOf(v, 'leave/maximum-exceeded').latestEnd)).toEqual(['2021-12-31']);
    expect(refused(pns(), { ...request, start: '2016-01-01', end: '2016-12-31' }).violations[0]?.basis).toEqual({ instrument: 'PP 11/2017', article: 'Pasal 310' });
    expect(codes(refused(pnsInput({ kind: 'CPNS' }), { ...request, end: '2018-12-31' }))).toEqual(['leave/kind-not-available']);
  });

  it('§7 example 24: leave abroad is granted by the PPK (or an official with its kuasa)', () => {
    const decision = ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-06', abroad: true }, [grant(2025)]);
    expect(decision.route.decidedBy).toBe('ppk');
    expect(decision.reasons.map((r) => r.code)).toContain('leave/abroad');
  });

  it('a PNS remote place adds up to 12 calendar days', () => {
    const decision = ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 12 }, [grant(2025)]);
    expect(decision.duration.returnsAfter).toBe('2025-06-19');
    expect(codes(refused(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 13 }, [grant(2025)]))).toEqual(['leave/extension-exceeded']);
  });

  it('a refusal lists every violation: overlap, balance, crossing the year', () => {
    const existing = [{ id: 'R-5', kind: 'sick', start: '2025-11-03', end: '2025-11-04', status: 'approved' }, { id: 'R-0', kind: 'annual', start: '2025-12-22', end: '2025-12-23', status: 'approved' },
      { id: 'R-9', kind: 'annual', start: '2025-12-22', end: '2025-12-23', status: 'rejected' }];
    const refusal = refused(pns(), { kind: 'annual', start: '2025-12-15', end: '2026-01-09' }, [grant(2025, 2)], { existing });
    expect(refusal.code).toBe('leave/request-refused');
    expect(codes(refusal)).toEqual(['leave/crosses-year', 'leave/overlap', 'leave/insufficient-balance']);
    expect(refusal.violations[2]?.data).toEqual({ requested: 17, available: 2, year: 2025 });
    expect(refusal.violations[2]?.message).toEqual({ id: 'Sisa cuti tahunan 2 hari kerja, diminta 17.', en: '2 working days of annual leave available, 17 requested.' });
  });

  it('carried days are used first and the reason says when they lapse', () => {
    const decision = ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-03', reason: 'Keluarga' }, [grant(2025), entry('carry-over', 2025, 3)], { asOf: '2025-07-01' });
    expect(decision.reasons.map((r) => r.code)).toEqual(['leave/retroactive', 'leave/working-days-counted', 'leave/carried-days-first']);
  });

  it('cuti bersama is not requested', () => {
    expect(codes(refused(pns(), { kind: 'collective', start: '2025-12-26', end: '2025-12-26' }))).toEqual(['leave/not-requestable']);
  });
});

describe('evaluateLeaveRequest — PPPK (§7)', () => {
  it('§7 example 25: PPPK with 8 months of service whose father dies → CT of at most 6 hari kerja', () => {
    const employee = pppk({ start: '2025-06-01' });
    const noise = [entry('taken', 2026, 3, '2026-01-05', 'sick'), grant(2026, 12, '2026-06-01'), taken(2026, 2, '2026-07-01')];
    const decision = ok(employee, { kind: 'annual', ground: 'family-death', start: '2026-02-02', end: '2026-02-09' }, noise);
    expect([decision.duration.days, decision.postings[0]?.year, decision.balance]).toEqual([6, 2026, { before: 10, after: 4 }]);
    const refusal = refused(employee, { kind: 'annual', ground: 'family-death', start: '2026-02-02', end: '2026-02-10' });
    expect(refusal.violations.map((v) => [v.code, v.data])).toEqual([['leave/pre-anniversary-limit', { used: 0, requested: 7, limit: 6 }]]);
    expect(codes(refused(employee, { kind: 'annual', start: '2026-02-02', end: '2026-02-03' }))).toEqual(['leave/insufficient-service', 'leave/insufficient-balance']);
  });

  it('§7 example 26: after the first year the PPPK ground is an ordinary CT charged to the balance', () => {
    const employee = pppk({ start: '2025-06-01' });
    const ledger = [grant(2026, 12, '2026-06-01'), taken(2026, 6, '2026-02-02')];
    const decision = ok(employee, { kind: 'annual', ground: 'family-death', start: '2026-07-06', end: '2026-07-13' }, ledger);
    expect([decision.ground, decision.balance]).toEqual(['regular', { before: 6, after: 0 }]);
  });

  it('§7 example 27: PPPK remote place → up to 6 calendar days, not 12', () => {
    const employee = pppk({ start: '2020-01-01' });
    expect(ok(employee, { kind: 'annual', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 6 }, [grant(2025)]).duration.remotePlaceDays).toBe(6);
    expect(refused(employee, { kind: 'annual', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 7 }, [grant(2025)]).violations[0]?.data).toEqual({ requested: 7, maximum: 6 });
  });

  it('§7 example 28: PPPK sick 20 days needs a government doctor; at most 1 month', () => {
    const employee = pppk();
    const base = { kind: 'sick', start: '2025-02-03', end: '2025-02-22' };
    expect(refused(employee, { ...base, documents: ['doctor-certificate'] }).violations.map((v) => dataOf(v, 'leave/missing-document').document)).toEqual(['government-doctor-certificate']);
    expect(ok(employee, { ...base, documents: ['doctor-certificate', 'government-doctor-certificate'] }).duration.days).toBe(20);
    expect(ok(employee, { kind: 'sick', start: '2025-02-03', end: '2025-02-03', documents: ['doctor-certificate'] }).route.notice).toBe(true);
    expect(codes(refused(employee, { ...base, end: '2025-03-03', documents: ['doctor-certificate', 'government-doctor-certificate'] }))).toEqual(['leave/maximum-exceeded']);
  });

  it('§7 example 30: a PPPK first hajj is taken from CT', () => {
    const decision = ok(pppk({ start: '2020-01-01' }), { kind: 'annual', ground: 'first-hajj', start: '2025-05-05', end: '2025-05-16' }, [grant(2025)]);
    expect(decision.postings.map((posting) => [posting.kind, posting.days])).toEqual([['annual', 8]]);
  });

  it('§7 example 31 / docs/interpretations.md#pppk-leave: a PPPK 4th birth is refused citing PP 49/2018 Pasal 88', () => {
    const employee = pppkInput({ start: '2020-01-01', births: ['2020-06-01', '2021-07-01', '2023-01-01'] });
    const refusal = refused(employee, { kind: 'maternity', start: '2025-03-01', end: '2025-05-31', birthDate: '2025-03-10' });
    expect(refusal.violations.map((v) => [v.code, v.basis])).toEqual([['leave/pppk-fourth-birth', { instrument: 'PP 49/2018', article: 'Pasal 88', interpretation: 'pppk-leave' }]]);
  });

  it('§7 example 32: cuti besar and CLTN are not available to PPPK (Pasal 77)', () => {
    const employee = pppk({ start: '2015-01-01', years: 20 });
    expect(refused(employee, { kind: 'major', start: '2025-05-05', end: '2025-06-04' }).violations.map((v) => [v.code, v.basis.article])).toEqual([['leave/kind-not-available', 'Pasal 77']]);
    expect(codes(refused(employee, { kind: 'unpaid', start: '2025-05-05', end: '2025-06-04' }))).toEqual(['leave/kind-not-available']);
    expect(codes(refused(employee, { kind: 'important-reason', ground: 'marriage', start: '2025-05-05', end: '2025-05-06' }))).toEqual(['leave/kind-not-available']);
  });

  it('open question 18: a PPPK guru has no CT of his own (PP 49/2018 Pasal 81)', () => {
    expect(codes(refused(pppkInput({ start: '2020-01-01', position: { type: 'guru' } }), { kind: 'annual', start: '2025-06-02', end: '2025-06-03' }, [grant(2025)])))
      .toEqual(['leave/kind-not-available']);
  });

  it('invalid input is leave/invalid-input with the one error as its violation', () => {
    const refusal = evaluateLeaveRequest(unchecked({ employee: {}, request: {}, calendar: CALENDAR, asOf: 'x' }))._unsafeUnwrapErr();
    expect([refusal.code, refusal.violations.length]).toEqual(['leave/invalid-input', 1]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 360 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));

  it('a balance built from approved requests never goes negative', () => {
    fc.assert(fc.property(fc.array(fc.tuple(day, fc.integer({ min: 0, max: 10 })), { maxLength: 8 }), (requests) => {
      const ledger: LedgerEntry[] = [grant(2025), entry('carry-over', 2025, 4)];
      requests.forEach(([start, length], index) => {
        const end = new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)) + length)).toISOString().slice(0, 10);
        const result = run(pns(), { id: `R-${String(index)}`, kind: 'annual', start, end }, ledger);
        if (result.isOk()) ledger.push(...result.value.postings);
      });
      return (leaveBalance(ledger, { kind: 'annual', asOf: '2025-12-31' })._unsafeUnwrap().available ?? -1) >= 0;
    }), { numRuns: 40 });
  });

  it('more service never removes eligibility for cuti besar', () => {
    fc.assert(fc.property(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 1, max: 10 }), (year, earlier) => {
      const request = { kind: 'major', start: '2025-05-05', end: '2025-06-04' };
      const later = run(pns({ tmtCpns: `${String(year)}-01-01` }), request).isOk();
      const sooner = run(pns({ tmtCpns: `${String(year - earlier)}-01-01` }), request).isOk();
      return !later || sooner;
    }), { numRuns: 40 });
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (employee, request, ledger) => {
      const result = evaluateLeaveRequest(unchecked({ employee, request, ledger, calendar: CALENDAR, asOf: '2025-01-01' }));
      return result.isOk() || result.isErr();
    }));
  });
});

describe('D8: no answer comes from a cache of the caller\'s objects', () => {
  it('an employee edited in place after a first evaluation is checked again (an Err, as a fresh copy gives)', () => {
    const employee = pnsInput();
    const params = { employee, request: { id: 'R-1', kind: 'annual', start: '2026-03-02', end: '2026-03-06' }, ledger: [grant(2026)], calendar: CALENDAR, asOf: '2026-02-20' };
    expect(evaluateLeaveRequest(unchecked(params)).isOk()).toBe(true);
    employee['tmtCpns'] = '2026-03-01';
    employee['birthDate'] = '2030-01-01';
    const again = evaluateLeaveRequest(unchecked(params));
    const fresh = evaluateLeaveRequest(unchecked({ ...params, employee: { ...employee } }));
    expect([again.isErr(), JSON.stringify(again)]).toEqual([true, JSON.stringify(fresh)]);
  });

  it('a ledger edited in place after a first evaluation is read again', () => {
    const ledger: unknown[] = [grant(2026)];
    const params = { employee: pnsInput(), request: { id: 'R-1', kind: 'annual', start: '2026-03-02', end: '2026-03-06' }, ledger, calendar: CALENDAR, asOf: '2026-02-20' };
    expect(evaluateLeaveRequest(unchecked(params)).isOk()).toBe(true);
    ledger[0] = taken(2026, 12, '2026-01-05');
    expect(evaluateLeaveRequest(unchecked(params)).isErr()).toBe(true);
  });
});
