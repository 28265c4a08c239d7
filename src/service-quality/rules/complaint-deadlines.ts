/**
 * The statutory default deadline for answering a complaint, used when a unit has configured none (RULINGS R-Q3:
 * deadlines are configuration per unit; this row is the fallback). Digest §4.2 grades the 14 days [M] and the
 * article is not verified (Q14), so the row names the statute without an article.
 */
import type { IsoDate, RuleRow, RuleTable } from '../../core';
import { deepFrozen } from '../../core/frozen';

/**
 * A row of {@link COMPLAINT_RESPONSE_DEADLINES}: days after receipt, counted in calendar or working days.
 *
 * @example
 * ```ts
 * import { COMPLAINT_RESPONSE_DEADLINES, type ComplaintDeadlineRow } from 'asn-kit/service-quality';
 * const row: ComplaintDeadlineRow | undefined = COMPLAINT_RESPONSE_DEADLINES.rows[0];
 * row?.days; // => 14
 * ```
 */
export interface ComplaintDeadlineRow extends RuleRow {
  /** Days after receipt. */
  readonly days: number;
  /** How the days are counted. */
  readonly count: 'working' | 'calendar';
}

/**
 * The statutory response deadline for a written complaint: 14 calendar days after receipt (UU 25/2009, in force
 * from 18 July 2009; digest §4.2 [M], vector S9).
 *
 * @example
 * ```ts
 * import { COMPLAINT_RESPONSE_DEADLINES } from 'asn-kit/service-quality';
 * COMPLAINT_RESPONSE_DEADLINES.rows[0]?.count; // => 'calendar'
 * ```
 */
export const COMPLAINT_RESPONSE_DEADLINES: RuleTable<ComplaintDeadlineRow> = /* @__PURE__ */ deepFrozen({
  name: 'service-quality/complaint-response-deadlines',
  rows: [
    {
      days: 14,
      count: 'calendar',
      basis: {
        instrument: 'UU 25/2009',
        note: 'R-Q3 fallback: written complaints answered within 14 days of receipt (digest §4.2 [M]; article not verified, Q14)',
      },
      effective: { from: '2009-07-18' as IsoDate },
    },
  ],
});
