import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index';
import { tallyAbsence, type AbsenceRecord } from '../../src/discipline';
import { evaluateLeaveRequest } from '../../src/leave';
import { complaintDueDate } from '../../src/service-quality';
import { grant, pnsInput, unchecked } from '../leave/fixtures';

const CALENDAR = createCalendar()._unsafeUnwrap();
const leave = (start: string, end: string, year: number) =>
  evaluateLeaveRequest(unchecked({ employee: pnsInput(), request: { id: 'R-1', kind: 'annual', start, end }, ledger: [grant(year)], calendar: CALENDAR, asOf: '2026-12-01' }));

describe('the new years across modules', () => {
  it('annual leave of 4–8 January 2027 is granted, 4 working days (5 January is Isra Mikraj), with the provisional warning', () => {
    const decision = leave('2027-01-04', '2027-01-08', 2027)._unsafeUnwrap();
    expect(decision.duration.days).toBe(4);
    expect(decision.reasons.filter((item) => item.code === 'calendar/provisional-year').map((item) => [item.severity, item.basis.instrument])).toEqual([
      ['warning', 'SKB 1205/2026, 3/2026, 2/2026'],
    ]);
  });

  it('a request across 31 December is still refused for crossing the year, never for missing data', () => {
    expect(leave('2026-12-28', '2027-01-08', 2026)._unsafeUnwrapErr().violations.map((item) => item.code)).toEqual(['leave/crosses-year']);
    expect(leave('2027-12-27', '2028-01-07', 2027)._unsafeUnwrapErr().violations.map((item) => item.code)).toEqual(['leave/crosses-year']);
  });

  it('a request in 2028 gets the data-gap error, not a refusal', () => {
    const error = leave('2028-01-03', '2028-01-07', 2028)._unsafeUnwrapErr();
    expect([error.code, error.violations]).toEqual(['calendar/year-not-covered', []]);
  });

  it('a complaint received on 2026-12-20 with a 10-working-day deadline is due 2027-01-07 (24, 25 Dec, 1 and 5 Jan off), with the provisional warning', () => {
    const due = complaintDueDate({ received: '2026-12-20', rule: { days: 10, count: 'working' }, calendar: CALENDAR })._unsafeUnwrap();
    expect(due.due).toBe('2027-01-07');
    expect(due.reasons.map((item) => item.code)).toContain('calendar/provisional-year');
  });

  it('a complaint whose deadline runs into 2028 gets the data-gap error', () => {
    expect(complaintDueDate({ received: '2027-12-20', rule: { days: 10, count: 'working' }, calendar: CALENDAR })._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });

  it('PP 94/2021 Pasal 8 huruf c: 10 consecutive unexcused working days in October 2022 end in dismissal', () => {
    const records: AbsenceRecord[] = [unchecked({ type: 'absent', from: '2022-10-03', to: '2022-10-14' })];
    const result = tallyAbsence(records, CALENDAR, 2022)._unsafeUnwrap();
    expect([result.absentDays, result.longestConsecutive, result.sanction?.code]).toEqual([10, 10, 'dismissal']);
  });

  it('a tally of 2028 gets the data-gap error', () => {
    expect(tallyAbsence([], CALENDAR, 2028)._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });
});
