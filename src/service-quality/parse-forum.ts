import type { Result } from 'neverthrow';
import { parseInput } from '../core';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { forumSchema, type Forum } from './schemas';

const CODE = 'service-quality/invalid-input';

/**
 * Parses one forum session (see `forumSchema`): dates checked, topics trimmed, topics and follow-ups defaulted to
 * none. The result is a new, deeply frozen value that `summarizeForums` and `checkForumFrequency` use as it is.
 *
 * @param input - The forum, untrusted (extra keys are dropped).
 * @returns `Ok(forum)`, or `Err` with `service-quality/invalid-input` and the path of each bad field.
 * @example
 * ```ts
 * import { parseForum } from 'asn-kit/service-quality';
 * const forum = parseForum({
 *   id: 'D-01', kind: 'dialogue', date: '2026-01-20', unit: { id: 'dinkes', name: 'Dinas Kesehatan' },
 *   participants: { citizens: 20, officials: 5 },
 * });
 * if (forum.isOk()) forum.value.topics; // => []
 * parseForum({ id: 'D-01', kind: 'webinar' }).isErr(); // => true
 * ```
 */
export function parseForum(input: unknown): Result<Forum, ServiceQualityError> {
  return parseInput(forumSchema, input, CODE, KIND.forum);
}
