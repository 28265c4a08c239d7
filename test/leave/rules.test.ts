import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleInForce, type IsoDate } from '../../src/core';
import {
  ANNUAL_ENTITLEMENT_RULES, ANNUAL_LEAVE_RULES, COLLECTIVE_LEAVE_RULES, IMPORTANT_REASON_LEAVE_RULES, LEAVE_RULE_TABLES,
  MAJOR_LEAVE_RULES, MATERNITY_LEAVE_RULES, SICK_LEAVE_RULES, UNPAID_LEAVE_RULES,
} from '../../src/leave';

describe('leave rule tables', () => {
  it('every row carries a basis and an effective date', () => {
    for (const table of Object.values(LEAVE_RULE_TABLES)) {
      for (const row of table.rows) {
        expect(row.basis.instrument.length).toBeGreaterThan(0);
        expect(row.effective.from >= '2017-04-07').toBe(true);
      }
    }
  });

  it('the pre-2020 sick-leave tiers stay as a superseded row', () => {
    const pns = (row: { employeeKinds: readonly string[] }) => row.employeeKinds.includes('PNS');
    expect(ruleInForce(SICK_LEAVE_RULES, '2019-06-01' as IsoDate, pns)._unsafeUnwrap().documentTiers).toEqual([{ aboveDays: 14, documents: ['government-doctor-certificate'] }]);
    expect(ruleInForce(SICK_LEAVE_RULES, '2026-06-01' as IsoDate, pns)._unsafeUnwrap().basis.instrument).toBe('PP 17/2020');
  });

  it('PPPK carry-over rules since Perban BKN 7/2022', () => {
    const row = ruleInForce(ANNUAL_ENTITLEMENT_RULES, '2026-01-01' as IsoDate, (r) => r.employeeKinds.includes('PPPK'))._unsafeUnwrap();
    expect([row.contractYearsAboveFor18, row.contractYearsAboveFor24, row.beforeFirstYearDays]).toEqual([2, 3, 6]);
  });

  it('a document tier adds only documents its row does not list, each once (the evaluation adds them as they are)', () => {
    for (const table of Object.values(LEAVE_RULE_TABLES)) {
      for (const row of table.rows) {
        const added = (row.documentTiers ?? []).flatMap((tier) => tier.documents);
        expect(new Set([...row.documents, ...added]).size).toBe(row.documents.length + added.length);
      }
    }
  });

  it('remote places: PNS 12 calendar days, PPPK 6', () => {
    expect(LEAVE_RULE_TABLES.annual.rows.map((row) => row.remotePlaceDays)).toEqual([12, undefined, 6, undefined, undefined]);
  });
});

describe('TSDoc examples', () => {
  it('match the tables', () => {
    expect(ANNUAL_LEAVE_RULES.rows[0]?.maximum).toEqual({ amount: 12, unit: 'working-days' });
    expect(ANNUAL_LEAVE_RULES.rows.filter((row) => row.employeeKinds.includes('PPPK')).map((row) => row.remotePlaceDays)).toEqual([6, undefined, undefined]);
    expect([ANNUAL_ENTITLEMENT_RULES.rows[0]?.carryCap, ANNUAL_ENTITLEMENT_RULES.rows[1]?.contractYearsAboveFor24]).toEqual([6, 3]);
    expect(MAJOR_LEAVE_RULES.rows.map((row) => row.serviceYears)).toEqual([5, 0, 0, 0]);
    expect(SICK_LEAVE_RULES.rows[1]?.extension).toEqual({ amount: 6, unit: 'months' });
    expect(MATERNITY_LEAVE_RULES.rows[0]?.maximum).toEqual({ amount: 3, unit: 'months' });
    expect(IMPORTANT_REASON_LEAVE_RULES.rows[0]?.documents).toEqual(['inpatient-certificate']);
    expect(COLLECTIVE_LEAVE_RULES.rows[0]?.annualLeave).toBe('none');
    expect(UNPAID_LEAVE_RULES.rows[0]?.extension).toEqual({ amount: 1, unit: 'years' });
    expect(LEAVE_RULE_TABLES.unpaid.name).toBe('leave/unpaid');
  });
});

describe('properties', () => {
  it('for every date since 2017-04-07 each table has a row for PNS', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3500 }), (offset) => {
      const date = new Date(Date.UTC(2017, 3, 7 + offset)).toISOString().slice(0, 10) as IsoDate;
      return Object.values(LEAVE_RULE_TABLES).every((table) => ruleInForce(table, date, (row) => row.employeeKinds.includes('PNS')).isOk());
    }));
  });
});
