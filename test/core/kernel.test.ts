import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  asnError,
  fail,
  formatLegalBasis,
  isInForce,
  isInForceDuring,
  reason,
  recodeError,
  ruleInForce,
  validate,
  type IsoDate,
  type RuleTable,
} from '../../src/core';

const d = (value: string): IsoDate => value as IsoDate;

describe('formatLegalBasis', () => {
  it('writes instrument, article and note', () => {
    expect(formatLegalBasis({ instrument: 'PP 11/2017', article: 'Pasal 239 ayat (2)', note: 'guru' })).toBe('PP 11/2017 Pasal 239 ayat (2) (guru)');
    expect(formatLegalBasis({ instrument: 'Keppres 42/2025' })).toBe('Keppres 42/2025');
    expect(formatLegalBasis({ instrument: 'PP 94/2021', note: 'per calendar year' })).toBe('PP 94/2021 (per calendar year)');
    expect(formatLegalBasis({ instrument: 'PP 94/2021', interpretation: 'absence-counting', evidence: 'interpretation' })).toBe('PP 94/2021');
  });
});

describe('reason, asnError, fail, recodeError', () => {
  const basis = { instrument: 'PP 11/2017', article: 'Pasal 23' };
  const message = { id: 'Diangkat sebelum 18 tahun', en: 'Appointed before the age of 18' };

  it('builds reasons with and without data', () => {
    expect(reason('employee/appointed-under-18', 'warning', basis, message)).toEqual({ code: 'employee/appointed-under-18', severity: 'warning', basis, message });
    expect(reason('x/y', 'info', basis, message, { age: 17 }).data).toEqual({ age: 17 });
  });

  it('builds errors and Errs', () => {
    expect(asnError('x/y', basis, message, {})).toEqual({ code: 'x/y', severity: 'error', basis, message, data: {} });
    const result = fail('x/z', basis, message, { n: 1 });
    expect(result._unsafeUnwrapErr()).toEqual({ code: 'x/z', severity: 'error', basis, message, data: { n: 1 } });
  });

  it('passes an error on under another code, keeping basis, message and data, without changing the original', () => {
    const original = asnError('core/no-rule-in-force', basis, message, { table: 't' });
    expect(recodeError(original, 'leave/no-rule-in-force')).toEqual({ ...original, code: 'leave/no-rule-in-force' });
    expect(original.code).toBe('core/no-rule-in-force');
  });
});

describe('validate', () => {
  const schema = z.object({ days: z.number(), span: z.object({ from: z.string() }) });

  it('passes valid input through', () => {
    expect(validate(schema, { days: 2, span: { from: 'a' } }, 'leave/invalid-input')._unsafeUnwrap()).toEqual({ days: 2, span: { from: 'a' } });
  });

  it('maps every zod issue to a path and a message', () => {
    const error = validate(schema, { days: 'x', span: {} }, 'leave/invalid-input')._unsafeUnwrapErr();
    expect(error.code).toBe('leave/invalid-input');
    expect(error.data.issues).toEqual([
      { path: 'days', message: 'Invalid input: expected number, received string' },
      { path: 'span.from', message: 'Invalid input: expected string, received undefined' },
    ]);
    expect(error.message.en).toBe('Invalid input — days: Invalid input: expected number, received string; span.from: Invalid input: expected string, received undefined');
  });

  it('reports a problem with the input itself without a path', () => {
    const error = validate(schema, null, 'leave/invalid-input')._unsafeUnwrapErr();
    expect(error.data.issues).toEqual([{ path: '', message: 'Invalid input: expected object, received null' }]);
    expect(error.message.id).toBe('Masukan tidak valid — Input tidak valid: diharapkan object, diterima null');
  });
});

interface SickRow {
  readonly kind: 'sick' | 'annual';
  readonly doctor: string;
  readonly basis: { readonly instrument: string };
  readonly effective: { readonly from: IsoDate; readonly to?: IsoDate };
}

const SICK: RuleTable<SickRow> = {
  name: 'sick-leave-certificate',
  rows: [
    { kind: 'sick', doctor: 'government', basis: { instrument: 'PP 11/2017' }, effective: { from: d('2017-04-07'), to: d('2020-02-27') } },
    { kind: 'sick', doctor: 'any', basis: { instrument: 'PP 17/2020' }, effective: { from: d('2020-02-28') } },
    { kind: 'annual', doctor: 'none', basis: { instrument: 'PP 11/2017' }, effective: { from: d('2017-04-07') } },
  ],
};

describe('rule tables', () => {
  it('isInForce includes both ends', () => {
    expect(isInForce({ from: d('2017-04-07'), to: d('2020-02-27') }, d('2020-02-27'))).toBe(true);
    expect(isInForce({ from: d('2017-04-07'), to: d('2020-02-27') }, d('2020-02-28'))).toBe(false);
    expect(isInForce({ from: d('2017-04-07') }, d('2017-04-06'))).toBe(false);
  });

  it('isInForceDuring checks overlap with a range', () => {
    expect(isInForceDuring({ from: d('2020-02-28') }, { from: d('2020-01-01'), to: d('2020-12-31') })).toBe(true);
    expect(isInForceDuring({ from: d('2017-04-07'), to: d('2020-02-27') }, { from: d('2021-01-01'), to: d('2021-12-31') })).toBe(false);
    expect(isInForceDuring({ from: d('2022-01-01') }, { from: d('2021-01-01'), to: d('2021-12-31') })).toBe(false);
  });

  it('picks the row in force on a date, filtered', () => {
    expect(ruleInForce(SICK, d('2019-06-01'), (row) => row.kind === 'sick')._unsafeUnwrap().doctor).toBe('government');
    expect(ruleInForce(SICK, d('2020-02-28'), (row) => row.kind === 'sick')._unsafeUnwrap().doctor).toBe('any');
    expect(ruleInForce(SICK, d('2026-01-01'), (row) => row.kind === 'annual')._unsafeUnwrap().doctor).toBe('none');
  });

  it('prefers the row that came into force last when several are in force', () => {
    expect(ruleInForce(SICK, d('2026-01-01'))._unsafeUnwrap().doctor).toBe('any');
  });

  it('names the table when no row is in force', () => {
    const error = ruleInForce(SICK, d('2016-01-01'))._unsafeUnwrapErr();
    expect(error.code).toBe('core/no-rule-in-force');
    expect(error.data).toEqual({ table: 'sick-leave-certificate', date: '2016-01-01' });
    expect(error.message.en).toBe('No rule of the table "sick-leave-certificate" is in force on 2016-01-01.');
  });

  describe('properties', () => {
    it('the row found is always in force on the date', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
          const date = d(`${String(year)}-${String(month).padStart(2, '0')}-15`);
          const found = ruleInForce(SICK, date, (row) => row.kind === 'sick');
          expect(found.isOk()).toBe(date >= '2017-04-07');
          if (found.isOk()) expect(isInForce(found.value.effective, date)).toBe(true);
        }),
      );
    });
  });
});
