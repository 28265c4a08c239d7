import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employeeSchema, parseEmployee } from '../../src/employee/index';
import { ROSTER } from '../../examples/demo/roster';

const amir = {
  kind: 'PNS',
  nip: '19660801 198803 1 001',
  name: 'Amir',
  gender: 'male',
  birthDate: '1966-08-01',
  tmtCpns: '1988-03-01',
  golongan: 'IV/a',
  position: { type: 'pelaksana' },
  workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
};

const pppk = {
  kind: 'PPPK',
  nip: '200012312024211001',
  name: 'Fajar',
  gender: 'male',
  birthDate: '2000-12-31',
  contract: { start: '2024-03-01', years: 5 },
  golongan: 'IX',
  position: { type: 'fungsional', level: 'ahli-pertama', title: 'Analis SDM Aparatur Ahli Pertama' },
  workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
  workWeek: 6,
};

const issuePaths = (input: unknown): string[] => {
  const error = parseEmployee(input)._unsafeUnwrapErr();
  expect(error.code).toBe('employee/invalid-input');
  return (error.data['issues'] as { path: string }[]).map((issue) => issue.path);
};

describe('parseEmployee', () => {
  it('returns a PNS with the NIP without separators and the defaults filled in', () => {
    expect(parseEmployee(amir)._unsafeUnwrap()).toEqual({
      kind: 'PNS',
      nip: '196608011988031001',
      name: 'Amir',
      gender: 'male',
      birthDate: '1966-08-01',
      tmtCpns: '1988-03-01',
      golongan: 'IV/a',
      position: { type: 'pelaksana' },
      workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
      workWeek: 5,
      births: [],
      cltn: [],
    });
  });

  it('returns a PPPK with contract.firstStart defaulting to contract.start', () => {
    expect(parseEmployee(pppk)._unsafeUnwrap()).toEqual({
      kind: 'PPPK',
      nip: '200012312024211001',
      name: 'Fajar',
      gender: 'male',
      birthDate: '2000-12-31',
      contract: { start: '2024-03-01', years: 5, firstStart: '2024-03-01' },
      golongan: 'IX',
      position: { type: 'fungsional', level: 'ahli-pertama', title: 'Analis SDM Aparatur Ahli Pertama' },
      workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
      workWeek: 6,
      births: [],
      cltn: [],
    });
  });

  it('drops the fields a kind does not use', () => {
    const employee = parseEmployee({ ...pppk, tmtCpns: '2024-03-01' })._unsafeUnwrap();
    expect('tmtCpns' in employee).toBe(false);
    const civil = parseEmployee({ ...amir, contract: { start: '2024-03-01', years: 5 } })._unsafeUnwrap();
    expect('contract' in civil).toBe(false);
  });

  it('parses every employee of the demo roster', () => {
    expect(ROSTER.map((input) => parseEmployee(input).isOk())).toEqual(Array.from({ length: 10 }, () => true));
  });

  it('R-E1: the NIP must be valid and of the layout of the kind', () => {
    expect(issuePaths({ ...amir, nip: '196608011988031000' })).toEqual(['nip']);
    expect(issuePaths({ ...amir, nip: '200012312024211001' })).toEqual(['nip']);
    expect(issuePaths({ ...pppk, nip: '196608011988031001' })).toEqual(['nip']);
  });

  it('the golongan must belong to the kind', () => {
    expect(issuePaths({ ...amir, golongan: 'IX' })).toEqual(['golongan']);
    expect(issuePaths({ ...pppk, golongan: 'III/a' })).toEqual(['golongan']);
  });

  it('a PNS needs a TMT CPNS after the birth date; a PPPK a contract', () => {
    expect(issuePaths({ ...amir, tmtCpns: undefined })).toEqual(['tmtCpns']);
    expect(issuePaths({ ...amir, tmtCpns: '1966-08-01' })).toEqual(['tmtCpns']);
    expect(issuePaths({ ...pppk, contract: undefined })).toEqual(['contract']);
  });

  it('checks the contract: whole years, first start not after the current start', () => {
    expect(issuePaths({ ...pppk, contract: { start: '2024-03-01', years: 0 } })).toEqual(['contract.years']);
    expect(issuePaths({ ...pppk, contract: { start: '2024-03-01', years: 2.5 } })).toEqual(['contract.years']);
    expect(issuePaths({ ...pppk, contract: { start: '2024-03-01', years: 5, firstStart: '2025-03-01' } })).toEqual([
      'contract.firstStart',
    ]);
  });

  it('checks the position, work week, births and CLTN', () => {
    expect(issuePaths({ ...amir, position: { type: 'jpt' } })).toEqual(['position.level']);
    expect(issuePaths({ ...amir, workWeek: 7 })).toEqual(['workWeek']);
    expect(issuePaths({ ...amir, births: ['2020-02-30'] })).toEqual(['births.0']);
    expect(issuePaths({ ...amir, cltn: [{ from: '2015-01-01', to: '2014-01-01' }] })).toEqual(['cltn.0.to']);
    expect(issuePaths({ ...amir, name: '  ' })).toEqual(['name']);
  });

  it('gives employee/invalid-input for an unknown kind, an empty object or a non-object', () => {
    expect(issuePaths({ ...amir, kind: 'honorer' })).toEqual(['kind']);
    expect(issuePaths({})).toEqual(['kind']);
    expect(issuePaths(null)).toEqual(['']);
  });

  it('exposes the same checks through employeeSchema', () => {
    expect(employeeSchema.safeParse(amir).success).toBe(true);
    expect(employeeSchema.safeParse({ kind: 'PNS' }).success).toBe(false);
  });
});

describe('properties', () => {
  it('parsing is idempotent: a parsed employee parses to itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROSTER), (input) => {
        const employee = parseEmployee(input)._unsafeUnwrap();
        expect(parseEmployee(employee)._unsafeUnwrap()).toEqual(employee);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.constantFrom('PNS', 'CPNS', 'PPPK'), nip: fc.anything() })), (input) => {
        const result = parseEmployee(input);
        expect(result.isOk() || result.error.code === 'employee/invalid-input').toBe(true);
      }),
    );
  });
});
