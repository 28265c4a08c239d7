import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import type { WorkingCalendar } from '../../src/calendar';
import type { IsoDate } from '../../src/core';
import {
  checkForumFrequency,
  checkSurvey,
  complaintDueDate,
  complaintPolicySchema,
  complaintSchema,
  deadlineRuleSchema,
  feedbackSchema,
  followUpSchema,
  forumRequirementSchema,
  forumSchema,
  parseComplaint,
  parseComplaintPolicies,
  parseComplaints,
  parseFeedbackList,
  parseForum,
  parseForums,
  parseSkmResponses,
  satisfactionIndex,
  serviceUnitSchema,
  summarizeForums,
  surveySampleSize,
  trackComplaints,
  type Complaint,
  type ComplaintInput,
  type ComplaintPolicy,
  type DeadlineRule,
  type Feedback,
  type FeedbackInput,
  type FollowUp,
  type FollowUpInput,
  type Forum,
  type ForumInput,
  type ForumRequirement,
  type ServiceQualityError,
  type ServiceUnit,
  type SkmResponses,
} from '../../src/service-quality';
import type * as errors from '../../src/service-quality/errors';
import type { SkmElementCode } from '../../src/service-quality/rules/skm-schemes';

declare const forums: readonly Forum[];
declare const complaints: readonly Complaint[];
declare const responses: SkmResponses;
declare const calendar: WorkingCalendar;

describe('schema outputs are the public types', () => {
  it('z.output of each exported schema is assignable to its interface, and the input types are accepted', () => {
    expectTypeOf<z.output<typeof serviceUnitSchema>>().toExtend<ServiceUnit>();
    expectTypeOf<z.output<typeof followUpSchema>>().toExtend<FollowUp>();
    expectTypeOf<z.output<typeof forumSchema>>().toExtend<Forum>();
    expectTypeOf<z.output<typeof feedbackSchema>>().toExtend<Feedback>();
    expectTypeOf<z.output<typeof forumRequirementSchema>>().toExtend<ForumRequirement>();
    expectTypeOf<z.output<typeof deadlineRuleSchema>>().toExtend<DeadlineRule>();
    expectTypeOf<z.output<typeof complaintPolicySchema>>().toExtend<ComplaintPolicy>();
    expectTypeOf<z.output<typeof complaintSchema>>().toExtend<Complaint>();
    expectTypeOf<FollowUpInput>().toExtend<z.input<typeof followUpSchema>>();
    // zod's input types hold mutable arrays, so compare the other way round for a forum (its lists are readonly).
    expectTypeOf<z.input<typeof forumSchema>>().toExtend<ForumInput>();
    expectTypeOf<FeedbackInput>().toExtend<z.input<typeof feedbackSchema>>();
    expectTypeOf<ComplaintInput>().toExtend<z.input<typeof complaintSchema>>();
  });

  it('the object schemas expose their shape', () => {
    expectTypeOf(forumSchema.shape.kind).toExtend<z.ZodMiniType<'dialogue' | 'open-forum'>>();
    expectTypeOf(z.extend(complaintSchema, { note: z.string() })).toExtend<z.ZodMiniType<Complaint & { note: string }>>();
  });

  it('parsers take unknown and return the parsed types', () => {
    expectTypeOf(parseSkmResponses).returns.toEqualTypeOf<Result<SkmResponses, ServiceQualityError>>();
    expectTypeOf(parseForum).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseForums).returns.toEqualTypeOf<Result<readonly Forum[], ServiceQualityError>>();
    expectTypeOf(parseFeedbackList).returns.toEqualTypeOf<Result<readonly Feedback[], ServiceQualityError>>();
    expectTypeOf(parseComplaint).returns.toEqualTypeOf<Result<Complaint, ServiceQualityError>>();
    expectTypeOf(parseComplaints).returns.toEqualTypeOf<Result<readonly Complaint[], ServiceQualityError>>();
    expectTypeOf(parseComplaintPolicies).returns.toEqualTypeOf<Result<readonly ComplaintPolicy[], ServiceQualityError>>();
  });
});

describe('what does not compile', () => {
  it('a misspelt field', () => {
    // @ts-expect-error `recieved` is not a parameter of complaintDueDate
    complaintDueDate({ recieved: '2024-03-01' });
    // @ts-expect-error `complaint` is not `complaints`
    trackComplaints({ complaint: complaints, asOf: '2026-03-31' });
    // @ts-expect-error `forum` is not `forums`
    summarizeForums({ forum: forums, asOf: '2026-03-31' });
    // @ts-expect-error `respones` is not `responses`
    satisfactionIndex({ respones: responses });
    // @ts-expect-error a raw forum (no topics, no follow-ups) is not a parsed Forum: parse it first
    checkForumFrequency({ forums: [{ id: 'F', kind: 'dialogue', date: '2026-01-01', unit: { id: 'u', name: 'U' }, participants: { citizens: 1, officials: 1 } }], units: [], requirement: { every: 'year', atLeast: 1 }, period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-12-31' });
    // @ts-expect-error a population is a number
    surveySampleSize('100');
  });

  it('a wrong kind or enum code', () => {
    // @ts-expect-error scheme '2014' does not exist
    satisfactionIndex({ responses }, { scheme: '2014' });
    // @ts-expect-error 'cots' is not an element code
    checkSurvey(responses, { order: ['cots'] });
    // @ts-expect-error 'hari' is not a way of counting days
    complaintDueDate({ received: '2024-03-01', rule: { days: 10, count: 'hari' } });
    // @ts-expect-error 'week' is not a forum period
    checkForumFrequency({ forums, units: [], requirement: { every: 'week', atLeast: 1 }, period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-12-31' });
    // @ts-expect-error 'pigeon' is not a feedback channel
    summarizeForums({ forums, feedback: [{ id: 'F', unit: { id: 'u', name: 'U' }, channel: 'pigeon', received: '2026-01-01' as IsoDate, kind: 'question', topic: 'T' }], asOf: '2026-12-31' });
    // @ts-expect-error 'webinar' is not a forum kind
    parseForums([{ id: 'F', kind: 'webinar', date: '2026-01-01', unit: { id: 'u', name: 'U' }, participants: { citizens: 1, officials: 1 } }] satisfies ForumInput[]);
    // @ts-expect-error an answer is 1–4 or empty
    satisfactionIndex({ responses: [[4, 4, 4, 4, 5, 4, 4, 4, 4]] });
  });

  it('an unknown option or parameter key', () => {
    // @ts-expect-error `wieght` is not an option
    satisfactionIndex({ responses }, { wieght: 0.111 });
    // @ts-expect-error `populaton` is not an option
    checkSurvey(responses, { populaton: 100 });
    // @ts-expect-error `schema` is not an option of parseSkmResponses
    parseSkmResponses([], { schema: '2004' });
    // @ts-expect-error `calender` is not a parameter
    trackComplaints({ complaints, asOf: '2026-03-31', calender: calendar });
    // @ts-expect-error `extendedBy` is not a parameter
    complaintDueDate({ received: '2024-03-01', extendedBy: 7 });
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const elementOf = (error: errors.ServiceQualityError) => {
      if (error.code === 'service-quality/no-answers') {
        expectTypeOf(error.data.element).toEqualTypeOf<SkmElementCode>();
        // @ts-expect-error: `received` is a field of service-quality/due-date-unavailable, not of service-quality/no-answers
        expectTypeOf(error.data.received).toBeUnknown();
      }
      if (error.code === 'calendar/year-not-covered') expectTypeOf(error.data.received).toEqualTypeOf<IsoDate>();
    };
    expectTypeOf(elementOf).parameter(0).toEqualTypeOf<errors.ServiceQualityError>();
  });
});
