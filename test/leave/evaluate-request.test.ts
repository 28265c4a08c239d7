import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLeaveRequest, leaveBalance, parseExistingLeaves, parseLeaveRequest, parseLedger, type LeaveDecision, type LeaveRefusal, type LedgerEntry } from '../../src/leave';
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

describe('evaluateLeaveRequest — each violation as written (code, basis, both texts, numbers)', () => {
  const violations = (employee: unknown, request: Request, ledger: readonly LedgerEntry[] = [], extra: Record<string, unknown> = {}) =>
    refused(employee, request, ledger, extra).violations;
  const ANNUAL_PNS = { instrument: 'PP 11/2017', article: 'Pasal 311, 312, 314, 338', interpretation: 'annual-carry-over' };
  const MATERNITY_PNS = { instrument: 'PP 11/2017', article: 'Pasal 325, 326, 327, 340', interpretation: 'maternity-births' };
  const SICK_PNS = { instrument: 'PP 17/2020', article: 'Pasal 320; Perban BKN 7/2021 Lampiran III.C', interpretation: 'sick-leave' };

  it('wrong gender: maternity leave is for women, the husband\'s CAP for men', () => {
    expect(violations(pns({ gender: 'male' }), { kind: 'maternity', start: '2025-03-01', end: '2025-05-31' })).toEqual([{
      code: 'leave/wrong-gender', severity: 'error', basis: MATERNITY_PNS,
      message: { id: 'Hanya untuk pegawai perempuan.', en: 'Only for female employees.' }, data: { gender: 'male', ground: 'birth' },
    }]);
    expect(violations(pns(), { kind: 'important-reason', ground: 'spouse-birth', start: '2025-07-07', end: '2025-07-10', documents: ['inpatient-certificate'] })).toEqual([{
      code: 'leave/wrong-gender', severity: 'error', basis: { instrument: 'Perban BKN 24/2017', article: 'Lampiran III.E.3; PP 11/2017 Pasal 330' },
      message: { id: 'Hanya untuk pegawai laki-laki yang istrinya melahirkan.', en: 'Only for male employees whose wife gives birth.' },
      data: { gender: 'female', ground: 'spouse-birth' },
    }]);
    expect(codes(refused(pns({ gender: 'male' }), { kind: 'sick', ground: 'miscarriage', start: '2025-03-01', end: '2025-03-10', documents: ['doctor-or-midwife-certificate'] })))
      .toEqual(['leave/wrong-gender']);
    expect(codes(refused(pnsInput({ gender: 'male', tmtCpns: '2022-01-01', births: ['2022-06-01', '2023-07-01', '2024-08-01'] }),
      { kind: 'major', ground: 'fourth-birth', start: '2025-09-01', end: '2025-11-30', birthDate: '2025-09-15' }))).toEqual(['leave/wrong-gender']);
  });

  it('a fourth birth: PNS → cuti besar, PPPK → none; cuti besar for a first birth is refused', () => {
    expect(violations(pnsInput({ tmtCpns: '2022-01-01', births: ['2022-06-01', '2023-07-01', '2024-08-01'] }),
      { kind: 'maternity', start: '2025-09-01', end: '2025-11-30', birthDate: '2025-09-15' })).toEqual([{
      code: 'leave/fourth-birth-is-major-leave', severity: 'error',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 325 ayat (2)', interpretation: 'maternity-births' },
      message: {
        id: 'Persalinan ke-4 sejak menjadi PNS: yang diberikan adalah cuti besar (ajukan jenis "major", alasan "fourth-birth").',
        en: 'Birth number 4 since becoming a civil servant: it gives cuti besar (request kind "major", ground "fourth-birth").',
      },
      data: { ordinal: 4, maximumOrdinal: 3 },
    }]);
    expect(violations(pppkInput({ start: '2020-01-01', births: ['2020-06-01', '2021-07-01', '2023-01-01'] }),
      { kind: 'maternity', start: '2025-03-01', end: '2025-05-31', birthDate: '2025-03-10' })).toEqual([{
      code: 'leave/pppk-fourth-birth', severity: 'error', basis: { instrument: 'PP 49/2018', article: 'Pasal 88', interpretation: 'pppk-leave' },
      message: {
        id: 'Persalinan ke-4 sejak menjadi PPPK: PP 49/2018 Pasal 88 hanya memberi cuti melahirkan untuk persalinan pertama sampai ketiga, dan PPPK tidak berhak atas cuti besar.',
        en: 'Birth number 4 since becoming PPPK: PP 49/2018 Pasal 88 gives maternity leave for the first to third birth only, and a PPPK has no cuti besar.',
      },
      data: { ordinal: 4, maximumOrdinal: 3 },
    }]);
    expect(violations(pns(), { kind: 'major', ground: 'fourth-birth', start: '2025-09-01', end: '2025-11-30' })).toEqual([{
      code: 'leave/not-fourth-birth', severity: 'error',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 325 ayat (2)–(3); Perban BKN 24/2017 Lampiran III.D', interpretation: 'maternity-births' },
      message: { id: 'Persalinan ke-1: gunakan cuti melahirkan.', en: 'Birth number 1: use maternity leave.' }, data: { ordinal: 1 },
    }]);
  });

  it('the ordinal of a birth: births before the appointment and later births do not count, twins count once', () => {
    const third = (births: readonly string[]) => run(pnsInput({ tmtCpns: '2015-01-01', births }), { kind: 'maternity', start: '2025-03-01', end: '2025-05-31', birthDate: '2025-03-10' });
    expect(third(['2014-12-31', '2016-01-01', '2018-01-01']).isOk()).toBe(true);
    expect(third(['2015-01-01', '2016-01-01', '2018-01-01']).isOk()).toBe(false);
    expect(third(['2016-01-01', '2016-01-01', '2018-01-01']).isOk()).toBe(true);
    expect(third(['2016-01-01', '2018-01-01', '2026-01-01']).isOk()).toBe(true);
    expect(third(['2016-01-01', '2018-01-01', '2025-03-10']).isOk()).toBe(true);
    const byStart = run(pnsInput({ tmtCpns: '2015-01-01', births: ['2016-01-01', '2018-01-01', '2020-01-01'] }), { kind: 'maternity', start: '2025-03-01', end: '2025-05-31' });
    expect(byStart._unsafeUnwrapErr().violations.map((v) => v.data)).toEqual([{ ordinal: 4, maximumOrdinal: 3 }]);
  });

  it('the maximum in years and months, with the latest end', () => {
    expect(violations(pns(), { kind: 'unpaid', start: '2018-01-01', end: '2021-01-01', documents: ['supporting-evidence'] })).toEqual([{
      code: 'leave/maximum-exceeded', severity: 'error', basis: { instrument: 'PP 11/2017', article: 'Pasal 334, 335, 336, 337; Perban BKN 24/2017 Lampiran III.G' },
      message: { id: 'Melebihi batas 3 tahun: paling lambat sampai 2020-12-31.', en: 'Longer than the maximum of 3 years: it may last until 2020-12-31 at the latest.' },
      data: { maximum: 3, unit: 'years', latestEnd: '2020-12-31', requestedEnd: '2021-01-01' },
    }]);
    expect(violations(pns(), { kind: 'maternity', start: '2025-03-01', end: '2025-06-01' })).toEqual([{
      code: 'leave/maximum-exceeded', severity: 'error', basis: MATERNITY_PNS,
      message: { id: 'Melebihi batas 3 bulan: paling lambat sampai 2025-05-31.', en: 'Longer than the maximum of 3 months: it may last until 2025-05-31 at the latest.' },
      data: { maximum: 3, unit: 'months', latestEnd: '2025-05-31', requestedEnd: '2025-06-01' },
    }]);
    expect(violations(pns(), { kind: 'major', start: '2025-06-02', end: '2025-09-02' }, [grant(2025), taken(2025, 1, '2025-02-10')])[0]?.message).toEqual({
      id: 'Melebihi batas 3 bulan dikurangi 1 hari kerja cuti tahunan yang sudah diambil tahun ini (PP 11/2017 Pasal 316 ayat (3)): paling lambat sampai 2025-08-31.',
      en: 'Longer than the maximum of 3 months less the 1 working days of annual leave already taken this year (PP 11/2017 Pasal 316(3)): it may last until 2025-08-31 at the latest.',
    });
  });

  it('1½ months of miscarriage leave end on the 15th day after the month (half a month is 15 days)', () => {
    const request = { kind: 'sick', ground: 'miscarriage', start: '2025-01-31', documents: ['doctor-or-midwife-certificate'] };
    expect(ok(pns(), { ...request, end: '2025-03-14' }).duration.latestEnd).toBe('2025-03-14');
    expect(violations(pns(), { ...request, end: '2025-03-15' }).map((v) => v.data)).toEqual([{ maximum: 1.5, unit: 'months', latestEnd: '2025-03-14', requestedEnd: '2025-03-15' }]);
  });

  it('cumulative sick leave: 1 year, 6 months more on a health-team certificate', () => {
    expect(violations(pns(), { kind: 'sick', start: '2026-01-01', end: '2026-01-30', documents: ['doctor-certificate'] }, [entry('taken', 2025, 365, '2025-01-01', 'sick')])).toEqual([{
      code: 'leave/cumulative-maximum-exceeded', severity: 'error', basis: SICK_PNS,
      message: {
        id: 'Cuti sakit kumulatif 395 hari melebihi 365 hari (perpanjangan 6 bulan memerlukan surat keterangan tim penguji kesehatan).',
        en: 'Cumulative sick leave of 395 days exceeds 365 days (the 6-month extension needs a health-team certificate).',
      },
      data: { used: 365, requested: 30, limit: 365, healthTeamCertificate: false },
    }]);
    const eighteen = [entry('taken', 2025, 365, '2025-01-01', 'sick'), entry('taken', 2026, 181, '2026-01-01', 'sick')];
    const both = ['doctor-certificate', 'health-team-certificate'];
    expect(violations(pns(), { kind: 'sick', start: '2026-07-01', end: '2026-07-10', documents: both }, eighteen)).toEqual([{
      code: 'leave/cumulative-maximum-exceeded', severity: 'error', basis: SICK_PNS,
      message: { id: 'Cuti sakit kumulatif 556 hari melebihi 549 hari.', en: 'Cumulative sick leave of 556 days exceeds 549 days.' },
      data: { used: 546, requested: 10, limit: 549, healthTeamCertificate: true },
    }]);
    expect(ok(pns(), { kind: 'sick', start: '2026-07-01', end: '2026-07-03', documents: both }, eighteen).duration.days).toBe(3);
    expect(codes(refused(pns(), { kind: 'sick', start: '2026-07-01', end: '2026-07-04', documents: both }, eighteen))).toEqual(['leave/cumulative-maximum-exceeded']);
    expect(ok(pns(), { kind: 'sick', start: '2026-01-01', end: '2026-01-30', documents: ['doctor-certificate'] }, [entry('taken', 2025, 335, '2025-01-01', 'sick')]).duration.days).toBe(30);
    const accident = [{ ...entry('taken', 2025, 365, '2025-01-01', 'sick'), ground: 'work-accident' as const }, entry('grant', 2025, 12, '2025-01-01', 'sick')];
    expect(ok(pns(), { kind: 'sick', start: '2026-01-01', end: '2026-01-30', documents: ['doctor-certificate'] }, accident).duration.days).toBe(30);
  });

  it('remote-place travel days beyond the maximum', () => {
    expect(violations(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 13 }, [grant(2025)])).toEqual([{
      code: 'leave/extension-exceeded', severity: 'error', basis: ANNUAL_PNS,
      message: { id: 'Tambahan waktu perjalanan paling lama 12 hari kalender.', en: 'Travel days for a remote place are at most 12 calendar days.' },
      data: { requested: 13, maximum: 12 },
    }]);
    expect(violations(pns(), { kind: 'sick', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 1, documents: ['doctor-certificate'] }).map((v) => [v.code, v.data]))
      .toEqual([['leave/extension-exceeded', { requested: 1, maximum: 0 }]]);
  });

  it('overlap: submitted, considered and approved requests block, others and the request itself do not; touching days overlap', () => {
    const request = { kind: 'annual', start: '2025-06-02', end: '2025-06-06' };
    const other = (status: string, start: string, end: string, id = 'R-5') => [{ id, kind: 'sick', start, end, status }];
    expect(violations(pns(), request, [grant(2025)], { existing: other('submitted', '2025-06-06', '2025-06-09') })).toEqual([{
      code: 'leave/overlap', severity: 'error', basis: { instrument: 'PP 11/2017', article: 'Pasal 310' },
      message: { id: 'Bertumpang tindih dengan permintaan R-5 (2025-06-06 s.d. 2025-06-09, submitted).', en: 'Overlaps request R-5 (2025-06-06 to 2025-06-09, submitted).' },
      data: { other: 'R-5', from: '2025-06-06', to: '2025-06-09', status: 'submitted' },
    }]);
    expect(violations(pns(), request, [grant(2025)], { existing: other('considered', '2025-05-30', '2025-06-02') }).map((v) => v.data))
      .toEqual([{ other: 'R-5', from: '2025-05-30', to: '2025-06-02', status: 'considered' }]);
    for (const status of ['draft', 'deferred', 'rejected', 'cancelled', 'recalled']) {
      expect(run(pns(), request, [grant(2025)], { existing: other(status, '2025-06-03', '2025-06-04') }).isOk()).toBe(true);
    }
    expect(run(pns(), request, [grant(2025)], { existing: other('approved', '2025-06-03', '2025-06-04', 'R-1') }).isOk()).toBe(true);
    expect(run(pns(), request, [grant(2025)], { existing: other('approved', '2025-05-26', '2025-06-01') }).isOk()).toBe(true);
    expect(run(pns(), request, [grant(2025)], { existing: other('approved', '2025-06-07', '2025-06-09') }).isOk()).toBe(true);
  });

  it('annual leave: the balance, exactly used up, then one day more', () => {
    expect(ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-04' }, [grant(2025, 3)]).balance).toEqual({ before: 3, after: 0 });
    expect(violations(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-05' }, [grant(2025, 3)])).toEqual([{
      code: 'leave/insufficient-balance', severity: 'error', basis: ANNUAL_PNS,
      message: { id: 'Sisa cuti tahunan 3 hari kerja, diminta 4.', en: '3 working days of annual leave available, 4 requested.' },
      data: { requested: 4, available: 3, year: 2025 },
    }]);
  });

  it('a period with no working day, and a period across 31 December', () => {
    expect(violations(pns(), { kind: 'annual', start: '2025-06-07', end: '2025-06-08' }, [grant(2025)])).toEqual([{
      code: 'leave/no-working-days', severity: 'error', basis: ANNUAL_PNS,
      message: { id: 'Periode ini tidak memuat hari kerja.', en: 'The period holds no working day.' }, data: { start: '2025-06-07', end: '2025-06-08' },
    }]);
    expect(violations(pns(), { kind: 'annual', start: '2025-12-29', end: '2026-01-02' }, [grant(2025)])).toEqual([{
      code: 'leave/crosses-year', severity: 'error', basis: { instrument: 'PP 11/2017', article: 'Pasal 311', interpretation: 'leave-year' },
      message: { id: 'Cuti tahunan dihitung per tahun kalender: ajukan terpisah untuk tiap tahun.', en: 'Annual leave is counted per calendar year: request each year separately.' },
      data: { start: '2025-12-29', end: '2026-01-02' },
    }]);
    expect(violations(pns(), { kind: 'annual', start: '2027-12-30', end: '2028-01-03' }, [grant(2027)]).map((v) => v.code)).toEqual(['leave/crosses-year']);
  });

  it('service: not yet a year, or five years, of continuous service', () => {
    expect(violations(pnsInput({ kind: 'CPNS', tmtCpns: '2025-03-01' }), { kind: 'annual', start: '2026-02-10', end: '2026-02-10' }, [grant(2026)])).toEqual([{
      code: 'leave/insufficient-service', severity: 'error', basis: ANNUAL_PNS,
      message: { id: 'Belum 1 tahun bekerja secara terus-menerus; berhak mulai 2026-03-01.', en: 'Not yet 1 year(s) of continuous service; eligible from 2026-03-01.' },
      data: { requiredYears: 1, eligibleFrom: '2026-03-01', start: '2026-02-10' },
    }]);
    expect(violations(pns({ tmtCpns: '2020-06-01' }), { kind: 'major', start: '2025-05-30', end: '2025-06-30' })[0]?.message.en)
      .toBe('Not yet 5 year(s) of continuous service; eligible from 2025-06-01.');
    expect(ok(pns({ tmtCpns: '2020-06-01' }), { kind: 'major', start: '2025-06-01', end: '2025-06-30' }).duration.days).toBe(30);
    expect(ok(pnsInput({ kind: 'CPNS', tmtCpns: '2025-03-01' }), { kind: 'annual', start: '2026-03-02', end: '2026-03-02' }, [grant(2026)]).duration.days).toBe(1);
  });

  it('a kind the employee\'s row withholds, and a kind or ground with no row', () => {
    expect(violations(pppkInput({ start: '2020-01-01', position: { type: 'guru' } }), { kind: 'annual', start: '2025-06-02', end: '2025-06-03' }, [grant(2025)])).toEqual([{
      code: 'leave/kind-not-available', severity: 'error', basis: { instrument: 'PP 49/2018', article: 'Pasal 81', note: 'PP 17/2020 did not amend this article for PPPK' },
      message: { id: 'Cuti Tahunan (guru/dosen: libur sekolah) tidak tersedia bagi pegawai ini (PPPK).', en: 'Annual leave (teachers: school holidays) is not available to this employee (PPPK).' },
      data: { kind: 'annual', employeeKind: 'PPPK', position: 'guru' },
    }]);
    expect(violations(pns(), { kind: 'collective', start: '2025-12-26', end: '2025-12-26' })).toEqual([{
      code: 'leave/not-requestable', severity: 'error', basis: { instrument: 'PP 11/2017', article: 'Pasal 333 ayat (1)', interpretation: 'collective-leave' },
      message: { id: 'Cuti bersama ditetapkan dengan Keputusan Presiden dan tidak diajukan.', en: 'Cuti bersama is set by presidential decree; it is not requested.' },
      data: { kind: 'collective' },
    }]);
  });

  it('a CLTN extension with no CLTN to extend', () => {
    expect(violations(pns(), { kind: 'unpaid', ground: 'extension', start: '2021-01-01', end: '2021-12-31', documents: ['supporting-evidence'] })).toEqual([{
      code: 'leave/ground-not-available', severity: 'error', basis: { instrument: 'PP 11/2017', article: 'Pasal 334 ayat (3)', note: 'at most 3 + 1 years in all' },
      message: { id: 'Tidak ada CLTN yang dapat diperpanjang.', en: 'There is no CLTN to extend.' }, data: { ground: 'extension' },
    }]);
  });

  it('a missing document, and the document tiers: above 14 days a government doctor (before PP 17/2020, and PPPK)', () => {
    expect(violations(pns({ tmtCpns: '2022-01-01' }), { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-07-31' })).toEqual([{
      code: 'leave/missing-document', severity: 'error',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (2)–(3), 317 ayat (2)', interpretation: 'annual-deferral' },
      message: { id: 'Lampiran wajib tidak ada: hajj-schedule.', en: 'A required document is missing: hajj-schedule.' }, data: { document: 'hajj-schedule' },
    }]);
    const sick = (employee: unknown, start: string, end: string, documents: readonly string[]) =>
      run(employee, { kind: 'sick', start, end, documents }).match(() => [], (refusal) => refusal.violations.map((v) => dataOf(v, 'leave/missing-document').document));
    expect(sick(pns(), '2019-02-04', '2019-02-17', ['doctor-certificate'])).toEqual([]);
    expect(sick(pns(), '2019-02-04', '2019-02-18', ['doctor-certificate'])).toEqual(['government-doctor-certificate']);
    expect(sick(pns(), '2019-02-04', '2019-02-18', [])).toEqual(['doctor-certificate', 'government-doctor-certificate']);
    expect(sick(pppk(), '2025-02-03', '2025-02-16', ['doctor-certificate'])).toEqual([]);
    expect(sick(pppk(), '2025-02-03', '2025-02-17', ['government-doctor-certificate'])).toEqual(['doctor-certificate']);
  });

  it('PPPK before the first year: at most 6 working days in all, on the four grounds of Pasal 80', () => {
    const employee = pppk({ start: '2025-06-01' });
    expect(violations(employee, { kind: 'annual', ground: 'family-death', start: '2026-02-02', end: '2026-02-10' })).toEqual([{
      code: 'leave/pre-anniversary-limit', severity: 'error', basis: { instrument: 'PP 49/2018', article: 'Pasal 80 ayat (1)–(3)', interpretation: 'pppk-leave' },
      message: { id: 'Sebelum genap 1 tahun paling banyak 6 hari kerja (sudah 0).', en: 'Before the first year at most 6 working days (already 0).' },
      data: { used: 0, requested: 7, limit: 6 },
    }]);
    for (const ground of ['family-illness', 'family-rights', 'first-marriage']) {
      const decision = ok(employee, { kind: 'annual', ground, start: '2026-02-02', end: '2026-02-09' });
      expect([decision.ground, decision.duration.days, decision.postings[0]?.year, decision.balance]).toEqual([ground, 6, 2026, { before: 0, after: -6 }]);
      expect(decision.reasons.at(-1)).toEqual({
        code: 'leave/pre-anniversary', severity: 'info', basis: { instrument: 'PP 49/2018', article: 'Pasal 80 ayat (1)–(3)', interpretation: 'pppk-leave' },
        message: {
          id: 'Cuti tahunan sebelum 1 tahun: mengurangi hak cuti tahunan 2026 setelah genap 1 tahun (2026-06-01).',
          en: 'Annual leave before the first year: it reduces the 2026 entitlement once the first year is reached (2026-06-01).',
        },
        data: { anniversary: '2026-06-01' },
      });
    }
    const before = [taken(2026, 2, '2026-01-12'), taken(2026, 1, '2026-06-01'), entry('returned', 2026, 1, '2026-01-13'), entry('taken', 2026, 3, '2026-01-05', 'sick')];
    expect(violations(employee, { kind: 'annual', ground: 'family-illness', start: '2026-02-02', end: '2026-02-06' }, before).map((v) => v.data)).toEqual([{ used: 2, requested: 5, limit: 6 }]);
    expect(ok(employee, { kind: 'annual', ground: 'family-illness', start: '2026-02-02', end: '2026-02-05' }, before).duration.days).toBe(4);
    expect(codes(refused(pppk({ start: '2025-06-01' }), { kind: 'annual', ground: 'marriage', start: '2026-02-02', end: '2026-02-03' }))).toEqual(['leave/ground-not-available']);
    expect(codes(refused(pns({ tmtCpns: '2025-06-01' }), { kind: 'annual', ground: 'family-death', start: '2026-02-02', end: '2026-02-03' }))).toEqual(['leave/ground-not-available']);
  });

  it('PPPK on the first anniversary (a holiday, 2026-06-01): the Pasal 80 ground is ordinary annual leave', () => {
    const decision = ok(pppk({ start: '2025-06-01' }), { kind: 'annual', ground: 'family-illness', start: '2026-06-01', end: '2026-06-02' }, [grant(2026, 12, '2026-06-01')]);
    expect([decision.ground, decision.rule.serviceYears, decision.duration.days, decision.balance]).toEqual(['regular', 1, 1, { before: 12, after: 11 }]);
  });
});

describe('evaluateLeaveRequest — each reason of a decision as written', () => {
  it('a retroactive annual request in a unit whose week differs from the calendar, with carried days', () => {
    const decision = ok(pnsInput({ workWeek: 6 }), { kind: 'annual', start: '2025-04-07', end: '2025-04-08' }, [grant(2025), entry('carry-over', 2025, 3)], { asOf: '2025-05-01' });
    expect(decision.reasons).toEqual([
      { code: 'leave/retroactive', severity: 'warning', basis: { instrument: 'PP 11/2017', article: 'Pasal 311 ayat (3)' },
        message: { id: 'Permintaan untuk cuti yang mulai sebelum tanggal evaluasi (2025-05-01).', en: 'The request is for leave that starts before the evaluation date (2025-05-01).' },
        data: { start: '2025-04-07', asOf: '2025-05-01' } },
      { code: 'leave/working-days-counted', severity: 'info', basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3', interpretation: 'working-week' },
        message: {
          id: '1 hari kerja dihitung dari 2 hari kalender; 1 hari tidak dihitung (akhir pekan, hari libur, cuti bersama).',
          en: '1 working days counted out of 2 calendar days; 1 days left out (weekends, holidays, cuti bersama).',
        },
        data: { days: 1, calendarDays: 2, excluded: ['2025-04-07'] } },
      { code: 'leave/calendar-week-mismatch', severity: 'warning', basis: { instrument: 'Perpres 21/2023', article: 'Pasal 3, 7', interpretation: 'working-week' },
        message: { id: 'Kalender 5 hari kerja, sedangkan unit pegawai 6 hari kerja.', en: 'The calendar has a 5-day week but the employee\'s unit works 6 days.' },
        data: { calendarWeek: 5, employeeWeek: 6 } },
      { code: 'leave/carried-days-first', severity: 'info', basis: { instrument: 'Perban BKN 24/2017', article: 'Lampiran III.A.9', interpretation: 'annual-carry-over' },
        message: { id: 'Sisa cuti tahun lalu (3 hari) dipakai lebih dahulu; hangus pada 2025-12-31.', en: 'Carried days (3) are used first; they lapse on 2025-12-31.' },
        data: { carried: 3 } },
    ]);
    expect(decision.duration).toEqual({ unit: 'working-days', days: 1, calendarDays: 2, excluded: decision.duration.excluded, maximum: { amount: 12, unit: 'working-days' },
      latestEnd: null, remotePlaceDays: 0, returnsAfter: '2025-04-09' });
    expect(ok(pns(), { kind: 'annual', start: '2025-05-01', end: '2025-05-02' }, [grant(2025)], { asOf: '2025-05-01' }).reasons.map((r) => r.code)).toEqual(['leave/working-days-counted']);
  });

  it('the texts of long requests and of many carried days are written the same way', () => {
    const long = ok(pns(), { kind: 'annual', start: '2025-01-02', end: '2025-03-27' }, [grant(2025, 70)]);
    expect(long.reasons[0]?.message).toEqual({
      id: '58 hari kerja dihitung dari 85 hari kalender; 27 hari tidak dihitung (akhir pekan, hari libur, cuti bersama).',
      en: '58 working days counted out of 85 calendar days; 27 days left out (weekends, holidays, cuti bersama).',
    });
    const carried = ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-02' }, [grant(2025), entry('carry-over', 2025, 70)]);
    expect(carried.reasons.at(-1)?.message).toEqual({ id: 'Sisa cuti tahun lalu (70 hari) dipakai lebih dahulu; hangus pada 2025-12-31.', en: 'Carried days (70) are used first; they lapse on 2025-12-31.' });
    const half = ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-02' }, [grant(2025), entry('carry-over', 2025, 1.5)]);
    expect(half.reasons.at(-1)?.message.en).toBe('Carried days (1.5) are used first; they lapse on 2025-12-31.');
  });

  it('a 1-day sick notice abroad: the notice and the abroad reasons; the direct superior decides', () => {
    const decision = ok(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-03', documents: ['doctor-certificate'], abroad: true });
    expect(decision.reasons).toEqual([
      { code: 'leave/notice-to-superior', severity: 'info', basis: { instrument: 'Perban BKN 7/2021', article: 'Lampiran III.C.2', interpretation: 'sick-leave' },
        message: {
          id: 'Sakit 1 hari: cukup pemberitahuan tertulis kepada atasan langsung dengan surat keterangan dokter; tanpa keputusan PYBMC.',
          en: 'Sick for 1 day: a written notice to the direct superior with a doctor\'s certificate; no PYBMC decision.',
        } },
      { code: 'leave/abroad', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 339; Perban BKN 7/2021 Lampiran IV.3–6' },
        message: {
          id: 'Cuti di luar negeri hanya diberikan oleh PPK atau pejabat yang diberi kuasa; bila mendesak, izin sementara dari pejabat tertinggi di tempat bekerja.',
          en: 'Leave abroad is granted only by the PPK or an official with its kuasa; when urgent, the highest official at the workplace gives a temporary permit.',
        } },
    ]);
    expect(decision.route).toEqual({ decidedBy: 'direct-superior', notice: true, abroad: true, ppkOnly: false });
    expect(decision.duration).toEqual({ unit: 'calendar-days', days: 1, calendarDays: 1, excluded: [], maximum: { amount: 1, unit: 'years' },
      latestEnd: '2026-02-02', remotePlaceDays: 0, returnsAfter: '2025-02-04' });
    expect(ok(pns(), { kind: 'sick', start: '2025-02-03', end: '2025-02-04', documents: ['doctor-certificate'] }).route)
      .toEqual({ decidedBy: 'pybmc', notice: false, abroad: false, ppkOnly: false });
    expect(ok(pns(), { kind: 'maternity', start: '2025-03-01', end: '2025-03-01', abroad: true }).route)
      .toEqual({ decidedBy: 'ppk', notice: false, abroad: true, ppkOnly: false });
  });

  it('a first-hajj cuti besar: the forfeited rest, the annual leave removed, not deferrable', () => {
    const decision = ok(pns({ tmtCpns: '2022-01-01' }), { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-07-31', documents: ['hajj-schedule'] }, [grant(2025)]);
    const basis = { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (2)–(3), 317 ayat (2)', interpretation: 'annual-deferral' };
    const removal = { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3)', interpretation: 'major-leave-and-annual-leave' };
    expect(decision.reasons).toEqual([
      { code: 'leave/major-leave-rest-forfeited', severity: 'info', basis: { instrument: 'Perban BKN 24/2017', article: 'Lampiran III.B', interpretation: 'major-leave-and-annual-leave' },
        message: { id: 'Cuti besar diambil kurang dari haknya: sisanya (4 hari) hapus.', en: 'Cuti besar shorter than the entitlement: the rest (4 days) is forfeited.' },
        data: { forfeitedFrom: '2025-08-01', forfeitedTo: '2025-08-04' } },
      { code: 'leave/annual-leave-removed', severity: 'info', basis: removal,
        message: {
          id: 'Tidak ada cuti tahunan 2025 (sisa hak tahun berjalan 12 hari hapus); sisa cuti tahun sebelumnya tetap dapat digunakan.',
          en: 'No annual leave in 2025 (12 own days removed); days carried from earlier years stay usable.',
        },
        data: { removed: 12 } },
      { code: 'leave/not-deferrable', severity: 'info', basis, message: { id: 'Cuti ini tidak dapat ditangguhkan.', en: 'This leave cannot be deferred.' } },
    ]);
    expect(decision.postings).toEqual([
      { type: 'taken', kind: 'major', year: 2025, date: '2025-05-05', days: 88, requestId: 'R-1', ground: 'first-hajj', basis },
      { type: 'lapse', kind: 'annual', year: 2025, date: '2025-05-05', days: 12, requestId: 'R-1', basis: removal },
    ]);
    expect(decision.duration).toEqual({ unit: 'calendar-days', days: 88, calendarDays: 88, excluded: [], maximum: { amount: 3, unit: 'months' },
      latestEnd: '2025-08-04', remotePlaceDays: 0, returnsAfter: '2025-08-01' });
    const full = ok(pns({ tmtCpns: '2022-01-01' }), { kind: 'major', ground: 'first-hajj', start: '2025-05-05', end: '2025-08-04', documents: ['hajj-schedule'] });
    expect(full.reasons.map((r) => [r.code, r.data])).toEqual([['leave/annual-leave-removed', { removed: 0 }], ['leave/not-deferrable', undefined]]);
    expect(full.postings.map((posting) => posting.type)).toEqual(['taken']);
  });

  it('a cuti besar after annual leave: shortened by the working days taken (net of days returned), not before the start', () => {
    const ledger = [grant(2025), taken(2025, 5, '2025-02-10'), entry('returned', 2025, 2, '2025-02-12')];
    const decision = ok(pns(), { kind: 'major', start: '2025-06-02', end: '2025-08-27' }, ledger);
    expect(decision.reasons[0]).toEqual({
      code: 'leave/major-leave-shortened', severity: 'info',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3); Perban BKN 24/2017 Lampiran III.B', interpretation: 'major-leave-and-annual-leave' },
      message: {
        id: 'Cuti tahunan 3 hari kerja yang sudah diambil tahun ini mengurangi cuti besar: paling lambat 2025-08-27.',
        en: 'The 3 working days of annual leave already taken this year shorten the cuti besar: it ends by 2025-08-27 at the latest.',
      },
      data: { annualTaken: 3, latestEnd: '2025-08-27' },
    });
    expect(decision.postings.map((posting) => [posting.type, posting.days])).toEqual([['taken', 87], ['lapse', 9]]);
    expect(refused(pns(), { kind: 'major', start: '2025-06-02', end: '2025-08-28' }, ledger).violations.map((v) => dataOf(v, 'leave/maximum-exceeded').latestEnd)).toEqual(['2025-08-27']);
    const overReturned = [grant(2025), taken(2025, 1, '2025-02-10'), entry('returned', 2025, 3, '2025-02-12')];
    expect(ok(pns(), { kind: 'major', start: '2025-06-02', end: '2025-09-01' }, overReturned).reasons.map((r) => r.code)).toEqual(['leave/annual-leave-removed']);
    const wholeYear = refused(pns(), { kind: 'major', start: '2025-06-02', end: '2025-06-02' }, [grant(2025, 100), taken(2025, 99, '2025-01-02')]);
    expect(wholeYear.violations.map((v) => v.data)).toEqual([{ maximum: 3, unit: 'months', latestEnd: '2025-06-01', requestedEnd: '2025-06-02', annualLeaveTaken: 99 }]);
  });

  it('a CLTN: the PPK decides, the effects are a warning', () => {
    const decision = ok(pns(), { kind: 'unpaid', start: '2024-01-01', end: '2024-06-30', documents: ['supporting-evidence'] });
    expect(decision.reasons).toEqual([{
      code: 'leave/unpaid-effects', severity: 'warning', basis: { instrument: 'PP 11/2017', article: 'Pasal 335–337' },
      message: {
        id: 'CLTN: diberikan oleh PPK setelah persetujuan Kepala BKN; diberhentikan dari jabatan, tanpa penghasilan, tidak dihitung masa kerja; lapor diri paling lambat 1 bulan setelah berakhir.',
        en: 'CLTN: granted by the PPK after BKN approval; removed from the post, no income, not counted as service; report back within 1 month after it ends.',
      },
    }]);
    expect(decision.route).toEqual({ decidedBy: 'ppk', notice: false, abroad: false, ppkOnly: true });
    expect(decision.postings).toEqual([{ type: 'taken', kind: 'unpaid', year: 2024, date: '2024-01-01', days: 182, requestId: 'R-1', ground: 'regular',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 334, 335, 336, 337; Perban BKN 24/2017 Lampiran III.G' } }]);
  });

  it('the day back at work: the day after the end and the travel days, across a month end', () => {
    const back = (start: string, end: string, remotePlaceDays: number) =>
      ok(pns(), { kind: 'annual', start, end, remotePlaceDays }, [grant(2025)]).duration.returnsAfter;
    expect([back('2025-01-20', '2025-01-23', 4), back('2025-01-20', '2025-01-24', 4), back('2025-01-20', '2025-01-27', 0), back('2025-01-30', '2025-01-31', 0),
      back('2025-01-30', '2025-01-30', 3), back('2025-02-24', '2025-02-27', 1), back('2025-02-24', '2025-02-28', 0)])
      .toEqual(['2025-01-28', '2025-01-29', '2025-01-28', '2025-02-01', '2025-02-03', '2025-03-01', '2025-03-01']);
    expect(ok(pns(), { kind: 'annual', start: '2025-06-02', end: '2025-06-06', remotePlaceDays: 12 }, [grant(2025)]).duration.returnsAfter).toBe('2025-06-19');
  });
});

describe('evaluateLeaveRequest — provisional calendar years', () => {
  it('a request ending in 2027 carries the 2027 provisional-year warning; one within 2026 carries none', () => {
    const across = ok(pns(), { kind: 'sick', start: '2026-12-28', end: '2027-01-05', documents: ['doctor-certificate'] }, [], { asOf: '2026-12-01' });
    expect(across.reasons.map((r) => [r.code, r.severity, r.data])).toEqual([['calendar/provisional-year', 'warning', { year: 2027 }]]);
    expect(ok(pns(), { kind: 'sick', start: '2026-12-21', end: '2026-12-31', documents: ['doctor-certificate'] }, [], { asOf: '2026-12-01' }).reasons).toEqual([]);
  });
});

describe('evaluateLeaveRequest — the year charged, deferrability, the parts of the call', () => {
  it('PPPK leave before the first year in December is charged to the year of the anniversary', () => {
    const decision = ok(pppk({ start: '2025-06-01' }), { kind: 'annual', ground: 'family-death', start: '2025-12-01', end: '2025-12-02' });
    expect([decision.postings[0]?.year, decision.reasons.at(-1)?.message.en]).toEqual([2026,
      'Annual leave before the first year: it reduces the 2026 entitlement once the first year is reached (2026-06-01).']);
  });

  it('not deferrable is said of a first-hajj or fourth-birth cuti besar, not of a PPPK first hajj taken from annual leave', () => {
    const fourth = ok(pnsInput({ tmtCpns: '2022-01-01', births: ['2022-06-01', '2023-07-01', '2024-08-01'] }),
      { kind: 'major', ground: 'fourth-birth', start: '2025-09-01', end: '2025-11-30', birthDate: '2025-09-15' });
    expect(fourth.reasons.map((r) => r.code)).toEqual(['leave/annual-leave-removed', 'leave/not-deferrable']);
    const hajj = ok(pppk({ start: '2020-01-01' }), { kind: 'annual', ground: 'first-hajj', start: '2025-05-05', end: '2025-05-16' }, [grant(2025)]);
    expect(hajj.reasons.map((r) => r.code)).toEqual(['leave/working-days-counted']);
  });

  it('raw input with no ledger and no other requests is evaluated on empty ones', () => {
    const decision = evaluateLeaveRequest(unchecked({ employee: pnsInput(), request: { id: 'R', kind: 'sick', start: '2025-02-03', end: '2025-02-04', documents: ['doctor-certificate'] },
      calendar: CALENDAR, asOf: '2025-02-01' }));
    expect(decision.map((decided) => decided.postings.map((posting) => posting.days))._unsafeUnwrap()).toEqual([2]);
  });

  it('parsed records with raw other requests: the requests are checked, under their path', () => {
    const request = parseLeaveRequest({ id: 'R', kind: 'annual', start: '2025-06-02', end: '2025-06-03' })._unsafeUnwrap();
    const params = { employee: pns(), request, ledger: parseLedger([grant(2025)])._unsafeUnwrap(), calendar: CALENDAR, asOf: '2025-05-01' };
    const error = evaluateLeaveRequest(unchecked({ ...params, existing: [{ id: 'X' }] }))._unsafeUnwrapErr();
    expect([error.code, (dataOf(error, 'leave/invalid-input').issues ?? []).map((issue) => issue.path.split('.')[0])]).toEqual(['leave/invalid-input', ['existing', 'existing', 'existing', 'existing']]);
    const other = parseExistingLeaves([{ id: 'X', kind: 'sick', start: '2025-06-03', end: '2025-06-03', status: 'approved' }])._unsafeUnwrap();
    expect(codes(evaluateLeaveRequest({ ...params, existing: other })._unsafeUnwrapErr())).toEqual(['leave/overlap']);
    expect(evaluateLeaveRequest({ ...params, existing: other.map((leave) => ({ ...leave })) })._unsafeUnwrapErr().violations.map((v) => v.code)).toEqual(['leave/overlap']);
  });
});

describe('evaluateLeaveRequest — one failing part of a raw call is refused under its path', () => {
  const raw = { employee: pnsInput(), request: { id: 'R', kind: 'annual', start: '2025-06-02', end: '2025-06-03' }, ledger: [grant(2025)], existing: [], calendar: CALENDAR, asOf: '2025-05-01' };
  const paths = (params: Record<string, unknown>) => {
    const error = evaluateLeaveRequest(unchecked(params))._unsafeUnwrapErr();
    return [error.code, [...new Set((dataOf(error, 'leave/invalid-input').issues ?? []).map((issue) => issue.path.split('.')[0]))]];
  };

  it('the raw call itself is granted', () => {
    expect(evaluateLeaveRequest(unchecked(raw)).isOk()).toBe(true);
  });

  it('each part alone', () => {
    expect(paths({ ...raw, employee: { ...pnsInput(), nip: 'x' } })).toEqual(['leave/invalid-input', ['employee']]);
    expect(paths({ ...raw, request: { ...raw.request, kind: 'x' } })).toEqual(['leave/invalid-input', ['request']]);
    expect(paths({ ...raw, ledger: [{ type: 'x' }] })).toEqual(['leave/invalid-input', ['ledger']]);
    expect(paths({ ...raw, existing: [{ id: 'X' }] })).toEqual(['leave/invalid-input', ['existing']]);
    expect(paths({ ...raw, asOf: '2025-13-01' })).toEqual(['leave/invalid-input', ['asOf']]);
    expect(paths({ ...raw, extra: true })).toEqual(['leave/invalid-input', ['']]);
  });
});

describe('evaluateLeaveRequest — the Pasal 80 grounds belong to PPPK annual leave only', () => {
  it('a PNS after the first year, or PPPK sick leave, on such a ground is refused', () => {
    expect(codes(refused(pns(), { kind: 'annual', ground: 'family-death', start: '2025-06-02', end: '2025-06-03' }, [grant(2025)]))).toEqual(['leave/ground-not-available']);
    expect(codes(refused(pppk({ start: '2020-01-01' }), { kind: 'sick', ground: 'family-illness', start: '2025-06-02', end: '2025-06-03', documents: ['doctor-certificate'] })))
      .toEqual(['leave/ground-not-available']);
  });
});
