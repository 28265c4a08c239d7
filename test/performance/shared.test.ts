import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { rowFor } from '../../src/performance/shared';

const table = {
  name: 'test/closed',
  rows: [
    { value: 1, basis: { instrument: 'A' }, effective: { from: '2020-01-01' as IsoDate, to: '2020-12-31' as IsoDate } },
    { value: 2, basis: { instrument: 'B' }, effective: { from: '2021-01-01' as IsoDate } },
    { value: 3, basis: { instrument: 'C' }, effective: { from: '2023-01-01' as IsoDate } },
    { value: 4, basis: { instrument: 'D' }, effective: { from: '2022-01-01' as IsoDate } },
  ],
};

describe('rowFor', () => {
  it('without a date, takes the latest open-ended row', () => {
    expect(rowFor(table, () => true, undefined)._unsafeUnwrap().value).toBe(3);
  });
  it('with a date, takes the row in force then', () => {
    expect(rowFor(table, () => true, '2020-06-01' as IsoDate)._unsafeUnwrap().value).toBe(1);
  });
  it('names the table when no open-ended row matches', () => {
    const error = rowFor(table, (row) => row.value === 1, undefined)._unsafeUnwrapErr();
    expect(error.code).toBe('performance/no-rule-in-force');
    expect(error.data).toEqual({ table: 'test/closed' });
  });
});
