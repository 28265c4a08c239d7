import type { Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import { parseInput } from '../core';
import { markElements } from './cross-checks';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { feedbackSchema, type Feedback } from './schemas';

const feedbackListSchema = /* @__PURE__ */ recordList(feedbackSchema);

const CODE = 'service-quality/invalid-input';

/**
 * Parses a list of feedback, as `parseFeedback` does for each, in a new frozen list.
 *
 * @param input - The feedback, untrusted.
 * @returns `Ok(list)`, or `Err` with `service-quality/invalid-input`.
 * @example
 * ```ts
 * import { parseFeedbackList } from 'asn-kit/service-quality';
 * parseFeedbackList([{ id: 'FB-1', channel: 'pigeon' }]).isErr(); // => true
 * ```
 */
export function parseFeedbackList(input: unknown): Result<readonly Feedback[], ServiceQualityError> {
  return parseInput(feedbackListSchema, input, CODE, KIND.feedbackList).map((list) => markElements(list, KIND.feedback));
}
