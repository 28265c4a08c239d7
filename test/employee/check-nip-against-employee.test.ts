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

describe('checkNipAgainstEmployee — each reason as written', () => {
  const pnsBasis = { instrument: 'Perka BKN 22/2007', interpretation: 'nip-layout' };
  const pppkBasis = {
    instrument: 'asn-kit',
    note: 'NI PPPK layout YYYYMMDD YYYY 2 K G NNN as used in practice',
    evidence: 'interpretation',
    interpretation: 'nip-layout',
  };
  const mismatch = (code: string, basis: object, id: string, en: string, data: object) => ({ code, severity: 'error', basis, message: { id, en }, data });

  it('a PNS record that differs in birth date, gender and TMT month: each mismatch with both values', () => {
    const check = checkNipAgainstEmployee('196608011988031001', { kind: 'PNS', birthDate: '1966-08-02', gender: 'female', tmtCpns: '1988-04-01' })._unsafeUnwrap();
    expect(check).toEqual({
      consistent: false,
      reasons: [
        mismatch('employee/nip-birth-date-mismatch', pnsBasis, 'Tanggal lahir pada NIP berbeda dengan data pegawai.',
          'The birth date in the NIP differs from the record.', { nip: '1966-08-01', record: '1966-08-02' }),
        mismatch('employee/nip-gender-mismatch', pnsBasis, 'Jenis kelamin pada NIP berbeda dengan data pegawai.',
          'The gender in the NIP differs from the record.', { nip: 'male', record: 'female' }),
        mismatch('employee/nip-tmt-mismatch', pnsBasis, 'Tahun dan bulan TMT CPNS pada NIP berbeda dengan data pegawai.',
          'The year and month of TMT CPNS in the NIP differ from the record.', { nip: '1988-03', record: '1988-04-01' }),
      ],
    });
  });

  it('a layout that does not fit the kind names both, in capitals, under the basis of the NIP’s own layout', () => {
    expect(checkNipAgainstEmployee('196608011988031001', { kind: 'PPPK', birthDate: '1966-08-01', gender: 'male' })._unsafeUnwrap().reasons).toEqual([
      mismatch('employee/nip-layout-mismatch', pnsBasis, 'Susunan NIP (PNS) tidak sesuai dengan jenis pegawai PPPK.',
        'The NIP layout (PNS) does not fit an employee of kind PPPK.', { layout: 'pns', kind: 'PPPK' }),
    ]);
    expect(checkNipAgainstEmployee('200012312024211001', { kind: 'CPNS', birthDate: '2000-12-31', gender: 'male' })._unsafeUnwrap().reasons).toEqual([
      mismatch('employee/nip-layout-mismatch', pppkBasis, 'Susunan NIP (PPPK) tidak sesuai dengan jenis pegawai CPNS.',
        'The NIP layout (PPPK) does not fit an employee of kind CPNS.', { layout: 'pppk', kind: 'CPNS' }),
    ]);
  });

  it('a NI PPPK whose appointment year is not the first contract’s', () => {
    const check = checkNipAgainstEmployee('200012312024211001', { kind: 'PPPK', birthDate: '2000-12-31', gender: 'male', contract: { start: '2025-03-01' } });
    expect(check._unsafeUnwrap().reasons).toEqual([
      mismatch('employee/nip-appointment-year-mismatch', pppkBasis, 'Tahun pengangkatan pada NI PPPK berbeda dengan awal perjanjian kerja pertama.',
        "The appointment year in the NI PPPK differs from the first contract's start.", { nip: 2024, record: '2025-03-01' }),
    ]);
  });

  it('each layout is compared only on its own parts: a TMT CPNS beside a NI PPPK, a contract beside a PNS NIP', () => {
    const matches = (basis: object) => [{ code: 'employee/nip-matches-record', severity: 'info', basis, message: { id: 'NIP sesuai dengan data pegawai.', en: 'The NIP matches the record.' } }];
    expect(checkNipAgainstEmployee('200012312024211001', { birthDate: '2000-12-31', gender: 'male', tmtCpns: '2019-01-01' })._unsafeUnwrap())
      .toEqual({ consistent: true, reasons: matches(pppkBasis) });
    expect(checkNipAgainstEmployee('196608011988031001', { birthDate: '1966-08-01', gender: 'male', contract: { start: '2025-03-01' } })._unsafeUnwrap())
      .toEqual({ consistent: true, reasons: matches(pnsBasis) });
  });
});
