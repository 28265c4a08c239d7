import type { Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import { parseInput } from '../core';
import { markElements } from './cross-checks';
import type { ServiceQualityError } from './errors';
import { KIND } from './kinds';
import { forumSchema, type Forum } from './schemas';

const forumListSchema = /* @__PURE__ */ recordList(forumSchema);

const CODE = 'service-quality/invalid-input';

/**
 * Parses a list of forum sessions: every forum as `parseForum` does, in a new frozen list; each forum of it
 * is recorded as parsed too.
 *
 * @param input - The forums, untrusted.
 * @returns `Ok(forums)`, or `Err` with `service-quality/invalid-input` (paths such as `2.participants.citizens`).
 * @example
 * ```ts
 * import { parseForums } from 'asn-kit/service-quality';
 * parseForums([]).isOk(); // => true
 * parseForums([{ id: 'x' }]).isErr(); // => true
 * ```
 */
export function parseForums(input: unknown): Result<readonly Forum[], ServiceQualityError> {
  return parseInput(forumListSchema, input, CODE, KIND.forums).map((list) => markElements(list, KIND.forum));
}
