import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import {
  calendarDaysIn,
  compareDates,
  dateRangeSchema,
  isoDateSchema,
  reason,
  validate,
  type DateRange,
  type DateRangeInput,
  type IsoDate,
  type LegalBasis,
  type ParseableSchema,
  type Reason,
} from '../core';
import type { ServiceQualityError, ServiceQualityReasonCode } from './errors';
import { KIND } from './kinds';
import {
  feedbackSchema,
  forumSchema,
  type Feedback,
  type FeedbackChannel,
  type FeedbackKind,
  type FollowUp,
  type Forum,
  type ForumParticipants,
  type ServiceUnit,
} from './schemas';
import { fieldsOf, isTrustedList, trustedListSchema } from './trusted';
import { deepFrozen } from '../core/frozen';

/**
 * How often a topic came up in a unit's forums and feedback.
 *
 * @example
 * ```ts
 * import type { TopicCount } from 'asn-kit/service-quality';
 * const topic: TopicCount = { topic: 'Antrean KTP-el', forums: 2, feedback: 5, total: 7 };
 * ```
 */
export interface TopicCount {
  /** The topic, as first written. Topics are matched ignoring case and surrounding spaces. */
  readonly topic: string;
  /** Forums that raised it. */
  readonly forums: number;
  /** Pieces of feedback about it. */
  readonly feedback: number;
  /** `forums + feedback`. */
  readonly total: number;
}

/**
 * A follow-up still open on the `asOf` date, with its forum.
 *
 * @example
 * ```ts
 * import type { OpenFollowUp } from 'asn-kit/service-quality';
 * import type { IsoDate } from 'asn-kit/core';
 * const open: OpenFollowUp = {
 *   forumId: 'FKP-01', forumDate: '2026-02-12' as IsoDate, unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' },
 *   followUp: { id: 'T1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due: '2026-03-31' as IsoDate },
 *   overdue: true, daysOverdue: 30,
 * };
 * ```
 */
export interface OpenFollowUp {
  /** The forum that agreed it. */
  readonly forumId: string;
  /** The forum's date. */
  readonly forumDate: IsoDate;
  /** The forum's unit. */
  readonly unit: ServiceUnit;
  /** The follow-up. */
  readonly followUp: FollowUp;
  /** `true` when the due date has passed. */
  readonly overdue: boolean;
  /** Calendar days past the due date on `asOf` (0 when not overdue). */
  readonly daysOverdue: number;
}

/**
 * The summary of one service unit's forums and feedback.
 *
 * @example
 * ```ts
 * import { summarizeForums, type UnitForumSummary } from 'asn-kit/service-quality';
 * const summaryResult = summarizeForums({ forums: [], asOf: '2026-06-30' });
 * if (summaryResult.isOk()) {
 *   const summary = summaryResult.value;
 *   const units: readonly UnitForumSummary[] = summary.units; // => []
 * }
 * ```
 */
export interface UnitForumSummary {
  /** The unit. */
  readonly unit: ServiceUnit;
  /** Forums held (on or before `asOf`, within the period). */
  readonly sessions: number;
  /** Of which dialogue sessions. */
  readonly dialogues: number;
  /** Of which open forums. */
  readonly openForums: number;
  /** Participants over all sessions. */
  readonly participants: ForumParticipants;
  /** The date of the latest session; absent when none was held. */
  readonly lastSession?: IsoDate;
  /** The topics raised, most frequent first (then alphabetical). */
  readonly topics: readonly TopicCount[];
  /** The feedback received, counted by channel and by kind. */
  readonly feedback: {
    /** All feedback. */
    readonly total: number;
    /** Per channel (only channels used). */
    readonly byChannel: Readonly<Partial<Record<FeedbackChannel, number>>>;
    /** Per kind (only kinds received). */
    readonly byKind: Readonly<Partial<Record<FeedbackKind, number>>>;
  };
  /** Follow-ups open on `asOf`, nearest due date first. */
  readonly openFollowUps: readonly OpenFollowUp[];
  /** The open follow-ups past their due date, longest overdue first. */
  readonly overdueFollowUps: readonly OpenFollowUp[];
}

/**
 * The summary of forums and feedback per service unit.
 *
 * @example
 * ```ts
 * import { summarizeForums, type ForumSummary } from 'asn-kit/service-quality';
 * const summaryResult = summarizeForums({ forums: [], asOf: '2026-06-30' });
 * if (summaryResult.isOk()) {
 *   const summary: ForumSummary = summaryResult.value;
 *   summary.asOf; // => '2026-06-30'
 * }
 * ```
 */
export interface ForumSummary {
  /** The day the summary is read on. */
  readonly asOf: IsoDate;
  /** The period covered; absent when every record up to `asOf` was taken. */
  readonly period?: DateRange;
  /** One summary per unit, in the order units first appear (forums, then feedback). */
  readonly units: readonly UnitForumSummary[];
  /** A warning per overdue follow-up. */
  readonly reasons: readonly Reason<ServiceQualityReasonCode>[];
}

/**
 * The parameters of {@link summarizeForums}.
 *
 * @example
 * ```ts
 * import type { SummarizeForumsParams } from 'asn-kit/service-quality';
 * const params: SummarizeForumsParams = { forums: [], asOf: '2026-06-30', period: { from: '2026-01-01', to: '2026-06-30' } };
 * ```
 */
export interface SummarizeForumsParams {
  /**
   * The forum sessions: best what `parseForums` returned (or forums `parseForum` returned), used without a second
   * check; anything else is checked first (see `forumSchema`).
   */
  readonly forums: readonly Forum[];
  /** Feedback from any channel (`parseFeedbackList`, `feedbackSchema`); default none. */
  readonly feedback?: readonly Feedback[];
  /** The day the summary is read on, `YYYY-MM-DD`: later records are left out. */
  readonly asOf: string;
  /** Only the records in this period (inclusive); absent: every record up to `asOf`. */
  readonly period?: DateRangeInput;
}

interface CheckedParams {
  readonly forums: readonly Forum[];
  readonly feedback?: readonly Feedback[] | undefined;
  readonly asOf: IsoDate;
  readonly period?: DateRange | undefined;
}

const paramsSchemas: (ParseableSchema<CheckedParams> | undefined)[] = [];

/**
 * The schema of the parameters, strict, with the lists that are parsed already taken as they are: four variants,
 * each built once.
 */
function paramsSchema(trustForums: boolean, trustFeedback: boolean): ParseableSchema<CheckedParams> {
  const variant = (trustForums ? 1 : 0) + (trustFeedback ? 2 : 0);
  const built = paramsSchemas[variant];
  if (built !== undefined) return built;
  const schema: ParseableSchema<CheckedParams> = z.strictObject({
    forums: trustForums ? trustedListSchema<Forum>() : recordList(forumSchema),
    feedback: z.optional(trustFeedback ? trustedListSchema<Feedback>() : recordList(feedbackSchema)),
    asOf: isoDateSchema,
    period: z.optional(dateRangeSchema),
  });
  paramsSchemas[variant] = schema;
  return schema;
}

/** The basis of public engagement in asn-kit: the Medan work plan's fourth pillar. */
export const ENGAGEMENT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'Rencana kerja pengelolaan ASN Kota Medan',
  article: 'Peningkatan Keterlibatan Publik',
  note: 'regular dialogue sessions and open forums on public services; participation of the public under UU 25/2009',
});

interface MutableUnit {
  unit: ServiceUnit;
  sessions: number;
  dialogues: number;
  openForums: number;
  citizens: number;
  officials: number;
  lastSession: IsoDate | undefined;
  topics: Map<string, { topic: string; forums: number; feedback: number }>;
  total: number;
  byChannel: Partial<Record<FeedbackChannel, number>>;
  byKind: Partial<Record<FeedbackKind, number>>;
  open: OpenFollowUp[];
}

function topicEntry(entry: MutableUnit, topic: string): { topic: string; forums: number; feedback: number } {
  const key = topic.trim().toLocaleLowerCase('id');
  const found = entry.topics.get(key) ?? { topic: topic.trim(), forums: 0, feedback: 0 };
  entry.topics.set(key, found);
  return found;
}

/**
 * Summarises the dialogue sessions, open forums and feedback of each service unit, as the Medan work plan asks
 * the city to listen to citizens through regular dialogue and open forums: sessions and participants, the topics
 * raised (in forums and through any feedback channel, most frequent first), feedback by channel and kind, and the
 * follow-ups still open on `asOf` with the overdue ones. Records dated after `asOf`, or outside `period` when one
 * is given, are left out.
 *
 * @param params - {@link SummarizeForumsParams}: `forums`, `feedback?`, `asOf`, `period?` (an unknown key is an
 *   error).
 * @returns `Ok(summary)`, or `Err` with `service-quality/invalid-input` and the path of each bad field.
 * @see Official: UU 25/2009 tentang Pelayanan Publik (peran serta masyarakat)
 * @example
 * ```ts
 * import { parseFeedbackList, parseForums, summarizeForums } from 'asn-kit/service-quality';
 * const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
 * const forums = parseForums([{
 *   id: 'FKP-01', kind: 'open-forum', date: '2026-02-12', unit, participants: { citizens: 48, officials: 9 },
 *   topics: ['Antrean KTP-el', 'Jam layanan Sabtu'],
 *   followUps: [{ id: 'T1', action: 'Tambah 2 loket perekaman', owner: 'Kabid Pelayanan', due: '2026-03-31' }],
 * }]);
 * const feedback = parseFeedbackList([
 *   { id: 'FB-1', unit, channel: 'whatsapp', received: '2026-03-02', kind: 'complaint', topic: 'antrean KTP-el' },
 * ]);
 * if (forums.isOk() && feedback.isOk()) {
 *   const summary = summarizeForums({ forums: forums.value, feedback: feedback.value, asOf: '2026-04-30' });
 *   if (summary.isOk()) {
 *     summary.value.units[0]?.topics[0]; // => { topic: 'Antrean KTP-el', forums: 1, feedback: 1, total: 2 }
 *     summary.value.units[0]?.overdueFollowUps[0]?.daysOverdue; // => 30
 *   }
 * }
 * ```
 */
export function summarizeForums(params: SummarizeForumsParams): Result<ForumSummary, ServiceQualityError> {
  const given = fieldsOf(params);
  const trustForums = isTrustedList(given.forums, KIND.forums, KIND.forum);
  const trustFeedback = given.feedback === undefined || isTrustedList(given.feedback, KIND.feedbackList, KIND.feedback);
  const parsed = validate(paramsSchema(trustForums, trustFeedback), params, 'service-quality/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const { forums, feedback = [], asOf } = parsed.value;
  const period: DateRange | undefined = parsed.value.period;
  const inScope = (date: IsoDate): boolean => date <= asOf && (period === undefined || (period.from <= date && date <= period.to));
  const units = new Map<string, MutableUnit>();
  const unitOf = (unit: ServiceUnit): MutableUnit => {
    const found = units.get(unit.id) ?? {
      unit,
      sessions: 0,
      dialogues: 0,
      openForums: 0,
      citizens: 0,
      officials: 0,
      lastSession: undefined,
      topics: new Map<string, { topic: string; forums: number; feedback: number }>(),
      total: 0,
      byChannel: {},
      byKind: {},
      open: [],
    };
    units.set(unit.id, found);
    return found;
  };
  const reasons: Reason<ServiceQualityReasonCode>[] = [];
  for (const forum of [...forums].sort((left, right) => compareDates(left.date, right.date))) {
    if (!inScope(forum.date)) continue;
    const entry = unitOf(forum.unit);
    entry.sessions += 1;
    if (forum.kind === 'dialogue') entry.dialogues += 1;
    else entry.openForums += 1;
    entry.citizens += forum.participants.citizens;
    entry.officials += forum.participants.officials;
    entry.lastSession = forum.date;
    // A forum raises a topic once, however often (and in whatever case) its list writes it.
    for (const topic of new Set(forum.topics.map((raw) => topicEntry(entry, raw)))) topic.forums += 1;
    for (const followUp of forum.followUps) {
      if (followUp.done !== undefined && followUp.done <= asOf) continue;
      const daysOverdue = followUp.due < asOf ? calendarDaysIn({ from: followUp.due, to: asOf }) - 1 : 0;
      entry.open.push({ forumId: forum.id, forumDate: forum.date, unit: forum.unit, followUp, overdue: daysOverdue > 0, daysOverdue });
      if (daysOverdue > 0) {
        reasons.push(
          reason(
            'service-quality/follow-up-overdue',
            'warning',
            ENGAGEMENT_BASIS,
            {
              id: `Tindak lanjut "${followUp.action}" (${forum.unit.name}, penanggung jawab ${followUp.owner}) lewat ${daysOverdue} hari dari batas ${followUp.due}.`,
              en: `Follow-up "${followUp.action}" (${forum.unit.name}, owner ${followUp.owner}) is ${daysOverdue} days past its due date ${followUp.due}.`,
            },
            { forum: forum.id, followUp: followUp.id, unit: forum.unit.id, due: followUp.due, daysOverdue },
          ),
        );
      }
    }
  }
  for (const item of feedback) {
    if (!inScope(item.received)) continue;
    const entry = unitOf(item.unit);
    entry.total += 1;
    entry.byChannel[item.channel] = (entry.byChannel[item.channel] ?? 0) + 1;
    entry.byKind[item.kind] = (entry.byKind[item.kind] ?? 0) + 1;
    topicEntry(entry, item.topic).feedback += 1;
  }
  const summaries: UnitForumSummary[] = [...units.values()].map((entry) => {
    const topics = [...entry.topics.values()]
      .map((topic) => ({ ...topic, total: topic.forums + topic.feedback }))
      .sort((left, right) => right.total - left.total || left.topic.localeCompare(right.topic, 'id'));
    const open = [...entry.open].sort((left, right) => compareDates(left.followUp.due, right.followUp.due));
    const summary = {
      unit: entry.unit,
      sessions: entry.sessions,
      dialogues: entry.dialogues,
      openForums: entry.openForums,
      participants: { citizens: entry.citizens, officials: entry.officials },
      topics,
      feedback: { total: entry.total, byChannel: entry.byChannel, byKind: entry.byKind },
      openFollowUps: open,
      // Nearest due date first is longest overdue first: the days overdue count from the due date to asOf.
      overdueFollowUps: open.filter((item) => item.overdue),
    };
    return entry.lastSession === undefined ? summary : { ...summary, lastSession: entry.lastSession };
  });
  return ok(period === undefined ? { asOf, units: summaries, reasons } : { asOf, period, units: summaries, reasons });
}
