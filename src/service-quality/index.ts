/**
 * Public service quality: the satisfaction index (SKM/IKM) of PermenPANRB 14/2017 per element and in total with
 * its grade, the 2004 scheme for old data, the Krejcie–Morgan survey sample, checks on questionnaires, dialogue
 * sessions and open forums with their follow-ups, feedback from any channel, a check that forums happen as often
 * as the work plan says, and complaint deadlines per unit (working or calendar days) with open and overdue lists.
 *
 * Parse the records once at the boundary (`parseSkmResponses`, `parseForums`, `parseFeedbackList`,
 * `parseComplaints`, `parseComplaintPolicies`): each returns a new, deeply frozen value that the functions use
 * without checking again. Anything else given to a function is checked first, so a JavaScript caller still gets a
 * coded `Err`, never a throw.
 *
 * @packageDocumentation
 * @module service-quality
 */
export {
  checkForumFrequency,
  type CheckForumFrequencyParams,
  type ForumFrequencyCheck,
  type ForumPeriod,
  type ForumPeriodStatus,
  type UnitForumFrequency,
} from './check-forum-frequency';
export { checkSurvey, type BadAnswer, type SurveyCheck } from './check-survey';
export { complaintDueDate, type ComplaintDue, type ComplaintDueDateParams } from './complaint-due-date';
export type { ServiceQualityError, ServiceQualityErrorCode, ServiceQualityErrorData, ServiceQualityReasonCode } from './errors';
export { COMPLAINT_STATUS_LABELS, FEEDBACK_CHANNEL_LABELS, FEEDBACK_KIND_LABELS, FORUM_KIND_LABELS } from './labels';
export { parseComplaint } from './parse-complaint';
export { parseComplaintPolicies } from './parse-complaint-policies';
export { parseComplaintPolicy } from './parse-complaint-policy';
export { parseComplaints } from './parse-complaints';
export { parseFeedback } from './parse-feedback';
export { parseFeedbackList } from './parse-feedback-list';
export { parseForum } from './parse-forum';
export { parseForums } from './parse-forums';
export { parseSkmResponses } from './parse-skm-responses';
export { COMPLAINT_RESPONSE_DEADLINES, type ComplaintDeadlineRow } from './rules/complaint-deadlines';
export { KREJCIE_MORGAN_TABLE, type SampleSizeRow } from './rules/sample-size';
export {
  SKM_SCHEME_BY_ID,
  SKM_SCHEMES,
  type Skm2004ElementCode,
  type Skm2017ElementCode,
  type SkmElement,
  type SkmElementCode,
  type SkmGrade,
  type SkmGradeBand,
  type SkmSchemeId,
  type SkmSchemeRow,
} from './rules/skm-schemes';
export {
  satisfactionIndex,
  type ElementScore,
  type SatisfactionFromNrr,
  type SatisfactionFromResponses,
  type SatisfactionIndex,
  type SatisfactionIndexParams,
  type SatisfactionInput,
} from './satisfaction-index';
export {
  complaintPolicySchema,
  complaintSchema,
  deadlineRuleSchema,
  feedbackSchema,
  followUpSchema,
  forumRequirementSchema,
  forumSchema,
  serviceUnitSchema,
  type Complaint,
  type ComplaintInput,
  type ComplaintPolicy,
  type DeadlineRule,
  type Feedback,
  type FeedbackChannel,
  type FeedbackInput,
  type FeedbackKind,
  type FollowUp,
  type FollowUpInput,
  type Forum,
  type ForumInput,
  type ForumKind,
  type ForumParticipants,
  type ForumRequirement,
  type RawSkmAnswer,
  type RawSkmResponses,
  type ServiceUnit,
  type SkmAnswer,
  type SkmResponses,
  type SkmResponsesOptions,
  type SurveyOptions,
} from './schemas';
export {
  summarizeForums,
  type ForumSummary,
  type SummarizeForumsParams,
  type OpenFollowUp,
  type TopicCount,
  type UnitForumSummary,
} from './summarize-forums';
export { surveySampleSize, type SampleSize } from './survey-sample-size';
export {
  trackComplaints,
  type ComplaintStatus,
  type ComplaintTracking,
  type TrackComplaintsInput,
  type TrackComplaintsParams,
  type TrackedComplaint,
  type UnitComplaintCounts,
} from './track-complaints';
