import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { parseInput } from '../core/validate';
import { predikatSchema, ratingSchema } from '../performance';
import { portsError, type PortsError } from './errors';
import type { PerformanceRecord } from './performance-store';

/**
 * The zod schema of a {@link PerformanceRecord} (other keys are dropped).
 *
 * @example
 * ```ts
 * import { performanceRecordSchema } from 'asn-kit/ports';
 * performanceRecordSchema.safeParse({ nip: '199001012015031001', year: 2026, workUnitId: 'disdik',
 *   workRating: 'meets', behaviourRating: 'above', predikat: 'good' }).success; // => true
 * ```
 */
export const performanceRecordSchema = /* @__PURE__ */ (() => z.object({
  nip: z.string().check(z.regex(/^\d{18}$/)),
  year: z.int().check(z.minimum(1900), z.maximum(2999)),
  workUnitId: z.string().check(z.minLength(1)),
  workRating: ratingSchema,
  behaviourRating: ratingSchema,
  predikat: predikatSchema,
}))();

/**
 * Checks a performance record at the boundary (a row, a form) and returns it typed and frozen.
 *
 * @param input - The raw record.
 * @returns `Ok(record)`, or `Err` with code `ports/invalid-record` listing every problem with its path in
 *   `data.issues`.
 * @example
 * ```ts
 * import { parsePerformanceRecord } from 'asn-kit/ports';
 * parsePerformanceRecord({ nip: '199001012015031001', year: 2026, workUnitId: 'disdik',
 *   workRating: 'meets', behaviourRating: 'meets', predikat: 'good' }).isOk(); // => true
 * parsePerformanceRecord({ nip: '1990' }).isErr(); // => true
 * ```
 */
export function parsePerformanceRecord(input: unknown): Result<PerformanceRecord, PortsError> {
  return parseInput(performanceRecordSchema, input, 'ports/invalid-record', 'ports/performance-record')
    .mapErr((error) => portsError(error.code, error.message, error.data));
}
