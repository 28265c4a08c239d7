import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNipAgainstEmployee, parseEmployee, type NipRecord } from '../../src/employee/index';
import { untyped } from './arbitraries';
import { ROSTER } from '../../examples/workplan/roster';

const codes = (nip: string, employee: NipRecord): string[] =>
  checkNipAgainstEmployee(nip, employee)._unsafeUnwrap().reasons.map((found) => found.code);

describe('checkNipAgainstEmployee', () => {
  it('§4.4 example 2: Sdr. Amir (born 1 Aug 1966, CPNS 1 Mar 1988, male) agrees with 19660801.198803.1.001', () => {
    const check = checkNipAgainstEmployee('19660801.198803.1.001', {
      kind: 'PNS',
      birthDate: '1966-08-01',
      gender: 'male',
      tmtCpns: '1988-03-01',
    })._unsafeUnwrap();
    expect(check.consistent).toBe(true);
    expect(check.reasons).toEqual([
      {
        code: 'employee/nip-matches-record',
        severity: 'info',
        basis: { instrument: 'Perka BKN 22/2007', interpretation: 'nip-layout' },
        message: { id: 'NIP sesuai dengan data pegawai.', en: 'The NIP matches the record.' },
      },
    ]);
  });

  it('reports every mismatch of a PNS record', () => {
    expect(
      codes('196608011988031001', { kind: 'PNS', birthDate: '1966-08-02', gender: 'female', tmtCpns: '1988-04-01' }),
    ).toEqual(['employee/nip-birth-date-mismatch', 'employee/nip-gender-mismatch', 'employee/nip-tmt-mismatch']);
  });

  it('compares only the TMT month, as the NIP has no day', () => {
    expect(codes('196608011988031001', { birthDate: '1966-08-01', gender: 'male', tmtCpns: '1988-03-15' })).toEqual([
      'employee/nip-matches-record',
    ]);
  });

  it('reports a layout that does not fit the kind', () => {
    expect(codes('196608011988031001', { kind: 'PPPK', birthDate: '1966-08-01', gender: 'male' })).toEqual([
      'employee/nip-layout-mismatch',
    ]);
    expect(codes('200012312024211001', { kind: 'CPNS', birthDate: '2000-12-31', gender: 'male' })).toEqual([
      'employee/nip-layout-mismatch',
    ]);
  });

  it('compares a NI PPPK with the first contract year', () => {
    const record = { kind: 'PPPK', birthDate: '2000-12-31', gender: 'male' } as const;
    expect(codes('200012312024211001', { ...record, contract: { start: '2024-03-01' } })).toEqual(['employee/nip-matches-record']);
    expect(codes('200012312024211001', { ...record, contract: { start: '2029-03-01', firstStart: '2024-03-01' } })).toEqual([
      'employee/nip-matches-record',
    ]);
    expect(codes('200012312024211001', { ...record, contract: { start: '2025-03-01' } })).toEqual([
      'employee/nip-appointment-year-mismatch',
    ]);
  });

  it("passes on the NIP's under-18 warning and stays consistent", () => {
    const check = checkNipAgainstEmployee('197005201987031001', { birthDate: '1970-05-20', gender: 'male' })._unsafeUnwrap();
    expect(check.consistent).toBe(true);
    expect(check.reasons.map((found) => found.code)).toEqual(['employee/appointed-under-18', 'employee/nip-matches-record']);
  });

  it('every roster employee agrees with their NIP', () => {
    for (const input of ROSTER) {
      const employee = parseEmployee(input)._unsafeUnwrap();
      expect(checkNipAgainstEmployee(employee.nip, employee)._unsafeUnwrap().consistent).toBe(true);
    }
  });

  it('gives an Err for an invalid NIP or record', () => {
    expect(checkNipAgainstEmployee('196608011988031000', { birthDate: '1966-08-01', gender: 'male' })._unsafeUnwrapErr().code).toBe(
      'employee/invalid-nip-sequence',
    );
    const error = checkNipAgainstEmployee('196608011988031001', untyped({ birthDate: '1966-13-01' }))._unsafeUnwrapErr();
    expect(error.code).toBe('employee/invalid-input');
    expect(error.data).toMatchObject({ issues: [{ path: 'employee.birthDate' }, { path: 'employee.gender' }] });
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (nip, employee) => {
        const result = checkNipAgainstEmployee(untyped(nip), untyped(employee));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
