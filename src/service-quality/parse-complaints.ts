import type { Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import { parseInput } from '../core';
import { complaintListIssues, markElements } from './cross-checks';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { complaintSchema, type Complaint } from './schemas';

const complaintListSchema = /* @__PURE__ */ recordList(complaintSchema);

const CODE = 'service-quality/invalid-input';

/**
 * Parses a complaint register: every complaint as `parseComplaint` does, and no id twice.
 *
 * @param input - The complaints, untrusted.
 * @returns `Ok(complaints)`, or `Err` with `service-quality/invalid-input` (paths such as `1.id`).
 * @example
 * ```ts
 * import { parseComplaints } from 'asn-kit/service-quality';
 * const complaint = { id: 'C-1', unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, channel: 'phone', received: '2026-03-02', subject: 'Antrean' };
 * const twice = parseComplaints([complaint, complaint]);
 * if (twice.isErr()) twice.error.data.issues; // => [{ path: '1.id', message: 'A second complaint with id C-1' }]
 * ```
 */
export function parseComplaints(input: unknown): Result<readonly Complaint[], ServiceQualityError> {
  return parseInput(complaintListSchema, input, CODE, KIND.complaints, (list) => complaintListIssues(list)).map((list) =>
    markElements(list, KIND.complaint),
  );
}
