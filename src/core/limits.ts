import { deepFrozen } from './frozen';
import type { LocalizedIssue } from './input-error';

/**
 * The largest inputs asn-kit accepts, the same in every module, so that no call's work grows without bound. Every
 * algorithm is linear or n log n in its input and its answer, and together the limits keep any call within about a
 * second:
 *
 * - `records`: a list of records one call takes (the SKPs of a unit, a complaint register, a ledger, a roster);
 * - `items`: a list inside one record (the results of an SKP, the topics of a forum, an employee's CLTN periods);
 * - `text`: the characters of one string (a name, a subject, a note);
 * - `total`: the list items of one call's input together, over all its lists at every depth (and the keys of its
 *   records), so that lists inside lists cannot multiply; and the rows of an answer that pairs two of its inputs
 *   (a unit report's RHKs × evaluations, a forum check's units × periods).
 *
 * A real SKP with monthly evaluations holds about 360 list items, so a unit report takes about 550 such SKPs in one
 * call: report a larger unit by its sub-units. Nesting is bounded by the schemas themselves: every input has a fixed
 * shape, and the one free-form part (the `data` of a stored reason) is JSON at most eight levels deep. A longer list
 * or string, or an input over the total, is an `…/invalid-input` error naming its path (zod's "Too big" message for a
 * list or string), found before the items are read.
 *
 * @example
 * ```ts
 * import { INPUT_LIMITS } from 'asn-kit/core';
 * INPUT_LIMITS.records; // => 5000
 * INPUT_LIMITS.total; // => 200000
 * ```
 */
export const INPUT_LIMITS: { readonly records: number; readonly items: number; readonly text: number; readonly total: number } =
  /* @__PURE__ */ deepFrozen({
    records: 5_000,
    items: 1_000,
    text: 10_000,
    total: 200_000,
  });

/** The issue of an input whose lists hold more than {@link INPUT_LIMITS}`.total` items in all (internal). */
export function tooManyItems(path: string): LocalizedIssue {
  const most = String(INPUT_LIMITS.total);
  return {
    path,
    message: {
      id: `Terlalu besar: seluruh daftar dalam masukan diharapkan berisi <=${most} butir`,
      en: `Too big: expected all the lists of the input to hold <=${most} items together`,
    },
  };
}

/** The issue of an answer that would hold more than {@link INPUT_LIMITS}`.total` rows (internal). */
export function tooManyRows(path: string, rows: { readonly id: string; readonly en: string }): LocalizedIssue {
  const most = String(INPUT_LIMITS.total);
  return {
    path,
    message: {
      id: `Terlalu besar: hasilnya akan memuat lebih dari ${most} baris (${rows.id})`,
      en: `Too big: the answer would hold more than ${most} rows (${rows.en})`,
    },
  };
}
