import { deepFrozen } from './frozen';

/**
 * The largest lists and strings asn-kit accepts, the same in every module, so that no list or string of an input
 * grows without bound. Every algorithm is linear or n log n in its input, so a call takes time in proportion to what
 * it is given. The limits bound each list, not their product: a record whose own lists are all at their limits is
 * far larger than any real one (an HTTP service should also bound its request bodies):
 *
 * - `records`: a list of records one call takes (the SKPs of a unit, a complaint register, a ledger, a roster);
 * - `items`: a list inside one record (the results of an SKP, the topics of a forum, an employee's CLTN periods);
 * - `text`: the characters of one string (a name, a subject, a note).
 *
 * Nesting is bounded by the schemas themselves: every input has a fixed shape, with no recursive part. A longer
 * list or string is an `…/invalid-input` error naming its path (zod's "Too big" message).
 *
 * @example
 * ```ts
 * import { INPUT_LIMITS } from 'asn-kit/core';
 * INPUT_LIMITS.records; // => 5000
 * ```
 */
export const INPUT_LIMITS: { readonly records: number; readonly items: number; readonly text: number } = /* @__PURE__ */ deepFrozen({
  records: 5_000,
  items: 1_000,
  text: 10_000,
});
