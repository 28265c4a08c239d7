import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNikAgainstNip } from '../../src/employee/index';
import { untyped } from './arbitraries';

describe('checkNikAgainstNip', () => {
  it('§4.4 example 11: a woman born 5 Aug 1968 (NIK day 45) matches her NIP', () => {
    const check = checkNikAgainstNip('3515144508680002', '196808052000032001')._unsafeUnwrap();
    expect(check.consistent).toBe(true);
    expect(check.reasons.map((found) => found.code)).toEqual(['employee/nik-matches-nip']);
  });

  it('reports a gender mismatch (NIK day 05 is a man)', () => {
    const check = checkNikAgainstNip('3515140508680001', '196808052000032001')._unsafeUnwrap();
    expect(check.consistent).toBe(false);
    expect(check.reasons).toHaveLength(1);
    expect(check.reasons[0]).toMatchObject({
      code: 'employee/nik-gender-mismatch',
      severity: 'error',
      data: { nik: 'male', nip: 'female' },
    });
  });

  it('reports a birth date mismatch on the day, the month or the year', () => {
    const codes = (nik: string): string[] =>
      checkNikAgainstNip(nik, '196808052000032001')._unsafeUnwrap().reasons.map((found) => found.code);
    expect(codes('3515144608680002')).toEqual(['employee/nik-birth-date-mismatch']);
    expect(codes('3515144509680002')).toEqual(['employee/nik-birth-date-mismatch']);
    expect(codes('3515144508690002')).toEqual(['employee/nik-birth-date-mismatch']);
    expect(codes('3515140608690002')).toEqual(['employee/nik-birth-date-mismatch', 'employee/nik-gender-mismatch']);
  });

  it('works with a NI PPPK', () => {
    expect(checkNikAgainstNip('1275013112000001', '200012312024211001')._unsafeUnwrap().consistent).toBe(true);
  });

  it('gives the error of the invalid number', () => {
    expect(checkNikAgainstNip('123', '196808052000032001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-length');
    expect(checkNikAgainstNip('3515144508680002', '196808052000032000')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-sequence');
    expect(checkNikAgainstNip(untyped(3515144508680002), '196808052000032001')._unsafeUnwrapErr().code).toBe('employee/invalid-input');
    const both = checkNikAgainstNip(untyped(null), untyped(1968080520))._unsafeUnwrapErr();
    expect(both.data).toEqual({
      issues: [
        { path: 'nik', message: 'Invalid input: expected string, received null' },
        { path: 'nip', message: 'Invalid input: expected string, received number' },
      ],
    });
    expect(both.message.id).toBe(
      'Masukan tidak valid — nik: Input tidak valid: diharapkan string, diterima null; nip: Input tidak valid: diharapkan string, diterima number',
    );
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (nik, nip) => {
        const result = checkNikAgainstNip(untyped(nik), untyped(nip));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

describe('checkNikAgainstNip — each reason as written', () => {
  const basis = { instrument: 'UU 24/2013', note: 'NIK layout PP KK CC DDMMYY NNNN; women add 40 to the day (Dukcapil practice)', evidence: 'secondary-source' };

  it('a match, a birth-date mismatch (the NIK’s digits beside the NIP’s date) and a gender mismatch', () => {
    expect(checkNikAgainstNip('1271010108660001', '196608011988031001')._unsafeUnwrap()).toEqual({
      consistent: true,
      reasons: [{ code: 'employee/nik-matches-nip', severity: 'info', basis, message: { id: 'Tanggal lahir dan jenis kelamin pada NIK sesuai dengan NIP.', en: 'The birth date and gender in the NIK match the NIP.' } }],
    });
    expect(checkNikAgainstNip('1271011508660001', '196608011988031001')._unsafeUnwrap()).toEqual({
      consistent: false,
      reasons: [{
        code: 'employee/nik-birth-date-mismatch', severity: 'error', basis,
        message: { id: 'Tanggal lahir pada NIK berbeda dengan NIP.', en: 'The birth date in the NIK differs from the NIP.' },
        data: { nik: '150866', nip: '1966-08-01' },
      }],
    });
    expect(checkNikAgainstNip('1271014108660001', '196608011988031001')._unsafeUnwrap()).toEqual({
      consistent: false,
      reasons: [{
        code: 'employee/nik-gender-mismatch', severity: 'error', basis,
        message: { id: 'Jenis kelamin pada NIK berbeda dengan NIP.', en: 'The gender in the NIK differs from the NIP.' },
        data: { nik: 'female', nip: 'male' },
      }],
    });
  });
});
