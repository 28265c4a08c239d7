import { describe, expect, it } from 'vitest';
import * as serviceQuality from '../../src/service-quality';

describe('asn-kit/service-quality surface', () => {
  it('exports exactly these run-time names', () => {
    expect(Object.keys(serviceQuality).sort()).toEqual([
      'COMPLAINT_RESPONSE_DEADLINES',
      'COMPLAINT_STATUS_LABELS',
      'FEEDBACK_CHANNEL_LABELS',
      'FEEDBACK_KIND_LABELS',
      'FORUM_KIND_LABELS',
      'KREJCIE_MORGAN_TABLE',
      'SKM_SCHEMES',
      'SKM_SCHEME_BY_ID',
      'checkForumFrequency',
      'checkSurvey',
      'complaintDueDate',
      'complaintPolicySchema',
      'complaintSchema',
      'deadlineRuleSchema',
      'feedbackSchema',
      'followUpSchema',
      'forumRequirementSchema',
      'forumSchema',
      'parseComplaint',
      'parseComplaintPolicies',
      'parseComplaintPolicy',
      'parseComplaints',
      'parseFeedback',
      'parseFeedbackList',
      'parseForum',
      'parseForums',
      'parseSkmResponses',
      'satisfactionIndex',
      'serviceUnitSchema',
      'summarizeForums',
      'surveySampleSize',
      'trackComplaints',
    ]);
  });
});
