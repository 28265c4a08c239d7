import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { complaintPolicySchema, type ComplaintPolicy } from './schemas';

const CODE = 'service-quality/invalid-input';

/**
 * Parses one unit's complaint policy (see `complaintPolicySchema`).
 *
 * @param input - The policy, untrusted (extra keys are dropped).
 * @returns `Ok(policy)`, or `Err` with `service-quality/invalid-input`.
 * @example
 * ```ts
 * import { parseComplaintPolicy } from 'asn-kit/service-quality';
 * parseComplaintPolicy({ unitId: 'dinkes', rule: { days: 5, count: 'working' } }).isOk(); // => true
 * parseComplaintPolicy({ unitId: 'dinkes', rule: { days: 5, count: 'hari' } }).isErr(); // => true
 * ```
 */
export function parseComplaintPolicy(input: unknown): Result<ComplaintPolicy, ServiceQualityError> {
  return parseInput(complaintPolicySchema, input, CODE, KIND.policy);
}
