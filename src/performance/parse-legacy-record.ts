import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { PerformanceError } from './errors';
import { legacyRecordSchema } from './schemas';
import type { LegacyRecord } from './types';

/** The kind a parsed legacy record is recorded as. */
export const LEGACY_RECORD_KIND = 'performance/legacy-record';

/**
 * Parses a historical performance record (PP 46/2011, PP 30/2019 or PermenPANRB 8/2021) at the boundary, with its
 * defaults applied. The result is a new, deeply frozen record that {@link legacyPerformanceScore} uses as it is;
 * the caller's object is never changed. The rules that depend on the regulation (weights summing to 100, a
 * behaviour value under PP 30/2019) are the score's, not the parser's.
 *
 * @param input - `{ period, skp, behaviour, peerInput?, newIdea?, regime? }` (see {@link legacyRecordSchema}).
 * @returns `Ok(record)`, or `Err` with code `performance/invalid-input` and every issue in `data.issues`.
 * @example
 * ```ts
 * import { legacyPerformanceScore, parseLegacyRecord } from 'asn-kit/performance';
 * const record = parseLegacyRecord({ period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83 });
 * if (record.isOk()) legacyPerformanceScore(record.value).map((score) => score.score); // => Ok(84.5)
 * ```
 */
export function parseLegacyRecord(input: unknown): Result<LegacyRecord, PerformanceError> {
  return parseInput(legacyRecordSchema, input, 'performance/invalid-input', LEGACY_RECORD_KIND);
}
