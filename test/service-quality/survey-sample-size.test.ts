import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { KREJCIE_MORGAN_TABLE, surveySampleSize, type SampleSize, type ServiceQualityError } from '../../src/service-quality';
import { untyped } from './helpers';

const sample = (population: number): number => surveySampleSize(population)._unsafeUnwrap().sample;

describe('surveySampleSize', () => {
  it('S7: population 100 / 1.000 / 10.000 / 1.000.000 → sample 80 / 278 / 370 / 384', () => {
    expect([sample(100), sample(1000), sample(10_000), sample(1_000_000)]).toEqual([80, 278, 370, 384]);
  });

  it('S8: population 120 → 92 (row exists); N 125 → next row 130 → 97 (docs/interpretations.md#survey-sample-size)', () => {
    expect(sample(120)).toBe(92);
    expect(surveySampleSize(125)._unsafeUnwrap()).toEqual({
      population: 125,
      sample: 97,
      row: { population: 130, sample: 97 },
      census: false,
      reasons: [
        {
          code: 'service-quality/sample-size',
          severity: 'info',
          basis: {
            instrument: 'PermenPANRB 14/2017',
            article: 'Lampiran (penentuan jumlah responden; tabel Krejcie dan Morgan)',
            note: 'a population between two rows takes the higher row',
            evidence: 'secondary-source',
            interpretation: 'survey-sample-size',
          },
          message: {
            id: 'Populasi 125 orang: sampel 97 responden (baris N = 130 tabel Krejcie–Morgan).',
            en: 'A population of 125: a sample of 97 respondents (row N = 130 of the Krejcie–Morgan table).',
          },
          data: { population: 125, row: 130, sample: 97 },
        },
      ],
    });
  });

  it('§4.1 table values: 10→10, 50→44, 150→108, 200→132, 300→169, 500→217, 1.500→306, 2.000→322, 3.000→341, 5.000→357, 20.000→377, 50.000→381, 75.000→382', () => {
    const cases: [number, number][] = [[10, 10], [50, 44], [150, 108], [200, 132], [300, 169], [500, 217], [1500, 306], [2000, 322], [3000, 341], [5000, 357], [20_000, 377], [50_000, 381], [75_000, 382]];
    for (const [population, expected] of cases) expect(sample(population)).toBe(expected);
  });

  it('between 75.000 and 1.000.000 takes 384, and so does anything above', () => {
    expect(sample(75_001)).toBe(384);
    expect(sample(2_500_000)).toBe(384);
  });

  it('a population under the first row is asked in full (census)', () => {
    const size = surveySampleSize(7)._unsafeUnwrap();
    expect(size).toMatchObject({ population: 7, sample: 7, census: true, row: { population: 10, sample: 10 } });
    expect(size.reasons).toEqual([
      {
        code: 'service-quality/census',
        severity: 'info',
        basis: {
          instrument: 'PermenPANRB 14/2017',
          article: 'Lampiran (penentuan jumlah responden; tabel Krejcie dan Morgan)',
          note: 'a population between two rows takes the higher row',
          evidence: 'secondary-source',
          interpretation: 'survey-sample-size',
        },
        message: {
          id: 'Populasi 7 orang di bawah baris pertama tabel Krejcie–Morgan: seluruh populasi menjadi responden.',
          en: 'A population of 7 is below the first row of the Krejcie–Morgan table: everyone is asked.',
        },
        data: { population: 7 },
      },
    ]);
    expect(sample(1)).toBe(1);
    expect(surveySampleSize(9)._unsafeUnwrap()).toMatchObject({ sample: 9, census: true });
    expect(surveySampleSize(10)._unsafeUnwrap()).toMatchObject({ sample: 10, census: false, row: { population: 10, sample: 10 } });
    // N 11 takes the row of 15 (sample 14), more than the population itself: everyone is asked.
    expect(surveySampleSize(11)._unsafeUnwrap()).toMatchObject({ sample: 11, row: { population: 15, sample: 14 } });
    expect(surveySampleSize(14)._unsafeUnwrap()).toMatchObject({ sample: 14, census: false, row: { population: 15, sample: 14 } });
  });

  it('the table has 90 rows in ascending order, from 10 to 1,000,000', () => {
    const rows = KREJCIE_MORGAN_TABLE.rows;
    expect(rows).toHaveLength(90);
    expect(rows[0]).toMatchObject({ population: 10, sample: 10 });
    expect(rows.at(-1)).toMatchObject({ population: 1_000_000, sample: 384 });
    expect(rows.every((row, i) => i === 0 || (rows[i - 1]?.population ?? 0) < row.population)).toBe(true);
  });

  it('bad populations are coded errors', () => {
    for (const bad of [0, -5, 2.5, '100', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(surveySampleSize(untyped(bad))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    }
  });
});

describe('surveySampleSize types', () => {
  it('returns a Result of the sample size or a service-quality error', () => {
    expectTypeOf(surveySampleSize).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(surveySampleSize).returns.toEqualTypeOf<Result<SampleSize, ServiceQualityError>>();
  });
});

describe('properties', () => {
  it('a larger population never needs a smaller sample, and the sample never exceeds the population or 384', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 0, max: 100_000 }), (population, extra) => {
        const small = sample(population);
        expect(sample(population + extra)).toBeGreaterThanOrEqual(small);
        expect(small).toBeLessThanOrEqual(Math.min(population, 384));
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = surveySampleSize(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
