import * as z from 'zod/mini';
import { boundedText, itemList } from '../core/schemas';
import { INPUT_LIMITS, isoDateSchema, type IsoDate } from '../core';
import { SKM_SCHEME_BY_ID, type SkmElementCode, type SkmSchemeId } from './rules/skm-schemes';
import { localized } from '../core/language';
import { deepFrozen } from '../core/frozen';

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
 * (or the order given by the `order` option). Get a checked, frozen one from `parseSkmResponses`.
 *
 * @example
 * ```ts
 * import type { SkmResponses } from 'asn-kit/service-quality';
 * const responses: SkmResponses = [[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, 3, 4, 3, 3, 4, 3, 3]];
 * ```
 */
export type SkmResponses = readonly (readonly SkmAnswer[])[];

/**
 * One cell of a questionnaire as it was read from a form or a spreadsheet, before any check: `checkSurvey`
 * reports the cells that are not an answer 1–4 or empty.
 *
 * @example
 * ```ts
 * import type { RawSkmAnswer } from 'asn-kit/service-quality';
 * const cells: RawSkmAnswer[] = [4, '4', 2.5, null];
 * ```
 */
export type RawSkmAnswer = number | string | boolean | null | undefined;

/**
 * Questionnaires as read, before any check: what `checkSurvey` inspects. Parsed {@link SkmResponses} are one.
 *
 * @example
 * ```ts
 * import type { RawSkmResponses } from 'asn-kit/service-quality';
 * const responses: RawSkmResponses = [[4, 4, 4, 4, 4, 4, 4, 4, 7], [3, 3, '', 3, 3, 3, 3, 3, 3]];
 * ```
 */
export type RawSkmResponses = readonly (readonly RawSkmAnswer[])[];

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of an SKM scheme id: `'2017'`
 * (PermenPANRB 14/2017) or `'2004'` (KEP/25/M.PAN/2/2004).
 */
export const skmSchemeIdSchema = /* @__PURE__ */ (() => z.enum(['2017', '2004']))();

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of an element code of either
 * scheme.
 */
export const skmElementCodeSchema = /* @__PURE__ */ (() => z.enum([
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
]))();

/**
 * The options of `satisfactionIndex` and `checkSurvey`, as accepted (before defaults). An unknown key is an
 * error, not ignored.
 *
 * @example
 * ```ts
 * import type { SurveyOptions } from 'asn-kit/service-quality';
 * const options: SurveyOptions = { scheme: '2017', weight: 0.111 };
 * ```
 */
export interface SurveyOptions {
  /** The scheme: `'2017'` (default, 9 unsur) or `'2004'` (14 unsur, for old data). */
  readonly scheme?: SkmSchemeId;
  /**
   * The weight of each element. Default: exactly 1 / number of elements (docs/interpretations.md#satisfaction-index). Give `0.111` or `0.11`
   * only to reproduce an old report that used a printed, rounded weight.
   */
  readonly weight?: number;
  /**
   * The element each answer column (or NRR array position) stands for, when a unit's form orders them differently
   * (e.g. unsur 8 and 9 swapped); every element of the scheme exactly once.
   */
  readonly order?: readonly SkmElementCode[];
  /** The population served in the survey period, to check the number of respondents against (docs/interpretations.md#survey-sample-size). */
  readonly population?: number;
}

/** The options of `satisfactionIndex` and `checkSurvey` once checked, with the default scheme filled in. */
export interface CheckedSurveyOptions {
  /** The scheme, `'2017'` when none was asked for. */
  readonly scheme: SkmSchemeId;
  /** The weight asked for instead of 1 / number of elements. */
  readonly weight?: number | undefined;
  /** The element of each column, every element of the scheme once. */
  readonly order?: readonly SkmElementCode[] | undefined;
  /** The population served. */
  readonly population?: number | undefined;
}

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of the options of
 * `satisfactionIndex` and `checkSurvey`: strict (an unknown key is an issue that names it), and an `order` must
 * name each element of the scheme exactly once.
 */
export const surveyOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    scheme: /* @__PURE__ */ z._default(skmSchemeIdSchema, '2017'),
    weight: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.maximum(1))),
    order: /* @__PURE__ */ z.optional(/* @__PURE__ */ itemList(skmElementCodeSchema)),
    population: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(Number.MAX_SAFE_INTEGER))),
  })
  .check(
    /* @__PURE__ */ z.superRefine((options, ctx) => {
      const row = SKM_SCHEME_BY_ID[options.scheme] as (typeof SKM_SCHEME_BY_ID)[SkmSchemeId] | undefined;
      if (options.order === undefined || row === undefined) return;
      const codes: readonly string[] = row.elements.map((element) => element.code);
      const distinct = new Set(options.order);
      if (options.order.length !== codes.length || distinct.size !== codes.length || options.order.some((code) => !codes.includes(code))) {
        ctx.addIssue({
          code: 'custom',
          message: localized({
            id: `Diharapkan setiap unsur dari ${codes.length} unsur skema ${options.scheme} tepat sekali`,
            en: `Expected each of the ${codes.length} elements of scheme ${options.scheme} exactly once`,
          })(),
          path: ['order'],
          input: options.order,
        });
      }
    }),
  ))();

/** The checked options when none are given: the 2017 scheme, nothing else (no zod run). */
export const DEFAULT_SURVEY_OPTIONS: CheckedSurveyOptions = /* @__PURE__ */ deepFrozen({ scheme: '2017' });

/**
 * The options of `parseSkmResponses`.
 *
 * @example
 * ```ts
 * import type { SkmResponsesOptions } from 'asn-kit/service-quality';
 * const options: SkmResponsesOptions = { scheme: '2004' };
 * ```
 */
export interface SkmResponsesOptions {
  /** The scheme whose number of elements each questionnaire must have: `'2017'` (default, 9) or `'2004'` (14). */
  readonly scheme?: SkmSchemeId;
}

/** Module-internal. The zod schema of the options of `parseSkmResponses` (strict). */
export const responsesOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ scheme: /* @__PURE__ */ z._default(skmSchemeIdSchema, '2017') }))();

/** The code of an answer, 1–4 for the answers, 5 for `null`, 0 for `undefined` (unanswered); -1 for anything else. */
function answerCode(value: unknown): number {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  if (value === null) return 5;
  return value === undefined ? 0 : -1;
}

const EMPTY: SkmResponses = /* @__PURE__ */ (() => Object.freeze([]))();
const slice = Array.prototype.slice;

/**
 * zod's issue of a list longer than `INPUT_LIMITS.records` when there are more questionnaires than that (zod writes
 * its message in the language of the parse: `Too big: expected array to have <=5000 items`), else `undefined`. The
 * questionnaires of one survey are records of one call: the Krejcie–Morgan sample is 384 at most.
 */
function tooManyQuestionnaires(rows: readonly unknown[]): z.core.$ZodRawIssue<z.core.$ZodIssueTooBig> | undefined {
  if (rows.length <= INPUT_LIMITS.records) return undefined;
  return { code: 'too_big', origin: 'array', maximum: INPUT_LIMITS.records, inclusive: true, input: rows, path: [] };
}

/**
 * The schema of the questionnaires of `elementCount` answers. With `copy`, its output is a new frozen array of new
 * frozen rows (questionnaires with the same answers share one frozen row: a survey repeats few patterns, so this
 * saves most of the copying); without, it only checks and outputs the caller's array, for a function that reads
 * the questionnaires once and keeps nothing of them.
 */
function buildResponsesSchema(elementCount: number, copy: boolean): z.ZodMiniType<SkmResponses> {
  return /* @__PURE__ */ z.transform((value: unknown, payload): SkmResponses => {
    const add = (message: string, input: unknown, path: (string | number)[] = []): void => {
      payload.issues.push({ code: 'custom', message, path, input });
    };
    if (!Array.isArray(value)) {
      add('Expected an array of questionnaires (arrays of answers)', value);
      return EMPTY;
    }
    const rows = value as readonly unknown[];
    if (rows.length === 0) {
      add('Expected at least one questionnaire', value);
      return EMPTY;
    }
    const tooMany = tooManyQuestionnaires(rows);
    if (tooMany !== undefined) {
      payload.issues.push(tooMany);
      return EMPTY;
    }
    let problems = 0;
    const report = (path: number[], message: string, input: unknown): void => {
      problems += 1;
      if (problems <= MAX_LISTED_ISSUES) add(message, input, path);
    };
    const output = copy ? new Array<readonly SkmAnswer[]>(rows.length) : undefined;
    const shared = new Map<number, readonly SkmAnswer[]>();
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
      let key = 0;
      for (let j = 0; j < elementCount; j += 1) {
        const code = answerCode(answers[j]);
        if (code < 0) report([i, j], 'Expected an answer 1, 2, 3 or 4, or null when unanswered', answers[j]);
        else key = key * 6 + code;
      }
      if (output === undefined || problems > 0) continue;
      let frozen = shared.get(key);
      if (frozen === undefined) {
        frozen = Object.freeze(slice.call(answers) as SkmAnswer[]);
        shared.set(key, frozen);
      }
      output[i] = frozen;
    }
    if (problems > MAX_LISTED_ISSUES) add(`${problems - MAX_LISTED_ISSUES} more problems not listed`, value);
    if (problems > 0) return EMPTY;
    return output === undefined ? (value as SkmResponses) : Object.freeze(output);
  });
}

const PARSE_9 = /* @__PURE__ */ (() => buildResponsesSchema(9, true))();
const PARSE_14 = /* @__PURE__ */ (() => buildResponsesSchema(14, true))();
const CHECK_9 = /* @__PURE__ */ (() => buildResponsesSchema(9, false))();
const CHECK_14 = /* @__PURE__ */ (() => buildResponsesSchema(14, false))();

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of the questionnaires of a scheme
 * with `elementCount` elements: a non-empty array of at most `INPUT_LIMITS.records` (5,000) arrays of exactly
 * `elementCount` answers, each 1–4 or `null` (more questionnaires are refused before any is read).
 * Its output is a new, frozen array of frozen rows (the caller's arrays are neither kept nor frozen); with
 * `copy: false` it only checks, for a function that reads the questionnaires once. One pass either way; at most
 * 50 problems are listed one by one.
 *
 * @param elementCount - The number of elements of the scheme (9 or 14).
 * @param copy - `false` to check without building the new value.
 * @returns The schema.
 */
export function skmResponsesSchema(elementCount: number, copy = true): z.ZodMiniType<SkmResponses> {
  if (elementCount === 9) return copy ? PARSE_9 : CHECK_9;
  if (elementCount === 14) return copy ? PARSE_14 : CHECK_14;
  return buildResponsesSchema(elementCount, copy);
}

/**
 * Module-internal (not exported from `asn-kit/service-quality`). The zod schema of the questionnaires as
 * `checkSurvey` accepts them: any array of at most `INPUT_LIMITS.records` (5,000) arrays (more are refused before
 * any is read); the answers themselves are inspected and reported, not rejected, and a questionnaire whose length
 * is not the scheme's is counted without reading its answers. It checks without copying: `checkSurvey` reads the
 * questionnaires once and keeps nothing of them.
 */
export const rawResponsesSchema = /* @__PURE__ */ (() => z.custom<RawSkmResponses>().check(
  /* @__PURE__ */ z.superRefine((value, ctx) => {
    if (!Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: localized({ id: 'Diharapkan array kuesioner (array jawaban)', en: 'Expected an array of questionnaires (arrays of answers)' })(), input: value });
      return;
    }
    const rows = value as readonly unknown[];
    const tooMany = tooManyQuestionnaires(rows);
    if (tooMany !== undefined) {
      ctx.addIssue(tooMany);
      return;
    }
    let problems = 0;
    for (let i = 0; i < rows.length; i += 1) {
      if (Array.isArray(rows[i])) continue;
      problems += 1;
      if (problems <= MAX_LISTED_ISSUES) ctx.addIssue({ code: 'custom', message: localized({ id: 'Diharapkan array jawaban', en: 'Expected an array of answers' })(), path: [i], input: rows[i] });
    }
    if (problems > MAX_LISTED_ISSUES) {
      ctx.addIssue({ code: 'custom', message: localized({
        id: `${problems - MAX_LISTED_ISSUES} masalah lain tidak dicantumkan`,
        en: `${problems - MAX_LISTED_ISSUES} more problems not listed`,
      })(), input: value });
    }
  }),
))();

const nrrValueSchema = /* @__PURE__ */ (() => z.number().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(4)))();

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
): z.ZodMiniType<readonly number[] | Readonly<Record<string, number>>> {
  if (arrayForm) return /* @__PURE__ */ itemList(nrrValueSchema).check(/* @__PURE__ */ z.length(codes.length));
  const shape: Record<string, typeof nrrValueSchema> = {};
  for (const code of codes) shape[code] = nrrValueSchema;
  return /* @__PURE__ */ z.strictObject(shape);
}

// The leaves the record schemas share. Every call is marked pure, nested calls too: a bundler keeps a call whose
// arguments it cannot prove pure, and a bundle that uses none of these schemas should not carry them.
const text = /* @__PURE__ */ boundedText();
const trimmedText = /* @__PURE__ */ boundedText(true);
const optionalText = /* @__PURE__ */ z.exactOptional(text);
const optionalDate = /* @__PURE__ */ z.exactOptional(isoDateSchema);
const headcount = /* @__PURE__ */ (() => z.int().check(/* @__PURE__ */ z.minimum(0)))();
const dayCount = /* @__PURE__ */ (() => z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(366)))();

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
export const serviceUnitSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  name: text,
}))();

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
export const followUpSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  action: text,
  owner: text,
  due: isoDateSchema,
  done: optionalDate,
  topic: optionalText,
}))();

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

/** The zod schema of a forum kind (module-internal). */
export const forumKindSchema = /* @__PURE__ */ (() => z.enum(['dialogue', 'open-forum']))();

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
 * import { parseForum, type Forum } from 'asn-kit/service-quality';
 * const parsed = parseForum({
 *   id: 'D-01', kind: 'dialogue', date: '2026-01-20', unit: { id: 'dinkes', name: 'Dinas Kesehatan' },
 *   participants: { citizens: 20, officials: 5 },
 * });
 * if (parsed.isOk()) {
 *   const forum: Forum = parsed.value;
 *   forum.topics; // => []
 * }
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
 * The zod schema of a forum session: a plain `zod/mini` object (extra keys dropped) to embed in your own schemas
 * (with `zod` or `zod/mini`), extend (`z.extend(forumSchema, { … })`) or publish with `z.toJSONSchema` in input
 * mode. `parseForum` runs it and freezes the result.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { forumSchema } from 'asn-kit/service-quality';
 * forumSchema.safeParse({
 *   id: 'FKP-2026-01', kind: 'open-forum', date: '2026-02-12',
 *   unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' },
 *   participants: { citizens: 48, officials: 9 }, topics: ['Antrean KTP-el'],
 * }).success; // => true
 * const withVenue = z.extend(forumSchema, { venue: z.string() });
 * Object.keys(withVenue.shape).includes('venue'); // => true
 * ```
 */
export const forumSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  kind: forumKindSchema,
  date: isoDateSchema,
  unit: serviceUnitSchema,
  participants: /* @__PURE__ */ z.object({ citizens: headcount, officials: headcount }),
  topics: /* @__PURE__ */ z._default(/* @__PURE__ */ itemList(trimmedText), () => []),
  followUps: /* @__PURE__ */ z._default(/* @__PURE__ */ itemList(followUpSchema), () => []),
}))();

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

/** The zod schema of a feedback channel (module-internal). */
export const feedbackChannelSchema = /* @__PURE__ */ (() => z.enum([
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
]))();

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

/** The zod schema of a feedback kind (module-internal). */
export const feedbackKindSchema = /* @__PURE__ */ (() => z.enum(['complaint', 'suggestion', 'appreciation', 'question']))();

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
export const feedbackSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  unit: serviceUnitSchema,
  channel: feedbackChannelSchema,
  received: isoDateSchema,
  kind: feedbackKindSchema,
  topic: trimmedText,
}))();

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
export const forumRequirementSchema = /* @__PURE__ */ (() => z.object({
  every: /* @__PURE__ */ z.enum(['month', 'quarter', 'half-year', 'year']),
  atLeast: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(1000)),
  kinds: /* @__PURE__ */ z.exactOptional(/* @__PURE__ */ itemList(forumKindSchema).check(/* @__PURE__ */ z.minLength(1))),
}))();

/**
 * A complaint deadline: a number of days after receipt, counted in working or calendar days (docs/interpretations.md#complaint-deadlines), with
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
export const deadlineRuleSchema = /* @__PURE__ */ (() => z.object({
  days: dayCount,
  count: /* @__PURE__ */ z.enum(['working', 'calendar']),
  extensionDays: /* @__PURE__ */ z.exactOptional(dayCount),
}))();

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
export const complaintPolicySchema = /* @__PURE__ */ (() => z.object({
  unitId: text,
  rule: deadlineRuleSchema,
  tiers: /* @__PURE__ */ z.exactOptional(/* @__PURE__ */ z.record(text, deadlineRuleSchema)),
  source: optionalText,
}))();

/**
 * A complaint (pengaduan): when it was received (its file complete), by which unit, through which channel, its
 * tier, whether the deadline was extended, and when it was closed.
 *
 * @example
 * ```ts
 * import { parseComplaint, type Complaint } from 'asn-kit/service-quality';
 * const parsed = parseComplaint({
 *   id: 'C-1', unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, channel: 'phone', received: '2026-03-02', subject: 'Antrean',
 * });
 * if (parsed.isOk()) {
 *   const complaint: Complaint = parsed.value;
 *   complaint.extended; // => false
 * }
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
 * The zod schema of a complaint: a plain `zod/mini` object (extra keys dropped) to embed in your own request
 * schema, extend or pick (`complaintSchema.shape`), or publish with `z.toJSONSchema(complaintSchema, { io: 'input' })`.
 * The check across fields (not closed before received) is not on the object: `parseComplaint` and
 * `parseComplaints` run it, and `trackComplaints` runs it on complaints that were not parsed.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { complaintSchema } from 'asn-kit/service-quality';
 * complaintSchema.safeParse({
 *   id: 'LAPOR-1', unit: { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' }, channel: 'lapor',
 *   received: '2026-03-02', subject: 'KTP-el belum dicetak',
 * }).success; // => true
 * const body = z.object({ complaint: complaintSchema, reporterEmail: z.optional(z.email()) });
 * z.toJSONSchema(body, { io: 'input' }).type; // => 'object'
 * ```
 */
export const complaintSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  unit: serviceUnitSchema,
  channel: feedbackChannelSchema,
  received: isoDateSchema,
  subject: trimmedText,
  tier: optionalText,
  extended: /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
  closed: optionalDate,
}))();
