import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retirementAge, type FungsionalLevel, type Position } from '../../src/employee/index';
import { untyped } from './arbitraries';

const age = (position: Position): number => retirementAge(position)._unsafeUnwrap().age;

describe('retirementAge', () => {
  it('docs/interpretations.md#retirement-age: JPT 60; administrator, pengawas, pelaksana 58', () => {
    expect(age({ type: 'jpt', level: 'utama' })).toBe(60);
    expect(age({ type: 'jpt', level: 'madya' })).toBe(60);
    expect(age({ type: 'jpt', level: 'pratama' })).toBe(60);
    expect(age({ type: 'administrator' })).toBe(58);
    expect(age({ type: 'pengawas' })).toBe(58);
    expect(age({ type: 'pelaksana', title: 'Pengadministrasi Umum' })).toBe(58);
  });

  it('docs/interpretations.md#retirement-age: fungsional ahli utama 65, ahli madya 60, other fungsional 58', () => {
    expect(age({ type: 'fungsional', level: 'ahli-utama' })).toBe(65);
    expect(age({ type: 'fungsional', level: 'ahli-madya' })).toBe(60);
    for (const level of ['ahli-pertama', 'ahli-muda', 'pemula', 'terampil', 'mahir', 'penyelia']) {
      expect(age({ type: 'fungsional', level: level as FungsionalLevel })).toBe(58);
    }
  });

  it('docs/interpretations.md#retirement-age: guru 60, dosen 65, professor 70 as an option', () => {
    expect(age({ type: 'guru' })).toBe(60);
    expect(age({ type: 'dosen' })).toBe(65);
    expect(age({ type: 'dosen', professor: true })).toBe(65);
    expect(retirementAge({ type: 'dosen', professor: true }, { professorExtension: true })._unsafeUnwrap()).toEqual({
      age: 70,
      category: 'dosen-professor-extended',
      reasons: [
        {
          code: 'employee/bup',
          severity: 'info',
          basis: {
            instrument: 'UU 14/2005',
            article: 'Pasal 67 ayat (5)',
            note: 'a professor with achievements may be extended to 70; an option, never the default',
            interpretation: 'retirement-age',
          },
          message: { id: 'BUP Profesor (diperpanjang): 70 tahun.', en: 'Retirement age (BUP), professor (extended): 70.' },
          data: { category: 'dosen-professor-extended', age: 70 },
        },
      ],
    });
  });

  it('says when the professor extension is available, and warns when it does not apply', () => {
    const professor = retirementAge({ type: 'dosen', professor: true })._unsafeUnwrap();
    expect(professor.reasons.map((found) => [found.code, found.severity])).toEqual([
      ['employee/bup', 'info'],
      ['employee/professor-extension-available', 'info'],
    ]);
    const lecturer = retirementAge({ type: 'dosen' }, { professorExtension: true })._unsafeUnwrap();
    expect(lecturer.age).toBe(65);
    expect(lecturer.reasons[1]).toMatchObject({ code: 'employee/professor-extension-not-applicable', severity: 'warning' });
  });

  it('cites UU 20/2023 now, and UU 5/2014 on a date before 31 October 2023', () => {
    expect(retirementAge({ type: 'pelaksana' })._unsafeUnwrap().reasons[0]?.basis).toEqual({
      instrument: 'UU 20/2023',
      article: 'Pasal 55 huruf b angka 2',
      interpretation: 'retirement-age',
    });
    expect(retirementAge({ type: 'pelaksana' }, { on: '2020-01-01' })._unsafeUnwrap().reasons[0]?.basis).toMatchObject({
      instrument: 'UU 5/2014',
      article: 'Pasal 90 huruf a',
    });
  });

  it('gives employee/no-bup-rule on a date before the table starts', () => {
    const error = retirementAge({ type: 'jpt', level: 'madya' }, { on: '2010-01-01' })._unsafeUnwrapErr();
    expect(error.code).toBe('employee/no-bup-rule');
    expect(error.data).toEqual({ category: 'jpt', on: '2010-01-01' });
  });

  it('gives employee/invalid-input for an unknown position or a fungsional without level', () => {
    expect(retirementAge(untyped({ type: 'camat' }))._unsafeUnwrapErr().code).toBe('employee/invalid-input');
    const error = retirementAge(untyped({ type: 'fungsional' }))._unsafeUnwrapErr();
    expect(error.data).toMatchObject({ issues: [{ path: 'position.level' }] });
    expect(retirementAge({ type: 'guru' }, { on: '2026-02-30' })._unsafeUnwrapErr().code).toBe('employee/invalid-input');
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (position, options) => {
        const result = retirementAge(untyped(position), untyped(options));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
