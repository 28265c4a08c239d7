/**
 * Parse once, then trust the parsed value (issue 9): every function of asn-kit/employee gives the same answer for a
 * parsed employee as for the raw record it came from, never answers from a stale copy of a caller's object, and
 * refuses unknown option keys by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNipAgainstEmployee,
  parseEmployee,
  rankOf,
  retirementAge,
  retirementDate,
  serviceLength,
  serviceStart,
  type Employee,
} from '../../src/employee/index';
import { employeeInputArbitrary, hostileArbitrary, untyped } from './arbitraries';

const amir = {
  kind: 'PNS',
  nip: '19660801 198803 1 001',
  name: 'Amir',
  gender: 'male',
  birthDate: '1966-08-01',
  tmtCpns: '1988-03-01',
  golongan: 'IV/a',
  position: { type: 'dosen', professor: true },
  workUnit: { id: 'usu', name: 'Universitas Sumatera Utara' },
  cltn: [{ from: '1995-01-01', to: '1995-12-31' }],
};

const parsedAmir = (): Employee => parseEmployee(amir)._unsafeUnwrap();

const issuesOf = (result: { isErr(): boolean; _unsafeUnwrapErr(): { code: string; data: Readonly<Record<string, unknown>> } }) => {
  const error = result._unsafeUnwrapErr();
  expect(error.code).toBe('employee/invalid-input');
  return error.data['issues'];
};

describe('parse once', () => {
  it('a parsed employee and its raw record give the same retirement, with and without options', () => {
    const employee = parsedAmir();
    expect(retirementDate(employee)).toEqual(retirementDate(untyped(amir)));
    expect(retirementDate(employee, { professorExtension: true })).toEqual(retirementDate(untyped(amir), { professorExtension: true }));
    expect(retirementDate(employee, { professorExtension: true })._unsafeUnwrap()).toMatchObject({
      age: 70,
      date: '2036-09-01',
      service: { years: 47, months: 6, days: 0 },
      pensionEntitled: true,
    });
    expect(retirementDate(employee, {})).toEqual(retirementDate(employee));
  });

  it('retirementDate refuses an unknown option key and names it, for a parsed employee and a raw record', () => {
    for (const input of [parsedAmir(), untyped(amir)]) {
      expect(issuesOf(retirementDate(input, untyped({ professorExtention: true })))).toEqual([
        { path: 'options', message: 'Unrecognized key: "professorExtention"' },
      ]);
      expect(issuesOf(retirementDate(input, untyped({ on: '2020-01-01' })))).toEqual([{ path: 'options', message: 'Unrecognized key: "on"' }]);
      expect(issuesOf(retirementDate(input, untyped(null)))).toEqual([{ path: 'options', message: 'Invalid input: expected object, received null' }]);
      expect(issuesOf(retirementDate(input, untyped({ professorExtension: 'yes' })))).toEqual([
        { path: 'options.professorExtension', message: 'Invalid input: expected boolean, received string' },
      ]);
    }
  });

  it('retirementDate names every issue of a raw record and its options together', () => {
    expect(issuesOf(retirementDate(untyped({ birthDate: '1966-02-30', position: { type: 'guru' } }), untyped({ extension: true })))).toEqual([
      { path: 'employee.birthDate', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'options', message: 'Unrecognized key: "extension"' },
    ]);
  });

  it('retirementAge and serviceLength refuse unknown option keys and name them', () => {
    expect(issuesOf(retirementAge({ type: 'guru' }, untyped({ professorExtention: true })))).toEqual([
      { path: 'options', message: 'Unrecognized key: "professorExtention"' },
    ]);
    expect(issuesOf(serviceLength('2010-01-01', '2020-01-01', untyped({ exclude: [] })))).toEqual([
      { path: 'options', message: 'Unrecognized key: "exclude"' },
    ]);
    expect(issuesOf(serviceLength('2010-01-01', '2020-01-01', untyped(null)))).toEqual([
      { path: 'options', message: 'Invalid input: expected object, received null' },
    ]);
    expect(serviceLength('2010-01-01', '2020-01-01', {})._unsafeUnwrap()).toEqual({ years: 10, months: 0, days: 0 });
    expect(serviceLength('2010-01-01', '2020-01-01', { excluding: undefined })._unsafeUnwrap()).toEqual({ years: 10, months: 0, days: 0 });
  });

  it('D2: a typed array where a list of periods belongs is an Err, never a throw', () => {
    expect(issuesOf(serviceLength('2010-01-01', '2020-01-01', { excluding: untyped(new Int32Array(2)) }))).toEqual([
      { path: 'options.excluding', message: 'Invalid input: expected array, received Int32Array' },
    ]);
    expect(issuesOf(retirementDate(untyped({ birthDate: '1966-08-01', position: { type: 'guru' }, cltn: new Uint8Array(2) })))).toEqual([
      { path: 'employee.cltn', message: 'Invalid input: expected array, received Uint8Array' },
    ]);
  });

  it('a failed check of an argument leaves the caller\'s objects unfrozen and unchanged', () => {
    const excluding = [{ from: '2015-01-02', to: '2015-01-01' }];
    const options = { excluding };
    expect(serviceLength('2010-01-01', '2020-01-01', options).isErr()).toBe(true);
    const record = { birthDate: '1966-08-01', position: { type: 'guru' as const }, cltn: excluding };
    expect(retirementDate(record, untyped({ extension: true })).isErr()).toBe(true);
    expect([options, excluding, excluding[0], record, record.position].map((value) => Object.isFrozen(value))).toEqual([false, false, false, false, false]);
    expect(excluding).toEqual([{ from: '2015-01-02', to: '2015-01-01' }]);
  });

  it('symbols and null-prototype options are an Err or ignored keys, never a throw', () => {
    const symbol = Symbol('x');
    const employee = parsedAmir();
    expect(issuesOf(parseEmployee(symbol))).toEqual([{ path: '', message: 'Invalid input: expected object, received symbol' }]);
    expect(issuesOf(parseEmployee({ ...amir, name: symbol }))).toEqual([{ path: 'name', message: 'Invalid input: expected string, received symbol' }]);
    expect(issuesOf(retirementDate(employee, untyped(symbol)))).toEqual([{ path: 'options', message: 'Invalid input: expected object, received symbol' }]);
    expect(retirementDate(employee, untyped(Object.create(null)))).toEqual(retirementDate(employee));
    expect(issuesOf(serviceLength(untyped(symbol), '2020-01-01'))).toEqual([
      { path: 'from', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
  });

  it('checkNipAgainstEmployee takes a parsed employee as it is, and still refuses a NIP that is not a string', () => {
    const employee = parsedAmir();
    expect(checkNipAgainstEmployee(employee.nip, employee)._unsafeUnwrap().consistent).toBe(true);
    expect(issuesOf(checkNipAgainstEmployee(untyped(1966080119), employee))).toEqual([
      { path: 'nip', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('a record changed in place between two calls gives the answer of its new data (no stale result)', () => {
    const record = structuredClone(amir);
    const first = retirementDate(untyped(record))._unsafeUnwrap();
    record.birthDate = '1970-01-15';
    record.position = { type: 'guru', professor: false };
    const second = retirementDate(untyped(record))._unsafeUnwrap();
    expect([first.date, second.date]).toEqual(['2031-09-01', '2030-02-01']);
    expect(checkNipAgainstEmployee(record.nip, untyped(record))._unsafeUnwrap().reasons.map((found) => found.code)).toEqual([
      'employee/nip-birth-date-mismatch',
    ]);
    record.gender = 'female';
    expect(checkNipAgainstEmployee(record.nip, untyped(record))._unsafeUnwrap().reasons.map((found) => found.code)).toEqual([
      'employee/nip-birth-date-mismatch',
      'employee/nip-gender-mismatch',
    ]);
    const options = { excluding: [{ from: '2012-01-01', to: '2012-12-31' }] };
    expect(serviceLength('2010-01-01', '2020-01-01', options)._unsafeUnwrap()).toEqual({ years: 9, months: 0, days: 0 });
    options.excluding.push({ from: '2014-01-01', to: '2014-12-31' });
    expect(serviceLength('2010-01-01', '2020-01-01', options)._unsafeUnwrap()).toEqual({ years: 8, months: 0, days: 0 });
  });
});

/** A Result as plain data, so two Results compare by what they hold. */
const plain = (result: { isOk(): boolean; _unsafeUnwrap(): unknown; _unsafeUnwrapErr(): { code: string } }): unknown =>
  result.isOk() ? { ok: result._unsafeUnwrap() } : { err: result._unsafeUnwrapErr().code };

describe('properties', () => {
  it('f(parseEmployee(x)) equals f(x) for every function that takes an employee', () => {
    fc.assert(
      fc.property(employeeInputArbitrary, fc.boolean(), (input, professorExtension) => {
        const employee = parseEmployee(input)._unsafeUnwrap();
        expect(plain(retirementDate(employee))).toEqual(plain(retirementDate(untyped(input))));
        expect(plain(retirementDate(employee, { professorExtension }))).toEqual(plain(retirementDate(untyped(input), { professorExtension })));
        expect(plain(checkNipAgainstEmployee(employee.nip, employee))).toEqual(plain(checkNipAgainstEmployee(untyped(input['nip']), untyped(input))));
        expect(plain(serviceStart(employee))).toEqual(plain(serviceStart(untyped(input))));
        expect(plain(retirementAge(employee.position, { professorExtension }))).toEqual(
          plain(retirementAge(untyped(input['position']), { professorExtension })),
        );
        expect(plain(rankOf(employee.golongan))).toEqual(plain(rankOf(untyped(input['golongan']))));
        const start = serviceStart(employee)._unsafeUnwrap();
        expect(plain(serviceLength(start, '2030-01-01', { excluding: employee.cltn }))).toEqual(
          plain(serviceLength(start, '2030-01-01', { excluding: untyped(input['cltn'] ?? []) })),
        );
      }),
    );
  });

  it('every answer about a parsed employee agrees with its NIP (the generated records are consistent)', () => {
    fc.assert(
      fc.property(employeeInputArbitrary, (input) => {
        const employee = parseEmployee(input)._unsafeUnwrap();
        expect(checkNipAgainstEmployee(employee.nip, employee)._unsafeUnwrap().consistent).toBe(true);
      }),
    );
  });

  it('a record changed in place answers like a fresh copy of its new data', () => {
    fc.assert(
      fc.property(employeeInputArbitrary, employeeInputArbitrary, (record, other) => {
        const input: Record<string, unknown> = structuredClone(record);
        retirementDate(untyped(input));
        checkNipAgainstEmployee(untyped(input['nip']), untyped(input));
        Object.assign(input, { birthDate: other['birthDate'], gender: other['gender'], position: other['position'] });
        expect(plain(retirementDate(untyped(input)))).toEqual(plain(retirementDate(untyped(structuredClone(input)))));
        expect(plain(checkNipAgainstEmployee(untyped(input['nip']), untyped(input)))).toEqual(
          plain(checkNipAgainstEmployee(untyped(input['nip']), untyped(structuredClone(input)))),
        );
      }),
    );
  });

  it('hostile arguments and options never throw', () => {
    const employee = parsedAmir();
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, (value, options) => {
        for (const result of [
          retirementDate(employee, untyped(options)),
          retirementDate(untyped(value), untyped(options)),
          retirementAge(untyped(value), untyped(options)),
          serviceLength('2010-01-01', '2020-01-01', untyped(options)),
          serviceLength(untyped(value), '2020-01-01', untyped(options)),
          checkNipAgainstEmployee(employee.nip, untyped(value)),
          checkNipAgainstEmployee(untyped(value), employee),
          serviceStart(untyped(value)),
        ]) {
          expect(result.isOk() || result.isErr()).toBe(true);
        }
      }),
    );
  });
});
