import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmployee, serviceStart, type Employee } from '../../src/employee/index';
import { ROSTER } from '../../examples/workplan/roster';
import { untyped } from './arbitraries';

const employees: Employee[] = ROSTER.map((input) => parseEmployee(input)._unsafeUnwrap());

describe('serviceStart', () => {
  it('docs/interpretations.md#eligibility-service: a PNS counts from TMT CPNS', () => {
    expect(serviceStart(employees[0]!)._unsafeUnwrap()).toBe('1998-03-01');
  });

  it('docs/interpretations.md#eligibility-service: a CPNS counts from TMT CPNS', () => {
    expect(serviceStart(employees[8]!)._unsafeUnwrap()).toBe('2026-03-01');
  });

  it("docs/interpretations.md#eligibility-service: a PPPK counts from the first contract's start, not the current one", () => {
    expect(serviceStart(employees[4]!)._unsafeUnwrap()).toBe('2022-03-01');
    expect(serviceStart(employees[9]!)._unsafeUnwrap()).toBe('2024-03-01');
  });

  it('checks a value that did not come from parseEmployee (a JavaScript caller)', () => {
    expect(serviceStart(untyped(ROSTER[0]))._unsafeUnwrap()).toBe('1998-03-01');
    expect(serviceStart(untyped({ kind: 'PNS' }))._unsafeUnwrapErr().code).toBe('employee/invalid-input');
  });
});

describe('properties', () => {
  it('every roster employee has a start of service after birth', () => {
    fc.assert(
      fc.property(fc.constantFrom(...employees), (employee) => {
        expect(serviceStart(employee)._unsafeUnwrap() > employee.birthDate).toBe(true);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = serviceStart(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
