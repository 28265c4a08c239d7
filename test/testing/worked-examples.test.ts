import { describe, expect, it } from 'vitest';
import { countWorkingDays, createCalendar, workingSpanEnd } from '../../src/calendar';
import { absenceSanction } from '../../src/discipline';
import { parseNip, retirementDate } from '../../src/employee';
import { annualLeaveEntitlement } from '../../src/leave';
import {
  ABSENCE_SANCTION_EXAMPLES, ANNUAL_ENTITLEMENT_EXAMPLES, fixtureEmployee, NIP_EXAMPLES, RETIREMENT_EXAMPLES, WORKING_DAY_EXAMPLES,
} from '../../src/testing';

const calendar = createCalendar()._unsafeUnwrap();

describe('the worked examples asn-kit/testing exports agree with the library', () => {
  it.each(NIP_EXAMPLES)('NIP: $name', ({ input, expected }) => {
    const parsed = parseNip(input);
    if (expected.valid) {
      const nip = parsed._unsafeUnwrap();
      expect({ valid: true, layout: nip.layout, birthDate: nip.birthDate, gender: nip.gender, sequence: nip.sequence }).toEqual(expected);
    } else {
      expect(parsed._unsafeUnwrapErr().code).toBe(expected.code);
    }
  });

  it.each(WORKING_DAY_EXAMPLES)('working days: $name', ({ input, expected }) => {
    const result = 'to' in input ? countWorkingDays(calendar, input.from, input.to) : workingSpanEnd(calendar, input.from, input.days);
    expect(result._unsafeUnwrap()).toBe(expected);
  });

  it.each(RETIREMENT_EXAMPLES)('retirement: $name', ({ input, expected, basis }) => {
    const retirement = retirementDate(input)._unsafeUnwrap();
    expect(retirement.date).toBe(expected);
    expect(retirement.reasons.map((reason) => ({ instrument: reason.basis.instrument, article: reason.basis.article }))).toContainEqual(basis);
  });

  it.each(ABSENCE_SANCTION_EXAMPLES)('absence: $name', ({ input, expected }) => {
    expect(absenceSanction(input)._unsafeUnwrap().sanction?.code ?? null).toBe(expected);
  });

  it.each(ANNUAL_ENTITLEMENT_EXAMPLES)('annual leave: $name', ({ input, expected }) => {
    const employee = fixtureEmployee({ nip: '197001012000011001' })._unsafeUnwrap();
    const basis = { instrument: 'PP 11/2017', article: 'Pasal 311' };
    const year = (offset: number, used: number) => [
      { type: 'grant', kind: 'annual', year: input.year - offset, date: `${String(input.year - offset)}-01-01`, days: 12, basis },
      ...(used > 0 ? [{ type: 'taken', kind: 'annual', year: input.year - offset, date: `${String(input.year - offset)}-06-02`, days: used, basis }] : []),
    ];
    const ledger = [...year(2, input.usedTwoYearsBefore), ...year(1, input.usedLastYear)];
    expect(annualLeaveEntitlement(employee, input.year, { ledger } as never)._unsafeUnwrap().total).toBe(expected);
  });
});
