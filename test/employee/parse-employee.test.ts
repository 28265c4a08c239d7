import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as zc from 'zod';
import { civilServantSchema, employeeSchema, parseEmployee, pppkEmployeeSchema, type Employee } from '../../src/employee/index';
import { ROSTER } from '../../examples/workplan/roster';
import { employeeInputArbitrary, hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

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

const issues = (input: unknown): { path: string; message: string }[] => {
  const error = parseEmployee(input)._unsafeUnwrapErr();
  expect(error.code).toBe('employee/invalid-input');
  return dataOf(error, 'employee/invalid-input').issues as { path: string; message: string }[];
};

const issuePaths = (input: unknown): string[] => {
  const error = parseEmployee(input)._unsafeUnwrapErr();
  expect(error.code).toBe('employee/invalid-input');
  return dataOf(error, 'employee/invalid-input').issues.map((issue) => issue.path);
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

  it('docs/interpretations.md#nip-layout: the NIP must be valid and of the layout of the kind', () => {
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

  it('says what is wrong with the dates of a record in both languages', () => {
    const messages = (input: unknown) => parseEmployee(input)._unsafeUnwrapErr().message;
    expect(messages({ ...pppk, contract: { start: '2024-03-01', years: 5, firstStart: '2025-03-01' } })).toEqual({
      id: 'Masukan tidak valid — contract.firstStart: Kontrak pertama tidak boleh dimulai setelah kontrak saat ini',
      en: 'Invalid input — contract.firstStart: The first contract cannot start after the current one',
    });
    expect(messages({ ...amir, tmtCpns: '1966-08-01' })).toEqual({
      id: 'Masukan tidak valid — tmtCpns: TMT CPNS harus setelah tanggal lahir',
      en: 'Invalid input — tmtCpns: TMT CPNS must be after the birth date',
    });
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

  it('docs/interpretations.md#nip-layout: names the layout the kind needs, and the wrong part of an invalid NIP', () => {
    expect(issues({ ...amir, nip: '200012312024211001' })).toEqual([
      { path: 'nip', message: 'Expected a valid PNS NIP (YYYYMMDD YYYYMM G NNN, Perka BKN 22/2007)' },
    ]);
    expect(issues({ ...pppk, nip: '196608011988031001' })).toEqual([
      { path: 'nip', message: 'Expected a valid NI PPPK (YYYYMMDD YYYY 2 K G NNN)' },
    ]);
    expect(issues({ ...amir, nip: '196608011988031000' })).toEqual([
      { path: 'nip', message: 'The NIP sequence (digits 16–18) must not be 000.' },
    ]);
    expect(issues({ ...amir, tmtCpns: '1966-08-01' })).toEqual([{ path: 'tmtCpns', message: 'TMT CPNS must be after the birth date' }]);
  });

  it('reports every check across fields at once', () => {
    expect(issuePaths({ ...pppk, nip: '196608011988031001', contract: { start: '2024-03-01', years: 5, firstStart: '2025-03-01' } })).toEqual([
      'nip',
      'contract.firstStart',
    ]);
    expect(issuePaths({ ...amir, nip: '200012312024211001', tmtCpns: '1960-01-01' })).toEqual(['nip', 'tmtCpns']);
  });

  it('gives the message in Bahasa Indonesia in message.id (zod messages), English in data.issues', () => {
    const error = parseEmployee({ ...amir, workWeek: 'lima' })._unsafeUnwrapErr();
    expect(error.message.id).toBe('Masukan tidak valid — workWeek: Input tidak valid');
    expect(error.message.en).toBe('Invalid input — workWeek: Invalid input');
  });

  it('returns a new, deeply frozen value and leaves the caller\'s object as it was', () => {
    const input = structuredClone({ ...amir, births: ['2000-01-01'], cltn: [{ from: '2015-01-01', to: '2015-12-31' }] });
    const before = structuredClone(input);
    const employee = parseEmployee(input)._unsafeUnwrap();
    expect(employee).not.toBe(input);
    expect(employee.position).not.toBe(input.position);
    expect(employee.cltn).not.toBe(input.cltn);
    for (const part of [employee, employee.position, employee.workUnit, employee.births, employee.cltn, employee.cltn[0]]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(input).toEqual(before);
    expect(Object.isFrozen(input) || Object.isFrozen(input.position) || Object.isFrozen(input.cltn)).toBe(false);
    const contract = parseEmployee(pppk)._unsafeUnwrap();
    expect(contract.kind === 'PPPK' && Object.isFrozen(contract.contract)).toBe(true);
  });

  it('a parsed employee parses to itself without a second check', () => {
    const employee = parseEmployee(amir)._unsafeUnwrap();
    expect(parseEmployee(employee)._unsafeUnwrap()).toBe(employee);
    // A copy is not the library's own value: it is checked again.
    expect(parseEmployee({ ...employee })._unsafeUnwrap()).not.toBe(employee);
    expect(parseEmployee({ ...employee, workWeek: 7 }).isErr()).toBe(true);
  });

  it('D2: a typed array where a list belongs is an Err, never a throw', () => {
    expect(issuePaths({ ...amir, births: new Uint8Array(2) })).toEqual(['births']);
    expect(issuePaths({ ...amir, cltn: new Int32Array(2) })).toEqual(['cltn']);
    expect(issuePaths({ ...amir, position: new Float64Array(1) })).toEqual(['position.type']);
    expect(issuePaths({ ...amir, nip: new Uint8Array(18) })).toEqual(['nip']);
    expect(issuePaths(new Uint8Array(4))).toEqual(['kind']);
  });

  it('D3: a failed parse leaves the caller\'s nested objects unfrozen and unchanged', () => {
    const cltn = { from: '2015-01-01', to: '2016-01-01' };
    const input = { ...amir, cltn };
    expect(parseEmployee(input).isErr()).toBe(true);
    expect(Object.isFrozen(cltn)).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
    const births = ['2020-01-01', '2020-02-30'];
    const periods = [{ from: '2015-01-01', to: '2015-06-30' }];
    expect(parseEmployee({ ...amir, births, cltn: periods }).isErr()).toBe(true);
    expect([Object.isFrozen(births), Object.isFrozen(periods), Object.isFrozen(periods[0])]).toEqual([false, false, false]);
    const failsAcrossFields = { ...amir, tmtCpns: '1960-01-01', cltn: periods };
    expect(parseEmployee(failsAcrossFields).isErr()).toBe(true);
    expect([Object.isFrozen(failsAcrossFields), Object.isFrozen(periods)]).toEqual([false, false]);
    expect(births).toEqual(['2020-01-01', '2020-02-30']);
  });

  it('exposes the checks of each field through employeeSchema; the checks across fields are the parser\'s', () => {
    expect(employeeSchema.safeParse(amir).success).toBe(true);
    expect(employeeSchema.safeParse({ kind: 'PNS' }).success).toBe(false);
    expect(employeeSchema.safeParse({ ...amir, golongan: 'IX' }).success).toBe(false);
    // The NIP layout against the kind and TMT CPNS after birth are checked by parseEmployee, not by the schema.
    expect(employeeSchema.safeParse({ ...amir, nip: '200012312024211001' }).success).toBe(true);
    expect(parseEmployee({ ...amir, nip: '200012312024211001' }).isErr()).toBe(true);
  });

  it('employeeSchema describes its input as JSON Schema, with dates as format: date', () => {
    const schema = z.toJSONSchema(employeeSchema, { io: 'input' }) as { oneOf: { properties: Record<string, { format?: string }>; required: string[] }[] };
    const [civil, contractStaff] = schema.oneOf;
    expect(civil?.properties['birthDate']?.format).toBe('date');
    expect(civil?.properties['tmtCpns']?.format).toBe('date');
    expect(civil?.required).toEqual(['kind', 'nip', 'name', 'gender', 'birthDate', 'position', 'workUnit', 'tmtCpns', 'golongan']);
    expect(contractStaff?.required).toEqual(['kind', 'nip', 'name', 'gender', 'birthDate', 'position', 'workUnit', 'contract', 'golongan']);
  });

  it('its object schemas can be extended, picked and embedded in zod or zod/mini objects', () => {
    const withGrade = z.extend(civilServantSchema, { grade: z.number() });
    expect(withGrade.safeParse({ ...amir, grade: 3 }).success).toBe(true);
    expect(withGrade.safeParse(amir).success).toBe(false);
    const identity = z.pick(pppkEmployeeSchema, { nip: true, name: true });
    expect(identity.parse({ nip: '20001231 2024 21 1 001', name: ' Fajar ' })).toEqual({ nip: '200012312024211001', name: 'Fajar' });
    const body = zc.object({ employee: employeeSchema, note: zc.string() });
    const parsed = body.safeParse({ employee: amir, note: 'mutasi' });
    expect(parsed.success && parsed.data.employee.nip).toBe('196608011988031001');
    const miniBody = z.object({ employees: z.array(employeeSchema) });
    expect(miniBody.safeParse({ employees: [amir, pppk] }).success).toBe(true);
  });
});

const isDeeplyFrozen = (value: unknown): boolean =>
  typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen));

describe('properties', () => {
  it('parsing is idempotent: a parsed employee parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ROSTER), employeeInputArbitrary), (input) => {
        const employee = parseEmployee(input)._unsafeUnwrap();
        expect(parseEmployee(employee)._unsafeUnwrap()).toEqual(employee);
        expect(parseEmployee(structuredClone(employee))._unsafeUnwrap()).toEqual(employee);
      }),
    );
  });

  it('every valid record parses to a deeply frozen Employee, and the record itself stays unfrozen and unchanged', () => {
    fc.assert(
      fc.property(employeeInputArbitrary, (input) => {
        const before = structuredClone(input);
        const employee: Employee = parseEmployee(input)._unsafeUnwrap();
        expect(isDeeplyFrozen(employee)).toBe(true);
        expect(input).toEqual(before);
        expect(Object.isFrozen(input) || Object.isFrozen(input['position'])).toBe(false);
      }),
    );
  });

  it('a record broken in one field or across fields fails and stays unfrozen and unchanged', () => {
    const breakages: readonly ((input: Record<string, unknown>) => Record<string, unknown>)[] = [
      (input) => ({ ...input, births: new Uint8Array(2) }),
      (input) => ({ ...input, cltn: [{ from: '2015-01-02', to: '2015-01-01' }] }),
      (input) => ({ ...input, cltn: { from: '2015-01-01', to: '2015-12-31' } }),
      (input) => ({ ...input, position: { type: 'camat', title: 'Camat' } }),
      (input) => ({ ...input, workUnit: { id: '', name: 'BKPSDM' } }),
      (input) => (input['kind'] === 'PPPK' ? { ...input, nip: '196608011988031001' } : { ...input, tmtCpns: '1900-01-01' }),
    ];
    fc.assert(
      fc.property(employeeInputArbitrary, fc.constantFrom(...breakages), (valid, breakIt) => {
        const input = breakIt(valid);
        const before = structuredClone(input);
        expect(parseEmployee(input)._unsafeUnwrapErr().code).toBe('employee/invalid-input');
        expect(input).toEqual(before);
        for (const part of [input, ...Object.values(input)]) {
          if (typeof part === 'object' && part !== null && !ArrayBuffer.isView(part)) expect(Object.isFrozen(part)).toBe(false);
        }
      }),
    );
  });

  it('arbitrary input never throws and returns a Result (typed arrays, sparse arrays, null prototypes included)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileArbitrary,
          fc.record({ kind: fc.constantFrom('PNS', 'CPNS', 'PPPK'), nip: hostileArbitrary }),
          employeeInputArbitrary.chain((input) =>
            fc.constantFrom(...Object.keys(input)).chain((key) => hostileArbitrary.map((value) => ({ ...input, [key]: value }))),
          ),
        ),
        (input) => {
          const result = parseEmployee(input);
          expect(result.isOk() || result.error.code === 'employee/invalid-input').toBe(true);
        },
      ),
    );
  });
});
