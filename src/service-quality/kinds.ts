import { deepFrozen } from '../core/frozen';
/*
 * The kinds the service-quality parsers record their output under (see `trustParsed` in `asn-kit/core`), kept
 * apart from the parsers so that a file can name a kind without importing a schema.
 */

/** The kinds, by record: a record and a list of such records each have their own. */
export const KIND = /* @__PURE__ */ deepFrozen({
  /** Questionnaires, from `parseSkmResponses`. */
  responses: 'service-quality/responses',
  /** A forum session, from `parseForum` (and each forum of `parseForums`). */
  forum: 'service-quality/forum',
  /** A list of forum sessions, from `parseForums`. */
  forums: 'service-quality/forums',
  /** A piece of feedback, from `parseFeedback` (and each of `parseFeedbackList`). */
  feedback: 'service-quality/feedback',
  /** A list of feedback, from `parseFeedbackList`. */
  feedbackList: 'service-quality/feedback-list',
  /** A complaint, from `parseComplaint` (and each of `parseComplaints`). */
  complaint: 'service-quality/complaint',
  /** A complaint register, from `parseComplaints`. */
  complaints: 'service-quality/complaints',
  /** A unit's complaint policy, from `parseComplaintPolicy` (and each of `parseComplaintPolicies`). */
  policy: 'service-quality/complaint-policy',
  /** The policies of several units, from `parseComplaintPolicies`. */
  policies: 'service-quality/complaint-policies',
} as const);
