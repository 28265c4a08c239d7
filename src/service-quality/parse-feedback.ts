import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { feedbackSchema, type Feedback } from './schemas';

const CODE = 'service-quality/invalid-input';

/**
 * Parses one piece of feedback from any channel (see `feedbackSchema`); the topic is trimmed.
 *
 * @param input - The feedback, untrusted (extra keys are dropped).
 * @returns `Ok(feedback)`, or `Err` with `service-quality/invalid-input`.
 * @example
 * ```ts
 * import { parseFeedback } from 'asn-kit/service-quality';
 * const feedback = parseFeedback({
 *   id: 'FB-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'whatsapp',
 *   received: '2026-02-02', kind: 'suggestion', topic: ' Antrean KTP-el ',
 * });
 * if (feedback.isOk()) feedback.value.topic; // => 'Antrean KTP-el'
 * ```
 */
export function parseFeedback(input: unknown): Result<Feedback, ServiceQualityError> {
  return parseInput(feedbackSchema, input, CODE, KIND.feedback);
}
