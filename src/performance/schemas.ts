import * as z from 'zod/mini';
import { boundedString, boundedText, dateRangeSchema, isoDateSchema, itemList, recordList } from '../core/schemas';
import { FUNGSIONAL_LEVELS } from '../employee';
import { PREDIKAT_ORDER } from './predikat';
import { ORG_PREDIKAT_ORDER, RATING_ORDER } from './ratings';
import { BERAKHLAK_ORDER } from './rules/berakhlak';
import { localized } from '../core/language';

/*
 * The zod/mini schemas of the performance module's inputs: the one definition of what valid input is. Object
 * schemas keep their inferred zod type, so `schema.shape`, `z.extend`, `z.pick` and `z.toJSONSchema(schema,
 * { io: 'input' })` work, and they can be embedded in a consumer's own `zod` or `zod/mini` objects. They drop
 * unknown keys (records come from storage with extra columns); the rules that cross fields of an SKP are checked
 * by `parseSkp`, not by the schema.
 */

const NIP = /^\d{18}$/;
const NIP_MESSAGE = /* @__PURE__ */ localized({ id: 'NIP terdiri atas 18 angka tanpa pemisah', en: 'A NIP is 18 digits without separators' });
const RANGE_MESSAGE = /* @__PURE__ */ localized({
  id: 'Batas bawah tidak boleh melebihi batas atas',
  en: 'The lower bound must not exceed the upper bound',
});

const text = /* @__PURE__ */ boundedText();
const nip = /* @__PURE__ */ (() => z.string().check(z.regex(NIP, { error: NIP_MESSAGE })))();
/**
 * Measured quantities (targets, realisations, costs in rupiah) are finite numbers up to 10^15; a target is at least
 * 10^-6. Within these limits every ratio of a realisation to its target, and so every score, is a finite number.
 */
const MAX_QUANTITY = 1e15;
const MIN_TARGET = 1e-6;
const positiveNumber = /* @__PURE__ */ (() => z.number().check(z.minimum(MIN_TARGET), z.maximum(MAX_QUANTITY)))();
const nonNegativeNumber = /* @__PURE__ */ (() => z.number().check(z.nonnegative(), z.maximum(MAX_QUANTITY)))();
const weight = /* @__PURE__ */ (() => z.number().check(z.positive(), z.maximum(100)))();
const score100 = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(100)))();
const score120 = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(120)))();

/**
 * The zod schema of a {@link Rating} (`'above' | 'meets' | 'below'`).
 *
 * @example
 * ```ts
 * import { ratingSchema } from 'asn-kit/performance';
 * ratingSchema.safeParse('di atas').success; // => false
 * ```
 */
export const ratingSchema = /* @__PURE__ */ z.enum(RATING_ORDER);

/**
 * The zod schema of a {@link Predikat}.
 *
 * @example
 * ```ts
 * import { predikatSchema } from 'asn-kit/performance';
 * predikatSchema.safeParse('good').success; // => true
 * ```
 */
export const predikatSchema = /* @__PURE__ */ z.enum(PREDIKAT_ORDER);

/**
 * The zod schema of an {@link OrgPredikat}.
 *
 * @example
 * ```ts
 * import { orgPredikatSchema } from 'asn-kit/performance';
 * orgPredikatSchema.safeParse('outstanding').success; // => true
 * ```
 */
export const orgPredikatSchema = /* @__PURE__ */ z.enum(ORG_PREDIKAT_ORDER);

/**
 * The zod schema of an indicator's target: a single value or a range, with its unit (satuan). The range's check
 * of its two bounds is part of this small schema (like core's `dateRangeSchema`).
 *
 * @example
 * ```ts
 * import { targetSchema } from 'asn-kit/performance';
 * targetSchema.safeParse({ min: 90, max: 80, unit: '%' }).success; // => false
 * ```
 */
export const targetSchema = /* @__PURE__ */ (() => z.union([
  z.object({ value: z.number(), unit: text }),
  z
    .object({ min: z.number(), max: z.number(), unit: text })
    .check(z.refine((range) => range.min <= range.max, { error: RANGE_MESSAGE, path: ['max'] })),
]))();

/**
 * The zod schema of an {@link Indicator} (indikator kinerja individu): its text, optional aspect and target.
 * The target is optional in the schema so that {@link parseSkp} can report a missing one with its own code.
 *
 * @example
 * ```ts
 * import { indicatorSchema } from 'asn-kit/performance';
 * indicatorSchema.safeParse({ text: 'Dokumen tepat waktu', aspect: 'time', target: { value: 12, unit: 'bulan' } }).success;
 * // => true
 * ```
 */
export const indicatorSchema = /* @__PURE__ */ (() => z.object({
  text,
  aspect: z.exactOptional(z.enum(['quantity', 'quality', 'time', 'cost'])),
  target: z.exactOptional(targetSchema),
}))();

/**
 * The zod schema of an {@link Rhk} (rencana hasil kerja): an id unique within the SKP, the text, the assessor's
 * RHK it intervenes (required for the main results of a non-JPT employee), the perspective (JPT) and at least one
 * indicator.
 *
 * @example
 * ```ts
 * import { rhkSchema } from 'asn-kit/performance';
 * rhkSchema.safeParse({ id: 'R1', text: 'Layanan KTP-el', indicators: [] }).success; // => false
 * ```
 */
export const rhkSchema = /* @__PURE__ */ (() => z.object({
  id: text,
  text,
  intervenes: z.exactOptional(text),
  perspective: z.exactOptional(z.enum(['service-recipients', 'internal-business-process', 'internal-strengthening', 'budget'])),
  indicators: itemList(indicatorSchema).check(z.minLength(1)),
}))();

/**
 * The zod schema of one BerAKHLAK {@link Behaviour} in an SKP: the value, its guidance (panduan perilaku; the
 * official three when left out) and an optional leader's expectation (ekspektasi khusus pimpinan).
 *
 * @example
 * ```ts
 * import { behaviourSchema } from 'asn-kit/performance';
 * behaviourSchema.safeParse({ value: 'loyal', leaderExpectation: 'Menjaga rahasia data kependudukan' }).success;
 * // => true
 * ```
 */
export const behaviourSchema = /* @__PURE__ */ (() => z.object({
  value: z.enum(BERAKHLAK_ORDER),
  guidance: z.exactOptional(itemList(text)),
  leaderExpectation: z.exactOptional(text),
}))();

/**
 * The zod schema of one RHK's entry in an evaluation ({@link ResultEvaluation}): realisation, evidence links
 * (bukti dukung), feedback (umpan balik) and the assessor's rating.
 *
 * @example
 * ```ts
 * import { resultEvaluationSchema } from 'asn-kit/performance';
 * const entry = resultEvaluationSchema.safeParse({ rhkId: 'R1' });
 * if (entry.success) entry.data.evidence; // => []
 * ```
 */
export const resultEvaluationSchema = /* @__PURE__ */ (() => z.object({
  rhkId: text,
  realisation: z.exactOptional(z.union([z.number(), boundedString()])),
  evidence: z._default(itemList(text), []),
  feedback: z.exactOptional(boundedString()),
  rating: z.exactOptional(ratingSchema),
}))();

/**
 * The zod schema of an {@link Evaluation}: periodic (monthly, quarterly or semester, as the agency sets) or annual,
 * with the per-RHK entries, the behaviour feedback, both ratings and, optionally, the predikat recorded.
 *
 * @example
 * ```ts
 * import { evaluationSchema } from 'asn-kit/performance';
 * evaluationSchema.safeParse({ kind: 'annual', period: { from: '2025-01-01', to: '2025-12-31' } }).success;
 * // => true
 * ```
 */
export const evaluationSchema = /* @__PURE__ */ (() => z.object({
  kind: z.enum(['periodic', 'annual']),
  period: dateRangeSchema,
  results: z._default(itemList(resultEvaluationSchema), []),
  behaviourFeedback: z.exactOptional(boundedString()),
  workRating: z.exactOptional(ratingSchema),
  behaviourRating: z.exactOptional(ratingSchema),
  predikat: z.exactOptional(predikatSchema),
}))();

/**
 * The zod schema of an {@link SkpPerson}. The NIP (18 digits) is required for the employee; the assessor's
 * superior of a top JPT may be an elected official without one.
 *
 * @example
 * ```ts
 * import { skpPersonSchema } from 'asn-kit/performance';
 * skpPersonSchema.safeParse({ name: 'Wali Kota Medan' }).success; // => true
 * ```
 */
export const skpPersonSchema = /* @__PURE__ */ (() => z.object({
  nip: z.exactOptional(nip),
  name: text,
  rank: z.exactOptional(boundedString()),
  position: z.exactOptional(boundedString()),
  unit: z.exactOptional(boundedString()),
}))();

/**
 * The zod schema of an {@link SkpAppendix} (lampiran): resource support (dukungan sumber daya), accountability
 * scheme (skema pertanggungjawaban) and consequences (konsekuensi), each a list of lines.
 *
 * @example
 * ```ts
 * import { skpAppendixSchema } from 'asn-kit/performance';
 * const appendix = skpAppendixSchema.safeParse({ resources: ['Aplikasi SIAK'] });
 * if (appendix.success) appendix.data.consequences; // => []
 * ```
 */
export const skpAppendixSchema = /* @__PURE__ */ (() => z.object({
  resources: z._default(itemList(text), []),
  accountability: z._default(itemList(text), []),
  consequences: z._default(itemList(text), []),
}))();

/**
 * The zod schema of an {@link Skp} under PermenPANRB 6/2022: period, approach, the people, the main
 * and additional results, the seven behaviours, the appendix and the evaluations. The rules that cross fields
 * are checked by {@link parseSkp}, which is how an SKP should enter a system; embed this schema in a request body
 * and pass the parsed body's SKP to `parseSkp`.
 *
 * @example
 * ```ts
 * import { skpSchema } from 'asn-kit/performance';
 * skpSchema.safeParse({}).success; // => false
 * ```
 */
export const skpSchema = /* @__PURE__ */ (() => z.object({
  period: dateRangeSchema,
  approach: z.enum(['quantitative', 'qualitative']),
  periodicity: z._default(z.enum(['monthly', 'quarterly', 'semester']), 'monthly'),
  jpt: z._default(z.boolean(), false),
  employee: z.extend(skpPersonSchema, { nip }),
  assessor: skpPersonSchema,
  assessorSuperior: z.exactOptional(skpPersonSchema),
  mainResults: itemList(rhkSchema).check(z.minLength(1)),
  additionalResults: z._default(itemList(rhkSchema), []),
  behaviours: itemList(behaviourSchema),
  appendix: z.exactOptional(skpAppendixSchema),
  evaluations: z._default(itemList(evaluationSchema), []),
}))();

/**
 * The raw shape {@link skpSchema} accepts (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { SkpInput } from 'asn-kit/performance';
 * const partial: Partial<SkpInput> = { approach: 'quantitative' };
 * ```
 */
export type SkpInput = z.input<typeof skpSchema>;

/**
 * The zod schema of {@link WorkRatings}: the per-RHK ratings that {@link aggregateWorkRating} aggregates, with an
 * optional override.
 *
 * @example
 * ```ts
 * import { workRatingsSchema } from 'asn-kit/performance';
 * workRatingsSchema.safeParse({ results: [{ rhkId: 'R1', kind: 'main', rating: 'meets' }] }).success; // => true
 * ```
 */
export const workRatingsSchema = /* @__PURE__ */ (() => z.object({
  results: itemList(z.object({ rhkId: text, kind: z.enum(['main', 'additional']), rating: ratingSchema })),
  override: z.exactOptional(ratingSchema),
}))();

/**
 * The zod schema of a list of predikat, one per evaluated employee of a unit (what {@link checkDistribution}
 * counts).
 *
 * @example
 * ```ts
 * import { predicatesSchema } from 'asn-kit/performance';
 * predicatesSchema.safeParse(['good', 'Baik']).success; // => false
 * ```
 */
export const predicatesSchema = /* @__PURE__ */ recordList(predikatSchema);

/**
 * The zod schema of the parameters of {@link creditPoints}: the functional level, the annual (or periodic)
 * predikat, the months it covers (1–12) and the last day of the evaluated period, which picks the rule rows in
 * force.
 *
 * @example
 * ```ts
 * import { creditPointsInputSchema } from 'asn-kit/performance';
 * creditPointsInputSchema.safeParse({ level: 'ahli-muda', predikat: 'good', periodEnd: '2025-12-31' }).success;
 * // => true
 * ```
 */
export const creditPointsInputSchema = /* @__PURE__ */ (() => z.object({
  level: z.enum(FUNGSIONAL_LEVELS),
  predikat: predikatSchema,
  months: z._default(z.int().check(z.minimum(1), z.maximum(12)), 12),
  periodEnd: isoDateSchema,
}))();

/**
 * The zod schema of one measured quantity of the PP 46/2011 scoring ({@link Pp46Aspect}): target and realisation.
 *
 * @example
 * ```ts
 * import { pp46AspectSchema } from 'asn-kit/performance';
 * pp46AspectSchema.safeParse({ target: 0, realisation: 1 }).success; // => false
 * ```
 */
export const pp46AspectSchema = /* @__PURE__ */ (() => z.object({ target: positiveNumber, realisation: nonNegativeNumber }))();

/**
 * The zod schema of one {@link Pp46Activity} (kegiatan tugas jabatan) of a PP 46/2011 SKP (Perka BKN 1/2013):
 * quantity, quality, time in months and, when budgeted, cost.
 *
 * @example
 * ```ts
 * import { pp46ActivitySchema } from 'asn-kit/performance';
 * pp46ActivitySchema.safeParse({
 *   quantity: { target: 1, realisation: 1 }, quality: { target: 100, realisation: 90 }, time: { target: 12, realisation: 12 },
 * }).success; // => true
 * ```
 */
export const pp46ActivitySchema = /* @__PURE__ */ (() => z.object({
  quantity: pp46AspectSchema,
  quality: pp46AspectSchema,
  time: pp46AspectSchema,
  cost: z.exactOptional(pp46AspectSchema),
}))();

/**
 * The zod schema of the PP 46/2011 behaviour aspects ({@link Pp46Behaviour}, 0–100 each); leadership only for
 * structural officials.
 *
 * @example
 * ```ts
 * import { pp46BehaviourSchema } from 'asn-kit/performance';
 * pp46BehaviourSchema.safeParse({ service: 80, integrity: 80, commitment: 80, discipline: 80, cooperation: 80 }).success;
 * // => true
 * ```
 */
export const pp46BehaviourSchema = /* @__PURE__ */ (() => z.object({
  service: score100,
  integrity: score100,
  commitment: score100,
  discipline: score100,
  cooperation: score100,
  leadership: z.exactOptional(score100),
}))();

/**
 * The zod schema of a PP 46/2011 SKP: either its value already computed, or the activities with the number of
 * additional tasks and the level that acknowledged a creative contribution.
 *
 * @example
 * ```ts
 * import { pp46SkpSchema } from 'asn-kit/performance';
 * pp46SkpSchema.safeParse(85.5).success; // => true
 * ```
 */
export const pp46SkpSchema = /* @__PURE__ */ (() => z.union([
  nonNegativeNumber,
  z.object({
    activities: itemList(pp46ActivitySchema).check(z.minLength(1)),
    additionalTasks: z._default(z.int().check(z.nonnegative()), 0),
    creativity: z._default(z.enum(['none', 'unit-head', 'ppk', 'president']), 'none'),
  }),
]))();

/**
 * The zod schema of the parameters of {@link pp46PerformanceScore}: the SKP (a value or activities) and the
 * behaviour (a value or the aspects).
 *
 * @example
 * ```ts
 * import { pp46ScoreInputSchema } from 'asn-kit/performance';
 * pp46ScoreInputSchema.safeParse({ skp: 85.5, behaviour: 83 }).success; // => true
 * ```
 */
export const pp46ScoreInputSchema = /* @__PURE__ */ (() => z.object({
  skp: pp46SkpSchema,
  behaviour: z.union([score100, pp46BehaviourSchema]),
}))();

/**
 * The zod schema of the parameters of {@link pp30PerformanceScore}: SKP and behaviour values (0–120), whether the
 * agency used peer and subordinate input (60/40 instead of 70/30) and whether the employee created a new idea
 * or method (needed for Sangat Baik).
 *
 * @example
 * ```ts
 * import { pp30ScoreInputSchema } from 'asn-kit/performance';
 * const params = pp30ScoreInputSchema.safeParse({ skpScore: 115, behaviourScore: 100 });
 * if (params.success) params.data.peerInput; // => false
 * ```
 */
export const pp30ScoreInputSchema = /* @__PURE__ */ (() => z.object({
  skpScore: score120,
  behaviourScore: score120,
  peerInput: z._default(z.boolean(), false),
  newIdea: z._default(z.boolean(), false),
}))();

/**
 * The zod schema of one individual performance indicator (IKI) of PermenPANRB 8/2021: target (a value or a
 * range), realisation, direction (`lower-is-better` is the "kondisi khusus") and whether the target is the most
 * that can be reached. {@link ikiScore} takes it; {@link legacyRecordSchema} extends it with a weight.
 *
 * @example
 * ```ts
 * import { ikiInputSchema } from 'asn-kit/performance';
 * const iki = ikiInputSchema.safeParse({ target: 95, realisation: 93 });
 * if (iki.success) iki.data.direction; // => 'higher-is-better'
 * ```
 */
export const ikiInputSchema = /* @__PURE__ */ (() => z.object({
  target: z.union([
    positiveNumber,
    z
      .object({ min: positiveNumber, max: positiveNumber })
      .check(z.refine((range) => range.min <= range.max, { error: RANGE_MESSAGE, path: ['max'] })),
  ]),
  realisation: nonNegativeNumber,
  direction: z._default(z.enum(['higher-is-better', 'lower-is-better']), 'higher-is-better'),
  targetIsMaximum: z._default(z.boolean(), false),
}))();

/**
 * The zod schema of a historical performance record ({@link LegacyRecord}): the period (which picks the
 * regulation), the SKP (a value, PP 46/2011 activities, or weighted PermenPANRB 8/2021 indicators), the behaviour
 * (a value or the PP 46/2011 aspects), the PP 30/2019 options and an optional explicit regime.
 * {@link parseLegacyRecord} parses it.
 *
 * @example
 * ```ts
 * import { legacyRecordSchema } from 'asn-kit/performance';
 * legacyRecordSchema.safeParse({ period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83 }).success;
 * // => true
 * ```
 */
export const legacyRecordSchema = /* @__PURE__ */ (() => z.object({
  period: dateRangeSchema,
  skp: z.union([
    pp46SkpSchema,
    z.object({ indicators: itemList(z.extend(ikiInputSchema, { weight })).check(z.minLength(1)) }),
  ]),
  behaviour: z.union([score120, pp46BehaviourSchema]),
  peerInput: z._default(z.boolean(), false),
  newIdea: z._default(z.boolean(), false),
  regime: z.exactOptional(z.enum(['pp-46-2011', 'pp-30-2019'])),
}))();

/**
 * The raw shape {@link legacyRecordSchema} accepts (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { LegacyRecordInput } from 'asn-kit/performance';
 * const record: LegacyRecordInput = { period: { from: '2020-01-01', to: '2020-12-31' }, skp: 115, behaviour: 100 };
 * ```
 */
export type LegacyRecordInput = z.input<typeof legacyRecordSchema>;

/**
 * The zod schema of the parameters of {@link unitPerformanceReport}: the unit, the period reported, the unit's own
 * predikat, the NIPs expected to be evaluated (default: the SKP holders), their SKPs and the strict flag.
 * The function itself takes the SKPs as {@link parseSkp} returns them, and parses any other value with `parseSkp`.
 *
 * @example
 * ```ts
 * import { unitReportInputSchema } from 'asn-kit/performance';
 * unitReportInputSchema.safeParse({ unit: { id: 'disdukcapil', name: 'Disdukcapil' } }).success; // => false
 * ```
 */
export const unitReportInputSchema = /* @__PURE__ */ (() => z.object({
  unit: z.object({ id: text, name: text }),
  period: dateRangeSchema,
  orgPredikat: orgPredikatSchema,
  employees: z.exactOptional(recordList(nip)),
  skps: recordList(skpSchema),
  strict: z._default(z.boolean(), false),
}))();
