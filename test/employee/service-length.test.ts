import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceLength } from '../../src/employee/index';
import { untyped } from './arbitraries';

const length = (from: string, to: string, excluding: { from: string; to: string }[] = []) =>
  serviceLength(from, to, { excluding })._unsafeUnwrap();

const pad = (value: number): string => String(value).padStart(2, '0');
const dateArbitrary = fc
  .record({ year: fc.integer({ min: 1960, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${String(year)}-${pad(month)}-${pad(day)}`);

describe('serviceLength', () => {
  it('docs/interpretations.md#eligibility-service: TMT 2025-03-01 → one full year on 2026-03-01', () => {
    expect(length('2025-03-01', '2026-03-01')).toEqual({ years: 1, months: 0, days: 0 });
    expect(length('2025-03-01', '2026-02-28')).toEqual({ years: 0, months: 11, days: 27 });
  });

  it('counts years, months and days to the date asked about', () => {
    expect(length('2010-03-01', '2026-11-28')).toEqual({ years: 16, months: 8, days: 27 });
    expect(length('2010-03-01', '2010-03-01')).toEqual({ years: 0, months: 0, days: 0 });
    expect(length('2024-01-31', '2024-02-29')).toEqual({ years: 0, months: 1, days: 0 });
    expect(length('2024-01-31', '2024-03-30')).toEqual({ years: 0, months: 1, days: 30 });
  });

  it('§1.8/§1.9: a 2-year CLTN takes exactly 2 years off (PP 11/2017 Pasal 337)', () => {
    expect(length('2010-03-01', '2026-11-28', [{ from: '2015-06-01', to: '2017-05-31' }])).toEqual({ years: 14, months: 8, days: 27 });
  });

  it('a CLTN of 1 year 3 months and 10 days is left out in those units', () => {
    expect(length('2000-01-01', '2026-01-01', [{ from: '2010-01-01', to: '2011-04-10' }])).toEqual({ years: 24, months: 8, days: 21 });
  });

  it('clips CLTN to the service period and counts overlapping periods once', () => {
    expect(length('2010-03-01', '2020-03-01', [{ from: '2009-01-01', to: '2011-02-28' }])).toEqual({ years: 9, months: 0, days: 0 });
    expect(length('2010-03-01', '2020-03-01', [{ from: '2019-03-01', to: '2021-12-31' }])).toEqual({ years: 9, months: 0, days: 0 });
    expect(length('2010-03-01', '2020-03-01', [{ from: '2021-01-01', to: '2021-12-31' }])).toEqual({ years: 10, months: 0, days: 0 });
    expect(
      length('2010-03-01', '2020-03-01', [
        { from: '2013-01-01', to: '2013-12-31' },
        { from: '2012-07-01', to: '2013-06-30' },
        { from: '2014-01-01', to: '2014-06-30' },
      ]),
    ).toEqual({ years: 8, months: 0, days: 0 });
  });

  it('counts a CLTN inside another one once', () => {
    expect(
      length('2010-03-01', '2020-03-01', [
        { from: '2012-01-01', to: '2013-12-31' },
        { from: '2012-01-01', to: '2012-06-30' },
      ]),
    ).toEqual({ years: 8, months: 0, days: 0 });
  });

  it('gives zero when CLTN covers the whole period', () => {
    expect(length('2010-03-01', '2012-03-01', [{ from: '2010-01-01', to: '2013-01-01' }])).toEqual({ years: 0, months: 0, days: 0 });
  });

  it('gives employee/invalid-service-period when the end is before the start', () => {
    const error = serviceLength('2026-01-01', '2025-01-01')._unsafeUnwrapErr();
    expect(error.code).toBe('employee/invalid-service-period');
    expect(error.data).toEqual({ from: '2026-01-01', to: '2025-01-01' });
  });

  it('gives employee/invalid-input for a malformed date or a reversed CLTN range', () => {
    expect(serviceLength('2026-02-30', '2026-03-01')._unsafeUnwrapErr().code).toBe('employee/invalid-input');
    const error = serviceLength('2010-01-01', '2026-01-01', { excluding: [{ from: '2015-01-01', to: '2014-01-01' }] })._unsafeUnwrapErr();
    expect(error.code).toBe('employee/invalid-input');
    expect(error.data).toMatchObject({ issues: [{ path: 'options.excluding.0.to' }] });
  });
});

describe('properties', () => {
  it('months stay below 12 and days below 31', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, (left, right) => {
        const [from, to] = left <= right ? [left, right] : [right, left];
        const result = length(from, to);
        expect(result.months).toBeLessThan(12);
        expect(result.days).toBeLessThan(31);
      }),
    );
  });

  it('more service never gives less, and excluding never gives more', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, dateArbitrary, dateArbitrary, (a, b, c, d) => {
        const [from, early, late] = [a, b, c].sort();
        const key = (value: { years: number; months: number; days: number }): number => value.years * 400 + value.months * 32 + value.days;
        expect(key(length(from!, late!))).toBeGreaterThanOrEqual(key(length(from!, early!)));
        const [x, y] = [c, d].sort();
        expect(key(length(from!, late!, [{ from: x!, to: y! }]))).toBeLessThanOrEqual(key(length(from!, late!)));
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (from, to, options) => {
        const result = serviceLength(untyped(from), untyped(to), untyped(options));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
