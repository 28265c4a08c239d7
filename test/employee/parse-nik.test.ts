import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNik } from '../../src/employee/index';

describe('parseNik', () => {
  it('§4.4 example 11: NIK 3515140508680001 → prov 35, kab 15, kec 14, born 05-08-(19)68, male', () => {
    expect(parseNik('3515140508680001')._unsafeUnwrap()).toEqual({
      nik: '3515140508680001',
      province: '35',
      regency: '15',
      district: '14',
      birthDay: 5,
      birthMonth: 8,
      birthYear: 68,
      gender: 'male',
      sequence: 1,
    });
  });

  it('§4.4 example 11: NIK 3515144508680002 → same date, female (45 − 40 = 5)', () => {
    expect(parseNik('3515144508680002')._unsafeUnwrap()).toMatchObject({ birthDay: 5, birthMonth: 8, birthYear: 68, gender: 'female', sequence: 2 });
  });

  it('accepts spaces and dots', () => {
    expect(parseNik('12.75.01 410790 0003')._unsafeUnwrap()).toMatchObject({ province: '12', regency: '75', birthDay: 1, gender: 'female' });
  });

  it('names each wrong part', () => {
    expect(parseNik('35151405O8680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-characters');
    expect(parseNik('351514050868001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-length');
    expect(parseNik('3500140508680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-region');
    expect(parseNik('0015140508680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-region');
    expect(parseNik('3515000508680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-region');
    expect(parseNik('3515143208680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-birth-date');
    expect(parseNik('3515147208680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-birth-date');
    expect(parseNik('3515140013680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-birth-date');
    expect(parseNik('3515140008680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-birth-date');
    expect(parseNik('3515144008680001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-birth-date');
    expect(parseNik('3515140508680000')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-sequence');
  });

  it('accepts 29 February only in a year whose two digits are divisible by 4', () => {
    expect(parseNik('3515146902680001')._unsafeUnwrap()).toMatchObject({ birthDay: 29, birthMonth: 2, gender: 'female' });
    expect(parseNik('3515142902670001')._unsafeUnwrapErr().code).toBe('employee/invalid-nik-birth-date');
  });

  it('gives employee/invalid-input for a number', () => {
    expect(parseNik(3515140508680001)._unsafeUnwrapErr().code).toBe('employee/invalid-input');
  });
});

describe('properties', () => {
  it('a woman is a man plus 40 on the day digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), (day, month, year) => {
        const pad = (value: number): string => String(value).padStart(2, '0');
        const male = parseNik(`127501${pad(day)}${pad(month)}${pad(year)}0001`)._unsafeUnwrap();
        const female = parseNik(`127501${pad(day + 40)}${pad(month)}${pad(year)}0001`)._unsafeUnwrap();
        expect(female).toEqual({ ...male, nik: female.nik, gender: 'female' });
        expect(male.gender).toBe('male');
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.stringMatching(/^[0-9 .]{0,18}$/)), (input) => {
        const result = parseNik(input);
        expect(result.isOk() || result.error.code.startsWith('employee/')).toBe(true);
      }),
    );
  });
});

describe('parseNik — the data of each error: the input and the digits at fault', () => {
  it.each([
    ['12710a0101900001', 'employee/invalid-nik-characters', { input: '12710a0101900001' }],
    ['127101', 'employee/invalid-nik-length', { input: '127101', length: 6 }],
    ['0000000101900001', 'employee/invalid-nik-region', { input: '0000000101900001', digits: '000000' }],
    ['1271013201900001', 'employee/invalid-nik-birth-date', { input: '1271013201900001', digits: '320190' }],
    ['1271010101900000', 'employee/invalid-nik-sequence', { input: '1271010101900000', digits: '0000' }],
  ])('%s: %s', (nik, code, data) => {
    const error = parseNik(nik)._unsafeUnwrapErr();
    expect(error.code).toBe(code);
    expect(error.data).toEqual(data);
  });
});
