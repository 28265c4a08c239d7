import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmployee, retirementDate, type Position } from '../../src/employee/index';
import { untyped } from './arbitraries';
import { ROSTER } from '../../examples/workplan/roster';

const tmt = (birthDate: string, position: Position): string => retirementDate({ birthDate, position })._unsafeUnwrap().date;

describe('retirementDate', () => {
  it('§5.6 example 1: administrator born 1966-05-15 → BUP 58 on 2024-05-15 → service ends 2024-05-31 → TMT 2024-06-01', () => {
    const retirement = retirementDate({ birthDate: '1966-05-15', position: { type: 'administrator' } })._unsafeUnwrap();
    expect(retirement).toEqual({
      age: 58,
      category: 'administrator',
      reachedOn: '2024-05-15',
      lastDayOfService: '2024-05-31',
      date: '2024-06-01',
      reasons: [
        {
          code: 'employee/bup',
          severity: 'info',
          basis: { instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 2', interpretation: 'retirement-age' },
          message: { id: 'BUP Pejabat Administrator: 58 tahun.', en: 'Retirement age (BUP), administrator: 58.' },
          data: { category: 'administrator', age: 58 },
        },
        {
          code: 'employee/retirement-date',
          severity: 'info',
          basis: {
            instrument: 'UU 11/1969',
            article: 'Pasal 13 ayat (1)',
            note: 'PP 11/2017 Pasal 239 ayat (1) and Pasal 283 ayat (1) huruf c',
            interpretation: 'retirement-date',
          },
          message: {
            id: 'Mencapai BUP pada 2024-05-15; diberhentikan dengan hormat akhir bulan (2024-05-31); pensiun TMT 2024-06-01.',
            en: 'Reaches the retirement age on 2024-05-15; service ends at the end of that month (2024-05-31); pension from 2024-06-01.',
          },
          data: { reachedOn: '2024-05-15', lastDayOfService: '2024-05-31', date: '2024-06-01' },
        },
      ],
    });
  });

  it('§5.6 example 2: JPT pratama born 1965-01-31 → 60 on 2025-01-31 → TMT 2025-02-01', () => {
    expect(tmt('1965-01-31', { type: 'jpt', level: 'pratama' })).toBe('2025-02-01');
  });

  it('§5.6 example 3: fungsional ahli madya born 1964-12-01 → 60 on 2024-12-01 → TMT 2025-01-01', () => {
    const retirement = retirementDate({ birthDate: '1964-12-01', position: { type: 'fungsional', level: 'ahli-madya' } })._unsafeUnwrap();
    expect(retirement).toMatchObject({ age: 60, reachedOn: '2024-12-01', lastDayOfService: '2024-12-31', date: '2025-01-01' });
    expect(retirement.reasons[0]?.basis).toEqual({
      instrument: 'PP 11/2017',
      article: 'Pasal 239 ayat (2) huruf b',
      note: 'UU 20/2023 Pasal 55 huruf b angka 1 and UU 5/2014 Pasal 90 huruf c defer to it',
      interpretation: 'retirement-age',
    });
  });

  it('§5.6 example 4: fungsional ahli utama born 1960-07-20 → 65 on 2025-07-20 → TMT 2025-08-01', () => {
    expect(tmt('1960-07-20', { type: 'fungsional', level: 'ahli-utama' })).toBe('2025-08-01');
  });

  it('§5.6 example 5: guru born 1965-03-10 → 60 (UU 14/2005) → TMT 2025-04-01', () => {
    const retirement = retirementDate({ birthDate: '1965-03-10', position: { type: 'guru' } })._unsafeUnwrap();
    expect(retirement.date).toBe('2025-04-01');
    expect(retirement.reasons[0]?.basis).toEqual({ instrument: 'UU 14/2005', article: 'Pasal 30 ayat (4)', note: 'PP 11/2017 Pasal 240', interpretation: 'retirement-age' });
  });

  it('§5.6 example 6: pelaksana born 1967-02-28 → 58 on 2025-02-28 → TMT 2025-03-01', () => {
    expect(tmt('1967-02-28', { type: 'pelaksana' })).toBe('2025-03-01');
  });

  it('§5.6 example 7: 29 Feb 1968, BUP 58 → TMT 2026-03-01 (docs/interpretations.md#retirement-date: the birthday falls on 28 Feb)', () => {
    const retirement = retirementDate({ birthDate: '1968-02-29', position: { type: 'pelaksana' } })._unsafeUnwrap();
    expect(retirement).toMatchObject({ reachedOn: '2026-02-28', lastDayOfService: '2026-02-28', date: '2026-03-01' });
    expect(retirement.reasons[2]).toEqual({
      code: 'employee/leap-day-birthday',
      severity: 'info',
      basis: {
        instrument: 'asn-kit',
        note: 'a 29 February birthday falls on 28 February in a common year',
        evidence: 'interpretation',
        interpretation: 'retirement-date',
      },
      message: {
        id: 'Lahir 29 Februari: pada tahun biasa ulang tahun jatuh pada 28 Februari.',
        en: 'Born on 29 February: in a common year the birthday falls on 28 February.',
      },
      data: { birthDate: '1968-02-29', reachedOn: '2026-02-28' },
    });
  });

  it('29 Feb with a BUP birthday in a leap year stays on 29 Feb, without the leap-day reason', () => {
    const retirement = retirementDate({ birthDate: '1968-02-29', position: { type: 'jpt', level: 'madya' } })._unsafeUnwrap();
    expect(retirement).toMatchObject({ reachedOn: '2028-02-29', date: '2028-03-01' });
    expect(retirement.reasons.map((found) => found.code)).toEqual(['employee/bup', 'employee/retirement-date']);
  });

  it('§5.6 example 8: masa kerja 9 years 11 months at BUP → no pension under the 10-year rule', () => {
    const retirement = retirementDate({ birthDate: '1967-02-28', position: { type: 'pelaksana' }, tmtCpns: '2015-04-01' })._unsafeUnwrap();
    expect(retirement.service).toEqual({ years: 9, months: 11, days: 0 });
    expect(retirement.pensionEntitled).toBe(false);
    expect(retirement.reasons[2]).toMatchObject({
      code: 'employee/pension-not-entitled',
      severity: 'warning',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 305 huruf c' },
    });
  });

  it('10 years exactly at TMT pensiun gives a pension', () => {
    const retirement = retirementDate({ birthDate: '1967-02-28', position: { type: 'pelaksana' }, tmtCpns: '2015-03-01' })._unsafeUnwrap();
    expect(retirement.service).toEqual({ years: 10, months: 0, days: 0 });
    expect(retirement.pensionEntitled).toBe(true);
    expect(retirement.reasons[2]?.code).toBe('employee/pension-entitled');
  });

  it('CLTN does not count towards the pension service', () => {
    const retirement = retirementDate({
      birthDate: '1967-02-28',
      position: { type: 'pelaksana' },
      tmtCpns: '2014-03-01',
      cltn: [{ from: '2016-01-01', to: '2016-12-31' }],
    })._unsafeUnwrap();
    expect(retirement.service).toEqual({ years: 10, months: 0, days: 0 });
  });

  it('docs/interpretations.md#retirement-age: dosen 65; a professor 70 only with the option', () => {
    expect(tmt('1961-06-10', { type: 'dosen' })).toBe('2026-07-01');
    const professor = retirementDate({ birthDate: '1961-06-10', position: { type: 'dosen', professor: true } })._unsafeUnwrap();
    expect(professor.date).toBe('2026-07-01');
    expect(professor.reasons[1]?.code).toBe('employee/professor-extension-available');
    const extended = retirementDate(
      { birthDate: '1961-06-10', position: { type: 'dosen', professor: true } },
      { professorExtension: true },
    )._unsafeUnwrap();
    expect(extended).toMatchObject({ age: 70, category: 'dosen-professor-extended', reachedOn: '2031-06-10', date: '2031-07-01' });
    expect(extended.reasons[0]?.basis).toMatchObject({ instrument: 'UU 14/2005', article: 'Pasal 67 ayat (5)' });
  });

  it('UU 5/2014 applies to a BUP birthday before 31 October 2023', () => {
    const retirement = retirementDate({ birthDate: '1964-10-30', position: { type: 'pengawas' } })._unsafeUnwrap();
    expect(retirement).toMatchObject({ reachedOn: '2022-10-30', date: '2022-11-01' });
    expect(retirement.reasons[0]?.basis).toMatchObject({ instrument: 'UU 5/2014', article: 'Pasal 90 huruf a' });
    const next = retirementDate({ birthDate: '1965-10-31', position: { type: 'pengawas' } })._unsafeUnwrap();
    expect(next.reasons[0]?.basis).toMatchObject({ instrument: 'UU 20/2023', article: 'Pasal 55 huruf a angka 2' });
  });

  it('a BUP birthday before the table starts is an error, never a guess', () => {
    const error = retirementDate({ birthDate: '1950-01-01', position: { type: 'pelaksana' } })._unsafeUnwrapErr();
    expect(error.code).toBe('employee/no-bup-rule');
    expect(error.data).toEqual({ category: 'pelaksana', birthDate: '1950-01-01' });
    expect(retirementDate({ birthDate: '1956-06-01', position: { type: 'fungsional', level: 'ahli-madya' } })._unsafeUnwrapErr().code).toBe(
      'employee/no-bup-rule',
    );
  });

  it('a TMT CPNS after TMT pensiun is an error', () => {
    expect(
      retirementDate({ birthDate: '1967-02-28', position: { type: 'pelaksana' }, tmtCpns: '2025-04-01' })._unsafeUnwrapErr().code,
    ).toBe('employee/invalid-service-period');
  });

  it('takes an Employee as it is', () => {
    const employee = parseEmployee(ROSTER[6])._unsafeUnwrap();
    const retirement = retirementDate(employee)._unsafeUnwrap();
    expect(retirement).toMatchObject({ age: 58, reachedOn: '2038-02-28', date: '2038-03-01', pensionEntitled: true });
    expect(retirement.service).toEqual({ years: 29, months: 11, days: 0 });
  });

  it('gives employee/invalid-input for a malformed date, an unknown position or bad options', () => {
    expect(retirementDate({ birthDate: '1968-02-30', position: { type: 'pelaksana' } })._unsafeUnwrapErr().code).toBe('employee/invalid-input');
    expect(retirementDate(untyped({ birthDate: '1968-02-01', position: { type: 'lurah' } }))._unsafeUnwrapErr().code).toBe('employee/invalid-input');
    expect(retirementDate({ birthDate: '1968-02-01', position: { type: 'guru' } }, untyped({ professorExtension: 1 }))._unsafeUnwrapErr().code).toBe(
      'employee/invalid-input',
    );
    expect(retirementDate(untyped({}))._unsafeUnwrapErr().code).toBe('employee/invalid-input');
  });
});

describe('properties', () => {
  it('TMT pensiun is the first of a month, after the birthday at BUP, within a month of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1960, max: 2000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom({ type: 'pelaksana' }, { type: 'guru' }, { type: 'jpt', level: 'utama' }, { type: 'fungsional', level: 'ahli-utama' }),
        (year, month, day, position) => {
          const birthDate = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const retirement = retirementDate({ birthDate, position })._unsafeUnwrap();
          expect(retirement.date.endsWith('-01')).toBe(true);
          expect(retirement.date > retirement.reachedOn).toBe(true);
          expect(retirement.reachedOn.slice(5)).toBe(birthDate.slice(5));
          expect(Number(retirement.reachedOn.slice(0, 4)) - year).toBe(retirement.age);
        },
      ),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (employee, options) => {
        const result = retirementDate(untyped(employee), untyped(options));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

describe('retirementDate — the pension and professor reasons as written', () => {
  const pensionBasis = { instrument: 'PP 11/2017', article: 'Pasal 305 huruf c' };
  const professorBasis = { instrument: 'UU 14/2005', article: 'Pasal 67 ayat (5)', interpretation: 'retirement-age' };

  it('the service counted at TMT pensiun, in years, months and days, on each side of the 10-year rule', () => {
    const short = retirementDate({ birthDate: '1967-02-28', position: { type: 'pelaksana' }, tmtCpns: '2015-04-01' })._unsafeUnwrap();
    expect(short.reasons[2]).toEqual({
      code: 'employee/pension-not-entitled',
      severity: 'warning',
      basis: pensionBasis,
      message: {
        id: 'Masa kerja 9 tahun 11 bulan 0 hari: kurang dari 10 tahun, tidak berhak atas pensiun.',
        en: 'Service of 9 years 11 months 0 days: under 10 years, no pension entitlement.',
      },
      data: { service: { years: 9, months: 11, days: 0 } },
    });
    const enough = retirementDate({ birthDate: '1967-02-28', position: { type: 'pelaksana' }, tmtCpns: '2015-03-01' })._unsafeUnwrap();
    expect(enough.reasons[2]).toEqual({
      code: 'employee/pension-entitled',
      severity: 'info',
      basis: pensionBasis,
      message: {
        id: 'Masa kerja 10 tahun 0 bulan 0 hari: berhak atas pensiun (paling sedikit 10 tahun).',
        en: 'Service of 10 years 0 months 0 days: entitled to a pension (at least 10 years).',
      },
      data: { service: { years: 10, months: 0, days: 0 } },
    });
  });

  it('a professor is told of the extension; anyone else who asks for it is warned it does not apply', () => {
    const professor = retirementDate({ birthDate: '1961-06-10', position: { type: 'dosen', professor: true } })._unsafeUnwrap();
    expect(professor.reasons.map((found) => found.code)).toEqual(['employee/bup', 'employee/professor-extension-available', 'employee/retirement-date']);
    expect(professor.reasons[1]).toEqual({
      code: 'employee/professor-extension-available',
      severity: 'info',
      basis: professorBasis,
      message: {
        id: 'Profesor yang berprestasi dapat diperpanjang hingga usia 70 tahun (opsi professorExtension).',
        en: 'A professor with achievements may be extended to 70 (the professorExtension option).',
      },
    });
    const warning = {
      code: 'employee/professor-extension-not-applicable',
      severity: 'warning',
      basis: professorBasis,
      message: {
        id: 'Perpanjangan hingga 70 tahun hanya untuk dosen dengan jabatan profesor; BUP biasa berlaku.',
        en: 'The extension to 70 is only for a dosen who is a professor; the ordinary retirement age applies.',
      },
    };
    for (const position of [{ type: 'dosen' }, { type: 'dosen', professor: false }, { type: 'administrator' }] as const) {
      const retirement = retirementDate({ birthDate: '1961-06-10', position }, { professorExtension: true })._unsafeUnwrap();
      expect(retirement.reasons[1]).toEqual(warning);
      expect(retirement.age).toBe(position.type === 'dosen' ? 65 : 58);
    }
    expect(retirementDate({ birthDate: '1961-06-10', position: { type: 'dosen' } })._unsafeUnwrap().reasons.map((found) => found.code))
      .toEqual(['employee/bup', 'employee/retirement-date']);
  });
});
