import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import { complaintIssues } from './cross-checks';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { complaintSchema, type Complaint } from './schemas';

const CODE = 'service-quality/invalid-input';

/**
 * Parses one complaint (see `complaintSchema`): the subject trimmed, `extended` defaulted to `false`, and the
 * check across fields that the schema leaves to the parser (it cannot be closed before it was received).
 *
 * @param input - The complaint, untrusted (extra keys are dropped).
 * @returns `Ok(complaint)`, or `Err` with `service-quality/invalid-input`.
 * @example
 * ```ts
 * import { parseComplaint } from 'asn-kit/service-quality';
 * const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
 * const complaint = parseComplaint({ id: 'LAPOR-1', unit, channel: 'lapor', received: '2026-03-02', subject: 'KTP-el' });
 * if (complaint.isOk()) complaint.value.extended; // => false
 * const closedEarly = parseComplaint({ id: 'C', unit, channel: 'phone', received: '2026-03-02', subject: 'S', closed: '2026-03-01' });
 * if (closedEarly.isErr()) closedEarly.error.data.issues;
 * // => [{ path: 'closed', message: 'A complaint cannot be closed before it was received' }]
 * ```
 */
export function parseComplaint(input: unknown): Result<Complaint, ServiceQualityError> {
  return parseInput(complaintSchema, input, CODE, KIND.complaint, (complaint) => complaintIssues(complaint));
}
