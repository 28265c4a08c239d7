/**
 * The statutory default deadline for answering a complaint, used when a unit has configured none (deadlines are
 * configuration per unit, docs/interpretations.md#complaint-deadlines; this row is the fallback). The 14 days and
 * their article have not been checked against the text of UU 25/2009, so the row names the statute without an
 * article and is marked `evidence: 'unverified'`.
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
 * from 18 July 2009; not yet checked against the statute's text).
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
        note: 'fallback: written complaints answered within 14 days of receipt; article to be checked',
        evidence: 'unverified',
        interpretation: 'complaint-deadlines',
      },
      effective: { from: '2009-07-18' as IsoDate },
    },
  ],
});
