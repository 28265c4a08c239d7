import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { reason, validate, type Reason } from '../core';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { KREJCIE_MORGAN_TABLE, LAST_ROW, type SampleSizeRow } from './rules/sample-size';

/**
 * The sample a survey needs.
 *
 * @example
 * ```ts
 * import { surveySampleSize, type SampleSize } from 'asn-kit/service-quality';
 * const sizeResult = surveySampleSize(1000);
 * if (sizeResult.isOk()) {
 *   const size: SampleSize = sizeResult.value;
 *   size.sample; // => 278
 * }
 * ```
 */
export interface SampleSize {
  /** The population asked about. */
  readonly population: number;
  /** The number of respondents needed. */
  readonly sample: number;
  /** The table row it was read from (the first row whose population is at least the one asked about). */
  readonly row: {
    /** The row's population (N). */
    readonly population: number;
    /** The row's sample (S). */
    readonly sample: number;
  };
  /** `true` when the population is below the table's first row and every member is asked. */
  readonly census: boolean;
  /** Why: the row used, or the census. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

const populationSchema = /* @__PURE__ */ (() => z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(Number.MAX_SAFE_INTEGER)))();

/**
 * The number of SKM respondents a population needs: the Krejcie–Morgan table used under PermenPANRB 14/2017,
 * where a population between two rows takes the higher row (docs/interpretations.md#survey-sample-size) and a population of 1,000,000 or more
 * needs 384. A population under 10 (the first row) is asked in full.
 *
 * @param population - The number of people served in the survey period (a whole number ≥ 1).
 * @returns `Ok(size)`, or `Err` with `service-quality/invalid-input`.
 * @see Official: PermenPANRB 14/2017, Lampiran (penentuan jumlah responden)
 * @see Based on: Krejcie & Morgan (1970), Determining Sample Size for Research Activities
 * @example
 * ```ts
 * import { surveySampleSize } from 'asn-kit/service-quality';
 * surveySampleSize(100).map((size) => size.sample); // => Ok(80)
 * surveySampleSize(125).map((size) => size.sample); // => Ok(97) (the row of 130)
 * surveySampleSize(0).match(() => 'ok', (error) => error.code); // => 'service-quality/invalid-input'
 * ```
 */
export function surveySampleSize(population: number): Result<SampleSize, ServiceQualityError> {
  const parsed = validate(populationSchema, population, 'service-quality/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const size = parsed.value;
  const row: SampleSizeRow = KREJCIE_MORGAN_TABLE.rows.find((candidate) => candidate.population >= size) ?? LAST_ROW;
  const census = size < row.sample;
  const sample = census ? size : row.sample;
  const why = census
    ? reason(
        'service-quality/census',
        'info',
        row.basis,
        {
          id: `Populasi ${size} orang di bawah baris pertama tabel Krejcie–Morgan: seluruh populasi menjadi responden.`,
          en: `A population of ${size} is below the first row of the Krejcie–Morgan table: everyone is asked.`,
        },
        { population: size },
      )
    : reason(
        'service-quality/sample-size',
        'info',
        row.basis,
        {
          id: `Populasi ${size} orang: sampel ${row.sample} responden (baris N = ${row.population} tabel Krejcie–Morgan).`,
          en: `A population of ${size}: a sample of ${row.sample} respondents (row N = ${row.population} of the Krejcie–Morgan table).`,
        },
        { population: size, row: row.population, sample: row.sample },
      );
  return ok({ population: size, sample, row: { population: row.population, sample: row.sample }, census, reasons: [why] });
}
