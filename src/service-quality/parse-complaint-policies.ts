import type { Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import { parseInput } from '../core';
import { markElements, policyListIssues } from './cross-checks';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { complaintPolicySchema, type ComplaintPolicy } from './schemas';

const policyListSchema = /* @__PURE__ */ recordList(complaintPolicySchema);

const CODE = 'service-quality/invalid-input';

/**
 * Parses the complaint policies of several units: each as `parseComplaintPolicy` does, one per unit.
 *
 * @param input - The policies, untrusted.
 * @returns `Ok(policies)`, or `Err` with `service-quality/invalid-input` (paths such as `1.unitId`).
 * @example
 * ```ts
 * import { parseComplaintPolicies } from 'asn-kit/service-quality';
 * const policy = { unitId: 'dinkes', rule: { days: 5, count: 'working' } };
 * const twice = parseComplaintPolicies([policy, policy]);
 * if (twice.isErr()) twice.error.data.issues; // => [{ path: '1.unitId', message: 'A second policy for unit dinkes' }]
 * ```
 */
export function parseComplaintPolicies(input: unknown): Result<readonly ComplaintPolicy[], ServiceQualityError> {
  return parseInput(policyListSchema, input, CODE, KIND.policies, (list) => policyListIssues(list)).map((list) =>
    markElements(list, KIND.policy),
  );
}
