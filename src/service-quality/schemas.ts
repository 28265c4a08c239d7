import { z } from 'zod';
import { dateRangeSchema, isoDateSchema, type IsoDate } from '../core';
import { SKM_SCHEME_BY_ID } from './rules/skm-schemes';

/** At most this many answer problems are listed one by one in an invalid-input error; the rest are counted. */
const MAX_LISTED_ISSUES = 50;

/**
 * One answer of a questionnaire: 1 (tidak sesuai / tidak baik) … 4 (sangat sesuai / sangat baik), or `null`
 * (or `undefined`) when the respondent left the element unanswered.
 *
 * @example
 * ```ts
 * import type { SkmAnswer } from 'asn-kit/service-quality';
 * const answers: SkmAnswer[] = [4, 3, null, 4];
 * ```
 */
export type SkmAnswer = 1 | 2 | 3 | 4 | null | undefined;

/**
 * The filled questionnaires of a survey: one array per respondent, one answer per element, in the scheme's order
 * (or the order given by the `order` option).
 *
 * @example
 * ```ts
 * import type { SkmResponses } from 'asn-kit/service-quality';
 * const responses: SkmResponses = [[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, 3, 4, 3, 3, 4, 3, 3]];
 * ```
 */
export type SkmResponses = readonly (readonly SkmAnswer[])[];

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of an SKM scheme id: `'2017'`
 * (PermenPANRB 14/2017) or `'2004'` (KEP/25/M.PAN/2/2004).
 */
export const skmSchemeIdSchema = /* @__PURE__ */ z.enum(['2017', '2004']);

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of an element code of either
 * scheme.
 */
export const skmElementCodeSchema = /* @__PURE__ */ z.enum([
  'requirements',
  'procedure',
  'completion-time',
  'cost',
  'product',
  'competence',
  'conduct',
  'complaint-handling',
  'facilities',
  'service-procedure',
  'service-requirements',
  'staff-clarity',
  'staff-discipline',
  'staff-responsibility',
  'staff-ability',
  'service-speed',
  'fairness',
  'courtesy',
  'cost-reasonableness',
  'cost-certainty',
  'schedule-certainty',
  'comfort',
  'security',
]);

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of the options of
 * `satisfactionIndex` and `checkSurvey`.
 */
export const surveyOptionsSchema = /* @__PURE__ */ z
  .object({
    scheme: skmSchemeIdSchema.default('2017'),
    weight: z.number().gt(0).max(1).optional(),
    order: z.array(skmElementCodeSchema).optional(),
    population: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .superRefine((options, ctx) => {
    if (options.order === undefined) return;
    const codes: readonly string[] = SKM_SCHEME_BY_ID[options.scheme].elements.map((element) => element.code);
    const distinct = new Set(options.order);
    if (options.order.length !== codes.length || distinct.size !== codes.length || options.order.some((code) => !codes.includes(code))) {
      ctx.addIssue({
        code: 'custom',
        message: `Expected each of the ${codes.length} elements of scheme ${options.scheme} exactly once`,
        path: ['order'],
        input: options.order,
      });
    }
  });

/**
 * The options of `satisfactionIndex` and `checkSurvey`, as accepted (before defaults).
 *
 * @example
 * ```ts
 * import type { SurveyOptions } from 'asn-kit/service-quality';
 * const options: SurveyOptions = { scheme: '2017', weight: 0.111 };
 * ```
 */
export interface SurveyOptions {
  /** The scheme: `'2017'` (default, 9 unsur) or `'2004'` (14 unsur, for old data). */
  readonly scheme?: '2017' | '2004';
  /**
   * The weight of each element. Default: exactly 1 / number of elements (RULINGS R-Q1). Give `0.111` or `0.11`
   * only to reproduce an old report that used a printed, rounded weight.
   */
  readonly weight?: number;
  /**
   * The element each answer column (or NRR array position) stands for, when a unit's form orders them differently
   * (e.g. unsur 8 and 9 swapped); every element of the scheme exactly once.
   */
  readonly order?: readonly string[];
  /** The population served in the survey period, to check the number of respondents against (RULINGS R-Q2). */
  readonly population?: number;
}

function isAnswer(value: unknown): boolean {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === null || value === undefined;
}

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of the questionnaires of a scheme
 * with `elementCount` elements: a non-empty array of arrays of exactly `elementCount` answers, each 1–4 or `null`.
 * The check is one pass without copying, so a million questionnaires validate in a few tens of milliseconds; at
 * most 50 problems are listed one by one.
 *
 * @param elementCount - The number of elements of the scheme (9 or 14).
 * @returns The schema.
 */
export function skmResponsesSchema(elementCount: number): z.ZodType<SkmResponses> {
  return z.custom<SkmResponses>().superRefine((value, ctx) => {
    if (!Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: 'Expected an array of questionnaires (arrays of answers)', input: value });
      return;
    }
    if (value.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'Expected at least one questionnaire', input: value });
      return;
    }
    let problems = 0;
    const report = (path: number[], message: string, input: unknown): void => {
      problems += 1;
      if (problems <= MAX_LISTED_ISSUES) ctx.addIssue({ code: 'custom', message, path, input });
    };
    const rows = value as readonly unknown[];
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i];
      if (!Array.isArray(row)) {
        report([i], 'Expected an array of answers', row);
        continue;
      }
      const answers = row as readonly unknown[];
      if (answers.length !== elementCount) {
        report([i], `Expected ${elementCount} answers, got ${answers.length}`, row);
        continue;
      }
      for (let j = 0; j < elementCount; j += 1) {
        if (!isAnswer(answers[j])) report([i, j], 'Expected an answer 1, 2, 3 or 4, or null when unanswered', answers[j]);
      }
    }
    if (problems > MAX_LISTED_ISSUES) {
      ctx.addIssue({ code: 'custom', message: `${problems - MAX_LISTED_ISSUES} more problems not listed`, input: value });
    }
  });
}

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of the questionnaires as
 * `checkSurvey` accepts them: any array of arrays; the answers themselves are inspected and reported, not rejected.
 */
export const rawResponsesSchema = /* @__PURE__ */ z.custom<readonly (readonly unknown[])[]>().superRefine((value, ctx) => {
  if (!Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'Expected an array of questionnaires (arrays of answers)', input: value });
    return;
  }
  const rows = value as readonly unknown[];
  let problems = 0;
  for (let i = 0; i < rows.length; i += 1) {
    if (Array.isArray(rows[i])) continue;
    problems += 1;
    if (problems <= MAX_LISTED_ISSUES) ctx.addIssue({ code: 'custom', message: 'Expected an array of answers', path: [i], input: rows[i] });
  }
  if (problems > MAX_LISTED_ISSUES) {
    ctx.addIssue({ code: 'custom', message: `${problems - MAX_LISTED_ISSUES} more problems not listed`, input: value });
  }
});

const nrrValueSchema = /* @__PURE__ */ z.number().min(1).max(4);

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of NRR input of a scheme: an array
 * of one NRR (1–4) per element in the scheme's order, or an object keyed by element code with every element of the
 * scheme.
 *
 * @param codes - The element codes of the scheme, in the order the array form follows.
 * @param arrayForm - `true` for the array form, `false` for the object form.
 * @returns The schema.
 */
export function nrrSchema(
  codes: readonly string[],
  arrayForm: boolean,
): z.ZodType<readonly number[] | Readonly<Record<string, number>>> {
  if (arrayForm) return z.array(nrrValueSchema).length(codes.length);
  const shape: Record<string, typeof nrrValueSchema> = {};
  for (const code of codes) shape[code] = nrrValueSchema;
  return z.strictObject(shape);
}

/**
 * A service unit (unit penyelenggara pelayanan).
 *
 * @example
 * ```ts
 * import type { ServiceUnit } from 'asn-kit/service-quality';
 * const unit: ServiceUnit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
 * ```
 */
export interface ServiceUnit {
  /** A stable id, e.g. `'disdukcapil'`. */
  readonly id: string;
  /** The unit's name, e.g. `'Dinas Kependudukan dan Pencatatan Sipil Kota Medan'`. */
  readonly name: string;
}

/**
 * The zod schema of a service unit: its id and name.
 *
 * @example
 * ```ts
 * import { serviceUnitSchema } from 'asn-kit/service-quality';
 * serviceUnitSchema.safeParse({ id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }).success; // => true
 * ```
 */
export const serviceUnitSchema: z.ZodType<ServiceUnit, ServiceUnit> = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  name: z.string().min(1),
});

/**
 * A follow-up agreed in a forum (tindak lanjut): what, who owns it, by when, and when it was done.
 *
 * @example
 * ```ts
 * import type { FollowUp } from 'asn-kit/service-quality';
 * import type { IsoDate } from 'asn-kit/core';
 * const followUp: FollowUp = { id: 'F1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due: '2026-03-31' as IsoDate };
 * ```
 */
export interface FollowUp {
  /** An id, unique within the forum. */
  readonly id: string;
  /** What was agreed. */
  readonly action: string;
  /** Who owns it (a person or an office). */
  readonly owner: string;
  /** The due date. */
  readonly due: IsoDate;
  /** The day it was done; absent while open. */
  readonly done?: IsoDate;
  /** The topic it answers, when it answers one. */
  readonly topic?: string;
}

/**
 * A follow-up as accepted on input: dates as `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * import type { FollowUpInput } from 'asn-kit/service-quality';
 * const followUp: FollowUpInput = { id: 'F1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due: '2026-03-31' };
 * ```
 */
export interface FollowUpInput {
  /** An id, unique within the forum. */
  readonly id: string;
  /** What was agreed. */
  readonly action: string;
  /** Who owns it. */
  readonly owner: string;
  /** The due date, `YYYY-MM-DD`. */
  readonly due: string;
  /** The day it was done, `YYYY-MM-DD`. */
  readonly done?: string;
  /** The topic it answers. */
  readonly topic?: string;
}

/**
 * The zod schema of a follow-up.
 *
 * @example
 * ```ts
 * import { followUpSchema } from 'asn-kit/service-quality';
 * followUpSchema.safeParse({ id: 'F1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due: '2026-03-31' }).success;
 * // => true
 * ```
 */
export const followUpSchema: z.ZodType<FollowUp, FollowUpInput> = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  action: z.string().min(1),
  owner: z.string().min(1),
  due: isoDateSchema,
  done: isoDateSchema.exactOptional(),
  topic: z.string().min(1).exactOptional(),
});

/**
 * The kind of a forum: `dialogue` (sesi dialog ASN dengan masyarakat) or `open-forum` (forum diskusi terbuka,
 * forum konsultasi publik).
 *
 * @example
 * ```ts
 * import type { ForumKind } from 'asn-kit/service-quality';
 * const kind: ForumKind = 'open-forum';
 * ```
 */
export type ForumKind = 'dialogue' | 'open-forum';

/** The zod schema of a forum kind. */
export const forumKindSchema = /* @__PURE__ */ z.enum(['dialogue', 'open-forum']);

/**
 * Who came to a forum, counted.
 *
 * @example
 * ```ts
 * import type { ForumParticipants } from 'asn-kit/service-quality';
 * const participants: ForumParticipants = { citizens: 48, officials: 9 };
 * ```
 */
export interface ForumParticipants {
  /** Citizens and other members of the public. */
  readonly citizens: number;
  /** ASN and other officials. */
  readonly officials: number;
}

/**
 * A forum session: date, unit, participants, topics raised and follow-ups.
 *
 * @example
 * ```ts
 * import { forumSchema, type Forum } from 'asn-kit/service-quality';
 * const forum: Forum = forumSchema.parse({
 *   id: 'D-01', kind: 'dialogue', date: '2026-01-20', unit: { id: 'dinkes', name: 'Dinas Kesehatan' },
 *   participants: { citizens: 20, officials: 5 },
 * });
 * forum.topics; // => []
 * ```
 */
export interface Forum {
  /** An id, e.g. `'FKP-2026-01'`. */
  readonly id: string;
  /** Dialogue session or open forum. */
  readonly kind: ForumKind;
  /** The day it was held. */
  readonly date: IsoDate;
  /** The unit that held it. */
  readonly unit: ServiceUnit;
  /** Who came. */
  readonly participants: ForumParticipants;
  /** The topics raised (trimmed). */
  readonly topics: readonly string[];
  /** The follow-ups agreed. */
  readonly followUps: readonly FollowUp[];
}

/**
 * A forum as accepted on input: dates as strings, topics and follow-ups optional.
 *
 * @example
 * ```ts
 * import type { ForumInput } from 'asn-kit/service-quality';
 * const forum: ForumInput = {
 *   id: 'D-01', kind: 'dialogue', date: '2026-01-20', unit: { id: 'dinkes', name: 'Dinas Kesehatan' },
 *   participants: { citizens: 20, officials: 5 },
 * };
 * ```
 */
export interface ForumInput {
  /** An id. */
  readonly id: string;
  /** Dialogue session or open forum. */
  readonly kind: ForumKind;
  /** The day it was held, `YYYY-MM-DD`. */
  readonly date: string;
  /** The unit that held it. */
  readonly unit: ServiceUnit;
  /** Who came. */
  readonly participants: ForumParticipants;
  /** The topics raised; default none. */
  readonly topics?: readonly string[] | undefined;
  /** The follow-ups agreed; default none. */
  readonly followUps?: readonly FollowUpInput[] | undefined;
}

/**
 * The zod schema of a forum session.
 *
 * @example
 * ```ts
 * import { forumSchema } from 'asn-kit/service-quality';
 * forumSchema.safeParse({
 *   id: 'FKP-2026-01', kind: 'open-forum', date: '2026-02-12',
 *   unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' },
 *   participants: { citizens: 48, officials: 9 }, topics: ['Antrean KTP-el'],
 * }).success; // => true
 * ```
 */
export const forumSchema: z.ZodType<Forum, ForumInput> = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  kind: forumKindSchema,
  date: isoDateSchema,
  unit: serviceUnitSchema,
  participants: z.object({ citizens: z.int().min(0), officials: z.int().min(0) }),
  topics: z.array(z.string().trim().min(1)).default([]),
  followUps: z.array(followUpSchema).default([]),
});

/**
 * A channel of feedback: `'lapor'` is SP4N-LAPOR!, `'suggestion-box'` the kotak saran
 * (labels in `FEEDBACK_CHANNEL_LABELS`).
 *
 * @example
 * ```ts
 * import type { FeedbackChannel } from 'asn-kit/service-quality';
 * const channel: FeedbackChannel = 'whatsapp';
 * ```
 */
export type FeedbackChannel =
  | 'forum'
  | 'lapor'
  | 'in-person'
  | 'phone'
  | 'sms'
  | 'whatsapp'
  | 'email'
  | 'website'
  | 'social-media'
  | 'suggestion-box'
  | 'letter'
  | 'other';

/** The zod schema of a feedback channel. */
export const feedbackChannelSchema = /* @__PURE__ */ z.enum([
  'forum',
  'lapor',
  'in-person',
  'phone',
  'sms',
  'whatsapp',
  'email',
  'website',
  'social-media',
  'suggestion-box',
  'letter',
  'other',
]);

/**
 * The kind of a piece of feedback: a complaint (pengaduan), a suggestion (saran), an appreciation (apresiasi) or
 * a question.
 *
 * @example
 * ```ts
 * import type { FeedbackKind } from 'asn-kit/service-quality';
 * const kind: FeedbackKind = 'suggestion';
 * ```
 */
export type FeedbackKind = 'complaint' | 'suggestion' | 'appreciation' | 'question';

/** The zod schema of a feedback kind. */
export const feedbackKindSchema = /* @__PURE__ */ z.enum(['complaint', 'suggestion', 'appreciation', 'question']);

/**
 * One piece of feedback (masukan) from any channel, with its topic.
 *
 * @example
 * ```ts
 * import type { Feedback } from 'asn-kit/service-quality';
 * import type { IsoDate } from 'asn-kit/core';
 * const feedback: Feedback = {
 *   id: 'FB-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'sms',
 *   received: '2026-02-02' as IsoDate, kind: 'question', topic: 'Akta kelahiran',
 * };
 * ```
 */
export interface Feedback {
  /** An id, e.g. the LAPOR! tracking number. */
  readonly id: string;
  /** The unit it is about. */
  readonly unit: ServiceUnit;
  /** The channel it came through. */
  readonly channel: FeedbackChannel;
  /** The day it was received. */
  readonly received: IsoDate;
  /** Complaint, suggestion, appreciation or question. */
  readonly kind: FeedbackKind;
  /** Its topic (trimmed), matched with forum topics ignoring case. */
  readonly topic: string;
}

/**
 * A piece of feedback as accepted on input: the date as a string.
 *
 * @example
 * ```ts
 * import type { FeedbackInput } from 'asn-kit/service-quality';
 * const feedback: FeedbackInput = {
 *   id: 'FB-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'sms',
 *   received: '2026-02-02', kind: 'question', topic: 'Akta kelahiran',
 * };
 * ```
 */
export interface FeedbackInput {
  /** An id. */
  readonly id: string;
  /** The unit it is about. */
  readonly unit: ServiceUnit;
  /** The channel it came through. */
  readonly channel: FeedbackChannel;
  /** The day it was received, `YYYY-MM-DD`. */
  readonly received: string;
  /** Complaint, suggestion, appreciation or question. */
  readonly kind: FeedbackKind;
  /** Its topic. */
  readonly topic: string;
}

/**
 * The zod schema of one piece of feedback.
 *
 * @example
 * ```ts
 * import { feedbackSchema } from 'asn-kit/service-quality';
 * feedbackSchema.safeParse({
 *   id: 'FB-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'whatsapp',
 *   received: '2026-02-02', kind: 'suggestion', topic: 'Antrean KTP-el',
 * }).success; // => true
 * ```
 */
export const feedbackSchema: z.ZodType<Feedback, FeedbackInput> = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  unit: serviceUnitSchema,
  channel: feedbackChannelSchema,
  received: isoDateSchema,
  kind: feedbackKindSchema,
  topic: z.string().trim().min(1),
});

/** The zod schema of the input of `summarizeForums` (module-internal). */
export const forumSummaryInputSchema = /* @__PURE__ */ z.object({
  forums: z.array(forumSchema),
  feedback: z.array(feedbackSchema).default([]),
  asOf: isoDateSchema,
  period: dateRangeSchema.optional(),
});

/**
 * How often the work plan wants forums: at least `atLeast` sessions of the given kinds (default both) in every
 * calendar `month`, `quarter`, `half-year` or `year`.
 *
 * @example
 * ```ts
 * import type { ForumRequirement } from 'asn-kit/service-quality';
 * const requirement: ForumRequirement = { every: 'quarter', atLeast: 1, kinds: ['open-forum'] };
 * ```
 */
export interface ForumRequirement {
  /** The length of each period. */
  readonly every: 'month' | 'quarter' | 'half-year' | 'year';
  /** Forums needed in each period (1–1000). */
  readonly atLeast: number;
  /** The kinds that count; absent: both. */
  readonly kinds?: readonly ForumKind[];
}

/**
 * The zod schema of a forum requirement.
 *
 * @example
 * ```ts
 * import { forumRequirementSchema } from 'asn-kit/service-quality';
 * forumRequirementSchema.safeParse({ every: 'quarter', atLeast: 1 }).success; // => true
 * ```
 */
export const forumRequirementSchema: z.ZodType<ForumRequirement, ForumRequirement> = /* @__PURE__ */ z.object({
  every: z.enum(['month', 'quarter', 'half-year', 'year']),
  atLeast: z.int().min(1).max(1000),
  kinds: z.array(forumKindSchema).min(1).exactOptional(),
});

/** The zod schema of the input of `checkForumFrequency` (module-internal). */
export const forumFrequencyInputSchema = /* @__PURE__ */ z.object({
  forums: z.array(forumSchema),
  units: z.array(serviceUnitSchema).min(1),
  requirement: forumRequirementSchema,
  period: dateRangeSchema,
  asOf: isoDateSchema,
});

/**
 * A complaint deadline: a number of days after receipt, counted in working or calendar days (RULINGS R-Q3), with
 * an optional extension the unit's standard allows.
 *
 * @example
 * ```ts
 * import type { DeadlineRule } from 'asn-kit/service-quality';
 * const rule: DeadlineRule = { days: 10, count: 'working', extensionDays: 7 };
 * ```
 */
export interface DeadlineRule {
  /** Days after receipt (1–366). */
  readonly days: number;
  /** Working days of the unit's calendar, or calendar days. */
  readonly count: 'working' | 'calendar';
  /** Days the deadline may be extended by, counted the same way; absent: no extension. */
  readonly extensionDays?: number;
}

/**
 * The zod schema of a complaint deadline.
 *
 * @example
 * ```ts
 * import { deadlineRuleSchema } from 'asn-kit/service-quality';
 * deadlineRuleSchema.safeParse({ days: 10, count: 'working', extensionDays: 7 }).success; // => true
 * ```
 */
export const deadlineRuleSchema: z.ZodType<DeadlineRule, DeadlineRule> = /* @__PURE__ */ z.object({
  days: z.int().min(1).max(366),
  count: z.enum(['working', 'calendar']),
  extensionDays: z.int().min(1).max(366).exactOptional(),
});

/**
 * A unit's complaint policy: its default deadline, optional deadlines per tier (e.g. `ringan`, `normatif`,
 * `perlu-pemeriksaan`), and the document it is written in.
 *
 * @example
 * ```ts
 * import type { ComplaintPolicy } from 'asn-kit/service-quality';
 * const policy: ComplaintPolicy = { unitId: 'dinkes', rule: { days: 5, count: 'working' } };
 * ```
 */
export interface ComplaintPolicy {
  /** The unit's id. */
  readonly unitId: string;
  /** The deadline of a complaint without a tier. */
  readonly rule: DeadlineRule;
  /** Deadlines per tier name. */
  readonly tiers?: Readonly<Record<string, DeadlineRule>>;
  /** The document that sets them, e.g. the unit's standar pelayanan; cited in the reasons. */
  readonly source?: string;
}

/**
 * The zod schema of a unit's complaint policy.
 *
 * @example
 * ```ts
 * import { complaintPolicySchema } from 'asn-kit/service-quality';
 * complaintPolicySchema.safeParse({
 *   unitId: 'disdukcapil', rule: { days: 10, count: 'working', extensionDays: 7 },
 *   source: 'Standar Pelayanan Disdukcapil Kota Medan',
 * }).success; // => true
 * ```
 */
export const complaintPolicySchema: z.ZodType<ComplaintPolicy, ComplaintPolicy> = /* @__PURE__ */ z.object({
  unitId: z.string().min(1),
  rule: deadlineRuleSchema,
  tiers: z.record(z.string().min(1), deadlineRuleSchema).exactOptional(),
  source: z.string().min(1).exactOptional(),
});

/**
 * A complaint (pengaduan): when it was received (its file complete), by which unit, through which channel, its
 * tier, whether the deadline was extended, and when it was closed.
 *
 * @example
 * ```ts
 * import { complaintSchema, type Complaint } from 'asn-kit/service-quality';
 * const complaint: Complaint = complaintSchema.parse({
 *   id: 'C-1', unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, channel: 'phone', received: '2026-03-02', subject: 'Antrean',
 * });
 * complaint.extended; // => false
 * ```
 */
export interface Complaint {
  /** An id, e.g. the LAPOR! tracking number. */
  readonly id: string;
  /** The unit that must handle it. */
  readonly unit: ServiceUnit;
  /** The channel it came through. */
  readonly channel: FeedbackChannel;
  /** The day it was received (its file complete). */
  readonly received: IsoDate;
  /** What it is about (trimmed). */
  readonly subject: string;
  /** The tier of the unit's policy it falls in; absent: the unit's default rule. */
  readonly tier?: string;
  /** `true` when the unit extended the deadline. */
  readonly extended: boolean;
  /** The day it was closed; absent while open. */
  readonly closed?: IsoDate;
}

/**
 * A complaint as accepted on input: dates as strings, `extended` optional (default `false`).
 *
 * @example
 * ```ts
 * import type { ComplaintInput } from 'asn-kit/service-quality';
 * const complaint: ComplaintInput = {
 *   id: 'LAPOR-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'lapor',
 *   received: '2026-03-02', subject: 'KTP-el belum dicetak',
 * };
 * ```
 */
export interface ComplaintInput {
  /** An id. */
  readonly id: string;
  /** The unit that must handle it. */
  readonly unit: ServiceUnit;
  /** The channel it came through. */
  readonly channel: FeedbackChannel;
  /** The day it was received, `YYYY-MM-DD`. */
  readonly received: string;
  /** What it is about. */
  readonly subject: string;
  /** The tier of the unit's policy. */
  readonly tier?: string;
  /** `true` when the unit extended the deadline. */
  readonly extended?: boolean | undefined;
  /** The day it was closed, `YYYY-MM-DD`. */
  readonly closed?: string;
}

/**
 * The zod schema of a complaint.
 *
 * @example
 * ```ts
 * import { complaintSchema } from 'asn-kit/service-quality';
 * complaintSchema.safeParse({
 *   id: 'LAPOR-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'lapor',
 *   received: '2026-03-02', subject: 'KTP-el belum dicetak',
 * }).success; // => true
 * ```
 */
export const complaintSchema: z.ZodType<Complaint, ComplaintInput> = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    unit: serviceUnitSchema,
    channel: feedbackChannelSchema,
    received: isoDateSchema,
    subject: z.string().trim().min(1),
    tier: z.string().min(1).exactOptional(),
    extended: z.boolean().default(false),
    closed: isoDateSchema.exactOptional(),
  })
  .refine((value) => value.closed === undefined || value.closed >= value.received, {
    error: 'A complaint cannot be closed before it was received',
    path: ['closed'],
  });
